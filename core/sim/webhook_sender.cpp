// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook_sender.h"

#include "connectors/webhook_signature.h"
#include "ledger.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace lockstep::core::sim {

QByteArray webhookSignature(const QByteArray& body, const QByteArray& secret)
{
    // As WC_Webhook::generate_signature: the stored secret, HTML entities decoded (wp_specialchars_decode).
    return QMessageAuthenticationCode::hash(
        body, connectors::wooWebhookKey(QString::fromUtf8(secret)), QCryptographicHash::Sha256)
        .toBase64();
}

WebhookSender::WebhookSender(Ledger* ledger, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_network(new QNetworkAccessManager(this))
{}

void WebhookSender::deliver(const WebhookDelivery& d)
{
    QNetworkRequest request(d.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(60000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("WooCommerce/9.4.0 Hookshot (WordPress/6.7.1)"));
    const QStringList parts = d.topic.split(u'.');
    request.setRawHeader("X-WC-Webhook-Source", d.source.toUtf8());
    request.setRawHeader("X-WC-Webhook-Topic", d.topic.toUtf8());
    request.setRawHeader("X-WC-Webhook-Resource", parts.value(0).toUtf8());
    request.setRawHeader("X-WC-Webhook-Event", parts.value(1).toUtf8());
    request.setRawHeader("X-WC-Webhook-Signature", webhookSignature(d.body, d.secret));
    request.setRawHeader("X-WC-Webhook-ID", QByteArray::number(d.webhookId));
    // A new id per attempt, like WooCommerce's hash of webhook id and time: not a dedupe key.
    const QByteArray seed = QByteArray::number(d.webhookId) + ':' + QByteArray::number(d.resourceId) + ':'
        + QByteArray::number(++m_counter);
    request.setRawHeader("X-WC-Webhook-Delivery-ID", QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
    QNetworkReply* reply = m_network->post(request, d.body);
    const qint64 id = d.webhookId;
    const QString topic = d.topic;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, topic] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_ledger->count(
            status >= 200 && status <= 302 ? QStringLiteral("webhooks.delivered") : QStringLiteral("webhooks.failed"));
        reply->deleteLater();
        Q_EMIT delivered(id, topic, status);
    });
}

} // namespace lockstep::core::sim
