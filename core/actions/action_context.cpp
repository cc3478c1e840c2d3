// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_context.h"

#include "state_probe.h"
#include "store/audit_repository.h"
#include "store/catalog_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"

#include <QJsonDocument>

namespace lockstep::core::actions {

using store::ExceptionRepository;

namespace {

QJsonObject snapshot(const ExceptionRecord& r)
{
    return {{QStringLiteral("state"), toString(r.state)},
        {QStringLiteral("assignee"), r.assignee},
        {QStringLiteral("claimed_by"), r.claimedBy},
        {QStringLiteral("attempts"), r.attempts},
        {QStringLiteral("version"), r.version}};
}

} // namespace

ActionContext::ActionContext(store::Database& db,
    const Clock& clock,
    const engine::Config* config,
    const QHash<qint64, CurrentState>& states,
    const ActionCommand& command,
    Execution& execution)
    : db(db)
    , clock(clock)
    , config(config)
    , states(states)
    , command(command)
    , actor(command.actor.isEmpty() ? currentOsUser() : command.actor)
    , now(clock.nowUtc())
    , execution(execution)
{}

QString ActionContext::auditActor() const
{
    return command.role.isEmpty() ? actor : QStringLiteral("%1 (%2)").arg(actor, command.role);
}

void ActionContext::push(ItemOutcome outcome)
{
    handled.insert(outcome.exceptionId);
    execution.result.items.append(std::move(outcome));
    if (send) {
        send->item = execution.result.items.size() - 1;
        execution.sends.append(*send);
        send.reset();
    }
    if (repush) {
        repush->item = execution.result.items.size() - 1;
        execution.repushes.append(*repush);
        repush.reset();
    }
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ItemOutcome refused(qint64 id, Refusal why, const Message& message, qint64 version)
{
    return {id, false, why, message, version};
}

ItemOutcome storeError(qint64 id, const Error& e)
{
    return refused(id,
        Refusal::StoreError,
        Message(QT_TRANSLATE_NOOP("Lockstep", "The database refused the change: %1"), {Message::of(e.toString())}));
}

ItemOutcome commitAndSay(store::Transaction& tx, qint64 id, const Message& message, qint64 version)
{
    if (auto st = tx.commit(); !st.ok())
        return storeError(id, st.error());
    return {id, true, Refusal::None, message, version};
}

std::optional<std::pair<SourceSystem, QString>> orderOf(const ExceptionRecord& r)
{
    return orderOfSubject(r.subjectKey);
}

std::variant<Order, ItemOutcome> orderFor(store::Database& db, const ExceptionRecord& r)
{
    const auto about = orderOf(r);
    if (!about)
        return refused(r.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is not about one order."), {Message::of(r.id)}),
            r.version);
    auto order = store::OrderRepository(db).findByStorefrontId(about->first, about->second);
    if (!order.ok())
        return storeError(r.id, order.error());
    if (!order.value())
        return refused(r.id,
            Refusal::NotFound,
            Message(
                QT_TRANSLATE_NOOP("Lockstep", "The order of exception %1 is not in Lockstep."), {Message::of(r.id)}),
            r.version);
    return *order.value();
}

std::optional<ItemOutcome> unknownItem(store::Database& db, const ExceptionRecord& r, const QString& sku)
{
    auto item = store::CatalogRepository(db).findItem(sku);
    if (!item.ok())
        return storeError(r.id, item.error());
    if (!item.value())
        return refused(r.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "%1 is not in the WMS item master."), {Message::of(sku)}),
            r.version);
    return std::nullopt;
}

Result<qint64> writeException(
    ActionContext& ctx, const ExceptionRecord& before, const ExceptionRecord& after, const QString& detail)
{
    auto applied = ExceptionRepository(ctx.db).applyAction(after, before.version);
    if (!applied.ok())
        return applied.error();
    if (!applied.value())
        return makeError(
            ErrorCode::Conflict, QStringLiteral("the exception changed during the action"), QString::number(before.id));
    ExceptionRecord written = after;
    written.version = before.version + 1;
    QJsonObject afterJson = snapshot(written);
    if (!detail.isEmpty())
        afterJson.insert(QStringLiteral("detail"), detail);
    auto id = store::AuditRepository(ctx.db).append({0,
        ctx.now,
        ctx.auditActor(),
        QStringLiteral("exception.") + toString(ctx.command.kind),
        QStringLiteral("exception"),
        QString::number(before.id),
        compactJson(snapshot(before)),
        compactJson(afterJson),
        ctx.command.note.trimmed(),
        {}});
    if (!id.ok())
        return id.error();
    return written.version;
}

Result<qint64> writeException(
    ActionContext& ctx, const ExceptionRecord& before, const ExceptionRecord& after, const Message& detail)
{
    return writeException(ctx, before, after, detail.english());
}

Status auditEdit(ActionContext& ctx,
    const QString& subjectType,
    const QString& subjectId,
    const QString& before,
    const QString& after)
{
    auto id = store::AuditRepository(ctx.db).append({0,
        ctx.now,
        ctx.auditActor(),
        QStringLiteral("edit.") + toString(ctx.command.edit.kind),
        subjectType,
        subjectId,
        before,
        after,
        ctx.command.note.trimmed(),
        {}});
    return id.ok() ? Status::success() : Status(id.error());
}

Status noteOnOrder(ActionContext& ctx, qint64 orderId, const QString& kind, const Message& detail, SourceSystem source)
{
    auto event =
        store::LifecycleRepository(ctx.db).append(LifecycleEvent::about(orderId, ctx.now, source, kind, detail));
    return event.ok() ? Status::success() : Status(event.error());
}

ItemOutcome finishEdit(
    ActionContext& ctx, store::Transaction& tx, const ExceptionRecord& record, const Message& described)
{
    auto version = writeException(ctx, record, record, described);
    if (!version.ok())
        return storeError(record.id, version.error());
    return commitAndSay(tx, record.id, described, version.value());
}

ItemOutcome resolveByAction(
    ActionContext& ctx, const ExceptionRecord& record, const Message& message, bool countsAsAttempt)
{
    if (record.state != ExceptionState::Open)
        return {record.id, true, Refusal::None, message, record.version};
    ExceptionRecord after = record;
    after.state = ExceptionState::Resolved;
    if (countsAsAttempt)
        ++after.attempts;
    auto version = writeException(ctx, record, after, message);
    if (!version.ok())
        return storeError(record.id, version.error());
    return {record.id, true, Refusal::None, message, version.value()};
}

ItemOutcome resolveNow(ActionContext& ctx, const ExceptionRecord& record, const Message& message, bool countsAsAttempt)
{
    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    ItemOutcome outcome = resolveByAction(ctx, record, message, countsAsAttempt);
    if (outcome.succeeded) {
        if (auto st = tx.commit(); !st.ok())
            return storeError(record.id, st.error());
    }
    return outcome;
}

} // namespace lockstep::core::actions
