// SPDX-License-Identifier: GPL-3.0-or-later
// The reliability harness's judge: the sandbox's truth ledger against Lockstep's database. Shared by the chaos
// run (tests/integration/test_chaos.cpp) and the crash loop (tests/app/test_crash_loop.cpp).
#pragma once

#include "store/database.h"

#include <QStringList>

#include <nlohmann/json.hpp>

namespace lockstep::test {

/// What became of every order the sandbox says was paid, and every rule broken on the way.
struct Reconciliation
{
    int paid = 0; ///< paid orders in the truth ledger (WooCommerce and commercetools)
    int atWms = 0; ///< received by the WMS exactly once
    int queued = 0; ///< not at the WMS, its create waiting in the outbox (once tried, with the last error as reason)
    int held = 0; ///< not at the WMS, in an open exception that names it
    int withdrawn = 0; ///< cancelled in the storefront before it was sent, so never sent
    QStringList duplicated; ///< received by the WMS more than once
    QStringList lost; ///< paid, not at the WMS, not queued, not held
    QStringList unpaidSent; ///< at the WMS without ever being paid
    QStringList shippedEarly; ///< the storefront heard "shipped" before the carrier collected

    bool ok() const { return duplicated.isEmpty() && lost.isEmpty() && unpaidSent.isEmpty() && shippedEarly.isEmpty(); }
    QString problems() const
    {
        QStringList out;
        const auto add = [&out](const char* what, const QStringList& numbers) {
            if (!numbers.isEmpty())
                out << QStringLiteral("%1 (%2): %3")
                           .arg(QString::fromLatin1(what))
                           .arg(numbers.size())
                           .arg(numbers.mid(0, 20).join(QStringLiteral(", ")));
        };
        add("received twice by the WMS", duplicated);
        add("lost", lost);
        add("sent to the WMS unpaid", unpaidSent);
        add("told shipped before the carrier collected", shippedEarly);
        return out.join(u'\n');
    }
    QString summary() const
    {
        return QStringLiteral("%1 paid orders: %2 at the WMS once, %3 queued, %4 held as exceptions, %5 withdrawn; "
                              "%6 duplicated, %7 lost")
            .arg(paid)
            .arg(atWms)
            .arg(queued)
            .arg(held)
            .arg(withdrawn)
            .arg(duplicated.size())
            .arg(lost.size());
    }
};

/// Reconciles the ledger (`GET /_sandbox/ledger` parsed, or `Ledger::toJson()`) with the database. Every order the
/// ledger says was paid counts: one Lockstep never took in, or still holds as unpaid, is lost, not ignored.
template <typename LedgerJson> Reconciliation reconcile(const LedgerJson& ledger, core::store::Database& db)
{
    Reconciliation r;
    const auto perOrder = [&ledger](const char* kind) {
        const auto& all = ledger.at("per_order");
        return all.contains(kind) ? all.at(kind) : LedgerJson::object();
    };
    const auto paid = perOrder("paid");
    const auto received = perOrder("sales_orders_received");
    const auto cancelled = perOrder("storefront_cancelled");
    const auto count = [](const LedgerJson& map, const std::string& number) {
        return map.contains(number) ? map.at(number).template get<int>() : 0;
    };

    auto order = db.prepare(QStringLiteral(
        "SELECT o.storefront || ':' || o.storefront_id, o.status,"
        " (SELECT b.state || '|' || b.last_error FROM outbox b"
        "   WHERE b.idempotency_key = 'wms.create:' || o.storefront || ':' || o.storefront_id),"
        " EXISTS (SELECT 1 FROM exceptions e WHERE e.subject_key = o.storefront || ':' || o.storefront_id"
        "   AND e.state <> 'resolved' AND e.reason LIKE '%' || o.number || '%')"
        ", o.payment_state FROM orders o WHERE o.number = ?1 AND o.storefront IN ('woocommerce', 'commercetools')"));
    if (!order.ok()) {
        r.lost << QStringLiteral("(query failed: %1)").arg(order.error().toString());
        return r;
    }
    for (auto it = paid.begin(); it != paid.end(); ++it) {
        const std::string& number = it.key();
        const QString n = QString::fromStdString(number);
        order->reset();
        order->bind(1, n);
        auto row = order->step();
        const bool takenIn = row.ok() && row.value();
        ++r.paid;
        if (count(received, number) >= 1) {
            ++r.atWms;
            continue;
        }
        if (!takenIn) {
            r.lost << n + QStringLiteral(" (never taken in)");
            continue;
        }
        const QString outbox = order->text(2);
        const QString state = outbox.section(u'|', 0, 0);
        const QString reason = outbox.section(u'|', 1);
        // Queued: not yet tried, or failed with the error that will be retried (its reason for a person).
        if (state == QLatin1String("pending") || (state == QLatin1String("failed") && !reason.isEmpty()))
            ++r.queued;
        else if (order->int64(3) != 0)
            ++r.held;
        else if (count(cancelled, number) > 0 && order->text(1) == QLatin1String("cancelled"))
            ++r.withdrawn;
        else
            r.lost << QStringLiteral("%1 (%2, payment %3, outbox: %4)")
                          .arg(n, order->text(0), order->text(4), outbox.isEmpty() ? QStringLiteral("none") : outbox);
    }
    for (auto it = received.begin(); it != received.end(); ++it) {
        if (it.value().template get<int>() > 1)
            r.duplicated << QString::fromStdString(it.key());
        if (count(paid, it.key()) == 0)
            r.unpaidSent << QString::fromStdString(it.key());
    }
    // "Shipped" only on carrier collection: a storefront told so (WooCommerce completed, commercetools
    // shipment Shipped) for an order the carrier has not collected is a broken promise to the customer.
    const auto collected = perOrder("shipments_collected");
    for (const char* told : {"woocommerce_status_completed", "commercetools_shipment_Shipped"}) {
        const auto map = perOrder(told);
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value().template get<int>() > 0 && count(collected, it.key()) == 0)
                r.shippedEarly << QString::fromStdString(it.key());
        }
    }
    return r;
}

} // namespace lockstep::test
