// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "engine/order_headline.h"
#include "engine/order_intake.h"
#include "engine/outbox_payloads.h"
#include "store/exception_repository.h"
#include "store/outbox_repository.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::actions {

using store::ExceptionRepository;

namespace {

/// Types whose cause is cleared once the order is decided again and queued for the warehouse.
bool clearedByQueueing(ExceptionType type)
{
    return type == ExceptionType::SkuMismatch || type == ExceptionType::FacilityRoutingFailure;
}

/// Types a retry can do something for: the order's warehouse create or cancellation goes again.
bool retryable(ExceptionType type)
{
    switch (type) {
    case ExceptionType::FailedAllocation:
    case ExceptionType::SkuMismatch:
    case ExceptionType::StuckPending:
    case ExceptionType::CancellationPastCutoff:
    case ExceptionType::FacilityRoutingFailure:
    case ExceptionType::ShipmentConfirmationMissing: // the "shipped" message again, same key
    case ExceptionType::TotalsMismatch: // both sides read again and compared
    case ExceptionType::InventoryDrift: // the warehouse figure pushed again
    case ExceptionType::TillReturnNotAtWms: // the customer return, looked up first
    case ExceptionType::StoreSaleNotAtWms: // the sale's stock moves, each counted at the WMS first
        return true;
    default:
        return false;
    }
}

} // namespace

ItemOutcome retryOrder(ActionContext& ctx, const ExceptionRecord& record)
{
    const qint64 id = record.id;
    const auto about = orderOf(record);
    if (!about || !retryable(record.type))
        return refused(id,
            Refusal::NotRetryable,
            Message(QT_TRANSLATE_NOOP(
                        "Lockstep", "A retry of exception %1 (%2) has nothing to send again; edit or acknowledge it."),
                {Message::of(id), Message::of(toString(record.type))}),
            record.version);
    const auto loaded = orderFor(ctx.db, record);
    if (const auto* refusal = std::get_if<ItemOutcome>(&loaded))
        return *refusal;
    const Order order = std::get<Order>(loaded);

    // The storefront side first: a cancelled or unpaid order has nothing to send to the warehouse.
    const bool cancellation = record.type == ExceptionType::CancellationPastCutoff;
    if (!cancellation && isStorefrontCancelled(order, {}))
        return refused(id,
            Refusal::NotRetryable,
            Message(QT_TRANSLATE_NOOP(
                        "Lockstep", "Order %1 is cancelled in the storefront: nothing to send to the warehouse."),
                {Message::of(order.number)}),
            record.version);
    // A till's return is not paid (it is the money going back): it goes to the warehouse as a customer return.
    const bool till = order.storefront == SourceSystem::Pos;
    if (!cancellation && !till && order.paymentState != PaymentState::Paid)
        return refused(id,
            Refusal::NotRetryable,
            Message(QT_TRANSLATE_NOOP(
                        "Lockstep", "Order %1 is not paid; it goes to the warehouse once payment is confirmed."),
                {Message::of(order.number)}),
            record.version);

    const QString key = cancellation                      ? engine::cancelOrderKey(record.subjectKey)
        : record.type == ExceptionType::StoreSaleNotAtWms ? engine::storeSaleKey(record.subjectKey)
        : till                                            ? engine::customerReturnKey(record.subjectKey)
                                                          : engine::createOrderKey(record.subjectKey);
    store::OutboxRepository outbox(ctx.db);
    auto entry = outbox.findByKey(key);
    if (!entry.ok())
        return storeError(id, entry.error());
    auto known = store::WmsOrderRepository(ctx.db).find(record.subjectKey);
    if (!known.ok())
        return storeError(id, known.error());

    // Already at the warehouse (found live just before this retry, or known since): linked, never created again.
    if (!cancellation && record.type != ExceptionType::FailedAllocation && known.value()
        && known.value()->status != WmsOrderStatus::Canceled) {
        const store::WmsOrderState& at = *known.value();
        const Message message(
            QT_TRANSLATE_NOOP("Lockstep", "Already at the warehouse as %1 (%2 at %3): linked to it, nothing sent."),
            {Message::of(at.number), Message::of(toWmsText(at.status)), Message::of(at.facility)});
        store::Transaction tx(ctx.db);
        if (!tx.isActive())
            return storeError(id, tx.error());
        if (entry.value() && entry.value()->state != store::OutboxState::Sent) {
            if (auto st = outbox.markSent(entry.value()->id, ctx.now); !st.ok())
                return storeError(id, st.error());
            const Message event(
                QT_TRANSLATE_NOOP("Lockstep", "Already at the warehouse as %1 (%2), found before a retry"),
                {Message::literal(at.number), Message::literal(toWmsText(at.status))});
            if (auto st = noteOnOrder(ctx, order.id, QStringLiteral("wms.acknowledged"), event, SourceSystem::Deposco);
                !st.ok())
                return storeError(id, st.error());
        }
        ItemOutcome outcome = resolveByAction(ctx, record, message, true);
        if (!outcome.succeeded)
            return outcome;
        if (auto st = tx.commit(); !st.ok())
            return storeError(id, st.error());
        return outcome;
    }

    bool decidedAgain = false;
    Message stillHeld;
    if (!entry.value()) {
        if (cancellation)
            return refused(id,
                Refusal::NotRetryable,
                Message(QT_TRANSLATE_NOOP("Lockstep", "No cancellation of order %1 is waiting to be sent."),
                    {Message::of(order.number)}),
                record.version);
        if (!ctx.config)
            return refused(id,
                Refusal::NeedsConfiguration,
                Message(QT_TRANSLATE_NOOP("Lockstep",
                            "Order %1 must be decided again (mappings, facility), which needs the engine's "
                            "configuration: give "
                            "--config."),
                    {Message::of(order.number)}),
                record.version);
        // Never queued: decide again with today's mappings. The intake commits on its own.
        engine::OrderIntake intake(ctx.db, *ctx.config, ctx.clock);
        auto ingested = intake.ingest(order);
        if (!ingested.ok())
            return storeError(id, ingested.error());
        entry = outbox.findByKey(key);
        if (!entry.ok())
            return storeError(id, entry.error());
        decidedAgain = entry.value().has_value();
        if (!decidedAgain)
            stillHeld = ingested->raised.isEmpty() ? Message(QT_TRANSLATE_NOOP("Lockstep", "the order was not queued"))
                                                   : ingested->raised.constFirst().reasonMessage;
    }

    // The intake may have refreshed the record (a new reason bumps the version): act on what is there now.
    auto fresh = ExceptionRepository(ctx.db).findById(id);
    if (!fresh.ok() || !fresh.value())
        return fresh.ok() ? refused(id,
                   Refusal::NotFound,
                   Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 does not exist."), {Message::of(id)}))
                          : storeError(id, fresh.error());
    const ExceptionRecord before = *fresh.value();
    ExceptionRecord after = before;
    ++after.attempts;
    if (decidedAgain && clearedByQueueing(record.type))
        after.state = ExceptionState::Resolved;

    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(id, tx.error());
    if (entry.value() && !decidedAgain) {
        if (auto st = outbox.requeue(entry.value()->id, ctx.now); !st.ok())
            return storeError(id, st.error());
    }
    const Message detail = entry.value()
        ? Message(QT_TRANSLATE_NOOP("Lockstep", "due now under %1"), {Message::of(key)})
        : Message(QT_TRANSLATE_NOOP("Lockstep", "still held: %1"), {stillHeld});
    auto version = writeException(ctx, before, after, detail);
    if (!version.ok())
        return storeError(id, version.error());
    const Message event(entry.value() ? QT_TRANSLATE_NOOP("Lockstep", "Retry asked by %1 (attempt %2)")
                                      : QT_TRANSLATE_NOOP("Lockstep", "Retry asked by %1 (attempt %2): still held"),
        {Message::literal(ctx.actor), Message::number(after.attempts)});
    if (auto st = noteOnOrder(ctx, order.id, QStringLiteral("lockstep.retry"), event); !st.ok())
        return storeError(id, st.error());
    if (auto st = tx.commit(); !st.ok())
        return storeError(id, st.error());

    if (!entry.value())
        return refused(id,
            Refusal::StillFailing,
            Message(
                QT_TRANSLATE_NOOP("Lockstep", "Order %1 is still held: %2"), {Message::of(order.number), stillHeld}),
            version.value());
    auto due = outbox.findByKey(key);
    if (due.ok() && due.value())
        ctx.send = PendingSend{0, id, *due.value(), known.value().has_value()};
    return {id,
        true,
        Refusal::None,
        Message(till ? QT_TRANSLATE_NOOP("Lockstep",
                    "Till return %1 is due now (attempt %2, same idempotency key); the "
                    "warehouse is asked whether it already has it before anything is "
                    "sent.")
                     : QT_TRANSLATE_NOOP("Lockstep",
                         "Order %1 is due now (attempt %2, same idempotency key); the "
                         "warehouse is asked whether it already has it before anything is "
                         "sent."),
            {Message::of(order.number), Message::of(after.attempts)}),
        version.value()};
}

} // namespace lockstep::core::actions
