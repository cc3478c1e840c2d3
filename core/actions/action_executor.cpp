// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_executor.h"

#include "action_units.h"
#include "store/audit_repository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace lockstep::core::actions {

using store::ExceptionRepository;

namespace {

bool needsFreeClaim(ActionKind kind)
{
    return kind == ActionKind::Retry || kind == ActionKind::Edit || kind == ActionKind::Acknowledge
        || kind == ActionKind::RequestIntercept;
}

} // namespace

ActionExecutor::ActionExecutor(store::Database& db, const Clock& clock, const engine::Config* config)
    : m_db(db)
    , m_clock(clock)
    , m_config(config)
{}

Execution ActionExecutor::execute(const ActionCommand& command, const Progress& progress)
{
    Execution execution;
    execution.result.requestId = command.requestId;
    execution.result.kind = command.kind;
    ActionContext ctx(m_db, m_clock, m_config, m_states, command, execution);

    auto targets = targetsOf(command);
    if (!targets.ok()) {
        execution.result.error = targets.error().message;
        return execution;
    }
    const int total = static_cast<int>(targets->size());
    int done = 0;
    for (const ExceptionTarget& target : std::as_const(targets.value())) {
        if (!ctx.handled.contains(target.id))
            ctx.push(oneAgainIfRaced(ctx, target));
        if (progress)
            progress(++done, total);
    }
    for (ItemOutcome& item : execution.result.items) {
        if (m_states.contains(item.exceptionId))
            item.current = m_states.value(item.exceptionId);
        // Exceptions an edit reached besides its targets were read where they were acted on, not here.
        if (const auto known = ctx.orderRefs.constFind(item.exceptionId); known != ctx.orderRefs.cend()) {
            item.orderRef = *known;
            item.queue = ctx.queues.value(item.exceptionId);
        } else if (auto r = ExceptionRepository(m_db).findById(item.exceptionId); r.ok() && r.value()) {
            item.orderRef = r.value()->orderRef;
            item.queue = r.value()->type;
        }
    }
    return execution;
}

Result<QList<ExceptionTarget>> ActionExecutor::targetsOf(const ActionCommand& command)
{
    QList<ExceptionTarget> targets = command.targets;
    if (!command.filter)
        return targets;
    // The filter is read once, by id, before anything changes: the set acted on is the set that matched.
    ExceptionRepository exceptions(m_db);
    qint64 after = 0;
    for (;;) {
        auto ids = exceptions.idsMatching(*command.filter, after, 1000);
        if (!ids.ok())
            return makeError(ids.error().code,
                Message(QT_TRANSLATE_NOOP("Lockstep", "The exceptions matching the filter could not be read: %1"),
                    {Message::of(ids.error().toString())})
                    .toString());
        for (qint64 id : std::as_const(ids.value()))
            targets.append({id, 0});
        if (ids->size() < 1000)
            break;
        after = ids->constLast();
    }
    return targets;
}

ItemOutcome ActionExecutor::oneAgainIfRaced(ActionContext& ctx, const ExceptionTarget& target)
{
    ItemOutcome outcome = one(ctx, target);
    // Another desk changed the exception between this one's checks and its write, which the version guard refused:
    // the checks once more against what it is now, so the person is told who did what (a claim taken first, an
    // acknowledgement already made), not that the database refused. A state change is one guarded write, rolled
    // back whole, so trying it again does nothing twice.
    static constexpr ActionKind kStateChanges[] = {
        ActionKind::Acknowledge, ActionKind::Assign, ActionKind::Claim, ActionKind::Unclaim, ActionKind::Reopen};
    if (outcome.refusal == Refusal::StoreError
        && std::ranges::find(kStateChanges, ctx.command.kind) != std::end(kStateChanges))
        outcome = one(ctx, target);
    return outcome;
}

ItemOutcome ActionExecutor::one(ActionContext& ctx, const ExceptionTarget& target)
{
    const ActionCommand& cmd = ctx.command;
    if (cmd.kind == ActionKind::Acknowledge && cmd.note.trimmed().isEmpty())
        return refused(target.id,
            Refusal::NoteRequired,
            Message(QT_TRANSLATE_NOOP("Lockstep", "An acknowledgement needs a note saying what was done.")));
    auto found = ExceptionRepository(m_db).findById(target.id);
    if (!found.ok())
        return storeError(target.id, found.error());
    if (!found.value())
        return refused(target.id,
            Refusal::NotFound,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 does not exist."), {Message::of(target.id)}));
    const ExceptionRecord current = *found.value();
    ctx.orderRefs.insert(current.id, current.orderRef);
    ctx.queues.insert(current.id, current.type);
    // A comment adds to the thread whatever changed meanwhile and whoever holds the claim.
    if (cmd.kind == ActionKind::Comment)
        return comment(ctx, current);
    if (target.expectedVersion != 0 && target.expectedVersion != current.version)
        return refused(
            current.id, Refusal::StaleVersion, staleMessage(current, target.expectedVersion), current.version);
    if (needsFreeClaim(cmd.kind) && !current.claimedBy.isEmpty() && current.claimedBy != ctx.actor)
        return refused(current.id,
            Refusal::ClaimedByOther,
            Message(
                QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is claimed by %2; ask them, or have it assigned to you."),
                {Message::of(current.id), Message::of(current.claimedBy)}),
            current.version);

    switch (cmd.kind) {
    case ActionKind::Probe:
        return refused(current.id,
            Refusal::NeedsConfiguration,
            Message(
                QT_TRANSLATE_NOOP("Lockstep", "Reading both systems needs the running engine; the console asks it.")),
            current.version);
    case ActionKind::Retry:
        return retry(ctx, current);
    case ActionKind::Comment:
        return comment(ctx, current);
    case ActionKind::RequestIntercept:
        return requestIntercept(ctx, current);
    case ActionKind::Edit:
        return edit(ctx, current);
    case ActionKind::Acknowledge:
    case ActionKind::Assign:
    case ActionKind::Claim:
    case ActionKind::Unclaim:
    case ActionKind::Reopen:
        break;
    }
    return changeState(ctx, current);
}

Message ActionExecutor::staleMessage(const ExceptionRecord& current, qint64 expectedVersion)
{
    // The audit rows written by actions carry the version they produced; automatic changes (a detector
    // refreshing the reason) may not, so the latest row stands for them.
    QList<Message> changes;
    auto history = store::AuditRepository(m_db).forSubject(QStringLiteral("exception"), QString::number(current.id));
    if (history.ok()) {
        const auto describe = [](const store::AuditEntry& e) {
            return Message(QT_TRANSLATE_NOOP("Lockstep", "%1 by %2 at %3"),
                {Message::of(e.action), Message::of(e.actor), Message::of(e.at.toUTC().toString(Qt::ISODate))});
        };
        for (const store::AuditEntry& e : std::as_const(history.value())) {
            const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
            if (after.value(QStringLiteral("version")).toInteger() > expectedVersion)
                changes << describe(e);
        }
        if (changes.isEmpty() && !history->isEmpty())
            changes << describe(history->constLast());
    }
    if (changes.isEmpty())
        changes << Message(QT_TRANSLATE_NOOP("Lockstep", "a change with no audit record"));
    return Message(QT_TRANSLATE_NOOP("Lockstep",
                       "Exception %1 changed since you read it (version %2, now %3): %4. Read it again before acting."),
        {Message::of(current.id), Message::of(expectedVersion), Message::of(current.version), Message::list(changes)});
}

ItemOutcome ActionExecutor::settle(const PendingSend& send, const ActionCommand& command)
{
    Execution scratch;
    ActionContext ctx(m_db, m_clock, m_config, m_states, command, scratch);
    return settleSend(ctx, send);
}

ItemOutcome ActionExecutor::settleRepush(
    const StockRepush& repush, const Result<qint64>& pushed, const ActionCommand& command)
{
    Execution scratch;
    ActionContext ctx(m_db, m_clock, m_config, m_states, command, scratch);
    return actions::settleRepush(ctx, repush, pushed);
}

ItemOutcome retry(ActionContext& ctx, const ExceptionRecord& record)
{
    const qint64 id = record.id;
    if (record.state != ExceptionState::Open)
        return refused(id,
            Refusal::WrongState,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is %2; reopen it before a retry."),
                {Message::of(id), stateWord(record.state)}),
            record.version);
    switch (record.type) {
    case ExceptionType::InventoryDrift:
        return retryDrift(ctx, record);
    case ExceptionType::ShipmentConfirmationMissing:
        return retryConfirmation(ctx, record);
    case ExceptionType::TotalsMismatch:
        return retryTotals(ctx, record);
    default:
        break;
    }
    return retryOrder(ctx, record);
}

ItemOutcome edit(ActionContext& ctx, const ExceptionRecord& record)
{
    const EditSpec& spec = ctx.command.edit;
    if (record.state != ExceptionState::Open)
        return refused(record.id,
            Refusal::WrongState,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is %2; reopen it before an edit."),
                {Message::of(record.id), stateWord(record.state)}),
            record.version);
    switch (spec.kind) {
    case EditKind::MapSku:
        return mapSku(ctx, record);
    case EditKind::MapCustomField:
        return mapCustomField(ctx, record);
    case EditKind::ChooseFacility:
    case EditKind::AdjustLine:
    case EditKind::LeaveOutLine:
        break;
    }
    ItemOutcome outcome = spec.kind == EditKind::LeaveOutLine ? leaveOutLine(ctx, record) : rewriteCreate(ctx, record);
    if (!outcome.succeeded || !spec.retryAfter)
        return outcome;
    auto fresh = ExceptionRepository(ctx.db).findById(record.id);
    if (!fresh.ok() || !fresh.value())
        return outcome;
    ItemOutcome retried = retry(ctx, *fresh.value());
    retried.message = outcome.message + u' ' + retried.message;
    return retried;
}

} // namespace lockstep::core::actions
