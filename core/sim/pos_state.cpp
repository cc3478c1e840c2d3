// SPDX-License-Identifier: GPL-3.0-or-later
#include "pos_state.h"

#include "ledger.h"

namespace lockstep::core::sim {

PosState::PosState(QStringList stores, Ledger* ledger)
    : m_stores(std::move(stores))
    , m_ledger(ledger)
{}

void PosState::setPlan(QList<PosEvent> events, QMap<QPair<QString, QString>, int> stock)
{
    m_events = std::move(events);
    m_stock = std::move(stock);
    m_applied = 0;
}

void PosState::advanceTo(qint64 nowMSecs)
{
    while (m_applied < m_events.size() && m_events.at(m_applied).atMSecs <= nowMSecs) {
        const PosEvent& e = m_events.at(m_applied++);
        if (e.isReturn && !e.restock)
            m_waste[{e.store, e.sku}] -= e.quantity;
        else
            m_stock[{e.store, e.sku}] -= e.quantity;
        m_ledger->count(e.isReturn ? QStringLiteral("pos.returns") : QStringLiteral("pos.sales"));
    }
}

bool PosState::setCount(const QString& store, const QString& sku, int quantity)
{
    if (!m_stores.contains(store) || !m_stock.contains({store, sku}))
        return false;
    m_stock[{store, sku}] = quantity;
    m_ledger->count(QStringLiteral("pos.physical_counts"));
    m_ledger->countFor(QStringLiteral("pos_physical_counts"), store + u'/' + sku);
    return true;
}

int PosState::findEvent(const QString& id) const
{
    for (int i = 0; i < m_applied; ++i) {
        if (m_events.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace lockstep::core::sim
