// SPDX-License-Identifier: GPL-3.0-or-later
#include "world.h"

#include "world_planner.h"

namespace lockstep::core::sim {

namespace {
constexpr qint64 kHour = 60 * 60 * 1000;
} // namespace

World::World(const Scenario& scenario, Ledger* ledger)
    : m_scenario(scenario)
    , m_now(scenario.startMSecs)
    , m_wms(m_scenario, ledger, Rng(scenario.seed).fork(4))
    , m_storefronts(ledger, scenario.startMSecs)
    , m_pos(scenario.pos.stores, ledger)
{
    WorldPlan plan = planWorld(m_scenario, m_wms);
    m_storefronts.setPlan(std::move(plan.products), std::move(plan.orders));
    m_pos.setPlan(std::move(plan.posEvents), std::move(plan.posStock));
}

void World::advanceTo(qint64 nowMSecs)
{
    if (nowMSecs < m_now)
        return;
    m_now = nowMSecs;
    m_storefronts.advanceTo(m_now);
    m_wms.advanceTo(m_now);
    // Cancellation after lock (planted): the customer cancels once the warehouse has released the order, or after
    // eight hours of waiting.
    for (int i = 0; i < m_storefronts.placedCount(); ++i) {
        const StorefrontOrder& o = m_storefronts.orders().at(i);
        if (o.failure != PlannedFailure::CancelAfterLock || o.paidMSecs < 0
            || o.wooStatus == QStringLiteral("cancelled") || o.ctOrderState == QStringLiteral("Cancelled"))
            continue;
        if (m_wms.releasedFor(i) || m_now >= o.paidMSecs + 8 * kHour)
            m_storefronts.cancel(i, m_now);
    }
    m_pos.advanceTo(m_now);
}

int World::addSalesOrder(SalesOrder order)
{
    order.storefront = m_storefronts.findOrderByNumber(order.customerOrderNumber);
    order.carrierNeverCollects = order.storefront >= 0
        && m_storefronts.orders().at(order.storefront).failure == PlannedFailure::CarrierNeverConfirmed;
    // The order whose storefront refuses to hear it shipped is the demo's story only once it has shipped.
    order.rush = order.storefront >= 0
        && m_storefronts.orders().at(order.storefront).failure == PlannedFailure::ShippedUpdateRefused;
    return m_wms.addSalesOrder(std::move(order));
}

Json World::planSummary() const
{
    Json orders = Json::array();
    for (const auto& o : m_storefronts.orders()) {
        Json lines = Json::array();
        for (const auto& line : o.lines)
            lines.push_back({{"sku", toStd(lineSku(line))}, {"quantity", line.quantity}});
        orders.push_back({{"number", toStd(o.number)},
            {"system", o.commercetools ? "commercetools" : "woocommerce"},
            {"created", toStd(isoUtc(o.createdMSecs))},
            {"total_minor", o.totalMinor()},
            {"failure", toStd(failureKey(o.failure))},
            {"lines", lines}});
    }
    return {{"products", m_storefronts.products().size()}, {"wms_items", m_wms.items().size()}, {"orders", orders}};
}

} // namespace lockstep::core::sim
