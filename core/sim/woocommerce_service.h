// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rng.h"
#include "sim_service.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace lockstep::core::sim {

class Ledger;
class WebhookSender;
class World;

/// A WooCommerce site's REST API v3 (`/wp-json/wc/v3/`): orders (list with WordPress paging headers, one,
/// update, notes), products and variations with stock, products batch (100 objects, then 413), webhooks
/// (registered through the API, delivered signed by WebhookSender, sometimes twice). Consumer key/secret by
/// Basic auth or query parameters. Thread: the sandbox's thread.
class WooCommerceService final : public SimService
{
public:
    WooCommerceService(
        World* world, Ledger* ledger, WebhookSender* sender, QString consumerKey, QString consumerSecret);

    QString systemName() const override { return QStringLiteral("woocommerce"); }
    SimResponse handle(const SimRequest& request) override;
    SimResponse serverError(int status) const override;
    SimResponse rateLimited(int retryAfterSeconds) const override;
    /// The first simple product (or variation with its own SKU) listing `sku` gets `quantity` in stock.
    bool editListedStock(const QString& sku, qint64 quantity, const QString& location) override;

    void setSiteUrl(const QUrl& url) { m_siteUrl = url; }
    void setDuplicateWebhookRate(double rate) { m_duplicateRate = rate; }
    /// Registers a webhook as `POST /webhooks` would (tests and the demo use it directly).
    qint64 addWebhook(const QString& topic, const QUrl& deliveryUrl, const QByteArray& secret);
    /// Called by the world when a WooCommerce order is created or updated.
    void orderChanged(int orderIndex, const QString& topic);

    /// The order as `GET /orders/{id}` returns it.
    Json orderJson(int orderIndex) const;
    /// Hostile input for tests: serves `bytes` verbatim in place of the order's JSON, in listings and in
    /// `GET /orders/{id}` (they may be truncated, mistyped or not UTF-8, or hold several array elements). Empty
    /// bytes restore the real order.
    void setRawOrder(qint64 wooId, const QByteArray& bytes);

private:
    struct Webhook
    {
        qint64 id = 0;
        QString name;
        QString topic;
        QUrl deliveryUrl;
        QByteArray secret;
        QString status = QStringLiteral("active");
        qint64 createdMSecs = 0;
    };

    SimResponse listOrders(const SimRequest& request);
    SimResponse updateOrder(const SimRequest& request, int index);
    SimResponse notes(const SimRequest& request, int index, const QStringList& rest);
    SimResponse products(const SimRequest& request, const QStringList& segments);
    SimResponse batch(const SimRequest& request, int productIndex);
    SimResponse webhooks(const SimRequest& request, const QStringList& segments);
    /// Applies {stock_quantity, manage_stock, sku} to a product or variation; an error body on failure.
    std::optional<Json> applyStockUpdate(int productIndex, int variationIndex, const Json& body);
    Json productJson(int productIndex) const;
    Json variationJson(int productIndex, int variationIndex) const;
    Json webhookJson(const Webhook& hook) const;
    /// One page of `total` resources (rendered only for the page) with X-WP-Total, X-WP-TotalPages and Link.
    /// One page of a collection; `raw(i)`, when given and not empty, replaces element i's JSON text.
    SimResponse paged(const SimRequest& request,
        int total,
        const std::function<Json(int)>& render,
        const std::function<QByteArray(int)>& raw = {});
    QString wooDate(qint64 msecs, bool gmt) const;
    std::optional<qint64> filterDate(const SimRequest& request, const QString& key) const;

    World* m_world;
    Ledger* m_ledger;
    WebhookSender* m_sender;
    QString m_key;
    QString m_secret;
    QUrl m_siteUrl;
    double m_duplicateRate = 0;
    Rng m_rng;
    QList<Webhook> m_webhooks;
    QHash<qint64, QByteArray> m_rawOrders; ///< by WooCommerce order id: hostile bytes served instead
};

/// A WooCommerce-shaped error: `{"code", "message", "data": {"status"}}`.
SimResponse wooError(int status, const char* code, const QString& message);

} // namespace lockstep::core::sim
