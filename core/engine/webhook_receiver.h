// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/storefront_connector.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <chrono>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace lockstep::core::engine {

/// What one sender may cost the receiver. Defaults as in the configuration (core/engine/README.md).
struct WebhookLimits
{
    qint64 maxBodyBytes = 1024 * 1024; ///< a larger body is answered 413 (from Content-Length, before it is read)
    std::chrono::milliseconds requestTimeout{10'000}; ///< from connect to the whole request; then 408 and closed
    int maxConnections = 64; ///< open at once; a connection beyond them is answered 503 and closed
};

/// Receives storefront webhooks on a local HTTP server: `POST /webhooks/<storefront>` (for example
/// `/webhooks/woocommerce`). The storefront's connector checks each delivery's signature over the exact
/// bytes received, in constant time; a change already seen within the duplicate window is answered 200
/// and dropped; a new one is handed on as a hint to re-read the order (orderChanged). Webhooks only bring
/// polling forward, so a lost or refused delivery costs nothing but time.
///
/// Answers: 200 accepted or duplicate (and WooCommerce's unsigned ping), 401 bad or missing signature,
/// 400 a signed body that cannot be read, 404 a storefront that is not configured.
///
/// HTTP is read here on a QTcpServer (HttpRequestReader), not by QHttpServer, which buffers any body whole and keeps
/// any connection: a sender gets `limits` (body size, time to send a request, connections open at once), and one
/// request per connection, answered with "Connection: close". Also 405 for another method, 408 a request not whole in
/// time, 413 a body over the limit, 431 headers over 16 KiB, 503 a connection beyond the cap.
/// Thread: the engine's; the connectors it verifies with live there too.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int accepted = 0;
        int duplicates = 0;
        int refused = 0; ///< bad signature, unreadable body, unknown storefront
        int tooLarge = 0; ///< 413
        int timedOut = 0; ///< 408, or closed idle
        int overCapacity = 0; ///< 503
    };

    WebhookReceiver(QList<connectors::StorefrontConnector*> storefronts,
        const Clock& clock,
        std::chrono::seconds duplicateWindow,
        WebhookLimits limits = {},
        QObject* parent = nullptr);
    ~WebhookReceiver() override;

    /// Starts listening; port 0 picks a free port. Returns the port.
    Result<quint16> listen(const QHostAddress& address, quint16 port);
    /// The delivery URL to register at `storefront` (valid once listening).
    QUrl deliveryUrl(SourceSystem storefront) const;
    Counts counts() const { return m_counts; }
    /// Connections being read or answered now.
    int openConnections() const { return m_open; }

Q_SIGNALS:
    /// A new, verified change: re-read this order.
    void orderChanged(lockstep::core::SourceSystem storefront, const QString& storefrontId);
    /// A delivery was refused; `why` names the storefront and the cause, never a secret.
    void deliveryRefused(const QString& why);

private:
    struct Connection;
    struct Answer
    {
        int status = 200;
        QByteArray text;
    };
    void acceptConnections();
    void readRequest(const std::shared_ptr<Connection>& connection);
    Answer route(const Connection& connection);
    Answer handle(const QString& storefront, const QHash<QByteArray, QByteArray>& headers, const QByteArray& body);
    void respond(Connection& connection, const Answer& answer);
    /// True when `key` was seen within the window; remembers it otherwise.
    bool seenBefore(const QString& key);

    QList<connectors::StorefrontConnector*> m_storefronts;
    const Clock& m_clock;
    std::chrono::seconds m_window;
    WebhookLimits m_limits;
    QTcpServer* m_server = nullptr;
    int m_open = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
    QHash<QString, qint64> m_seenAt; ///< dedupe key -> ms since epoch when first seen
    QQueue<std::pair<qint64, QString>> m_seenOrder; ///< the same keys, oldest first, for expiry
    Counts m_counts;
};

} // namespace lockstep::core::engine
