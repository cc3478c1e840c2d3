// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace lockstep::core::sim {

class Ledger;

/// One webhook POST as WooCommerce sends it.
struct WebhookDelivery
{
    QUrl url;
    QByteArray body; ///< the exact bytes that are signed and sent
    QByteArray secret;
    qint64 webhookId = 0;
    QString topic; ///< "order.created"
    QString source; ///< the site URL with a trailing slash
    qint64 resourceId = 0;
};

/// base64(HMAC-SHA256(secret, body)), the value of `X-WC-Webhook-Signature`.
QByteArray webhookSignature(const QByteArray& body, const QByteArray& secret);

/// Delivers WooCommerce webhooks: POST with `X-WC-Webhook-*` headers, the signature over the raw body, a
/// fresh delivery id per attempt, no redirects followed, no retry of a failed delivery (as WooCommerce).
/// Thread: the sandbox's thread. Owns its network access manager.
class WebhookSender final : public QObject
{
    Q_OBJECT

public:
    explicit WebhookSender(Ledger* ledger, QObject* parent = nullptr);

    void deliver(const WebhookDelivery& delivery);

Q_SIGNALS:
    /// A delivery was answered (status 0 for a transport error).
    void delivered(qint64 webhookId, const QString& topic, int httpStatus);

private:
    Ledger* m_ledger;
    QNetworkAccessManager* m_network;
    quint64 m_counter = 0;
};

} // namespace lockstep::core::sim
