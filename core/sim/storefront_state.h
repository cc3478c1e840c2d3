// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim_records.h"

#include <QHash>

#include <functional>

namespace lockstep::core::sim {

class Ledger;

/// The storefronts' catalogue and orders as the simulated WooCommerce and commercetools hold them. What it guards:
/// - an order exists for clients only once simulated time has reached its creation (placed in order, never
///   before): the finders see placed orders only;
/// - an order is paid when its planned payment falls due, unless it was cancelled first, and cancelled at most once;
/// - a WooCommerce order's payment takes its units off the listed stock and its cancellation (once paid) puts them
///   back; a commercetools order's version rises with every change.
///
/// Thread: the sandbox's thread only. The ledger must outlive it.
class StorefrontState
{
public:
    StorefrontState(Ledger* ledger, qint64 startMSecs);
    /// The catalogue and the orders the planner made for the day, none placed yet.
    void setPlan(QList<CatalogueProduct> products, QList<StorefrontOrder> orders);

    /// Places the orders created by `nowMSecs` and pays those whose payment falls due.
    void advanceTo(qint64 nowMSecs);
    /// The customer cancels the order at `index` (placed, not cancelled yet).
    void cancel(int index, qint64 at);
    /// How many orders are placed (they are the first ones of orders()).
    int placedCount() const { return m_nextToPlace; }

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

private:
    void placeOrder(int index);
    void payOrder(int index, qint64 at);
    /// Takes a WooCommerce order's units off the listed stock (sign -1, at payment) or puts them back (+1, cancelled).
    void adjustStoreStock(const StorefrontOrder& order, int sign);
    void bumpCt(StorefrontOrder& order, qint64 at);

    Ledger* m_ledger;
    qint64 m_now = 0;
    QList<CatalogueProduct> m_products;
    QList<StorefrontOrder> m_orders;
    QHash<QString, int> m_orderByNumber;
    int m_nextToPlace = 0;
    std::function<void(int, const QString&)> m_wooListener;
};

} // namespace lockstep::core::sim
