// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <array>

namespace lockstep::core::net {

namespace {

QString redactedText()
{
    return QString::fromLatin1(kRedacted);
}

bool containsAny(QStringView name, const auto& needles)
{
    for (const char* needle : needles) {
        if (name.contains(QLatin1StringView(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// Replaces capture group `valueGroup` of every match whose group `nameGroup` is a sensitive name.
QString replaceSensitiveValues(const QString& text,
    const QRegularExpression& pattern,
    int nameGroup,
    int valueGroup,
    bool (*sensitive)(QStringView))
{
    QString out;
    qsizetype copiedUpTo = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart(valueGroup) < 0 || !sensitive(m.capturedView(nameGroup)))
            continue;
        out += QStringView(text).mid(copiedUpTo, m.capturedStart(valueGroup) - copiedUpTo);
        out += redactedText();
        copiedUpTo = m.capturedEnd(valueGroup);
    }
    out += QStringView(text).mid(copiedUpTo);
    return out;
}

bool isSensitiveHeaderName(QStringView name)
{
    return isSensitiveHeader(name.toLatin1());
}

QString redactQueryLike(const QString& encoded)
{
    QUrlQuery query(encoded);
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto& [name, value] : items) {
        if (isSensitiveName(QUrl::fromPercentEncoding(name.toLatin1())))
            value = redactedText();
    }
    query.setQueryItems(items);
    return query.toString(QUrl::FullyEncoded);
}

} // namespace

bool isSensitiveName(QStringView name)
{
    static constexpr std::array kContains = {"token", "secret", "password", "passwd", "signature", "credential"};
    static constexpr std::array kExact = {"key", "apikey", "sig", "auth"};
    if (containsAny(name, kContains))
        return true;
    for (const char* exact : kExact) {
        if (name.compare(QLatin1StringView(exact), Qt::CaseInsensitive) == 0)
            return true;
    }
    return name.endsWith(QLatin1StringView("_key"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1StringView("-key"), Qt::CaseInsensitive);
}

bool isSensitiveHeader(QByteArrayView name)
{
    static constexpr std::array kContains = {"token", "secret", "key", "signature", "password", "auth", "cookie"};
    return containsAny(QString::fromLatin1(name), kContains);
}

QString redact(const QUrl& url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery())
        copy.setQuery(redactQueryLike(copy.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    if (copy.hasFragment())
        copy.setFragment(redactQueryLike(copy.fragment(QUrl::FullyEncoded)), QUrl::StrictMode);
    // The result of the structured pass still goes through the text pass (a token in a path segment's pair, etc.).
    return redact(QStringView(copy.toString(QUrl::FullyEncoded)));
}

QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value)
{
    if (!isSensitiveHeader(name))
        return value.toByteArray();
    const QByteArrayView trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    // Keep the scheme ("Bearer", "Basic") of an Authorization value: it helps and reveals nothing.
    if (name.compare("authorization", Qt::CaseInsensitive) == 0
        || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0) {
        if (space > 0)
            return trimmed.first(space).toByteArray() + ' ' + kRedacted;
    }
    return QByteArray(kRedacted);
}

QString redactHeaders(const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QStringList lines;
    lines.reserve(headers.size());
    for (const auto& [name, value] : headers)
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(redactHeaderValue(name, value));
    return lines.join(QStringLiteral("; "));
}

QString redact(QStringView text)
{
    // https://user:password@host -> https://***@host
    static const QRegularExpression userInfo(QStringLiteral(R"re(([A-Za-z][A-Za-z0-9+.\-]*://)([^/\s@?#]+)@)re"));
    // name=value in forms, query strings and fragments.
    static const QRegularExpression pair(
        QStringLiteral(R"re((?:^|(?<=[?&;#\s,"'(]))([A-Za-z0-9_.\-\[\]%]+)=([^&;#\s"',)]*))re"));
    // "name": "value" (group 2) or "name": 123 (group 3) in JSON; the quotes of a string stay.
    static const QRegularExpression jsonField(
        QStringLiteral(R"re("([^"\\]{1,100})"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|([-+0-9.eE]+)))re"));
    // Authorization-style credentials anywhere in text.
    static const QRegularExpression scheme(QStringLiteral(R"re(\b(Bearer|Basic|Digest)\s+([A-Za-z0-9\-._~+/=,:"]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    // "Header-Name: value" on its own line or after a separator.
    static const QRegularExpression headerLine(
        QStringLiteral(R"re((?:^|(?<=[\n;]))\s*([A-Za-z][A-Za-z0-9\-]*)\s*:\s*([^\n;]*))re"));

    QString out = text.toString();
    out.replace(userInfo, QStringLiteral("\\1***@"));
    out = replaceSensitiveValues(out, pair, 1, 2, &isSensitiveName);
    out = replaceSensitiveValues(out, jsonField, 1, 2, &isSensitiveName);
    out = replaceSensitiveValues(out, jsonField, 1, 3, &isSensitiveName);
    out = replaceSensitiveValues(out, headerLine, 1, 2, &isSensitiveHeaderName);
    out = replaceSensitiveValues(out, scheme, 1, 2, [](QStringView) { return true; });
    return out;
}

QString redactBody(const QByteArray& body, qsizetype maxChars)
{
    QString text = redact(QStringView(QString::fromUtf8(body)));
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        text += QStringLiteral("... (%1 bytes)").arg(body.size());
    }
    return text;
}

} // namespace lockstep::core::net
