// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "engine/order_headline.h"
#include "engine/outbox_payloads.h"
#include "store/outbox_repository.h"
#include "store/shipment_repository.h"

namespace lockstep::core::actions {

ItemOutcome retryConfirmation(ActionContext& ctx, const ExceptionRecord& record)
{
    // The order and the WMS shipment it announces.
    const SubjectKey subject = SubjectKey::parse(record.subjectKey);
    const QString shipmentId = subject.shipmentId();
    if (subject.kind() != SubjectKey::Kind::Shipment)
        return refused(record.id,
            Refusal::NotRetryable,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 names no shipment."), {Message::of(record.id)}),
            record.version);
    const QString orderSubject = subject.orderKey().toString();
    const QString key = engine::fulfilKey(orderSubject, shipmentId);
    store::OutboxRepository outbox(ctx.db);
    auto entry = outbox.findByKey(key);
    if (!entry.ok())
        return storeError(record.id, entry.error());
    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());

    // The storefront already holds it (read just now): never a second "shipped".
    const auto live = ctx.states.constFind(record.id);
    if (live != ctx.states.cend() && live->storefrontRead && live->storefrontShipped.contains(shipmentId)) {
        if (entry.value() && entry.value()->state != store::OutboxState::Sent) {
            if (auto st = outbox.markSent(entry.value()->id, ctx.now); !st.ok())
                return storeError(record.id, st.error());
        }
        ItemOutcome outcome = resolveByAction(ctx,
            record,
            Message(QT_TRANSLATE_NOOP(
                        "Lockstep", "The storefront already shows shipment %1 as shipped: nothing was sent twice."),
                {Message::of(shipmentId)}),
            true);
        if (outcome.succeeded) {
            if (auto st = tx.commit(); !st.ok())
                return storeError(record.id, st.error());
        }
        return outcome;
    }

    if (!entry.value()) {
        // Never queued: the message the tracker would have queued, under the same key.
        auto shipment = store::ShipmentRepository(ctx.db).findByWmsId(shipmentId);
        if (!shipment.ok())
            return storeError(record.id, shipment.error());
        if (!shipment.value())
            return refused(record.id,
                Refusal::NotFound,
                Message(QT_TRANSLATE_NOOP("Lockstep", "Shipment %1 is not in Lockstep."), {Message::of(shipmentId)}),
                record.version);
        if (!isAnnounceable(shipment.value()->state) || shipment.value()->shippedUnits <= 0)
            return refused(record.id,
                Refusal::NotRetryable,
                Message(QT_TRANSLATE_NOOP("Lockstep",
                            "Shipment %1 has not been collected by the carrier: the storefront hears \"shipped\" only "
                            "then."),
                    {Message::of(shipmentId)}),
                record.version);
        auto queued = engine::fulfilEntry(ctx.db, *shipment.value(), ctx.now);
        if (!queued.ok())
            return storeError(record.id, queued.error());
        if (auto id = outbox.enqueue(queued.value()); !id.ok())
            return storeError(record.id, id.error());
    } else if (auto st = outbox.requeue(entry.value()->id, ctx.now); !st.ok()) {
        return storeError(record.id, st.error());
    }
    ExceptionRecord after = record;
    ++after.attempts;
    auto version = writeException(
        ctx, record, after, Message(QT_TRANSLATE_NOOP("Lockstep", "due now under %1"), {Message::of(key)}));
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    auto due = outbox.findByKey(key);
    if (due.ok() && due.value())
        ctx.send = PendingSend{0, record.id, *due.value(), false};
    return {record.id,
        true,
        Refusal::None,
        Message(QT_TRANSLATE_NOOP("Lockstep",
                    "The \"shipped\" message for shipment %1 is due now (attempt %2, same idempotency key)."),
            {Message::of(shipmentId), Message::of(after.attempts)}),
        version.value()};
}

} // namespace lockstep::core::actions
