// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "pos_state.h"
#include "scenario.h"
#include "sim_records.h"
#include "storefront_state.h"
#include "wms_state.h"

#include <QMap>

#include <functional>

namespace lockstep::core::sim {

class Ledger;

/// The simulated systems behind the sandbox's servers, and the day's clock: the storefronts (StorefrontState), the
/// WMS and its status machine (WmsState) and the tills (PosState), each guarding its own invariants, seeded by the
/// planner (planWorld) from the scenario's seed at construction. advanceTo() moves them forward together and plays
/// the rules that join them: a customer who cancels once the warehouse has released the order (a planted failure),
/// and a sales order that learns from its storefront order whether the carrier will ever come.
///
/// The services reach the parts through the methods below (the same names the parts have) or through
/// storefronts(), wms() and pos().
///
/// Thread: the sandbox's thread only. The ledger must outlive the world.
class World
{
public:
    World(const Scenario& scenario, Ledger* ledger);

    const Scenario& scenario() const { return m_scenario; }
    qint64 nowMSecs() const { return m_now; }
    void advanceTo(qint64 nowMSecs);

    StorefrontState& storefronts() { return m_storefronts; }
    WmsState& wms() { return m_wms; }
    PosState& pos() { return m_pos; }

    // Storefronts
    QList<CatalogueProduct>& products() { return m_storefronts.products(); }
    const QList<CatalogueProduct>& products() const { return m_storefronts.products(); }
    QList<StorefrontOrder>& orders() { return m_storefronts.orders(); }
    const QList<StorefrontOrder>& orders() const { return m_storefronts.orders(); }
    QString lineSku(const OrderLine& line) const { return m_storefronts.lineSku(line); }
    QString lineName(const OrderLine& line) const { return m_storefronts.lineName(line); }
    int findWooOrder(qint64 id) const { return m_storefronts.findWooOrder(id); }
    int findCtOrder(const QString& id) const { return m_storefronts.findCtOrder(id); }
    int findOrderByNumber(const QString& number) const { return m_storefronts.findOrderByNumber(number); }
    int findProduct(qint64 id) const { return m_storefronts.findProduct(id); }
    void touchOrder(int index) { m_storefronts.touchOrder(index); }
    void setWooOrderListener(std::function<void(int, const QString&)> listener)
    {
        m_storefronts.setWooOrderListener(std::move(listener));
    }

    // WMS
    const QList<WmsItem>& items() const { return m_wms.items(); }
    int findItem(const QString& number) const { return m_wms.findItem(number); }
    int findItemById(qint64 id) const { return m_wms.findItemById(id); }
    int availableToPromise(const QString& item, const QString& facility) const
    {
        return m_wms.availableToPromise(item, facility);
    }
    int onHand(const QString& item, const QString& facility) const { return m_wms.onHand(item, facility); }
    QList<SalesOrder>& salesOrders() { return m_wms.salesOrders(); }
    const QList<SalesOrder>& salesOrders() const { return m_wms.salesOrders(); }
    int findSalesOrder(qint64 id) const { return m_wms.findSalesOrder(id); }
    int findSalesOrderByNumber(const QString& number) const { return m_wms.findSalesOrderByNumber(number); }
    /// Stores a new sales order at the WMS (WmsState::addSalesOrder), linked to the storefront order it names.
    int addSalesOrder(SalesOrder order);
    Status cancelSalesOrder(int index, const QList<QPair<qint64, int>>& quantities)
    {
        return m_wms.cancelSalesOrder(index, quantities);
    }
    Status moveSalesOrder(int index, const QString& status) { return m_wms.moveSalesOrder(index, status); }
    QList<CustomerReturn>& customerReturns() { return m_wms.customerReturns(); }
    const QList<CustomerReturn>& customerReturns() const { return m_wms.customerReturns(); }
    int findCustomerReturn(qint64 id) const { return m_wms.findCustomerReturn(id); }
    int findCustomerReturnByNumber(const QString& number) const { return m_wms.findCustomerReturnByNumber(number); }
    int addCustomerReturn(CustomerReturn customerReturn) { return m_wms.addCustomerReturn(std::move(customerReturn)); }
    Status updateCustomerReturn(int index, const CustomerReturn& sent)
    {
        return m_wms.updateCustomerReturn(index, sent);
    }
    const QList<StockMove>& stockMoves() const { return m_wms.stockMoves(); }
    Result<int> moveStock(
        const QString& facility, const QString& item, int units, const QString& reasonCode, const QString& transaction)
    {
        return m_wms.moveStock(facility, item, units, reasonCode, transaction);
    }
    QList<OutboundShipment>& shipments() { return m_wms.shipments(); }
    const QList<OutboundShipment>& shipments() const { return m_wms.shipments(); }

    // POS
    const QList<PosEvent>& posEvents() const { return m_pos.events(); }
    int posEventsApplied() const { return m_pos.eventsApplied(); }
    const QMap<QPair<QString, QString>, int>& posStock() const { return m_pos.stock(); }
    const QMap<QPair<QString, QString>, int>& posWaste() const { return m_pos.waste(); }
    bool setPosCount(const QString& store, const QString& sku, int quantity)
    {
        return m_pos.setCount(store, sku, quantity);
    }
    int findPosEvent(const QString& id) const { return m_pos.findEvent(id); }

    /// A digest of the planned orders and catalogue (for determinism checks and the demo's summary).
    Json planSummary() const;

private:
    Scenario m_scenario;
    qint64 m_now = 0;
    WmsState m_wms; ///< before the storefronts: the planner seeds it first
    StorefrontState m_storefronts;
    PosState m_pos;
};

} // namespace lockstep::core::sim
