// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace lockstep::core::net {

/// What a redacted value is replaced with.
inline constexpr char kRedacted[] = "***";

/// True if a query parameter or body field of this name carries a credential: names containing "token", "secret",
/// "password", "passwd", "signature" or "credential", names ending in "_key" or "-key", and "key", "apikey", "sig",
/// "auth" (case-insensitive). Errs on the side of hiding: a hidden harmless value costs less than a leaked secret.
bool isSensitiveName(QStringView name);

/// True if a header of this name carries a credential: Authorization, Proxy-Authorization, Cookie, Set-Cookie, and
/// any name containing "token", "secret", "key", "signature", "password" or "auth" (case-insensitive), which covers
/// X-WC-Webhook-Signature and X-Api-Key.
bool isSensitiveHeader(QByteArrayView name);

/// The URL as text for a log line: user info removed, sensitive query parameters and fragment pairs replaced.
QString redact(const QUrl& url);

/// The header value to log: kRedacted for a sensitive header (the scheme word of Authorization is kept, as in
/// "Bearer ***"), the value itself otherwise.
QByteArray redactHeaderValue(QByteArrayView name, QByteArrayView value);

/// Headers as "Name: value" lines joined by "; ", sensitive values replaced.
QString redactHeaders(const QList<std::pair<QByteArray, QByteArray>>& headers);

/// Free text (an error string, a body, a log message): replaces the values of sensitive `name=value` pairs (forms,
/// query strings), sensitive JSON string and number fields (`"password": "..."`), user info in URLs
/// (`https://user:pass@host`), `Bearer`/`Basic` credentials and sensitive "Header: value" lines.
QString redact(QStringView text);

/// A body for a log line: decoded as UTF-8, passed through redact(QStringView) and cut to `maxChars`.
QString redactBody(const QByteArray& body, qsizetype maxChars = 2000);

} // namespace lockstep::core::net
