// SPDX-License-Identifier: GPL-3.0-or-later
#include "health_answer.h"

#include "json_fields.h"

#include <nlohmann/json.hpp>

namespace lockstep::core::connectors {

net::HttpResult checkJsonAnswer(net::HttpResult result, const QString& connector)
{
    if (!result.ok() || !result.response)
        return result;
    const QByteArray& body = result.response->body;
    const auto j = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (j.is_object() || j.is_array())
        return result;
    if (looksLikeHtml(body)) {
        result.error = htmlAnswerError(*result.response, connector);
        return result;
    }
    result.error = makeError(ErrorCode::Parse,
        QStringLiteral("the answer (HTTP %1, %2) is not the API's JSON")
            .arg(result.response->status)
            .arg(QString::fromLatin1(result.response->header("Content-Type").left(60))),
        connector);
    return result;
}

} // namespace lockstep::core::connectors
