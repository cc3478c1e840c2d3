// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "store/action_repository.h"

namespace lockstep::core::actions {

ItemOutcome requestIntercept(ActionContext& ctx, const ExceptionRecord& record)
{
    if (record.type != ExceptionType::CancellationPastCutoff)
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP(
                "Lockstep", "Only an order cancelled past its cutoff can be intercepted at the warehouse.")),
            record.version);
    if (record.state != ExceptionState::Open)
        return refused(record.id,
            Refusal::WrongState,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is already %2."),
                {Message::of(record.id), stateWord(record.state)}),
            record.version);
    const QString note = ctx.command.note.trimmed();
    if (note.isEmpty())
        return refused(record.id,
            Refusal::NoteRequired,
            Message(QT_TRANSLATE_NOOP(
                "Lockstep", "Say how and whom you asked (a call to the shift lead, a mail to the floor).")),
            record.version);
    const Message where = record.facility.isEmpty() ? Message(QT_TRANSLATE_NOOP("Lockstep", "the warehouse"))
                                                    : Message::literal(record.facility);
    ExceptionRecord after = record;
    after.actionMessage = Message(QT_TRANSLATE_NOOP("Lockstep",
                                      "%1 asked %2 to pull the order (%3). Wait for the "
                                      "warehouse: this resolves itself when it cancels the "
                                      "order; if the carrier collects it, arrange a return and "
                                      "refund with the customer."),
        {Message::literal(ctx.actor), where, Message::literal(note)});
    after.suggestedAction = after.actionMessage.english();

    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    auto version = writeException(ctx, record, after, QStringLiteral("intercept requested"));
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = store::ActionRepository(ctx.db).requestIntercept({record.id, ctx.actor, ctx.now, note, {}, {}});
        !st.ok())
        return storeError(record.id, st.error());
    if (record.orderId != 0) {
        const Message event(
            QT_TRANSLATE_NOOP("Lockstep", "%1 asked %2 to pull the order before the carrier collects it: %3"),
            {Message::literal(ctx.auditActor()), where, Message::literal(note)});
        if (auto st = noteOnOrder(ctx, record.orderId, QStringLiteral("lockstep.intercept_requested"), event); !st.ok())
            return storeError(record.id, st.error());
    }
    return commitAndSay(tx,
        record.id,
        Message(QT_TRANSLATE_NOOP(
                    "Lockstep", "Order %1: the request to pull it is kept; the exception waits for the warehouse."),
            {Message::of(record.orderRef)}),
        version.value());
}

} // namespace lockstep::core::actions
