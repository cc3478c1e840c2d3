// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "rng.h"
#include "scenario.h"
#include "sim_records.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace lockstep::core::sim {

class Ledger;

/// The state behind every simulated system: the storefront catalogue and orders (planned from the scenario's
/// seed at construction, placed as simulated time reaches them), the WMS item master, stock, sales orders and
/// shipments, and the POS feed. advanceTo() moves everything forward: payments, storefront cancellations, the
/// WMS status machine (allocation, waves, release, pick, stage, carrier collection) and POS stock effects.
///
/// Thread: the sandbox's thread only. The ledger must outlive the world.
class World
{
public:
    World(const Scenario& scenario, Ledger* ledger);

    const Scenario& scenario() const { return m_scenario; }
    qint64 nowMSecs() const { return m_now; }
    void advanceTo(qint64 nowMSecs);

    // Storefronts
    QList<CatalogueProduct>& products() { return m_products; }
    const QList<CatalogueProduct>& products() const { return m_products; }
    QList<StorefrontOrder>& orders() { return m_orders; }
    const QList<StorefrontOrder>& orders() const { return m_orders; }
    /// The SKU a storefront shows for a line (a variation without its own SKU shows its parent's).
    QString lineSku(const OrderLine& line) const;
    QString lineName(const OrderLine& line) const;
    int findWooOrder(qint64 id) const;
    int findCtOrder(const QString& id) const;
    int findOrderByNumber(const QString& number) const;
    int findProduct(qint64 id) const;
    /// Records that a client changed a storefront order (bumps modified time; WooCommerce fires order.updated).
    void touchOrder(int index);
    /// Called with (order index, topic) when a WooCommerce order is created or updated (webhook source).
    void setWooOrderListener(std::function<void(int, const QString&)> listener) { m_wooListener = std::move(listener); }

    // WMS
    const QList<WmsItem>& items() const { return m_items; }
    int findItem(const QString& number) const { return m_itemIndex.value(number, -1); }
    int findItemById(qint64 id) const;
    /// Available to promise of an item at a facility (kits: what their components allow).
    int availableToPromise(const QString& item, const QString& facility) const;
    int onHand(const QString& item, const QString& facility) const;
    QList<SalesOrder>& salesOrders() { return m_salesOrders; }
    const QList<SalesOrder>& salesOrders() const { return m_salesOrders; }
    int findSalesOrder(qint64 id) const;
    /// The sales order with this number (the WMS's unique key), -1 if none.
    int findSalesOrderByNumber(const QString& number) const;
    /// Stores a new sales order (no duplicate check, as the real WMS): assigns ids, counts it in the ledger.
    int addSalesOrder(SalesOrder order);
    /// Cancels quantities (lineId → quantity; empty = everything left) inside the documented window.
    Status cancelSalesOrder(int index, const QList<QPair<qint64, int>>& quantities);
    /// Manual status move through `POST …/status` (Draft/New/Hold/Ready/Wave Built/Back Ordered only).
    Status moveSalesOrder(int index, const QString& status);
    QList<CustomerReturn>& customerReturns() { return m_customerReturns; }
    const QList<CustomerReturn>& customerReturns() const { return m_customerReturns; }
    int findCustomerReturn(qint64 id) const;
    /// The customer return with this number (the WMS's unique key), -1 if none.
    int findCustomerReturnByNumber(const QString& number) const;
    /// Stores a new customer return (no duplicate check, as for sales orders): assigns ids, counts it in the ledger
    /// (`wms.customer_returns_created`; per `customerOrderNumber`, else its number, under `customer_returns_created`).
    /// It stays New: receiving is not simulated.
    int addCustomerReturn(CustomerReturn customerReturn);
    /// A POST of a number already held: data attributes the client sent replace the held ones, new lines are added
    /// and a line's quantity may rise, in any status but Canceled (docs/Api/CustomerReturnsApi.md). A lower quantity
    /// is a cancellation (its own endpoint) and refused, as is a line number naming another item (assumed). Counts
    /// `wms.customer_returns_updated`.
    Status updateCustomerReturn(int index, const CustomerReturn& sent);
    QList<OutboundShipment>& shipments() { return m_shipments; }
    const QList<OutboundShipment>& shipments() const { return m_shipments; }

    // POS
    const QList<PosEvent>& posEvents() const { return m_posEvents; }
    int posEventsApplied() const { return m_posApplied; }
    /// Sellable units per (store location, SKU): Square's IN_STOCK count.
    const QMap<QPair<QString, QString>, int>& posStock() const { return m_posStock; }
    /// Returned units not put back on the shelf per (store location, SKU): Square's WASTE count.
    const QMap<QPair<QString, QString>, int>& posWaste() const { return m_posWaste; }
    /// A physical count of a store's sellable units (Square's BatchChangeInventory): counted in the ledger
    /// (`pos.physical_counts`, per store/SKU under `pos_physical_counts`). False for an unknown store or SKU.
    bool setPosCount(const QString& store, const QString& sku, int quantity);
    /// The POS event with this id (its order id at the till), -1 if none or not yet happened.
    int findPosEvent(const QString& id) const;

    /// A digest of the planned orders and catalogue (for determinism checks and the demo's summary).
    Json planSummary() const;

private:
    void buildCatalogue(Rng rng);
    void planOrders(Rng rng);
    void planPos(Rng rng);
    void placeOrder(int index);
    void payOrder(int index, qint64 at);
    void cancelStorefrontOrder(int index, qint64 at);
    /// Takes a WooCommerce order's units off the listed stock (sign -1, at payment) or puts them back (+1, cancelled).
    void adjustStoreStock(const StorefrontOrder& order, int sign);
    void stepSalesOrder(SalesOrder& order, qint64 at);
    bool allocate(SalesOrder& order);
    void deallocate(SalesOrder& order, SalesOrderLine& line, int quantity);
    void stageShipment(SalesOrder& order, qint64 at);
    /// The carrier collects the order's packed shipments: all of them, or a split order's first alone. Returns
    /// whether the order has now left in full.
    bool collectShipment(SalesOrder& order, qint64 at);
    StockCell& cell(const QString& item, const QString& facility) { return m_stock[{item, facility}]; }
    int addItem(const QString& number, const QString& name, qint64 priceMinor, QList<BundleComponent> components = {});
    void bumpCt(StorefrontOrder& order, qint64 at);
    /// Counts a record the WMS received: `wms.<kind>`, and per storefront or till number (`customerNumber`, else the
    /// WMS `number`) under `kind`; `again` counts each number that arrives a second time.
    void countArrival(const QString& kind, const QString& customerNumber, const QString& number, const QString& again);

    Scenario m_scenario;
    Ledger* m_ledger;
    Rng m_runtimeRng;
    qint64 m_now = 0;
    QList<CatalogueProduct> m_products;
    QList<int> m_normalUnits; ///< encoded product * 1000 + variation + 1
    QMap<PlannedFailure, int> m_failureUnits;
    QList<StorefrontOrder> m_orders;
    QHash<QString, int> m_orderByNumber;
    int m_nextToPlace = 0;
    QList<WmsItem> m_items;
    QHash<QString, int> m_itemIndex;
    QMap<QPair<QString, QString>, StockCell> m_stock;
    QList<SalesOrder> m_salesOrders;
    QList<OutboundShipment> m_shipments;
    QList<CustomerReturn> m_customerReturns;
    qint64 m_nextWmsId = 5000001;
    QList<PosEvent> m_posEvents;
    int m_posApplied = 0;
    QMap<QPair<QString, QString>, int> m_posStock;
    QMap<QPair<QString, QString>, int> m_posWaste;
    std::function<void(int, const QString&)> m_wooListener;
};

} // namespace lockstep::core::sim
