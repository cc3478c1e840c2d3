// SPDX-License-Identifier: GPL-3.0-or-later
#include "wms_tracker.h"

#include "order_judgement.h"
#include "outbox_payloads.h"
#include "rules/exception_catalog.h"
#include "rules/failed_allocation.h"
#include "store/action_repository.h"
#include "store/audit_repository.h"
#include "store/cursor_repository.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"
#include "store/shipment_repository.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::engine {

namespace {
const QString kOrdersCursor = QStringLiteral("wms.orders");
const QString kShipmentsCursor = QStringLiteral("wms.shipments");

/// What the order's timeline says when its shipment reaches `s.state`, in the reader's language.
Message shipmentEventDetail(const Shipment& s)
{
    const Message carrier = Message::literal(s.carrier);
    const Message tracking = Message::literal(s.trackingNumber);
    switch (s.state) {
    case ShipmentState::LabelCreated:
        return Message(QT_TRANSLATE_NOOP("Lockstep", "Label printed for %1, tracking %2"), {carrier, tracking});
    case ShipmentState::Packed:
        return Message(QT_TRANSLATE_NOOP("Lockstep", "Packed at %1, waiting for %2 to collect"),
            {s.facility.isEmpty() ? Message(QT_TRANSLATE_NOOP("Lockstep", "the warehouse"))
                                  : Message::literal(s.facility),
                carrier});
    case ShipmentState::CarrierCollected:
        return Message(QT_TRANSLATE_NOOP("Lockstep", "Collected by %1, tracking %2"), {carrier, tracking});
    case ShipmentState::InTransit:
        return Message(QT_TRANSLATE_NOOP("Lockstep", "In transit with %1, tracking %2"), {carrier, tracking});
    case ShipmentState::Delivered:
        return Message(QT_TRANSLATE_NOOP("Lockstep", "Delivered by %1, tracking %2"), {carrier, tracking});
    case ShipmentState::Voided:
        break;
    }
    return Message(QT_TRANSLATE_NOOP("Lockstep", "Label voided for %1, tracking %2"), {carrier, tracking});
}

} // namespace

WmsTracker::WmsTracker(EngineContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

void WmsTracker::run(JobDone done, int maxPages)
{
    store::CursorRepository cursors(m_context.db);
    const QString cursor = cursors.get(kOrdersCursor).valueOr(std::nullopt).value_or(QString());
    ordersPage(cursor, 1, maxPages, {}, std::move(done));
}

void WmsTracker::ordersPage(QString cursor, int page, int maxPages, CycleSummary summary, JobDone done)
{
    m_context.wms->fetchOrdersChangedSince(
        cursor, [this, page, maxPages, summary, done](Result<connectors::WmsOrderPage> result) mutable {
            if (!result.ok()) {
                summary.problems << result.error().toString();
                return done(summary);
            }
            for (const auto& p : result->problems)
                summary.problems << p.toString();
            for (const auto& order : result->orders) {
                if (auto st = applyOrder(order, summary); !st.ok())
                    summary.problems << st.error().toString();
            }
            // Unstored, the next run reads these pages again: applying a WMS state twice changes nothing.
            if (auto st = store::CursorRepository(m_context.db)
                              .set(kOrdersCursor, result->nextCursor, m_context.clock.nowUtc());
                !st.ok())
                summary.problems << st.error().toString();
            if (result->hasMore && page < maxPages)
                return ordersPage(result->nextCursor, page + 1, maxPages, summary, done);
            const QString shipmentsCursor =
                store::CursorRepository(m_context.db).get(kShipmentsCursor).valueOr(std::nullopt).value_or(QString());
            shipmentsPage(shipmentsCursor, 1, maxPages, summary, done);
        });
}

Status WmsTracker::applyOrder(connectors::WmsOrder order, CycleSummary& summary)
{
    // Ours if it names a storefront order Lockstep knows (by number, and by origin when given).
    const auto origin = sourceSystemFromString(order.origin);
    auto known = store::OrderRepository(m_context.db).findByNumber(origin, order.customerOrderNumber);
    if (!known.ok())
        return known.error();
    if (order.customerOrderNumber.isEmpty() || !known.value())
        return Status::success(); // created in the WMS directly, or for a storefront Lockstep does not serve
    order.reference = SubjectKey::order(known.value()->storefront, known.value()->storefrontId).toString();
    ++summary.wmsOrdersSeen;
    const QDateTime now = m_context.clock.nowUtc();
    store::Transaction tx(m_context.db);
    store::WmsOrderState state = wmsOrderStateOf(order);
    if (!state.updatedAt.isValid())
        state.updatedAt = now;
    state.firstSeen = now;
    auto before = store::WmsOrderRepository(m_context.db).upsert(state);
    if (!before.ok())
        return before.error();
    QString number;
    const qint64 orderId = storedOrderId(m_context.db, order.reference, &number);
    if (orderId && (!before.value() || *before.value() != order.status)) {
        auto e = store::LifecycleRepository(m_context.db)
                     .append(LifecycleEvent::about(orderId,
                         reportedNoLaterThan(state.updatedAt, now),
                         SourceSystem::Deposco,
                         QStringLiteral("wms.status"),
                         Message(QT_TRANSLATE_NOOP("Lockstep", "%1 at %2"),
                             {Message::literal(toWmsText(order.status)), Message::literal(order.facility)})));
        if (!e.ok())
            return e.error();
    }

    // Allocation: short while Back Ordered (or units left unallocated once released to the floor).
    const qint64 open = state.orderedUnits - state.shippedUnits;
    const bool shortNow = order.status == WmsOrderStatus::BackOrdered
        || (order.status == WmsOrderStatus::PartiallyReleased && state.backOrderedUnits > 0);
    if (shortNow) {
        rules::AllocationFacts facts;
        facts.subject = order.reference;
        facts.orderId = orderId;
        facts.orderRef = number.isEmpty() ? order.number : number;
        facts.status = order.status;
        facts.facility = order.facility;
        facts.openUnits = open;
        facts.allocatedUnits = state.allocatedUnits;
        for (const auto& l : order.lines) {
            if (l.backOrdered > 0 || l.allocated < l.ordered - l.canceled - l.shipped)
                facts.shortLines.append({l.sku, l.allocated, l.ordered});
        }
        if (!order.lines.isEmpty())
            facts.firstSku = order.lines.constFirst().sku;
        const ExceptionRecord r = rules::failedAllocation(facts, ruleSettings(m_context.config), now);
        if (auto st = raiseException(m_context.db, r, summary); !st.ok())
            return st;
    } else if (order.status != WmsOrderStatus::Canceled) {
        if (auto st = resolveException(m_context.db,
                ExceptionType::FailedAllocation,
                order.reference,
                Message(QT_TRANSLATE_NOOP("Lockstep", "Allocated at the warehouse (%1)"),
                    {Message::literal(toWmsText(order.status))}),
                now,
                summary);
            !st.ok())
            return st;
    } else if (auto st = followLateCancellation(order.reference, true, now, summary); !st.ok()) {
        return st;
    }
    // Acknowledged (or finished and followed by the storefront): a stuck-pending exception clears now, not at the
    // next sweep.
    if (auto st =
            clearStuckPendingIfSettled(m_context.db, *known.value(), ruleSettings(m_context.config), now, summary);
        !st.ok())
        return st;
    return tx.commit();
}

void WmsTracker::shipmentsPage(QString cursor, int page, int maxPages, CycleSummary summary, JobDone done)
{
    m_context.wms->fetchShipmentsSince(
        cursor, [this, page, maxPages, summary, done](Result<connectors::ShipmentPage> result) mutable {
            if (!result.ok()) {
                summary.problems << result.error().toString();
                return done(summary);
            }
            for (const auto& p : result->problems)
                summary.problems << p.toString();
            for (const auto& s : result->shipments) {
                if (auto st = applyShipment(s.shipment, s.salesOrderNumber, summary); !st.ok())
                    summary.problems << st.error().toString();
            }
            // Unstored, the next run reads these pages again: applying a WMS state twice changes nothing.
            if (auto st = store::CursorRepository(m_context.db)
                              .set(kShipmentsCursor, result->nextCursor, m_context.clock.nowUtc());
                !st.ok())
                summary.problems << st.error().toString();
            if (result->hasMore && page < maxPages)
                return shipmentsPage(result->nextCursor, page + 1, maxPages, summary, done);
            done(summary);
        });
}

Status WmsTracker::applyShipment(Shipment s, const QString& salesOrderNumber, CycleSummary& summary)
{
    // A shipment belongs to a sales order Lockstep sent (or found) for a storefront order.
    auto owner = store::WmsOrderRepository(m_context.db).referenceOfWmsNumber(salesOrderNumber);
    if (!owner.ok())
        return owner.error();
    const SubjectKey order = owner.value() ? SubjectKey::parse(*owner.value()) : SubjectKey();
    if (!order.isAboutAnOrder())
        return Status::success(); // not one of ours, or its sales order has not been read yet (next run)
    s.storefront = *order.storefront();
    s.storefrontOrderId = order.orderId();
    ++summary.shipmentsSeen;
    const QDateTime now = m_context.clock.nowUtc();
    store::Transaction tx(m_context.db);
    store::ShipmentRepository shipments(m_context.db);
    auto before = shipments.findByWmsId(s.wmsShipmentId);
    if (!before.ok())
        return before.error();
    if (!s.updatedAt.isValid())
        s.updatedAt = now;
    if (auto st = shipments.upsert(s); !st.ok())
        return st;
    const QString reference = order.toString();
    const qint64 orderId = storedOrderId(m_context.db, reference);
    const bool changed = !before.value() || before.value()->state != s.state;
    if (orderId && changed) {
        const Message detail = shipmentEventDetail(s);
        auto e = store::LifecycleRepository(m_context.db)
                     .append(LifecycleEvent::about(orderId,
                         reportedNoLaterThan(
                             s.collectedAt.isValid() && isAnnounceable(s.state) ? s.collectedAt : s.updatedAt, now),
                         isAnnounceable(s.state) ? SourceSystem::Carrier : SourceSystem::Deposco,
                         isAnnounceable(s.state) ? QStringLiteral("carrier.collected") : QStringLiteral("wms.shipment"),
                         detail));
        if (!e.ok())
            return e.error();
    }
    // Announce only the final event, and only once per shipment (the key is the shipment).
    const bool announceable = isAnnounceable(s.state) && s.shippedUnits > 0;
    if (announceable && (!before.value() || !isAnnounceable(before.value()->state))) {
        if (auto st = followLateCancellation(reference, false, now, summary); !st.ok())
            return st;
        const auto entry = fulfilEntry(m_context.db, s, now);
        if (!entry.ok())
            return entry.error();
        auto queued = store::OutboxRepository(m_context.db).enqueue(entry.value());
        if (queued.ok())
            ++summary.fulfilmentsQueued;
        else if (queued.error().code != ErrorCode::Conflict)
            return queued.error();
    }
    return tx.commit();
}

Status WmsTracker::followLateCancellation(
    const QString& reference, bool canceled, const QDateTime& now, CycleSummary& summary)
{
    auto found =
        store::ExceptionRepository(m_context.db).findBySubject(ExceptionType::CancellationPastCutoff, reference);
    if (!found.ok())
        return found.error();
    if (!found.value() || found.value()->state != ExceptionState::Open)
        return Status::success();
    const ExceptionRecord& open = *found.value();
    store::ActionRepository intercepts(m_context.db);
    auto request = intercepts.interceptRequest(open.id);
    if (!request.ok())
        return request.error();
    const bool asked = request.value() && request.value()->outcome.isEmpty();
    if (asked) {
        if (auto st = intercepts.settleIntercept(
                open.id, canceled ? QStringLiteral("canceled") : QStringLiteral("shipped"), now);
            !st.ok())
            return st;
    }
    if (canceled)
        return resolveException(m_context.db,
            ExceptionType::CancellationPastCutoff,
            reference,
            Message(asked ? QT_TRANSLATE_NOOP("Lockstep", "The warehouse pulled the order and cancelled it, as asked")
                          : QT_TRANSLATE_NOOP("Lockstep", "The warehouse cancelled the order after all")),
            now,
            summary);
    // The carrier has it: nothing can stop it now; the customer, who cancelled, gets it and needs a return.
    ExceptionRecord shipped = open;
    shipped.ownerTeam = OwnerTeam::CustomerService;
    shipped.lastSeen = now;
    shipped.reasonMessage = Message(asked ? QT_TRANSLATE_NOOP("Lockstep",
                                        "Order %1 was cancelled in the storefront, "
                                        "but the carrier collected it from %2 although the "
                                        "warehouse was asked to pull it.")
                                          : QT_TRANSLATE_NOOP("Lockstep",
                                              "Order %1 was cancelled in the storefront, "
                                              "but the carrier collected it from %2."),
        {Message::literal(open.orderRef),
            open.facility.isEmpty() ? Message(QT_TRANSLATE_NOOP("Lockstep", "the warehouse"))
                                    : Message::literal(open.facility)});
    shipped.actionMessage = Message(QT_TRANSLATE_NOOP("Lockstep",
        "Tell the customer the parcel is on its way, and "
        "arrange its return and the refund; acknowledge once "
        "done."));
    shipped.reason = shipped.reasonMessage.english();
    shipped.suggestedAction = shipped.actionMessage.english();
    if (auto st = raiseException(m_context.db, shipped, summary); !st.ok())
        return st;
    if (open.ownerTeam == shipped.ownerTeam)
        return Status::success();
    auto audited = store::AuditRepository(m_context.db)
                       .append({0,
                           now,
                           QStringLiteral("engine"),
                           QStringLiteral("exception.handed_over"),
                           QStringLiteral("exception"),
                           QString::number(open.id),
                           QStringLiteral("{\"owner_team\":\"%1\"}").arg(toString(open.ownerTeam)),
                           QStringLiteral("{\"owner_team\":\"%1\"}").arg(toString(shipped.ownerTeam)),
                           shipped.reason,
                           shipped.reasonMessage});
    return audited.ok() ? Status::success() : Status(audited.error());
}

} // namespace lockstep::core::engine
