// SPDX-License-Identifier: GPL-3.0-or-later
// The records the simulated systems keep: storefront catalogue and orders, WMS items, sales orders and
// shipments, POS events. Plain values owned by World; the services shape them into each API's JSON.
#pragma once

#include "domain/item.h"
#include "http_exchange.h"
#include "scenario.h"

#include <QList>
#include <QString>

namespace lockstep::core::sim {

struct CatalogueVariation
{
    qint64 id = 0;
    QString ownSku; ///< empty: the storefront shows the parent's SKU (a known WooCommerce trap)
    QString wmsSku; ///< the WMS item this variation really is
    QString attribute; ///< size
    qint64 priceMinor = 0;
    int storeStock = 0;
    qint64 modifiedMSecs = 0;
    /// WooCommerce: the variation leaves its stock to its product (`manage_stock: "parent"`) when the product
    /// manages stock (CatalogueProduct::parentStock).
    bool stockAtParent = false;
};

struct CatalogueProduct
{
    qint64 id = 0;
    QString name;
    QString sku;
    QString wmsSku; ///< the WMS item; empty when the WMS does not know it (unknown SKU)
    bool variable = false;
    bool bundle = false;
    qint64 priceMinor = 0;
    int storeStock = 0;
    qint64 modifiedMSecs = 0;
    QList<CatalogueVariation> variations;
    /// WooCommerce: a simple product counts its stock (`manage_stock`); false: no count, "in stock" by hand.
    bool manageStock = true;
    /// WooCommerce: a variable product manages stock itself (storeStock), for the variations that leave it to it.
    bool parentStock = false;
};

struct OrderLine
{
    qint64 id = 0;
    int product = -1; ///< index into World::products()
    int variation = -1; ///< index into that product's variations, -1 for none
    int quantity = 1;
    qint64 unitPriceMinor = 0;
};

struct OrderNote
{
    qint64 id = 0;
    qint64 createdMSecs = 0;
    QString note;
    bool customerNote = false;
    bool addedByUser = false;
};

struct StorefrontOrder
{
    bool commercetools = false;
    qint64 wooId = 0;
    QString ctId;
    QString number; ///< WooCommerce `number`, commercetools `orderNumber`
    qint64 version = 1; ///< commercetools optimistic-lock version
    qint64 createdMSecs = 0;
    qint64 modifiedMSecs = 0;
    qint64 plannedPaidMSecs = -1; ///< -1: payment never completes
    qint64 paidMSecs = -1;
    qint64 completedMSecs = -1;
    bool placed = false;
    PlannedFailure failure = PlannedFailure::None;
    QString wooStatus = QStringLiteral("pending");
    QString ctOrderState = QStringLiteral("Open");
    QString ctPaymentState = QStringLiteral("Pending");
    QString ctShipmentState;
    QList<OrderLine> lines;
    qint64 discountMinor = 0;
    qint64 shippingMinor = 0;
    qint64 feeMinor = 0;
    qint64 taxMinor = 0;
    QString paymentMethod;
    QString firstName;
    QString lastName;
    QString city;
    QString postcode;
    QString country;
    Json wooMeta = Json::array(); ///< meta_data [{id, key, value}]
    qint64 nextMetaId = 1;
    QList<OrderNote> notes;
    Json ctCustomFields = Json::object();
    Json ctDeliveries = Json::array();
    Json ctSyncInfo = Json::array();
    bool conflictPending = false; ///< VersionConflict: the next update meets a concurrent change
    /// WooCommerce: deleted permanently in the back office; the API no longer knows it (GET 404, update 400).
    bool wooDeleted = false;

    qint64 subtotalMinor() const
    {
        qint64 sum = 0;
        for (const auto& line : lines)
            sum += line.unitPriceMinor * line.quantity;
        return sum;
    }
    qint64 totalMinor() const { return subtotalMinor() - discountMinor + shippingMinor + feeMinor + taxMinor; }
};

struct WmsItem
{
    qint64 id = 0;
    QString number;
    QString name;
    qint64 priceMinor = 0;
    QList<BundleComponent> components; ///< non-empty: a kit
    qint64 createdMSecs = 0;
};

struct StockCell
{
    int onHand = 0;
    int allocated = 0;
};

/// A record of stock leaving or changing at a facility (InventoryAdjustmentDTO), e.g. a store's till sale.
struct StockMove
{
    qint64 id = 0;
    QString facility;
    QString item;
    int quantity = 0; ///< signed: units sold are negative
    QString actionType = QStringLiteral("Inventory Update");
    QString reasonCode;
    QString customAttribute1; ///< the update's ledgerCustomAttribute1 (the client's transaction)
    qint64 createdMSecs = 0;
};

struct SalesOrderLine
{
    qint64 id = 0;
    int lineNumber = 0;
    QString customerLineNumber;
    QString item;
    int orderQty = 0;
    int canceledQty = 0;
    int allocatedQty = 0;
    int pickedQty = 0;
    int shippedQty = 0;
    Json unitPrice; ///< a number as the client sent it (the model's prices are numbers), null when none
    QString status = QStringLiteral("New");

    int unallocated() const { return orderQty - canceledQty - allocatedQty; }
};

struct SalesOrder
{
    qint64 id = 0;
    QString number;
    QString customerOrderNumber;
    QString orderSource;
    QString status = QStringLiteral("New");
    QString facility;
    QString shipVendor;
    QString shipMethod;
    qint64 createdMSecs = 0;
    qint64 updatedMSecs = 0;
    qint64 nextStepMSecs = 0;
    qint64 actualShipMSecs = -1;
    QList<SalesOrderLine> lines;
    Json extra = Json::object(); ///< fields the client sent that the sandbox only echoes (addresses, totals)
    int storefront = -1; ///< index of the storefront order it was made for, -1 if none matches
    bool carrierNeverCollects = false; ///< planted by the scenario: the label is printed, the carrier never comes
    /// Planted by the scenario: a rush order the warehouse moves a step every two minutes, so it ships within
    /// the same engine pass that sent it, whatever the hour or the speed of the computer.
    bool rush = false;
};

/// A line of a customer return: units of an item coming back (CustomerReturnLineDTO).
struct CustomerReturnLine
{
    qint64 id = 0;
    QString lineNumber; ///< as the client sent it (text in the model); identifies the line in an update
    QString item;
    int orderQty = 0;
    int receivedQty = 0;
    QString status = QStringLiteral("New");
};

/// A customer return (CustomerReturnDTO): goods a customer brings back, to be received at `facility`.
struct CustomerReturn
{
    qint64 id = 0;
    QString number; ///< unique in the business unit: a POST with a number already held updates that return
    QString customerOrderNumber;
    QString relatedOrderNumber;
    QString orderSource;
    QString status = QStringLiteral("New");
    QString facility; ///< shipToFacility: the facility that receives the goods
    qint64 createdMSecs = 0;
    qint64 updatedMSecs = 0;
    QList<CustomerReturnLine> lines;
};

struct ShipmentLine
{
    qint64 id = 0;
    qint64 orderLineId = 0;
    QString item;
    int orderQty = 0;
    int shippedQty = 0;
};

struct OutboundShipment
{
    qint64 id = 0;
    QString number;
    QString status; ///< "Packed" (label printed) or "Shipped" (carrier collected); assumed names
    qint64 salesOrderId = 0;
    QString orderNumber;
    QString customerOrderNumber;
    QString trackingNumber;
    QString trackingUrl;
    QString shipVendor;
    QString shipMethod;
    QString facility;
    qint64 createdMSecs = 0;
    qint64 updatedMSecs = 0;
    qint64 shippedMSecs = -1;
    QList<ShipmentLine> lines;
};

struct PosEvent
{
    qint64 version = 0;
    QString id;
    bool isReturn = false;
    QString store;
    QString sku;
    int quantity = 0; ///< signed line quantity: a sale +n, a return -n; the stock effect is -quantity
    qint64 unitPriceMinor = 0;
    qint64 atMSecs = 0; ///< when the till completed it (Square's `closed_at` and `updated_at`)
    QString originalId;
    bool restock = true; ///< a return: the units go back on the shelf (IN_STOCK), else to WASTE
};

} // namespace lockstep::core::sim
