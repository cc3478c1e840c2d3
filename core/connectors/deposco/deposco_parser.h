// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/wms_connector.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace lockstep::core::connectors::deposco {

/// A page of a Deposco collection: `{data: [...], links: [{rel: "next", href}], complete, pages}`, newest first.
template <typename T> struct Collection
{
    QList<T> items;
    QList<ParseProblem> problems;
    QUrl next; ///< empty when complete
    bool complete = true;
};

/// A sales order and whether its nested order lines were cut short (more live under /orderLines).
struct ParsedSalesOrder
{
    WmsOrder order;
    bool linesComplete = true;
};

/// The name of the custom field in which Lockstep sends the order's currency: the SalesOrder model has none.
inline constexpr const char* kCurrencyField = "currencyCode";

/// Records carry no top-level `id`: a record's id is `self.id` (an EntityRef), references are EntityRefs
/// `{id, businessKey: {...}, href}` (SDK docs/Model/EntityRef.md; the production client reads `self.id`).
Collection<ParsedSalesOrder> parseSalesOrders(const QByteArray& body);
/// One sales order object (the answer to a create or a GET by id).
Result<ParsedSalesOrder> parseSalesOrder(const QByteArray& body);
Collection<WmsOrderLine> parseOrderLines(const QByteArray& body);
/// Outbound shipments. The sales order is reached through `orderHeaders`, a nested collection
/// `{links, complete, pages, data: [EntityRef]}`; the ship date is `shipmentDates.actualShipDate`. State:
/// "Shipped" means the carrier collected; Delivered and Voided/Canceled as named; anything else with units is
/// Packed. A label with no shipped units never counts as collected.
Collection<WmsShipment> parseShipments(const QByteArray& body);
Collection<Item> parseItems(const QByteArray& body);
/// A kit header (`/kitHeaders`) with its `kitDetails`: the `Output` detail's item is the kit, the `Input`
/// details are its components. `complete` false on the nested details: read `/kitHeaders/{id}/kitDetails`.
struct ParsedKit
{
    QString kitHeaderId;
    Item kit;
    bool detailsComplete = true;
};
Collection<ParsedKit> parseKits(const QByteArray& body);
/// The details of one kit header (`/kitHeaders/{id}/kitDetails`), applied to `kit`.
Collection<BundleComponent> parseKitDetails(const QByteArray& body, QString* outputSku = nullptr);
/// Customer returns (`/orders/customerReturns`, CustomerReturnDTO): identity from `self`, `number` required (the
/// look-up before a create compares it), the receiving facility from `shipToFacility`, lines
/// (CustomerReturnLineDTO: item by business key, `orderPackQuantity`) from the nested `orderLines`. The lines are
/// all of them or none: a nested list cut short, or one with a line that cannot be read, leaves them empty.
Collection<WmsCustomerReturn> parseCustomerReturns(const QByteArray& body);
/// One customer return object (the answer to a create).
Result<WmsCustomerReturn> parseCustomerReturn(const QByteArray& body);

/// A record found by its business key (a facility by `number`, a location by `locator`): its `self.id`.
struct RecordKey
{
    QString id;
    QString key;
};
/// Facilities (`/facilities`, FacilityDTO) by `number`, locations (`/locations`, LocationDTO) by `locator`.
Collection<RecordKey> parseRecordKeys(const QByteArray& body, const char* keyField, const QString& what);

/// An inventory adjustment (`/inventory/inventoryAdjustments`, InventoryAdjustmentDTO): the WMS's record of a stock
/// move. `customAttribute1` is where Lockstep finds the transaction of a discrete update it sent (assumed: the
/// update's `ledgerCustomAttribute1`, stored "in the Inventory Ledger record", reads back there).
struct StockAdjustment
{
    QString id;
    QString facility; ///< the facility's number
    QString item; ///< the item's number
    qint64 quantity = 0;
    QString actionType;
    QString reasonCode;
    QString customAttribute1;
};
Collection<StockAdjustment> parseInventoryAdjustments(const QByteArray& body);
/// Available to promise from the legacy `getRestfulATP` call: `[{itemNumber, totalAvailableToPromise, …}]`,
/// one Stock per item at `facility` (the call has no facility breakdown).
Result<QList<Stock>> parseAvailability(
    const QByteArray& body, const QString& facility, const QDateTime& at, QList<ParseProblem>& problems);
/// The message of a `{errors: [{errorMessage}]}` body, or empty.
QString errorMessage(const QByteArray& body);

} // namespace lockstep::core::connectors::deposco
