// SPDX-License-Identifier: GPL-3.0-or-later
#include "http_types.h"

#include "retry_after.h"

namespace lockstep::core::net {

QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QDateTime HttpResponse::date() const
{
    return parseHttpDate(header("Date")).value_or(QDateTime());
}

QByteArray toVerb(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return "GET";
    case HttpMethod::Head:
        return "HEAD";
    case HttpMethod::Post:
        return "POST";
    case HttpMethod::Put:
        return "PUT";
    case HttpMethod::Patch:
        return "PATCH";
    case HttpMethod::Delete:
        return "DELETE";
    }
    return {};
}

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method != HttpMethod::Post && method != HttpMethod::Patch;
}

void HttpRequest::setHeader(QByteArray name, QByteArray value)
{
    for (auto& header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0) {
            header.second = std::move(value);
            return;
        }
    }
    headers.append({std::move(name), std::move(value)});
}

HttpRequest HttpRequest::get(QUrl url)
{
    HttpRequest request;
    request.url = std::move(url);
    return request;
}

HttpRequest HttpRequest::post(QUrl url, QByteArray body, QByteArray contentType)
{
    HttpRequest request;
    request.method = HttpMethod::Post;
    request.url = std::move(url);
    request.body = std::move(body);
    request.setHeader("Content-Type", std::move(contentType));
    return request;
}

QString toString(HttpFailure failure)
{
    switch (failure) {
    case HttpFailure::None:
        return QStringLiteral("none");
    case HttpFailure::HttpStatus:
        return QStringLiteral("http-status");
    case HttpFailure::Timeout:
        return QStringLiteral("timeout");
    case HttpFailure::Connection:
        return QStringLiteral("connection");
    case HttpFailure::Tls:
        return QStringLiteral("tls");
    case HttpFailure::CircuitOpen:
        return QStringLiteral("circuit-open");
    case HttpFailure::Cancelled:
        return QStringLiteral("cancelled");
    case HttpFailure::InvalidRequest:
        return QStringLiteral("invalid-request");
    case HttpFailure::TooLarge:
        return QStringLiteral("too-large");
    }
    return {};
}

Result<HttpResponse> HttpResult::toResult() const
{
    if (error)
        return *error;
    return response.value_or(HttpResponse{});
}

} // namespace lockstep::core::net
