// SPDX-License-Identifier: GPL-3.0-or-later
#include "http_exchange.h"

#include "domain/clock.h"

#include <QDateTime>

namespace lockstep::core::sim {

QByteArray SimRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString SimRequest::queryValue(const QString& key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList SimRequest::queryValues(const QString& key) const
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

QStringList SimRequest::segmentsAfter(const QString& prefix) const
{
    if (!path.startsWith(prefix))
        return {};
    return path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
}

std::optional<Json> SimRequest::jsonBody() const
{
    try {
        return Json::parse(body.constData(), body.constData() + body.size());
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

QUrlQuery SimRequest::formBody() const
{
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

QPair<QString, QString> SimRequest::basicAuth() const
{
    const QByteArray value = header("Authorization");
    if (!value.startsWith("Basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return {};
    return {QString::fromUtf8(decoded.left(colon)), QString::fromUtf8(decoded.mid(colon + 1))};
}

QString SimRequest::bearerToken() const
{
    const QByteArray value = header("Authorization");
    if (!value.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(value.mid(7).trimmed());
}

SimResponse SimResponse::json(int status, const Json& body)
{
    SimResponse r{status, {}, QByteArray::fromStdString(body.dump())};
    r.setHeader("Content-Type", "application/json; charset=UTF-8");
    return r;
}

QString isoUtc(qint64 msecs)
{
    return utcFromMSecs(msecs).toString(Qt::ISODateWithMs);
}

std::optional<qint64> parseIso(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

std::string toStd(const QString& text)
{
    return text.toStdString();
}
QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace lockstep::core::sim
