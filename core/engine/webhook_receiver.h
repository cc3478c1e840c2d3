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

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace lockstep::core::engine {

/// Receives storefront webhooks on a local HTTP server: `POST /webhooks/<storefront>` (for example
/// `/webhooks/woocommerce`). The storefront's connector checks each delivery's signature over the exact
/// bytes received, in constant time; a change already seen within the duplicate window is answered 200
/// and dropped; a new one is handed on as a hint to re-read the order (orderChanged). Webhooks only bring
/// polling forward, so a lost or refused delivery costs nothing but time.
///
/// Answers: 200 accepted or duplicate (and WooCommerce's unsigned ping), 401 bad or missing signature,
/// 400 a signed body that cannot be read, 404 a storefront that is not configured.
/// Thread: the engine's; the connectors it verifies with live there too.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int accepted = 0;
        int duplicates = 0;
        int refused = 0;
    };

    WebhookReceiver(QList<connectors::StorefrontConnector*> storefronts,
        const Clock& clock,
        std::chrono::seconds duplicateWindow,
        QObject* parent = nullptr);
    ~WebhookReceiver() override;

    /// Starts listening; port 0 picks a free port. Returns the port.
    Result<quint16> listen(const QHostAddress& address, quint16 port);
    /// The delivery URL to register at `storefront` (valid once listening).
    QUrl deliveryUrl(SourceSystem storefront) const;
    Counts counts() const { return m_counts; }

Q_SIGNALS:
    /// A new, verified change: re-read this order.
    void orderChanged(lockstep::core::SourceSystem storefront, const QString& storefrontId);
    /// A delivery was refused; `why` names the storefront and the cause, never a secret.
    void deliveryRefused(const QString& why);

private:
    QHttpServerResponse handle(const QString& storefront, const QHttpServerRequest& request);
    /// True when `key` was seen within the window; remembers it otherwise.
    bool seenBefore(const QString& key);

    QList<connectors::StorefrontConnector*> m_storefronts;
    const Clock& m_clock;
    std::chrono::seconds m_window;
    std::unique_ptr<QHttpServer> m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    QHash<QString, qint64> m_seenAt; ///< dedupe key -> ms since epoch when first seen
    QQueue<std::pair<qint64, QString>> m_seenOrder; ///< the same keys, oldest first, for expiry
    Counts m_counts;
};

} // namespace lockstep::core::engine
