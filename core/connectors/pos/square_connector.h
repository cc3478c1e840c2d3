// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pos_connector.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace lockstep::core::net {
class HttpClient;
struct HttpRequest;
struct HttpResult;
} // namespace lockstep::core::net

namespace lockstep::core::connectors::pos {

/// The API version every request names in `Square-Version`: the one of the OpenAPI specification the connector was
/// written against (`square/connect-api-specification` api.json, `x-fern-global-headers`).
inline constexpr auto kSquareVersion = "2025-08-20";

/// Where the Square account is and which stores to read. The access token is a resolved value, held only in memory.
struct SquareSettings
{
    QUrl baseUrl; ///< https://connect.squareup.com (the API's paths, /v2/…, are below it)
    QString accessToken;
    /// The store locations (Square location ids, at most 10: SearchOrders' limit); empty: every ACTIVE location
    /// `GET /v2/locations` lists, read once.
    QStringList locationIds;
    int pageSize = 500; ///< orders per SearchOrders page (Square: default 500, at most 1000)
};

/// Square as the till system (Square's OpenAPI specification is the reference; core/connectors/README.md says what
/// is taken from it and what is assumed). Every request carries `Authorization: Bearer <access token>` and
/// `Square-Version`.
///
/// Orders: `POST /v2/orders/search` over the store locations, COMPLETED orders filtered and sorted by `updated_at`
/// (ascending), `limit` a page, Square's `cursor` for the next page of the same query. The connector's cursor is the
/// `updated_at` watermark (inclusive: orders at the watermark are read again, and stored idempotently), the latest
/// `updated_at` seen, and Square's cursor while a walk is under way. A sale is an order's `line_items`; a return is
/// its own order whose `returns[].return_line_items` become negative quantities, naming the sale by
/// `source_order_id`. A line's SKU comes from its `catalog_object_id` through the SKU ↔ variation map read from
/// `GET /v2/catalog/list?types=ITEM_VARIATION` (every page), re-read once when an order names a variation it lacks.
/// One order: `GET /v2/orders/{order_id}`.
///
/// Stock: pushStock sets Deposco's quantities as `PHYSICAL_COUNT` changes in state `IN_STOCK` (quantity as a decimal
/// string, `occurred_at` the server's time in its last `Date`, never ahead of it), at most 100 changes a request
/// (stockBatchLimit), each level at its `location` (empty: the only configured location), with a fresh
/// `idempotency_key` per call, so resending the same request after a timeout applies it once. Store stock and the
/// listing are `POST /v2/inventory/counts/batch-retrieve` (cursor paging, 1000 a page); only `IN_STOCK` is sellable.
/// markFulfilled is a success without a request (handed over at the till); addNote and webhooks are refused.
/// Thread: the engine's worker thread, with its HttpClient.
class SquareConnector : public QObject, public PosConnector
{
    Q_OBJECT

public:
    SquareConnector(SquareSettings settings, net::HttpClient& http, QObject* parent = nullptr);

    void fetchOrdersChangedSince(const QString& cursor, const OrderWindow& window, Reply<OrderPage> reply) override;
    void fetchOrder(const QString& storefrontId, Reply<Order> reply) override;
    void markFulfilled(const FulfilmentUpdate& update, Done done) override;
    void addNote(const QString& storefrontId, const QString& note, Done done) override;
    /// BatchChangeInventory takes at most 100 changes a request.
    int stockBatchLimit() const override { return 100; }
    void pushStock(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply) override;
    /// Every (variation, location) IN_STOCK count of the store locations, with the variation's SKU and item.
    void fetchListing(Reply<StorefrontListing> reply) override;
    Result<WebhookEvent> verifyWebhook(
        const QHash<QByteArray, QByteArray>& headers, const QByteArray& body) const override;
    /// `GET /v2/locations`.
    void checkHealth(HealthReply reply) override;

    QStringList locations() const override { return m_locations; }
    void fetchStoreStock(const QString& location, Reply<QList<StoreStock>> reply) override;

    /// The variation → SKU map as last read from the Catalog (empty before the first read).
    const SkuByVariation& skuByVariation() const { return m_skuByVariation; }

private:
    using Handler = std::function<void(const net::HttpResult&)>;
    struct Counts
    {
        QList<InventoryCountRow> rows;
        QList<ParseProblem> problems;
        QDateTime readAt;
    };

    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    void send(net::HttpRequest request, Handler handler);
    void post(const QString& path, const QByteArray& body, bool idempotent, Handler handler);
    /// Runs `next` once the locations and the catalog map are known (each read at most once unless `refresh`).
    void prepare(bool refreshCatalog, Done next);
    void readLocations(Done next);
    void readCatalog(const QString& cursor, Done next);
    void searchPage(const QString& start,
        const QDateTime& seen,
        const QString& squareCursor,
        const OrderWindow& window,
        bool refreshed,
        Reply<OrderPage> reply);
    void readCounts(
        const QStringList& locations, const QString& cursor, std::shared_ptr<Counts> acc, Reply<Counts> reply);
    void sendChanges(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply);
    /// The server's clock as last seen in a `Date` (this computer's clock before any answer).
    QDateTime serverNow() const;

    SquareSettings m_settings;
    net::HttpClient& m_http;
    QStringList m_locations;
    bool m_catalogRead = false;
    SkuByVariation m_skuByVariation;
    QHash<QString, QString> m_variationBySku;
    QHash<QString, CatalogVariation> m_variations;
    QList<ParseProblem> m_catalogProblems;
    QDateTime m_serverDate;
};

} // namespace lockstep::core::connectors::pos
