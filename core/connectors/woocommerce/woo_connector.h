// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/storefront_connector.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

namespace lockstep::core::net {
class HttpClient;
struct HttpRequest;
} // namespace lockstep::core::net

namespace lockstep::core::connectors::woocommerce {

/// Where the consumer key and secret travel.
enum class WooCredentials
{
    Header, ///< HTTP Basic in the Authorization header
    QueryString, ///< `consumer_key` and `consumer_secret` in the query (HTTPS only), for hosts that strip the header
};

/// Where the store is and how to sign in. The secrets are resolved values, held only in memory.
struct WooSettings
{
    QUrl baseUrl; ///< the site, e.g. https://shop.example.com (the API lives under /wp-json/wc/v3/)
    QString consumerKey;
    QString consumerSecret;
    QString webhookSecret;
    WooCredentials credentials = WooCredentials::Header;
    int pageSize = 100; ///< per_page; WordPress refuses more than 100
};

/// WooCommerce REST API v3. Orders are pulled oldest-change-first after a watermark with one second of
/// overlap (re-reads are harmless: intake is idempotent), which never skips an order that changes
/// while pages are read. "Shipped" is one idempotent PUT: status completed plus the tracking in meta.
/// Stock goes out through products/batch (100 objects a request) after the SKU is found in the catalogue: only
/// `stock_quantity`, set where WooCommerce keeps the count (a variation with `manage_stock: "parent"` on its
/// product); a listing that counts no stock is reported, never switched to counting.
/// Thread: the engine's worker thread, with its HttpClient.
class WooConnector : public QObject, public StorefrontConnector
{
    Q_OBJECT

public:
    WooConnector(WooSettings settings, net::HttpClient& http, QObject* parent = nullptr);

    SourceSystem system() const override { return SourceSystem::WooCommerce; }
    void fetchOrdersChangedSince(const QString& cursor, const OrderWindow& window, Reply<OrderPage> reply) override;
    bool readsWindows() const override { return true; }
    QString cursorAt(const QDateTime& t) const override;
    void fetchOrder(const QString& storefrontId, Reply<Order> reply) override;
    void markFulfilled(const FulfilmentUpdate& update, Done done) override;
    void addNote(const QString& storefrontId, const QString& note, Done done) override;
    int stockBatchLimit() const override { return 100; }
    void pushStock(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply) override;
    /// Every product (GET /products, 100 a page) and the variations of each variable product
    /// (GET /products/{id}/variations, 100 a page), with stock where it is managed. Refreshes the SKU map.
    void fetchListing(Reply<StorefrontListing> reply) override;
    Result<WebhookEvent> verifyWebhook(
        const QHash<QByteArray, QByteArray>& headers, const QByteArray& body) const override;
    /// `GET orders?per_page=1`: needs the key's read permission, as the order poll does (system_status would need
    /// an administrator's key, which Lockstep should not be given).
    void checkHealth(HealthReply reply) override;

    /// The watermark cursor format: "<modified_gmt ISO>|<page>". Exposed for tests.
    static QString makeCursor(const QDateTime& watermark, int page);

private:
    QUrl endpoint(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    /// Adds the credentials: the Authorization header, or the query items.
    void sign(net::HttpRequest& request) const;
    using VariableProducts = std::shared_ptr<QList<std::pair<qint64, QString>>>;
    void loadCatalogue(std::function<void(Result<StorefrontListing>)> done);
    void loadProducts(std::shared_ptr<StorefrontListing> listing,
        VariableProducts variable,
        std::function<void(Result<StorefrontListing>)> done,
        int page);
    void loadVariations(std::shared_ptr<StorefrontListing> listing,
        VariableProducts variable,
        std::function<void(Result<StorefrontListing>)> done,
        qsizetype index,
        int page);
    void sendStockBatch(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply);

    WooSettings m_settings;
    net::HttpClient& m_http;
    struct ProductRef
    {
        qint64 productId = 0;
        qint64 variationId = 0; ///< 0 for a simple product, or a variation whose stock its product keeps
        bool managed = true; ///< false: WooCommerce counts no stock for it, and Lockstep does not switch that on
    };
    QHash<QString, ProductRef> m_skuToProduct;
    bool m_catalogueLoaded = false;
    QSet<QString> m_stockAtParent; ///< variation ids with `manage_stock: "parent"`, from the catalogue being read
    QSet<QString> m_unmanaged; ///< product and variation ids with `manage_stock: false`
};

} // namespace lockstep::core::connectors::woocommerce
