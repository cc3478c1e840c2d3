// SPDX-License-Identifier: GPL-3.0-or-later
// A small, realistic store for screenshots: a day of orders at every stage, the warehouse's view of them,
// shipments, timelines, exceptions with service levels, sync cursors and a page of audit history.
#pragma once

#include "seed.h"

#include <QRandomGenerator>

namespace lockstep::test {

inline void addShipment(core::store::Database& db,
    const core::Order& o,
    core::ShipmentState state,
    const QString& tracking,
    const QDateTime& collectedAt)
{
    core::Shipment s;
    s.wmsShipmentId = QStringLiteral("SH-%1").arg(o.storefrontId);
    s.storefront = o.storefront;
    s.storefrontOrderId = o.storefrontId;
    s.facility = QStringLiteral("DAL-1");
    s.carrier = QStringLiteral("UPS");
    s.trackingNumber = tracking;
    s.state = state;
    s.shippedUnits = 5;
    s.collectedAt = collectedAt;
    s.updatedAt = collectedAt.isValid() ? collectedAt : o.createdAt.addSecs(3 * 3600);
    must(core::store::ShipmentRepository(db).upsert(s));
}

/// The order every screenshot of the lookup page shows: shipped with UPS, one resolved and one open exception.
inline qint64 seedShippedOrder(core::store::Database& db, const QDateTime& placed)
{
    using core::SourceSystem;
    core::Order o = makeOrder(QStringLiteral("1042"), QStringLiteral("customer@example.com"), placed);
    const qint64 id = addOrder(db, o);
    acknowledge(db, o, placed.addSecs(11 * 60), core::WmsOrderStatus::ShipComplete);
    addShipment(db, o, core::ShipmentState::InTransit, QStringLiteral("1Z999AA10123456784"), placed.addSecs(5 * 3600));
    addEvent(db,
        id,
        placed,
        SourceSystem::WooCommerce,
        QStringLiteral("storefront.placed"),
        QStringLiteral("Order placed on the web shop, 5 items"));
    addEvent(db,
        id,
        placed.addSecs(120),
        SourceSystem::WooCommerce,
        QStringLiteral("storefront.paid"),
        QStringLiteral("Payment confirmed"));
    addEvent(db,
        id,
        placed.addSecs(125),
        SourceSystem::Lockstep,
        QStringLiteral("lockstep.queued_for_wms"),
        QStringLiteral("Routed to DAL-1"));
    addEvent(
        db, id, placed.addSecs(11 * 60), SourceSystem::Deposco, QStringLiteral("wms.status"), QStringLiteral("New"));
    addEvent(db,
        id,
        placed.addSecs(40 * 60),
        SourceSystem::Deposco,
        QStringLiteral("wms.status"),
        QStringLiteral("Back Ordered: 1 of 5 units short"));
    addEvent(db,
        id,
        placed.addSecs(2 * 3600),
        SourceSystem::Deposco,
        QStringLiteral("wms.status"),
        QStringLiteral("Released"));
    addEvent(db,
        id,
        placed.addSecs(3 * 3600),
        SourceSystem::Deposco,
        QStringLiteral("wms.picked"),
        QStringLiteral("Picked at DAL-1"));
    addEvent(db,
        id,
        placed.addSecs(5 * 3600),
        SourceSystem::Carrier,
        QStringLiteral("carrier.collected"),
        QStringLiteral("UPS 1Z999AA10123456784"));
    core::ExceptionRecord allocation = makeException(
        core::ExceptionType::FailedAllocation, QStringLiteral("woocommerce:1042"), placed.addSecs(40 * 60));
    allocation.orderId = id;
    allocation.orderRef = o.number;
    allocation.state = core::ExceptionState::Resolved;
    addException(db, allocation);
    core::ExceptionRecord confirmation = makeException(core::ExceptionType::ShipmentConfirmationMissing,
        QStringLiteral("woocommerce:1042"),
        placed.addSecs(5 * 3600 + 600));
    confirmation.orderId = id;
    confirmation.orderRef = o.number;
    confirmation.reason = QStringLiteral("The storefront refused the shipped status (HTTP 409, version conflict)");
    confirmation.suggestedAction = QStringLiteral("Retry; the engine re-reads the order version first");
    addException(db, confirmation);
    return id;
}

/// The cause of demo exception `i` of `type`: two or three causes per queue, the first the commonest.
inline QString demoCause(core::ExceptionType type, int i)
{
    using core::ExceptionType;
    const int k = i % 5 < 3 ? 0 : (i % 5 == 3 ? 1 : 2);
    switch (type) {
    case ExceptionType::FailedAllocation:
        return QStringList{QStringLiteral("allocation:DAL-1:MUG-350-WHT"), QStringLiteral("allocation:RNO-2:TSHIRT-M-BLK"),
            QStringLiteral("allocation:DAL-1:CAP-OS-NVY")}[k];
    case ExceptionType::SkuMismatch:
        return QStringList{QStringLiteral("sku-missing:GIFTCARD-25"), QStringLiteral("sku-duplicate:HOODIE-L-GRY"),
            QStringLiteral("sku-missing:TOTE-CNV-NAT")}[k];
    case ExceptionType::StuckPending:
        return QStringList{QStringLiteral("not-acknowledged:sent-not-seen"), QStringLiteral("awaiting-payment:pending"),
            QStringLiteral("storefront-behind:Shipped")}[k];
    case ExceptionType::CancellationPastCutoff:
        return QStringLiteral("cancel-past-cutoff:Released");
    case ExceptionType::TotalsMismatch:
        return QStringList{QStringLiteral("totals:shipping"), QStringLiteral("totals:tax"), QStringLiteral("totals:discount")}[k];
    case ExceptionType::InventoryDrift:
        return QStringList{QStringLiteral("drift:woocommerce:over"), QStringLiteral("drift:woocommerce:under"),
            QStringLiteral("drift:commercetools:under")}[k];
    default:
        return {};
    }
}

/// A day of traffic ending at `now`, for the dashboard and audit screenshots.
inline void seedDemo(core::store::Database& db, const QDateTime& now)
{
    using core::ExceptionType;
    QRandomGenerator random(42);
    core::store::Transaction tx(db);
    int number = 2000;
    for (int hour = 23; hour >= 0; --hour) {
        const int placed = 6 + int(random.bounded(10)) + (hour < 8 ? 6 : 0);
        for (int i = 0; i < placed; ++i) {
            const QDateTime at = now.addSecs(-hour * 3600 - qint64(random.bounded(3600)));
            ++number;
            const core::Order o =
                makeOrder(QString::number(number), QStringLiteral("buyer%1@example.com").arg(number), at);
            addOrder(db, o);
            // The warehouse fell behind in the last three hours.
            const bool acknowledged = hour > 3 ? random.bounded(20) != 0 : random.bounded(3) == 0;
            if (acknowledged)
                acknowledge(db, o, at.addSecs(300 + qint64(random.bounded(900))), core::WmsOrderStatus::Released);
        }
    }
    const std::pair<ExceptionType, int> counts[] = {{ExceptionType::FailedAllocation, 12},
        {ExceptionType::SkuMismatch, 7},
        {ExceptionType::StuckPending, 23},
        {ExceptionType::CancellationPastCutoff, 2},
        {ExceptionType::TotalsMismatch, 4},
        {ExceptionType::InventoryDrift, 9}};
    for (const auto& [type, n] : counts) {
        for (int i = 0; i < n; ++i) {
            core::ExceptionRecord r = makeException(type,
                QStringLiteral("demo:%1:%2").arg(core::toString(type)).arg(i),
                now.addSecs(-qint64(random.bounded(20 * 3600)) - 600));
            r.orderRef = QString::number(2000 + i * 7);
            r.slaDue = r.firstSeen.addSecs(type == ExceptionType::StuckPending ? 2 * 3600 : 8 * 3600);
            r.state = i % 5 == 4 ? core::ExceptionState::Acknowledged : core::ExceptionState::Open;
            r.signature = demoCause(type, i);
            r.assignee = i % 4 == 1 ? QStringLiteral("supervisor.ops") : QString();
            if (type == ExceptionType::CancellationPastCutoff) {
                r.severity = core::Severity::Critical;
                r.reason = QStringLiteral("Order %1 was cancelled in the storefront, but the warehouse had already locked "
                                          "it (Released at DAL-1). It will ship unless stopped.")
                               .arg(r.orderRef);
                r.suggestedAction = QStringLiteral("Ask the warehouse to pull the order before the carrier collects it, "
                                                   "or arrange a return and refund with the customer.");
                r.cutoffAt = r.firstSeen;
            }
            addException(db, r);
        }
    }
    setCursor(db, QStringLiteral("woocommerce.orders"), now.addSecs(-75));
    setCursor(db, QStringLiteral("woocommerce.stock"), now.addSecs(-4 * 60));
    setCursor(db, QStringLiteral("deposco.orders"), now.addSecs(-2 * 60));
    setCursor(db, QStringLiteral("deposco.shipments"), now.addSecs(-38 * 60));
    setCursor(db, QStringLiteral("commercetools.orders"), now.addSecs(-9 * 60));
    core::store::AuditRepository audit(db);
    const char* actors[] = {"engine", "supervisor.ops", "agent.cs", "finance.lead"};
    const char* actions[] = {"exception.acknowledge", "exception.retry", "exception.claim", "sku_map.create"};
    for (int i = 0; i < 60; ++i) {
        const int k = i % 4;
        core::store::AuditEntry e;
        e.at = now.addSecs(-i * 17 * 60);
        e.actor = QString::fromLatin1(actors[k]);
        e.action = QString::fromLatin1(actions[k]);
        e.subjectType = k == 3 ? QStringLiteral("sku_map") : QStringLiteral("exception");
        e.subjectId = k == 3 ? QStringLiteral("woocommerce:TSHIRT-M-BLK") : QString::number(100 + i);
        e.before =
            k == 3 ? QString() : QStringLiteral("{\"state\":\"open\",\"assignee\":\"\",\"attempts\":%1}").arg(i % 3);
        e.after = k == 3 ? QStringLiteral("{\"wms_sku\":\"TSH-M-BLACK\",\"storefront_sku\":\"TSHIRT-M-BLK\"}")
                         : QStringLiteral("{\"state\":\"%1\",\"assignee\":\"%2\",\"attempts\":%3}")
                               .arg(k == 0 ? QStringLiteral("acknowledged") : QStringLiteral("open"),
                                   k == 2 ? QStringLiteral("agent.cs") : QString())
                               .arg(i % 3 + (k == 1 ? 1 : 0));
        e.note = k == 0 ? QStringLiteral("Stock moved from RNO-2; released again") : QString();
        must(audit.append(e));
    }
    must(tx.commit());
}

} // namespace lockstep::test
