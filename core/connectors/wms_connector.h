// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/item.h"
#include "domain/money.h"
#include "domain/order.h"
#include "domain/shipment.h"
#include "domain/stock.h"
#include "domain/wms_status.h"
#include "health_answer.h"
#include "reply.h"

#include <QList>

#include <optional>

namespace lockstep::core::connectors {

struct WmsOrderLine
{
    QString lineId; ///< the WMS's id of the line (cancellations name it)
    int lineNumber = 0;
    QString sku;
    qint64 ordered = 0;
    qint64 allocated = 0;
    qint64 backOrdered = 0;
    qint64 shipped = 0;
    qint64 canceled = 0;
};

/// How the WMS knows a storefront order: its order number (customerOrderNumber) and where it came from
/// (orderSource). Lockstep's own key ("woocommerce:1042") never leaves Lockstep.
struct WmsOrderKey
{
    QString customerOrderNumber; ///< the storefront's number; the WMS number is derived per storefront
    QString origin; ///< storefront name, e.g. "woocommerce"
};

/// A sales order as the WMS holds it.
struct WmsOrder
{
    QString wmsId;
    QString number;
    QString customerOrderNumber; ///< the storefront's order number
    QString origin; ///< orderSource: the storefront it came from
    QString reference; ///< Lockstep's key of the storefront order ("woocommerce:1042"), filled in by the engine
    WmsOrderStatus status = WmsOrderStatus::New;
    QString facility;
    Money total;
    QList<WmsOrderLine> lines;
    QDateTime updatedAt; ///< UTC
};

/// What the engine asks the WMS to create. Bundles are already exploded into component lines.
struct WmsCreateRequest
{
    QString reference; ///< Lockstep's key of the storefront order ("woocommerce:1042")
    WmsOrderKey key; ///< what the WMS is searched by before any create
    QString number;
    QString facility;
    QString currency;
    Money total;
    QString shipToName; ///< the customer's name, when the address names nobody
    QString shipToCountry;
    ShippingAddress shipTo;
    struct Line
    {
        int lineNumber = 0;
        QString sku;
        qint64 quantity = 0;
        Money unitPrice;
    };
    QList<Line> lines;
    QHash<QString, QString> customFields; ///< already mapped to WMS field names
};

enum class CancelOutcome
{
    Canceled, ///< the whole order
    PartiallyCanceled, ///< only back-ordered quantities could go
    RefusedLocked, ///< past the warehouse cutoff: kept for a person, never dropped
};

struct WmsOrderPage
{
    QList<WmsOrder> orders;
    QList<ParseProblem> problems;
    QString nextCursor;
    bool hasMore = false;
};

/// A shipment and the sales order it ships (the engine maps it to the storefront order).
struct WmsShipment
{
    Shipment shipment;
    QString salesOrderId; ///< the WMS's id of the sales order (`orderHeaders` names it by reference)
    QString salesOrderNumber; ///< empty when the reference carries no business key
    QString customerOrderNumber;
};

struct ShipmentPage
{
    QList<WmsShipment> shipments;
    QList<ParseProblem> problems;
    QString nextCursor;
    bool hasMore = false;
};

/// A line of a customer return: units of a WMS item coming back.
struct WmsReturnLine
{
    int lineNumber = 0;
    QString sku; ///< the WMS item number
    qint64 quantity = 0; ///< units coming back, above zero
};

/// A customer return as the WMS holds it: goods a customer brought back (to a store's till), which the facility
/// that takes them in can receive. Deposco: `CustomerReturnDTO` (`/orders/customerReturns`).
struct WmsCustomerReturn
{
    QString wmsId;
    QString number; ///< unique in the business unit: what the look-up before a create searches by
    QString customerOrderNumber; ///< the till's number of the return
    QString relatedOrderNumber; ///< the sale it returns (the till's number), empty when the till names none
    QString origin; ///< orderSource, e.g. "pos"
    QString facility; ///< shipToFacility: the facility that receives the goods (the store's)
    QString status;
    QList<WmsReturnLine> lines;
};

/// What the engine asks the WMS to create for a till return. `number` is derived from the till's id of the return
/// (stable, so the look-up before a create finds an earlier create with an unknown outcome).
struct WmsReturnRequest
{
    QString reference; ///< Lockstep's key of the till return ("pos:RET-1")
    QString number;
    QString customerOrderNumber;
    QString relatedOrderNumber;
    QString origin;
    QString facility;
    QList<WmsReturnLine> lines;
};

/// Units of one item leaving a store facility's stock at the WMS because the store's till sold them: one discrete
/// inventory update (Deposco: `InventoryUpdateDTO`, `POST /inventory/facilities/{facilityId}/locations/{locationId}/
/// updates`). Not idempotent at the WMS: callers count the moves already there (countStockMoves) first.
struct WmsStockMove
{
    QString transaction; ///< unique per sale line ("pos:S-000012#1"): what the WMS's record of the move carries
    QString facility; ///< the store's facility number
    QString location; ///< the location within it that holds the store's sellable stock (its locator)
    QString sku; ///< the WMS item number
    qint64 quantity = 0; ///< units sold, above zero
    QDateTime queuedAt; ///< when the engine decided to send it (UTC): the WMS's records are searched from a day before
};

struct ItemPage
{
    QList<Item> items;
    QList<ParseProblem> problems;
    QString nextCursor;
    bool hasMore = false;
};

/// The warehouse management system. Asynchronous; replies come back on the connector's thread.
/// The WMS has no duplicate-create protection: callers find the order before they create it.
/// Thread: the engine's worker thread.
class WmsConnector
{
public:
    virtual ~WmsConnector() = default;

    /// The live sales order for a storefront order, or none. Newest first; a cancelled copy only if no live one.
    virtual void findOrder(const WmsOrderKey& key, Reply<std::optional<WmsOrder>> reply) = 0;
    virtual void createOrder(const WmsCreateRequest& request, Reply<WmsOrder> reply) = 0;
    virtual void cancelOrder(const WmsOrder& order, Reply<CancelOutcome> reply) = 0;
    virtual void fetchOrdersChangedSince(const QString& cursor, Reply<WmsOrderPage> reply) = 0;
    virtual void fetchShipmentsSince(const QString& cursor, Reply<ShipmentPage> reply) = 0;
    virtual void fetchItems(const QString& cursor, Reply<ItemPage> reply) = 0;
    /// The customer return with this number, or none (the look-up before every create of one).
    virtual void findCustomerReturn(const QString& number, Reply<std::optional<WmsCustomerReturn>> reply) = 0;
    /// Creates a customer return; callers look it up first (findCustomerReturn), as for orders.
    virtual void createCustomerReturn(const WmsReturnRequest& request, Reply<WmsCustomerReturn> reply) = 0;
    /// How many records of `move` the WMS holds (its inventory adjustments at the facility for the item that carry
    /// the move's transaction): 0 before it was applied, 1 after, more when something applied it twice.
    virtual void countStockMoves(const WmsStockMove& move, Reply<int> reply) = 0;
    /// Takes the move's units off the facility's stock; callers count first (countStockMoves), as for orders.
    virtual void applyStockMove(const WmsStockMove& move, Done done) = 0;
    /// Available-to-sell per SKU at every facility.
    virtual void fetchAvailability(Reply<QList<Stock>> reply) = 0;
    /// One cheap authenticated read (one record at most, nothing written): proves the address, the sign-in and
    /// that the API answers. Used by the self-test.
    virtual void checkHealth(HealthReply reply) = 0;
};

} // namespace lockstep::core::connectors
