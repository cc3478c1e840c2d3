// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth_token.h"

#include "net/http_client.h"

#include <QPointer>
#include <QUrlQuery>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

namespace lockstep::core::connectors {

using nlohmann::json;

namespace {

constexpr int kRenewBeforeSeconds = 60;
constexpr int kDefaultLifetimeSeconds = 3600;

/// The sign-in failure without the body's details beyond a short error code: the body never holds the
/// secret, but the request's Basic header does, and that is never echoed.
Error signInError(const net::HttpResult& r, const QString& what)
{
    Error e = r.error.value_or(makeError(ErrorCode::Network, QStringLiteral("request failed")));
    if (r.response)
        e.message = QStringLiteral("sign-in refused (HTTP %1)").arg(r.response->status);
    e.context = e.context.isEmpty() ? what : what + QStringLiteral(": ") + e.context;
    return e;
}

} // namespace

OAuthToken::OAuthToken(OAuthSettings settings, net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_http(http)
{
    if (m_settings.what.isEmpty())
        m_settings.what = QStringLiteral("sign-in");
}

void OAuthToken::invalidate()
{
    m_token.clear();
    m_expires = {};
}

void OAuthToken::withToken(std::function<void(Result<QByteArray>)> then)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_token.isEmpty() && m_expires.isValid() && now.addSecs(kRenewBeforeSeconds) < m_expires)
        return then(m_token);
    m_waiting.append(std::move(then));
    if (m_waiting.size() > 1)
        return; // a token request is already under way
    const bool refresh = !m_settings.refreshToken.isEmpty();
    QUrlQuery form;
    form.addQueryItem(
        QStringLiteral("grant_type"), refresh ? QStringLiteral("refresh_token") : QStringLiteral("client_credentials"));
    if (refresh) {
        form.addQueryItem(
            QStringLiteral("refresh_token"), QString::fromLatin1(QUrl::toPercentEncoding(m_settings.refreshToken)));
        form.addQueryItem(
            QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(m_settings.clientId)));
        form.addQueryItem(
            QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(m_settings.clientSecret)));
    }
    if (!m_settings.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(m_settings.scope)));
    net::HttpRequest request = net::HttpRequest::post(
        m_settings.tokenUrl, form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    request.idempotent = !refresh; // a refresh token may rotate: a second use of the old one could fail
    if (!refresh)
        request.setHeader(
            "Authorization", "Basic " + (m_settings.clientId + u':' + m_settings.clientSecret).toUtf8().toBase64());
    m_http.send(request, this, [this](const net::HttpResult& r) {
        Result<QByteArray> token =
            makeError(ErrorCode::Refused, QStringLiteral("no access token in the answer"), m_settings.what);
        if (!r.ok()) {
            token = signInError(r, m_settings.what);
            m_signInFailure = r;
            if (m_signInFailure.response)
                m_signInFailure.response->body.clear();
        } else {
            m_signInFailure = {};
            const QByteArray& body = r.response->body;
            const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
            if (j.is_object() && j.contains("access_token") && j.at("access_token").is_string()
                && !j.at("access_token").get<std::string>().empty()) {
                m_token = QByteArray::fromStdString(j.at("access_token").get<std::string>());
                qint64 seconds = kDefaultLifetimeSeconds;
                if (j.contains("expires_in") && j.at("expires_in").is_number_integer())
                    seconds = std::clamp<qint64>(j.at("expires_in").get<qint64>(), 0, 365LL * 24 * 3600);
                m_expires = QDateTime::currentDateTimeUtc().addSecs(seconds);
                token = m_token;
                if (!m_settings.refreshToken.isEmpty() && j.contains("refresh_token")
                    && j.at("refresh_token").is_string()) {
                    const QString rotated = QString::fromStdString(j.at("refresh_token").get<std::string>());
                    if (!rotated.isEmpty() && rotated != m_settings.refreshToken) {
                        m_settings.refreshToken = rotated;
                        Q_EMIT refreshTokenRotated(rotated);
                    }
                }
            }
        }
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto& w : waiting)
            w(token);
    });
}

void OAuthToken::send(net::HttpRequest request, const QObject* context, Handler handler)
{
    sendWithToken(std::move(request), context, std::move(handler), false);
}

void OAuthToken::sendWithToken(net::HttpRequest request, const QObject* context, Handler handler, bool retriedAuth)
{
    QPointer<const QObject> guard(context);
    withToken([this, request, guard, handler, retriedAuth](Result<QByteArray> token) mutable {
        if (!guard)
            return;
        if (!token.ok()) {
            net::HttpResult failed = m_signInFailure;
            failed.error = token.error();
            if (failed.failure == net::HttpFailure::None) // an answer without a token
                failed.failure = net::HttpFailure::HttpStatus;
            return handler(failed);
        }
        request.setHeader("Authorization", "Bearer " + token.value());
        m_http.send(request, guard.data(), [this, request, guard, handler, retriedAuth](const net::HttpResult& r) {
            if (!r.ok() && r.response && r.response->status == 401 && !retriedAuth) {
                invalidate(); // expired or revoked: sign in again, once
                return sendWithToken(request, guard.data(), handler, true);
            }
            handler(r);
        });
    });
}

} // namespace lockstep::core::connectors
