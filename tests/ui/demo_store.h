// SPDX-License-Identifier: GPL-3.0-or-later
// A small, realistic store for screenshots: a day of orders at every stage, the warehouse's view of them,
// shipments, timelines, exceptions with service levels, sync cursors and a page of audit history.
#pragma once

#include "rules/cancellation_past_cutoff.h"
#include "rules/failed_allocation.h"
#include "rules/inventory_drift.h"
#include "rules/shipment_confirmation.h"
#include "rules/stuck_pending.h"
#include "rules/totals_mismatch.h"
#include "seed.h"

#include <QRandomGenerator>

namespace lockstep::test {

/// Gives `r` the reason and suggested action the engine's rule writes (as messages, so the screenshots read in the
/// console's language), for a demo exception of cause `k` (0 the commonest, see demoCauseIndex()).
inline void explainAsTheEngineWould(core::ExceptionRecord& r, int k, const QDateTime& now)
{
    namespace rules = core::rules;
    using core::ExceptionType;
    const core::rules::RuleSettings settings;
    std::optional<core::ExceptionRecord> raised;
    switch (r.type) {
    case ExceptionType::FailedAllocation: {
        rules::AllocationFacts f;
        f.orderRef = r.orderRef;
        f.status = core::WmsOrderStatus::BackOrdered;
        f.facility = k == 1 ? QStringLiteral("RNO-2") : QStringLiteral("DAL-1");
        const QString sku =
            QStringList{QStringLiteral("MUG-350-WHT"), QStringLiteral("TSHIRT-M-BLK"), QStringLiteral("CAP-OS-NVY")}[k];
        f.shortLines = {{sku, 4, 5}};
        raised = rules::failedAllocation(f, settings, now);
        break;
    }
    case ExceptionType::StuckPending: {
        rules::PendingOrderFacts f;
        f.orderRef = r.orderRef;
        f.createdAt = r.firstSeen.addSecs(-3 * 3600);
        f.facility = QStringLiteral("DAL-1");
        if (k == 0) {
            f.storefrontStatus = QStringLiteral("processing");
            f.payment = core::PaymentState::Paid;
            f.paidAt = f.createdAt.addSecs(60);
            f.createQueued = f.createSent = true;
            f.sendAttempts = 1;
        } else if (k == 1) {
            f.storefrontStatus = QStringLiteral("on-hold");
        } else {
            f.storefrontStatus = QStringLiteral("processing");
            f.payment = core::PaymentState::Paid;
            f.wmsStatus = core::WmsOrderStatus::ShipComplete;
            f.wmsUpdatedAt = f.createdAt.addSecs(3600);
        }
        raised = rules::detectStuckPending(f, settings, now);
        break;
    }
    case ExceptionType::CancellationPastCutoff: {
        rules::LateCancellationFacts f;
        f.orderRef = r.orderRef;
        f.facility = QStringLiteral("DAL-1");
        raised = rules::cancellationPastCutoff(f, settings, now);
        break;
    }
    case ExceptionType::TotalsMismatch: {
        rules::TotalsFacts f;
        f.orderRef = r.orderRef;
        const auto usd = [](qint64 cents) { return core::Money::fromMinor(cents, QStringLiteral("USD")); };
        const qint64 part = QList<qint64>{595, 412, 1000}[k];
        f.storefront = {usd(8000), usd(k == 2 ? 1000 : 0), usd(595), usd(412), usd(8000 - (k == 2 ? 1000 : 0) + 1007)};
        f.wmsTotal = usd(f.storefront.total.minorUnits() + (k == 2 ? part : -part));
        raised = rules::detectTotalsMismatch(f, settings, now);
        break;
    }
    case ExceptionType::InventoryDrift: {
        rules::StockFacts f;
        f.storefront = k == 2 ? core::SourceSystem::Commercetools : core::SourceSystem::WooCommerce;
        f.sku = QStringLiteral("MUG-350-WHT");
        f.pushed = 40;
        f.pushedAt = now.addSecs(-95 * 60);
        f.soldSincePush = 3;
        f.observed = k == 0 ? 52 : 31;
        raised = rules::detectInventoryDrift(f, settings, now);
        break;
    }
    default:
        break;
    }
    if (!raised)
        return;
    r.reason = raised->reason;
    r.reasonMessage = raised->reasonMessage;
    r.suggestedAction = raised->suggestedAction;
    r.actionMessage = raised->actionMessage;
}

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
    // Written as the engine writes them (messages), so each language's screenshot reads in that language.
    const auto event = [&](qint64 afterSecs, SourceSystem source, const char* kind, core::Message detail) {
        must(core::store::LifecycleRepository(db).append(core::LifecycleEvent::about(
            id, placed.addSecs(afterSecs), source, QString::fromLatin1(kind), std::move(detail))));
    };
    using core::Message;
    const Message dal1 = Message::literal(QStringLiteral("DAL-1"));
    const auto atDal1 = [&](const char* status) {
        return Message(
            QT_TRANSLATE_NOOP("Lockstep", "%1 at %2"), {Message::literal(QString::fromLatin1(status)), dal1});
    };
    event(0,
        SourceSystem::WooCommerce,
        "storefront.placed",
        Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 placed: %2 %3"),
            {Message::literal(o.number),
                Message::literal(o.totals.total.toDecimalString()),
                Message::literal(o.currency)}));
    event(
        120, SourceSystem::WooCommerce, "storefront.paid", Message(QT_TRANSLATE_NOOP("Lockstep", "Payment confirmed")));
    event(125,
        SourceSystem::Lockstep,
        "lockstep.queued_for_wms",
        Message(QT_TRANSLATE_NOOP("Lockstep", "Queued for the warehouse at %1"), {dal1}));
    event(11 * 60, SourceSystem::Deposco, "wms.status", atDal1("New"));
    event(40 * 60, SourceSystem::Deposco, "wms.status", atDal1("Back Ordered"));
    event(2 * 3600, SourceSystem::Deposco, "wms.status", atDal1("Released"));
    event(3 * 3600, SourceSystem::Deposco, "wms.picked", atDal1("Picked"));
    event(5 * 3600,
        SourceSystem::Carrier,
        "carrier.collected",
        Message(QT_TRANSLATE_NOOP("Lockstep", "Collected by %1, tracking %2"),
            {Message::literal(QStringLiteral("UPS")), Message::literal(QStringLiteral("1Z999AA10123456784"))}));
    core::ExceptionRecord allocation = makeException(
        core::ExceptionType::FailedAllocation, QStringLiteral("woocommerce:1042"), placed.addSecs(40 * 60));
    allocation.orderId = id;
    allocation.orderRef = o.number;
    allocation.state = core::ExceptionState::Resolved;
    explainAsTheEngineWould(allocation, 0, placed.addSecs(40 * 60));
    addException(db, allocation);
    core::ExceptionRecord confirmation = makeException(core::ExceptionType::ShipmentConfirmationMissing,
        QStringLiteral("woocommerce:1042"),
        placed.addSecs(5 * 3600 + 600));
    confirmation.orderId = id;
    confirmation.orderRef = o.number;
    {
        core::rules::ShipmentFacts f;
        f.shipment.storefront = o.storefront;
        f.shipment.storefrontOrderId = o.storefrontId;
        f.shipment.wmsShipmentId = QStringLiteral("SH-%1").arg(o.storefrontId);
        f.shipment.carrier = QStringLiteral("UPS");
        f.shipment.trackingNumber = QStringLiteral("1Z999AA10123456784");
        f.shipment.state = core::ShipmentState::InTransit;
        f.shipment.shippedUnits = 5;
        f.shipment.collectedAt = placed.addSecs(5 * 3600);
        f.orderRef = o.number;
        f.confirmation = core::rules::ConfirmationState::GaveUp;
        f.lastError = QStringLiteral("HTTP 409, version conflict");
        const auto raised = core::rules::detectShipmentConfirmationMissing(f, {}, placed.addSecs(5 * 3600 + 600));
        if (raised) {
            confirmation.reason = raised->reason;
            confirmation.reasonMessage = raised->reasonMessage;
            confirmation.suggestedAction = raised->suggestedAction;
            confirmation.actionMessage = raised->actionMessage;
        }
    }
    addException(db, confirmation);
    return id;
}

/// Which cause demo exception `i` has: 0 for three in five, 1 and 2 for one each.
inline int demoCauseIndex(int i)
{
    return i % 5 < 3 ? 0 : (i % 5 == 3 ? 1 : 2);
}

/// The cause of demo exception `i` of `type`: two or three causes per queue, the first the commonest.
inline QString demoCause(core::ExceptionType type, int i)
{
    using core::ExceptionType;
    const int k = demoCauseIndex(i);
    switch (type) {
    case ExceptionType::FailedAllocation:
        return QStringList{QStringLiteral("allocation:DAL-1:MUG-350-WHT"),
            QStringLiteral("allocation:RNO-2:TSHIRT-M-BLK"),
            QStringLiteral("allocation:DAL-1:CAP-OS-NVY")}[k];
    case ExceptionType::SkuMismatch:
        return QStringList{QStringLiteral("sku-missing:GIFTCARD-25"),
            QStringLiteral("sku-duplicate:HOODIE-L-GRY"),
            QStringLiteral("sku-missing:TOTE-CNV-NAT")}[k];
    case ExceptionType::StuckPending:
        return QStringList{QStringLiteral("not-acknowledged:sent-not-seen"),
            QStringLiteral("awaiting-payment:pending"),
            QStringLiteral("storefront-behind:Shipped")}[k];
    case ExceptionType::CancellationPastCutoff:
        return QStringLiteral("cancel-past-cutoff:Released");
    case ExceptionType::TotalsMismatch:
        return QStringList{
            QStringLiteral("totals:shipping"), QStringLiteral("totals:tax"), QStringLiteral("totals:discount")}[k];
    case ExceptionType::InventoryDrift:
        return QStringList{QStringLiteral("drift:woocommerce:over"),
            QStringLiteral("drift:woocommerce:under"),
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
            explainAsTheEngineWould(r, demoCauseIndex(i), now);
            r.assignee = i % 4 == 1 ? QStringLiteral("supervisor.ops") : QString();
            if (type == ExceptionType::CancellationPastCutoff) {
                r.severity = core::Severity::Critical;
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
