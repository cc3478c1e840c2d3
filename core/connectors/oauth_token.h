// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "net/http_types.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>

namespace lockstep::core::net {
class HttpClient;
}

namespace lockstep::core::connectors {

/// Where and how to get an OAuth2 client-credentials token. The secret is a resolved value, held only in memory
/// and never put into an error or a log line.
struct OAuthSettings
{
    QUrl tokenUrl; ///< the token endpoint itself, e.g. https://auth.{region}.commercetools.com/oauth/token
    QString clientId;
    QString clientSecret;
    QString scope; ///< optional, space-separated
    QString what; ///< who signs in, for error context ("commercetools sign-in")
    /// When set, sign in with `grant_type=refresh_token` (an installed app: the token a person's install gave),
    /// client id and secret in the form; otherwise `client_credentials` with HTTP Basic.
    QString refreshToken;
};

/// An OAuth2 access token from client credentials (HTTP Basic with client id and secret,
/// `grant_type=client_credentials`) or from a refresh token (`grant_type=refresh_token`, rotated when the server
/// answers a new one: refreshTokenRotated() tells the owner to keep it), cached and renewed a minute before
/// `expires_in` runs out. Calls that arrive while a token request is under
/// way wait for that one request. send() adds the bearer token and, after a 401, signs in again once and resends.
/// Thread: the engine's worker thread, with the HttpClient it is given.
class OAuthToken : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const net::HttpResult&)>;

    OAuthToken(OAuthSettings settings, net::HttpClient& http, QObject* parent = nullptr);

    /// The current token, fetching it first when there is none or it is about to expire.
    void withToken(std::function<void(Result<QByteArray>)> then);
    /// Forgets the token: the next call signs in again.
    void invalidate();
    /// Sends `request` with `Authorization: Bearer`; a 401 renews the token once and resends. `handler` is called in
    /// this object's thread, and not at all if `context` is destroyed first.
    void send(net::HttpRequest request, const QObject* context, Handler handler);

Q_SIGNALS:
    /// The server issued a new refresh token with an access token; the old one may no longer work.
    void refreshTokenRotated(const QString& refreshToken);

private:
    void sendWithToken(net::HttpRequest request, const QObject* context, Handler handler, bool retriedAuth);

    OAuthSettings m_settings;
    net::HttpClient& m_http;
    QByteArray m_token;
    QDateTime m_expires;
    QList<std::function<void(Result<QByteArray>)>> m_waiting;
    /// How the last sign-in failed (failure kind and status, no body), so a call refused for want of a token still
    /// tells a timeout from a refused connection from rejected credentials.
    net::HttpResult m_signInFailure;
};

} // namespace lockstep::core::connectors
