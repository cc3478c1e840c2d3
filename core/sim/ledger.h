// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace lockstep::core::sim {

/// The truth ledger: what really happened inside the sandbox, independent of what any client believes.
///
/// Counters are keyed by a dotted name (`orders.placed`, `wms.sales_orders_received`, `faults.wms.429`,
/// `requests.woocommerce`); per-order maps count events per storefront order number. Served as JSON at
/// `GET /_sandbox/ledger` on every server. Thread: the sandbox's thread only.
class Ledger
{
public:
    void count(const QString& key, int delta = 1) { m_counters[key] += delta; }
    int counter(const QString& key) const { return m_counters.value(key); }

    /// Counts one event for one storefront order (`kind` e.g. "sales_orders_received", "cancellations_refused").
    void countFor(const QString& kind, const QString& orderNumber, int delta = 1)
    {
        m_perOrder[kind][orderNumber] += delta;
    }
    int counterFor(const QString& kind, const QString& orderNumber) const
    {
        return m_perOrder.value(kind).value(orderNumber);
    }

    /// Fault and request counts, for one simulated system ("woocommerce", "commercetools", "wms", "pos").
    void countRequest(const QString& system) { count(QStringLiteral("requests.") + system); }
    /// Keeps the largest value seen under `key` (e.g. the most requests a server held at once).
    void noteMax(const QString& key, int value) { m_counters[key] = std::max(m_counters.value(key), value); }
    void countFault(const QString& system, const QString& kind)
    {
        count(QStringLiteral("faults.%1.%2").arg(system, kind));
    }
    int requests(const QString& system) const { return counter(QStringLiteral("requests.") + system); }
    int faults(const QString& system, const QString& kind) const
    {
        return counter(QStringLiteral("faults.%1.%2").arg(system, kind));
    }

    void clear()
    {
        m_counters.clear();
        m_perOrder.clear();
    }

    /// `{"counters": {...}, "per_order": {kind: {order number: n}}}` with keys sorted.
    nlohmann::ordered_json toJson() const;

private:
    QMap<QString, int> m_counters;
    QMap<QString, QMap<QString, int>> m_perOrder;
};

} // namespace lockstep::core::sim
