// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefront_state.h"

#include "ledger.h"

#include <algorithm>

namespace lockstep::core::sim {

StorefrontState::StorefrontState(Ledger* ledger, qint64 startMSecs)
    : m_ledger(ledger)
    , m_now(startMSecs)
{}

void StorefrontState::setPlan(QList<CatalogueProduct> products, QList<StorefrontOrder> orders)
{
    m_products = std::move(products);
    m_orders = std::move(orders);
    m_orderByNumber.clear();
    for (qsizetype i = 0; i < m_orders.size(); ++i)
        m_orderByNumber.insert(m_orders.at(i).number, static_cast<int>(i));
    m_nextToPlace = 0;
}

void StorefrontState::advanceTo(qint64 nowMSecs)
{
    if (nowMSecs < m_now)
        return;
    m_now = nowMSecs;
    while (m_nextToPlace < m_orders.size() && m_orders.at(m_nextToPlace).createdMSecs <= m_now)
        placeOrder(m_nextToPlace++);
    for (int i = 0; i < m_nextToPlace; ++i) {
        StorefrontOrder& o = m_orders[i];
        if (o.paidMSecs < 0 && o.plannedPaidMSecs >= 0 && o.plannedPaidMSecs <= m_now
            && o.wooStatus != QStringLiteral("cancelled") && o.ctOrderState != QStringLiteral("Cancelled"))
            payOrder(i, o.plannedPaidMSecs);
    }
}

void StorefrontState::cancel(int index, qint64 at)
{
    StorefrontOrder& o = m_orders[index];
    o.modifiedMSecs = at;
    m_ledger->count(QStringLiteral("orders.cancelled"));
    m_ledger->countFor(QStringLiteral("storefront_cancelled"), o.number);
    if (o.commercetools) {
        o.ctOrderState = QStringLiteral("Cancelled");
        bumpCt(o, at);
        return;
    }
    o.wooStatus = QStringLiteral("cancelled");
    if (o.paidMSecs >= 0)
        adjustStoreStock(o, +1); // WooCommerce puts back the stock a paid order had taken
    if (m_wooListener)
        m_wooListener(index, QStringLiteral("order.updated"));
}

void StorefrontState::placeOrder(int index)
{
    StorefrontOrder& o = m_orders[index];
    o.placed = true;
    if (o.failure == PlannedFailure::PaymentStuck)
        o.wooStatus = QStringLiteral("on-hold");
    m_ledger->count(QStringLiteral("orders.placed"));
    m_ledger->count(
        o.commercetools ? QStringLiteral("orders.placed.commercetools") : QStringLiteral("orders.placed.woocommerce"));
    if (o.failure != PlannedFailure::None)
        m_ledger->count(QStringLiteral("planted.") + failureKey(o.failure));
    if (!o.commercetools && m_wooListener)
        m_wooListener(index, QStringLiteral("order.created"));
}

void StorefrontState::payOrder(int index, qint64 at)
{
    StorefrontOrder& o = m_orders[index];
    o.paidMSecs = at;
    o.modifiedMSecs = at;
    m_ledger->count(QStringLiteral("orders.paid"));
    m_ledger->countFor(QStringLiteral("paid"), o.number);
    if (o.commercetools) {
        o.ctPaymentState = QStringLiteral("Paid");
        o.ctOrderState = QStringLiteral("Confirmed");
        bumpCt(o, at);
        return;
    }
    o.wooStatus = QStringLiteral("processing");
    adjustStoreStock(o, -1); // WooCommerce reduces stock when payment completes
    if (m_wooListener)
        m_wooListener(index, QStringLiteral("order.updated"));
}

void StorefrontState::adjustStoreStock(const StorefrontOrder& order, int sign)
{
    for (const auto& line : order.lines) {
        auto& p = m_products[line.product];
        if (line.variation >= 0)
            p.variations[line.variation].storeStock += sign * line.quantity;
        else
            p.storeStock += sign * line.quantity;
    }
}

void StorefrontState::bumpCt(StorefrontOrder& order, qint64 at)
{
    ++order.version;
    order.modifiedMSecs = std::max(order.modifiedMSecs, at);
}

void StorefrontState::touchOrder(int index)
{
    StorefrontOrder& o = m_orders[index];
    o.modifiedMSecs = std::max(o.modifiedMSecs + 1, m_now);
    if (o.commercetools)
        ++o.version;
    else if (m_wooListener)
        m_wooListener(index, QStringLiteral("order.updated"));
}

QString StorefrontState::lineSku(const OrderLine& line) const
{
    const auto& p = m_products.at(line.product);
    if (line.variation >= 0 && !p.variations.at(line.variation).ownSku.isEmpty())
        return p.variations.at(line.variation).ownSku;
    return p.sku;
}

QString StorefrontState::lineName(const OrderLine& line) const
{
    const auto& p = m_products.at(line.product);
    return line.variation >= 0 ? p.name + QStringLiteral(" - ") + p.variations.at(line.variation).attribute : p.name;
}

int StorefrontState::findWooOrder(qint64 id) const
{
    const int i = m_orderByNumber.value(QString::number(id), -1);
    return i >= 0 && i < m_nextToPlace && !m_orders.at(i).commercetools ? i : -1;
}

int StorefrontState::findCtOrder(const QString& id) const
{
    for (int i = 0; i < m_nextToPlace; ++i) {
        if (m_orders.at(i).commercetools && m_orders.at(i).ctId == id)
            return i;
    }
    return -1;
}

int StorefrontState::findOrderByNumber(const QString& number) const
{
    const int i = m_orderByNumber.value(number, -1);
    return i < m_nextToPlace ? i : -1;
}

int StorefrontState::findProduct(qint64 id) const
{
    for (qsizetype i = 0; i < m_products.size(); ++i) {
        if (m_products.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace lockstep::core::sim
