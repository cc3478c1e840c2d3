// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/storefront_connector.h"
#include "ct_parser.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace lockstep::core::net {
class HttpClient;
struct HttpRequest;
struct HttpResult;
} // namespace lockstep::core::net

namespace lockstep::core::connectors {
class OAuthToken;
}

namespace lockstep::core::connectors::commercetools {

/// Where the project is and how to sign in. The secret is a resolved value, held only in memory.
struct CtSettings
{
    QUrl apiUrl; ///< e.g. https://api.europe-west1.gcp.commercetools.com (the project key is appended)
    QUrl authUrl; ///< e.g. https://auth.europe-west1.gcp.commercetools.com (the token is at /oauth/token)
    QString projectKey;
    QString clientId;
    QString clientSecret;
    QString scope; ///< optional; e.g. "manage_orders:KEY manage_products:KEY view_channels:KEY"
    int pageSize = 500; ///< limit per order query; the API refuses more than 500
    int maxConflictRetries = 3; ///< re-reads after a 409 ConcurrentModification before giving up
    /// The supply channel (key) whose inventory entries pushStock sets; empty: the channel-less entries.
    QString supplyChannelKey;
    /// The order custom field addNote appends to. The project's order type must define it as a String field.
    QString noteField = QStringLiteral("lockstepNotes");
    /// What tells that an order is paid. ChargeTransactions reads orders with `expand=paymentInfo.payments[*]`.
    PaymentGate paymentGate = PaymentGate::PaymentState;
};

/// commercetools Composable Commerce HTTP API (api-notes §2).
///
/// Orders: `where=lastModifiedAt >= "<watermark>"`, `sort=lastModifiedAt asc`, `sort=id asc`, `withTotal=false`;
/// the cursor is "<lastModifiedAt>|<id>" of the last record read, and the next call continues after it with the
/// predicates `lastModifiedAt = "<t>" and id > "<id>"` then `lastModifiedAt > "<t>"` (never `offset`, which stops
/// at 10,000). Every update carries the version just read; a 409 ConcurrentModification (or an update whose
/// outcome is unknown) re-reads the order, re-checks the precondition and re-applies, at most
/// `maxConflictRetries` times. "Shipped" is one update: addDelivery with deliveryKey = the WMS shipment id, the
/// `items` it carried (line item id and quantity: the shipment's lines mapped by SKU, or without them what the
/// order has not yet delivered) and a parcel with trackingData, plus changeShipmentState Shipped; a delivery with
/// that key already there means done.
/// Stock: the inventory entry of (sku, supply channel) gets changeQuantity (absolute) with its version; the listing
/// is the product projections with that channel's inventory.
/// Webhooks: none (Subscriptions push to cloud queues, not to a desktop), so verifyWebhook refuses.
/// Thread: the engine's worker thread, with its HttpClient.
class CtConnector : public QObject, public StorefrontConnector
{
    Q_OBJECT

public:
    CtConnector(CtSettings settings, net::HttpClient& http, QObject* parent = nullptr);
    ~CtConnector() override;

    SourceSystem system() const override { return SourceSystem::Commercetools; }
    void fetchOrdersChangedSince(const QString& cursor, const OrderWindow& window, Reply<OrderPage> reply) override;
    bool readsWindows() const override { return true; }
    QString cursorAt(const QDateTime& t) const override;
    void fetchOrder(const QString& storefrontId, Reply<Order> reply) override;
    void markFulfilled(const FulfilmentUpdate& update, Done done) override;
    void addNote(const QString& storefrontId, const QString& note, Done done) override;
    /// commercetools has no inventory batch endpoint: each SKU is a query and one update. This bounds the work
    /// of one pushStock call, which runs its SKUs one after the other.
    int stockBatchLimit() const override { return 50; }
    void pushStock(const QList<StockLevel>& levels, Reply<StockPushOutcome> reply) override;
    /// Product projections (one listing per variant) and the supply channel's inventory entries
    /// (`quantityOnStock`, which changeQuantity sets), both read in full, 500 a page.
    void fetchListing(Reply<StorefrontListing> reply) override;
    Result<WebhookEvent> verifyWebhook(
        const QHash<QByteArray, QByteArray>& headers, const QByteArray& body) const override;
    /// Signs in and reads the project (`GET /{projectKey}`): proves the token endpoint, the client and the key.
    void checkHealth(HealthReply reply) override;

    /// The cursor format: "<lastModifiedAt, ISO with ms, UTC>|<order id>". Exposed for tests.
    static QString makeCursor(const QDateTime& lastModifiedAt, const QString& id);

private:
    using Handler = std::function<void(const net::HttpResult&)>;
    /// What to send to an order just read: actions, nothing (already done: success), or an error (stop).
    using Plan = std::function<Result<std::optional<nlohmann::json>>(const QByteArray& orderBody)>;

    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const;
    void send(net::HttpRequest request, Handler handler);
    /// `expand=paymentInfo.payments[*]` when the payment gate reads the payments; else nothing.
    QList<std::pair<QString, QString>> orderExpansion() const;
    void queryOrders(const QString& where, const QStringList& sorts, int limit, Handler handler);
    void updateOrder(const QString& id, Plan plan, const QString& what, Done done, int attempt = 0);
    void resolveChannel(std::function<void(Result<QString>)> then);
    void pushNext(QList<StockLevel> levels,
        qsizetype index,
        std::shared_ptr<StockPushOutcome> outcome,
        Reply<StockPushOutcome> reply);
    /// Reads `path` page by page (500, in id order) and hands each body to `take`, which says how many records it
    /// held; a short page ends it.
    void readPages(
        const QString& path, const QString& where, int offset, std::function<int(const QByteArray&)> take, Done done);
    void setQuantity(const StockLevel& level, const QString& channelId, Done done, int attempt = 0);

    CtSettings m_settings;
    net::HttpClient& m_http;
    OAuthToken* m_token;
    QString m_channelId; ///< supplyChannelKey resolved
};

} // namespace lockstep::core::connectors::commercetools
