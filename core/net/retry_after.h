// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace lockstep::core::net {

/// Parses an HTTP-date (RFC 9110 §5.6.7) as UTC: the preferred IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and the
/// two obsolete forms recipients should accept, RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT"; a two-digit year 00-69
/// is 20xx, 70-99 is 19xx) and asctime ("Sun Nov  6 08:49:37 1994"). Names are matched case-sensitively as the grammar
/// says; surrounding whitespace is ignored. Returns nullopt for anything else, including impossible dates.
std::optional<QDateTime> parseHttpDate(QByteArrayView text);

/// Formats `t` as an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the form servers send (RFC 9110 §5.6.7);
/// milliseconds are dropped, so the text never names a later second than `t`.
QByteArray formatHttpDate(const QDateTime& t);

/// How long a Retry-After header value asks the client to wait, or nullopt if the value is absent or unparseable
/// (the caller then falls back to its backoff). All digits: that many seconds. Otherwise an HTTP-date: the time from
/// `nowUtc` until then, 0 if it has passed. Either way clamped to [0, maxDelay].
std::optional<std::chrono::milliseconds> parseRetryAfter(
    QByteArrayView value, const QDateTime& nowUtc, std::chrono::milliseconds maxDelay);

} // namespace lockstep::core::net
