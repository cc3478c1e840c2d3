// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook_signature.h"

#include <QMessageAuthenticationCode>

namespace lockstep::core::connectors {

QByteArray hmacSha256Base64(QByteArrayView secret, QByteArrayView body)
{
    return QMessageAuthenticationCode::hash(body.toByteArray(), secret.toByteArray(), QCryptographicHash::Sha256).toBase64();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray headerCaseInsensitive(const QHash<QByteArray, QByteArray>& headers, QByteArrayView name)
{
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

} // namespace lockstep::core::connectors
