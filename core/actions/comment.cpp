// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "store/audit_repository.h"
#include "store/comment_repository.h"

namespace lockstep::core::actions {

ItemOutcome comment(ActionContext& ctx, const ExceptionRecord& record)
{
    const QString text = ctx.command.note.trimmed();
    if (text.isEmpty())
        return refused(record.id,
            Refusal::NoteRequired,
            Message(QT_TRANSLATE_NOOP("Lockstep", "A comment needs some text.")),
            record.version);
    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    auto id = store::CommentRepository(ctx.db).add({0, record.id, ctx.now, ctx.actor, ctx.command.role, text});
    if (!id.ok())
        return storeError(record.id, id.error());
    auto audited = store::AuditRepository(ctx.db).append({0,
        ctx.now,
        ctx.auditActor(),
        QStringLiteral("exception.comment"),
        QStringLiteral("exception"),
        QString::number(record.id),
        {},
        compactJson({{QStringLiteral("comment"), id.value()}}),
        text,
        {}});
    if (!audited.ok())
        return storeError(record.id, audited.error());
    if (record.orderId != 0) {
        const Message event(
            QT_TRANSLATE_NOOP("Lockstep", "%1: %2"), {Message::literal(ctx.auditActor()), Message::literal(text)});
        if (auto st = noteOnOrder(ctx, record.orderId, QStringLiteral("lockstep.comment"), event); !st.ok())
            return storeError(record.id, st.error());
    }
    return commitAndSay(tx,
        record.id,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Comment added to exception %1."), {Message::of(record.id)}),
        record.version);
}

} // namespace lockstep::core::actions
