// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook_signature.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace lockstep::core::connectors {

QString wpSpecialcharsDecode(const QString& text)
{
    if (!text.contains(u'&'))
        return text;
    // Zero padding off numeric entities first, as WordPress does with its *_preg tables.
    static const std::array<std::pair<QRegularExpression, QString>, 8> kPadding = {{
        {QRegularExpression(QStringLiteral("&#0*39;")), QStringLiteral("&#039;")},
        {QRegularExpression(QStringLiteral("&#x0*27;"), QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("&#x27;")},
        {QRegularExpression(QStringLiteral("&#0*34;")), QStringLiteral("&#034;")},
        {QRegularExpression(QStringLiteral("&#x0*22;"), QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("&#x22;")},
        {QRegularExpression(QStringLiteral("&#0*60;")), QStringLiteral("&#060;")},
        {QRegularExpression(QStringLiteral("&#0*62;")), QStringLiteral("&#062;")},
        {QRegularExpression(QStringLiteral("&#0*38;")), QStringLiteral("&#038;")},
        {QRegularExpression(QStringLiteral("&#x0*26;"), QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("&#x26;")},
    }};
    QString s = text;
    for (const auto& [pattern, replacement] : kPadding)
        s.replace(pattern, replacement);
    // Then PHP's strtr: one pass, at each position the longest entity that matches.
    static const std::array<std::pair<QLatin1StringView, QChar>, 12> kEntities = {{
        {QLatin1StringView("&#039;"), u'\''},
        {QLatin1StringView("&#x27;"), u'\''},
        {QLatin1StringView("&quot;"), u'"'},
        {QLatin1StringView("&#034;"), u'"'},
        {QLatin1StringView("&#x22;"), u'"'},
        {QLatin1StringView("&lt;"), u'<'},
        {QLatin1StringView("&#060;"), u'<'},
        {QLatin1StringView("&gt;"), u'>'},
        {QLatin1StringView("&#062;"), u'>'},
        {QLatin1StringView("&amp;"), u'&'},
        {QLatin1StringView("&#038;"), u'&'},
        {QLatin1StringView("&#x26;"), u'&'},
    }};
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        qsizetype matched = 0;
        QChar character;
        if (s.at(i) == u'&') {
            for (const auto& [entity, ch] : kEntities) {
                if (entity.size() > matched && QStringView(s).mid(i).startsWith(entity)) {
                    matched = entity.size();
                    character = ch;
                }
            }
        }
        if (matched > 0) {
            out.append(character);
            i += matched;
        } else {
            out.append(s.at(i++));
        }
    }
    return out;
}

QByteArray wooWebhookKey(const QString& secret)
{
    return wpSpecialcharsDecode(secret).toUtf8();
}

QByteArray hmacSha256Base64(QByteArrayView secret, QByteArrayView body)
{
    return QMessageAuthenticationCode::hash(body.toByteArray(), secret.toByteArray(), QCryptographicHash::Sha256)
        .toBase64();
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
