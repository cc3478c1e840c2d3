// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "rng.h"
#include "scenario.h"
#include "sim_records.h"

#include <QHash>
#include <QMap>

namespace lockstep::core::sim {

class Ledger;

/// The simulated WMS's own records and its status machine: the item master, stock per item and facility (on hand
/// and allocated), sales orders with their lines and shipments, and customer returns. What it guards:
/// - every id comes from one counter, as the real system's, and a record is never stored twice by the WMS itself
///   (no duplicate check on a POST, as the real WMS: a client that sends twice gets two, and the ledger counts it);
/// - a sales order moves only forward through the documented flow (allocation, waves, release, pick, stage,
///   carrier collection), allocating what it takes and giving back what is cancelled;
/// - a cancellation or a manual move is accepted only in the statuses the API documents.
///
/// Thread: the sandbox's thread only. The ledger must outlive it.
class WmsState
{
public:
    /// `runtimeRng` decides what happens while the day runs (carriers, split shipments, extra labels).
    WmsState(const Scenario& scenario, Ledger* ledger, Rng runtimeRng);

    /// Moves every sales order whose next step falls due by `nowMSecs`; later calls never go back in time.
    void advanceTo(qint64 nowMSecs);

    // The item master and stock, as the planner seeds them before the day starts.
    int addItem(const QString& number, const QString& name, qint64 priceMinor, QList<BundleComponent> components = {});
    void setOnHand(const QString& item, const QString& facility, int units) { cell(item, facility).onHand = units; }

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
    /// Whether a sales order made for the storefront order at `storefrontIndex` is released or further on: the
    /// warehouse has locked it.
    bool releasedFor(int storefrontIndex) const;

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

    /// Stock moves, oldest first (`/inventory/inventoryAdjustments`).
    const QList<StockMove>& stockMoves() const { return m_stockMoves; }
    /// A discrete inventory update taking `units` of `item` at `facility` out of the sellable stock: refused when the
    /// facility holds fewer. Recorded as a stock move carrying `transaction` (counted in the ledger,
    /// `wms.stock_moves`, per transaction under `stock_moves`, and `wms.stock_moves_more_than_once` when a client
    /// sends one transaction again). Every `stock_move_twice_every`-th update is applied twice, as a retrying proxy
    /// would (`wms.stock_moves_applied_twice`). Returns the first move's index.
    Result<int> moveStock(
        const QString& facility, const QString& item, int units, const QString& reasonCode, const QString& transaction);

private:
    void stepSalesOrder(SalesOrder& order, qint64 at);
    bool allocate(SalesOrder& order);
    void deallocate(SalesOrder& order, SalesOrderLine& line, int quantity);
    void stageShipment(SalesOrder& order, qint64 at);
    /// The carrier collects the order's packed shipments: all of them, or a split order's first alone. Returns
    /// whether the order has now left in full.
    bool collectShipment(SalesOrder& order, qint64 at);
    StockCell& cell(const QString& item, const QString& facility) { return m_stock[{item, facility}]; }
    /// Counts a record the WMS received: `wms.<kind>`, and per storefront or till number (`customerNumber`, else the
    /// WMS `number`) under `kind`; `again` counts each number that arrives a second time.
    void countArrival(const QString& kind, const QString& customerNumber, const QString& number, const QString& again);

    const Scenario& m_scenario;
    Ledger* m_ledger;
    Rng m_runtimeRng;
    qint64 m_now = 0;
    QList<WmsItem> m_items;
    QHash<QString, int> m_itemIndex;
    QMap<QPair<QString, QString>, StockCell> m_stock;
    QList<SalesOrder> m_salesOrders;
    QList<OutboundShipment> m_shipments;
    QList<CustomerReturn> m_customerReturns;
    QList<StockMove> m_stockMoves;
    int m_stockUpdates = 0;
    qint64 m_nextWmsId = 5000001;
};

} // namespace lockstep::core::sim
