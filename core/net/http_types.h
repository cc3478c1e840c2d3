// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QUrl>

#include <chrono>
#include <optional>
#include <utility>

namespace lockstep::core::net {

using HttpHeader = std::pair<QByteArray, QByteArray>;
using HttpHeaders = QList<HttpHeader>;

/// The value of the first header called `name` (case-insensitive), or a null QByteArray.
QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);

enum class HttpMethod
{
    Get,
    Head,
    Post,
    Put,
    Patch,
    Delete
};
QByteArray toVerb(HttpMethod method);

/// One request as a connector describes it. A value: copy it, keep it, send it again.
struct HttpRequest
{
    HttpMethod method = HttpMethod::Get;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    /// Whether sending it twice has the same effect as once. Unset: GET, HEAD, PUT and DELETE are, POST and PATCH
    /// are not. Only idempotent requests are resent after a 5xx, a timeout or a dropped connection.
    std::optional<bool> idempotent;
    /// Per-attempt timeout; zero means the client's policy default.
    std::chrono::milliseconds timeout{0};
    /// Attempts in all, first included; zero means the client's policy default.
    int maxAttempts = 0;
    /// Whether this server answers 409 only when it rejected the write without applying it (Deposco: "updated by a
    /// concurrent request… retry when not in use"). Such a 409 is retried for any method, like a 429; otherwise a
    /// 409 is a definite answer and the call fails with ErrorCode::Conflict at once.
    bool conflictIsRejection = false;

    bool isIdempotent() const;
    void setHeader(QByteArray name, QByteArray value);

    static HttpRequest get(QUrl url);
    /// A POST with a body and its Content-Type; not idempotent unless the caller says so.
    static HttpRequest post(QUrl url, QByteArray body, QByteArray contentType = "application/json");
};

/// An HTTP answer, whatever its status. The body is kept as raw bytes (signatures and exact parsing need them).
struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    bool isSuccess() const { return status >= 200 && status < 300; }
    /// The server's own time when it answered: the `Date` header (RFC 9110 §6.6.1) as UTC, whole seconds;
    /// invalid when absent or unreadable. Lets a client read the server's clock instead of trusting its own.
    QDateTime date() const;
};

/// Why a call failed, beyond the ErrorCode.
enum class HttpFailure
{
    None,
    HttpStatus, ///< The server answered with a status other than 2xx (after any retries); `response` holds it.
    Timeout, ///< No complete answer within the timeout.
    Connection, ///< Could not connect, or the connection was closed or reset.
    Tls, ///< TLS handshake or certificate verification failed (never ignored).
    CircuitOpen, ///< Refused locally: the connector's circuit is open.
    Cancelled, ///< The caller aborted the call.
    InvalidRequest, ///< The request was malformed (no URL, unsupported scheme).
    TooLarge, ///< The answer's body was over HttpPolicy::maxResponseBytes; reading stopped there.
};
QString toString(HttpFailure failure);

/// The outcome of a call after the retry policy is done with it.
/// ok(): a 2xx response. Otherwise `error` says why (code NotFound for 404, Conflict for 409, Refused for other 4xx
/// and for an open circuit, Network for 5xx and transport failures) and `response` holds the last answer, if any, so
/// a connector can read an error body.
struct HttpResult
{
    std::optional<HttpResponse> response;
    std::optional<Error> error;
    HttpFailure failure = HttpFailure::None;
    int attempts = 0; ///< Requests actually sent (0 if refused before sending).
    /// A non-idempotent request failed after it may have reached the server (5xx, timeout, dropped connection): it
    /// may have been applied. Re-read the remote state (e.g. look the order up) before sending it again.
    bool outcomeUnknown = false;

    bool ok() const { return !error.has_value(); }
    /// The response as a Result: the 2xx response, or the error.
    Result<HttpResponse> toResult() const;
};

} // namespace lockstep::core::net

Q_DECLARE_METATYPE(lockstep::core::net::HttpResult)
