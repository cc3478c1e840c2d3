// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/api_url.h"
#include "connectors/wms_connector.h"
#include "deposco_parser.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

namespace lockstep::core::net {
class HttpClient;
struct HttpRequest;
struct HttpResult;
} // namespace lockstep::core::net

namespace lockstep::core::connectors {
class OAuthToken;
}

namespace lockstep::core::connectors::deposco {

struct WalkCursor;

struct DeposcoSettings
{
    QUrl apiUrl; ///< the API base, e.g. https://api.deposco.com/latest
    QUrl tokenUrl; ///< OAuth2 token endpoint
    QString clientId;
    QString clientSecret;
    QString refreshToken; ///< set for an installed app: sign in with grant_type=refresh_token
    QString scope; ///< optional OAuth scope, space-separated
    QString businessUnit; ///< company code; sent as `businessUnit` and as the orders' business unit EntityRef
    int pageSize = 50; ///< sales orders allow at most 50 a page (SDK), other collections 100
    /// Prefix of the WMS order number per storefront ("woocommerce" → "WC-"): the WMS number is unique per
    /// storefront while `customerOrderNumber` keeps the storefront's own. Missing: defaultOrderPrefix().
    QHash<QString, QString> orderPrefixes;
    /// The legacy availability call (`…/integration/{code}/ctrl/getRestfulATP`), HTTP Basic with its own
    /// user; empty URL: beside the API on the same host.
    QUrl atpUrl;
    QString atpUser;
    QString atpPassword;
    QString atpFacility; ///< the facility a total without a facility breakdown is counted at
    QString storeLocation = QStringLiteral("SALES-FLOOR"); ///< locator of a store facility's sellable stock
    /// The inventory status a till's sold units are given by a discrete update (assumed; not in the SDK's enums).
    QString soldStatus = QStringLiteral("Sold");
};

/// The prefix a storefront's orders get in the WMS when none is configured: WC-, CT-, POS-, else the name.
QString defaultOrderPrefix(const QString& origin);

class DeposcoConnector : public QObject, public WmsConnector
{
    Q_OBJECT

public:
    DeposcoConnector(DeposcoSettings settings, net::HttpClient& http, QObject* parent = nullptr);

Q_SIGNALS:
    /// The WMS answered a refresh with a new refresh token: the old one may be spent, so the owner keeps this one
    /// where the configuration's refresh token lives.
    void refreshTokenRotated(const QString& refreshToken);

public:
    void findOrder(const WmsOrderKey& key, Reply<std::optional<WmsOrder>> reply) override;
    void createOrder(const WmsCreateRequest& request, Reply<WmsOrder> reply) override;
    void cancelOrder(const WmsOrder& order, Reply<CancelOutcome> reply) override;
    void fetchOrdersChangedSince(const QString& cursor, Reply<WmsOrderPage> reply) override;
    void fetchShipmentsSince(const QString& cursor, Reply<ShipmentPage> reply) override;
    void fetchItems(const QString& cursor, Reply<ItemPage> reply) override;
    void fetchAvailability(Reply<QList<Stock>> reply) override;
    void findCustomerReturn(const QString& number, Reply<std::optional<WmsCustomerReturn>> reply) override;
    void createCustomerReturn(const WmsReturnRequest& request, Reply<WmsCustomerReturn> reply) override;
    /// `GET /inventory/inventoryAdjustments` (facilityNumber, itemNumber, createdAfter a day before the sale), every
    /// page, counting the adjustments whose `customAttribute1` is the move's transaction.
    void countStockMoves(const WmsStockMove& move, Reply<int> reply) override;
    /// `POST /inventory/facilities/{facilityId}/locations/{locationId}/updates` (InventoryUpdateDTO): the sold units
    /// of the item at the store's location given the sold status, the transaction in `transactionNumber` and
    /// `ledgerCustomAttribute1`. The facility's and location's ids are looked up by business key once.
    void applyStockMove(const WmsStockMove& move, Done done) override;
    /// The WMS order number of a storefront order: its storefront's prefix and its number.
    QString wmsNumber(const WmsOrderKey& key) const;
    /// Signs in and reads one item (`GET /items?pageSize=1`).
    void checkHealth(HealthReply reply) override;

private:
    using Handler = std::function<void(const net::HttpResult&)>;
    /// Sends with a bearer token, fetching or renewing it as needed; a 401 renews once and retries.
    void send(net::HttpRequest request, Handler handler);
    QUrl url(const QString& path, const QueryItems& query = {}) const;
    /// A collection's URL: `businessUnit` first, then `query` (camelCase names, as the SDK's lib/Api sends them).
    QUrl listUrl(const QString& path, QueryItems query) const;
    /// The page a walk continues with: its next link, or the first page changed after its watermark.
    QUrl walkPage(const QString& path, const WalkCursor& cursor, int pageSize) const;
    void findByNumber(const QString& number, const WmsOrderKey& key, Reply<std::optional<WmsOrder>> reply);
    void completeLines(
        QList<ParsedSalesOrder> orders, qsizetype index, std::function<void(Result<QList<WmsOrder>>)> done);
    void walkLines(
        QUrl page, QList<ParsedSalesOrder> orders, qsizetype index, std::function<void(Result<QList<WmsOrder>>)> done);
    void walkItems(QUrl page, QList<Item> items, QList<ParseProblem> problems, Reply<ItemPage> reply);
    void walkKits(QUrl page, QList<Item> items, QList<ParseProblem> problems, Reply<ItemPage> reply);
    void completeKits(QList<ParsedKit> kits, qsizetype index, std::function<void(Result<QList<ParsedKit>>)> done);
    /// The sales order numbers of shipments whose order reference carries only an id (one GET per order, cached).
    void resolveShipmentOrders(
        QList<WmsShipment> shipments, qsizetype index, std::function<void(Result<QList<WmsShipment>>)> done);
    /// The `self.id` of the one record of `path` whose `keyField` is `key` (cached); a WMS without it refuses, saying
    /// `missing`.
    void recordId(const QString& path,
        QueryItems query,
        const char* keyField,
        const QString& key,
        const QString& missing,
        Reply<QString> reply);
    void walkAdjustments(QUrl page, WmsStockMove move, int count, Reply<int> reply);
    /// After a create refused with 400: the order is there already when a look-up by number finds it.
    void findAfterRefusal(const WmsCreateRequest& request, const net::HttpResult& refusal, Reply<WmsOrder> reply);

    DeposcoSettings m_settings;
    net::HttpClient& m_http;
    OAuthToken* m_auth; ///< child of this connector
    QHash<QString, QString> m_orderNumbers; ///< sales order id → number, learnt from reads
    QHash<QString, QString> m_recordIds; ///< path and query → id: facilities and locations
};

} // namespace lockstep::core::connectors::deposco
