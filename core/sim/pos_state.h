// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim_records.h"

#include <QMap>
#include <QStringList>

namespace lockstep::core::sim {

class Ledger;

/// The stores' tills as Square holds them: the day's sales and returns (planned, applied in time order as simulated
/// time reaches them, each once) and the counts per store location and SKU. What it guards: an event is visible to
/// clients only once applied; a sale lowers the sellable count, a return raises it again or, when the goods are not
/// fit to sell, the waste count; a physical count is accepted only for a known store and SKU.
///
/// Thread: the sandbox's thread only. The ledger must outlive it.
class PosState
{
public:
    PosState(QStringList stores, Ledger* ledger);
    /// The day's till events (in time order) and each store's sellable units at the start, from the planner.
    void setPlan(QList<PosEvent> events, QMap<QPair<QString, QString>, int> stock);

    /// Applies the events that happened by `nowMSecs`.
    void advanceTo(qint64 nowMSecs);

    const QList<PosEvent>& events() const { return m_events; }
    int eventsApplied() const { return m_applied; }
    /// Sellable units per (store location, SKU): Square's IN_STOCK count.
    const QMap<QPair<QString, QString>, int>& stock() const { return m_stock; }
    /// Returned units not put back on the shelf per (store location, SKU): Square's WASTE count.
    const QMap<QPair<QString, QString>, int>& waste() const { return m_waste; }
    /// A physical count of a store's sellable units (Square's BatchChangeInventory): counted in the ledger
    /// (`pos.physical_counts`, per store/SKU under `pos_physical_counts`). False for an unknown store or SKU.
    bool setCount(const QString& store, const QString& sku, int quantity);
    /// The event with this id (its order id at the till), -1 if none or not yet happened.
    int findEvent(const QString& id) const;

private:
    QStringList m_stores;
    Ledger* m_ledger;
    QList<PosEvent> m_events;
    int m_applied = 0;
    QMap<QPair<QString, QString>, int> m_stock;
    QMap<QPair<QString, QString>, int> m_waste;
};

} // namespace lockstep::core::sim
