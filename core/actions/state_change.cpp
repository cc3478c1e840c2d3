// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "store/action_repository.h"

namespace lockstep::core::actions {

ItemOutcome changeState(ActionContext& ctx, const ExceptionRecord& current)
{
    const ActionCommand& cmd = ctx.command;
    ExceptionRecord after = current;
    QString detail;
    switch (cmd.kind) {
    case ActionKind::Acknowledge:
        if (current.state != ExceptionState::Open)
            return refused(current.id,
                Refusal::WrongState,
                Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is already %2."),
                    {Message::of(current.id), stateWord(current.state)}),
                current.version);
        after.state = ExceptionState::Acknowledged;
        detail = toString(cmd.resolution);
        break;
    case ActionKind::Assign:
        if (current.assignee == cmd.assignee.trimmed())
            return {current.id,
                true,
                Refusal::None,
                Message(
                    QT_TRANSLATE_NOOP("Lockstep", "Exception %1 was already assigned so."), {Message::of(current.id)}),
                current.version};
        after.assignee = cmd.assignee.trimmed();
        break;
    case ActionKind::Claim:
        if (current.claimedBy == ctx.actor)
            return {current.id,
                true,
                Refusal::None,
                Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is already claimed by you."),
                    {Message::of(current.id)}),
                current.version};
        if (!current.claimedBy.isEmpty())
            return refused(current.id,
                Refusal::ClaimedByOther,
                Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is already claimed by %2."),
                    {Message::of(current.id), Message::of(current.claimedBy)}),
                current.version);
        after.claimedBy = ctx.actor;
        break;
    case ActionKind::Unclaim:
        if (current.claimedBy.isEmpty())
            return refused(current.id,
                Refusal::WrongState,
                Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is not claimed."), {Message::of(current.id)}),
                current.version);
        if (current.claimedBy != ctx.actor)
            return refused(current.id,
                Refusal::ClaimedByOther,
                Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is claimed by %2; only they can release it."),
                    {Message::of(current.id), Message::of(current.claimedBy)}),
                current.version);
        after.claimedBy.clear();
        break;
    case ActionKind::Reopen:
        if (current.state == ExceptionState::Open)
            return refused(current.id,
                Refusal::WrongState,
                Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is already open."), {Message::of(current.id)}),
                current.version);
        after.state = ExceptionState::Open;
        break;
    case ActionKind::Retry:
    case ActionKind::Edit:
    case ActionKind::Probe:
    case ActionKind::Comment:
    case ActionKind::RequestIntercept:
        return refused(current.id,
            Refusal::WrongState,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is not changed by this action."),
                {Message::of(current.id)}),
            current.version);
    }

    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(current.id, tx.error());
    auto version = writeException(ctx, current, after, detail);
    if (!version.ok())
        return storeError(current.id, version.error());
    store::ActionRepository kept(ctx.db);
    if (cmd.kind == ActionKind::Acknowledge) {
        auto id = kept.addResolution(
            {0, current.id, toString(cmd.resolution), cmd.note.trimmed(), ctx.actor, ctx.now, {}, {}});
        if (!id.ok())
            return storeError(current.id, id.error());
    } else if (cmd.kind == ActionKind::Reopen) {
        if (auto st = kept.markReopened(current.id, ctx.actor, ctx.now); !st.ok())
            return storeError(current.id, st.error());
    }
    return commitAndSay(tx,
        current.id,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is now %2 (version %3)."),
            {Message::of(current.id), stateWord(after.state), Message::of(version.value())}),
        version.value());
}

} // namespace lockstep::core::actions
