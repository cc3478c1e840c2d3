// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "store/exception_repository.h"
#include "store/outbox_repository.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::actions {

using store::ExceptionRepository;

ItemOutcome settleSend(ActionContext& ctx, const PendingSend& send)
{
    const qint64 id = send.exceptionId;
    auto entry = store::OutboxRepository(ctx.db).findByKey(send.entry.idempotencyKey);
    auto record = ExceptionRepository(ctx.db).findById(id);
    if (!entry.ok() || !record.ok())
        return storeError(id, !entry.ok() ? entry.error() : record.error());
    if (!entry.value() || !record.value())
        return refused(id,
            Refusal::NotFound,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 or its outbox entry is gone."), {Message::of(id)}));
    const ExceptionRecord current = *record.value();
    const store::OutboxEntry& sent = *entry.value();
    if (sent.state == store::OutboxState::Failed)
        return refused(id,
            Refusal::StillFailing,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Not sent yet: %1. It is tried again automatically after a pause."),
                {Message::of(sent.lastError)}),
            current.version);
    if (sent.state == store::OutboxState::Dead)
        return refused(id,
            Refusal::StillFailing,
            Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse refused it again: %1"), {Message::of(sent.lastError)}),
            current.version);
    if (sent.state != store::OutboxState::Sent)
        return {id,
            true,
            Refusal::None,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Due now; the engine sends it on its next run.")),
            current.version};

    if (current.type == ExceptionType::ShipmentConfirmationMissing)
        return resolveNow(ctx, current, Message(QT_TRANSLATE_NOOP("Lockstep", "The storefront was told it shipped.")));
    if (current.type == ExceptionType::StoreSaleNotAtWms)
        return resolveNow(ctx,
            current,
            send.wasAtWarehouse
                ? Message(QT_TRANSLATE_NOOP("Lockstep",
                    "The warehouse had already taken the sale off the store's stock: nothing was sent twice."))
                : Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse has taken the sale off the store's stock.")));
    if (current.type == ExceptionType::TillReturnNotAtWms
        || SubjectKey::parse(current.subjectKey).storefront() == SourceSystem::Pos)
        return resolveNow(ctx,
            current,
            send.wasAtWarehouse ? Message(
                QT_TRANSLATE_NOOP("Lockstep", "The warehouse already had the customer return: nothing was sent twice."))
                                : Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse has the customer return.")));
    auto wms = store::WmsOrderRepository(ctx.db).find(current.subjectKey);
    if (!wms.ok())
        return storeError(id, wms.error());
    Message message;
    bool cleared = true;
    if (wms.value()) {
        const store::WmsOrderState& at = *wms.value();
        message = send.wasAtWarehouse
            ? Message(
                QT_TRANSLATE_NOOP("Lockstep", "Already at the warehouse as %1 (%2 at %3): nothing was sent twice."),
                {Message::of(at.number), Message::of(toWmsText(at.status)), Message::of(at.facility)})
            : Message(QT_TRANSLATE_NOOP("Lockstep", "At the warehouse as %1 (%2 at %3)."),
                {Message::of(at.number), Message::of(toWmsText(at.status)), Message::of(at.facility)});
        if (current.type == ExceptionType::FailedAllocation
            && (at.status == WmsOrderStatus::BackOrdered || at.backOrderedUnits > 0)) {
            cleared = false;
            message = Message(QT_TRANSLATE_NOOP("Lockstep", "%1 %2"),
                {message,
                    Message(QT_TRANSLATE_NOOP("Lockstep",
                                "Still %1 short; the warehouse allocates again when stock "
                                "arrives."),
                        {Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n unit(s)"), at.backOrderedUnits)})});
        }
    } else {
        message = current.type == ExceptionType::CancellationPastCutoff
            ? Message(QT_TRANSLATE_NOOP("Lockstep", "Nothing left to cancel at the warehouse."))
            : Message(QT_TRANSLATE_NOOP("Lockstep", "Sent to the warehouse."));
    }
    if (!cleared)
        return refused(id, Refusal::StillFailing, message, current.version);
    return resolveNow(ctx, current, message);
}

ItemOutcome settleRepush(ActionContext& ctx, const StockRepush& repush, const Result<qint64>& pushed)
{
    auto record = ExceptionRepository(ctx.db).findById(repush.exceptionId);
    if (!record.ok())
        return storeError(repush.exceptionId, record.error());
    if (!record.value())
        return refused(repush.exceptionId,
            Refusal::NotFound,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 does not exist."), {Message::of(repush.exceptionId)}));
    if (!pushed.ok())
        return refused(repush.exceptionId,
            Refusal::StillFailing,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Not pushed: %1. The next stock job pushes it."),
                {Message::of(pushed.error().toString())}),
            record.value()->version);
    return resolveNow(ctx,
        *record.value(),
        Message(QT_TRANSLATE_NOOP("Lockstep", "%1 now shows %2 for %3, the warehouse figure."),
            {Message::of(toString(repush.storefront)), Message::of(pushed.value()), Message::of(repush.sku)}));
}

} // namespace lockstep::core::actions
