// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/storefront_connector.h"
#include "pos_parser.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace lockstep::core::net {
class HttpClient;
struct HttpRequest;
struct HttpResult;
}

namespace lockstep::core::connectors::pos {

/// Where the POS back office is. The API key is a resolved value, held only in memory.
struct PosSettings
{
    QUrl baseUrl; ///< ends in /pos/v1
    QString apiKey;
    QString store; ///< one store's feed only; empty: every store's
    int pageSize = 200; ///< transactions per page; the API refuses more than 200
};

/// The store tills' back office (the sandbox's generic POS API, api-notes §5: a Lockstep design, not a vendor's).
///
/// Orders: store sales and returns from `GET /transactions?after=<version>&limit=`, a monotonically increasing
/// version cursor as in Lightspeed X-Series; the cursor is the highest version read. Each transaction is an Order
/// with the store as its channel (facility routing); a return has negative quantities and names its sale.
/// markFulfilled is a success without a request: a till sale is handed over at the counter, so there is nothing
/// to announce and the API has no fulfilment call. The API is read-only: addNote and pushStock are refused (the
/// till is the truth for its own store stock; the stores' stock is read with fetchStoreStock). No webhooks.
/// Thread: the engine's worker thread, with its HttpClient.
class PosConnector : public QObject, public StorefrontConnector
{
    Q_OBJECT

public:
    PosConnector(PosSettings settings, net::HttpClient& http, QObject* parent = nullptr);

    SourceSystem system() const override { return SourceSystem::Pos; }
    /// `backfillFrom` drops transactions that occurred earlier (the version cursor has no time filter).
    void fetchOrdersChangedSince(const QString& cursor, const OrderWindow& window, Reply<OrderPage> reply) override;
    /// There is no single-transaction read: walks the feed from the start until it finds `storefrontId`.
    void fetchOrder(const QString& storefrontId, Reply<Order> reply) override;
    void markFulfilled(const FulfilmentUpdate& update, Done done) override;
    void addNote(const QString& storefrontId, const QString& note, Done done) override;
    /// Nothing is pushed (pushStock refuses); the number only keeps callers' arithmetic sound.
    int stockBatchLimit() const override { return 200; }
    void pushStock(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply) override;
    /// The stores' stock snapshot (`GET /stock`, this connector's store or every store) as listings, one per
    /// (store, SKU) with `location` = the store.
    void fetchListing(Reply<StorefrontListing> reply) override;
    Result<WebhookEvent> verifyWebhook(const QHash<QByteArray, QByteArray>& headers, const QByteArray& body) const override;
    /// `GET /transactions?after=0&limit=1`.
    void checkHealth(HealthReply reply) override;

    /// Stock per SKU in one store (every store when `store` is empty), as the till system counts it.
    void fetchStoreStock(const QString& store, Reply<QList<StoreStock>> reply);

private:
    using Handler = std::function<void(const net::HttpResult&)>;
    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query) const;
    void get(const QUrl& url, Handler handler);
    void findFrom(qint64 after, const QString& storefrontId, Reply<Order> reply);

    PosSettings m_settings;
    net::HttpClient& m_http;
};

} // namespace lockstep::core::connectors::pos
