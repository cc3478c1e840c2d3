// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_executor.h"

#include "config/config.h"
#include "engine/order_headline.h"
#include "engine/order_intake.h"
#include "engine/outbox_payloads.h"
#include "engine/sweep.h"
#include "rules/totals_mismatch.h"
#include "state_probe.h"
#include "store/action_repository.h"
#include "store/audit_repository.h"
#include "store/catalog_repository.h"
#include "store/comment_repository.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/shipment_repository.h"
#include "store/wms_order_repository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <variant>

namespace lockstep::core::actions {

using store::ExceptionRepository;

namespace {

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject snapshot(const ExceptionRecord& r)
{
    return {{QStringLiteral("state"), toString(r.state)},
        {QStringLiteral("assignee"), r.assignee},
        {QStringLiteral("claimed_by"), r.claimedBy},
        {QStringLiteral("attempts"), r.attempts},
        {QStringLiteral("version"), r.version}};
}

ItemOutcome refused(qint64 id, Refusal why, const Message& message, qint64 version = 0)
{
    return {id, false, why, message, version};
}

ItemOutcome storeError(qint64 id, const Error& e)
{
    return refused(id,
        Refusal::StoreError,
        Message(QT_TRANSLATE_NOOP("Lockstep", "The database refused the change: %1"), {Message::of(e.toString())}));
}

/// The storefront and its order id when the exception is about one order or one of its shipments.
std::optional<std::pair<SourceSystem, QString>> orderOf(const ExceptionRecord& r)
{
    return orderOfSubject(r.subjectKey);
}

/// Types whose cause is cleared once the order is decided again and queued for the warehouse.
bool clearedByQueueing(ExceptionType type)
{
    return type == ExceptionType::SkuMismatch || type == ExceptionType::FacilityRoutingFailure;
}

/// The order an exception is about, or the refusal saying why there is none.
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

/// The refusal when `sku` is not in the WMS item master, or none when it is.
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
        return true;
    default:
        return false;
    }
}

bool needsFreeClaim(ActionKind kind)
{
    return kind == ActionKind::Retry || kind == ActionKind::Edit || kind == ActionKind::Acknowledge
        || kind == ActionKind::RequestIntercept;
}

} // namespace

struct ActionExecutor::Context
{
    const ActionCommand& command;
    QString actor;
    QDateTime now;
    Execution& execution;
    QSet<qint64> handled; ///< exceptions already given an outcome (an edit applies to others with the same cause)
    QHash<qint64, QString> orderRefs; ///< the order number of each exception read, for the outcomes' labels
    std::optional<PendingSend> send; ///< set by retry(), collected by push()
    std::optional<StockRepush> repush; ///< set by retryDrift(), collected by push()

    /// Who the audit row names: the actor, and the role they acted in when the command says ("j.moreno (finance)").
    /// Claims keep the bare actor, so a person's claim stays theirs whatever role they work in.
    QString auditActor() const
    {
        return command.role.isEmpty() ? actor : QStringLiteral("%1 (%2)").arg(actor, command.role);
    }

    void push(ItemOutcome outcome)
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
};

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
    Context ctx{command,
        command.actor.isEmpty() ? currentOsUser() : command.actor,
        m_clock.nowUtc(),
        execution,
        {},
        {},
        {},
        {}};

    auto targets = targetsOf(command);
    if (!targets.ok()) {
        execution.result.error = targets.error().message;
        return execution;
    }
    const int total = static_cast<int>(targets->size());
    int done = 0;
    for (const ExceptionTarget& target : std::as_const(targets.value())) {
        if (!ctx.handled.contains(target.id))
            ctx.push(one(ctx, target));
        if (progress)
            progress(++done, total);
    }
    for (ItemOutcome& item : execution.result.items) {
        if (m_states.contains(item.exceptionId))
            item.current = m_states.value(item.exceptionId);
        // Exceptions an edit reached besides its targets were read where they were acted on, not here.
        if (const auto known = ctx.orderRefs.constFind(item.exceptionId); known != ctx.orderRefs.cend())
            item.orderRef = *known;
        else if (auto r = ExceptionRepository(m_db).findById(item.exceptionId); r.ok() && r.value())
            item.orderRef = r.value()->orderRef;
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

ItemOutcome ActionExecutor::one(Context& ctx, const ExceptionTarget& target)
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

    ExceptionRecord after = current;
    QString detail;
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
    }

    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(current.id, tx.error());
    auto version = write(ctx, current, after, detail);
    if (!version.ok())
        return storeError(current.id, version.error());
    store::ActionRepository kept(m_db);
    if (cmd.kind == ActionKind::Acknowledge) {
        auto id = kept.addResolution(
            {0, current.id, toString(cmd.resolution), cmd.note.trimmed(), ctx.actor, ctx.now, {}, {}});
        if (!id.ok())
            return storeError(current.id, id.error());
    } else if (cmd.kind == ActionKind::Reopen) {
        if (auto st = kept.markReopened(current.id, ctx.actor, ctx.now); !st.ok())
            return storeError(current.id, st.error());
    }
    if (auto st = tx.commit(); !st.ok())
        return storeError(current.id, st.error());
    return {current.id,
        true,
        Refusal::None,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is now %2 (version %3)."),
            {Message::of(current.id), stateWord(after.state), Message::of(version.value())}),
        version.value()};
}

Result<qint64> ActionExecutor::write(
    Context& ctx, const ExceptionRecord& before, const ExceptionRecord& after, const QString& detail)
{
    auto applied = ExceptionRepository(m_db).applyAction(after, before.version);
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
    auto id = store::AuditRepository(m_db).append({0,
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

ItemOutcome ActionExecutor::comment(Context& ctx, const ExceptionRecord& record)
{
    const QString text = ctx.command.note.trimmed();
    if (text.isEmpty())
        return refused(record.id,
            Refusal::NoteRequired,
            Message(QT_TRANSLATE_NOOP("Lockstep", "A comment needs some text.")),
            record.version);
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    auto id = store::CommentRepository(m_db).add({0, record.id, ctx.now, ctx.actor, ctx.command.role, text});
    if (!id.ok())
        return storeError(record.id, id.error());
    auto audited = store::AuditRepository(m_db).append({0,
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
        auto event = store::LifecycleRepository(m_db).append(LifecycleEvent::about(record.orderId,
            ctx.now,
            SourceSystem::Lockstep,
            QStringLiteral("lockstep.comment"),
            Message(QT_TRANSLATE_NOOP("Lockstep", "%1: %2"),
                {Message::literal(ctx.auditActor()), Message::literal(text)})));
        if (!event.ok())
            return storeError(record.id, event.error());
    }
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    return {record.id,
        true,
        Refusal::None,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Comment added to exception %1."), {Message::of(record.id)}),
        record.version};
}

ItemOutcome ActionExecutor::requestIntercept(Context& ctx, const ExceptionRecord& record)
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

    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    auto version = write(ctx, record, after, QStringLiteral("intercept requested"));
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = store::ActionRepository(m_db).requestIntercept({record.id, ctx.actor, ctx.now, note, {}, {}});
        !st.ok())
        return storeError(record.id, st.error());
    if (record.orderId != 0) {
        auto event = store::LifecycleRepository(m_db).append(LifecycleEvent::about(record.orderId,
            ctx.now,
            SourceSystem::Lockstep,
            QStringLiteral("lockstep.intercept_requested"),
            Message(QT_TRANSLATE_NOOP("Lockstep", "%1 asked %2 to pull the order before the carrier collects it: %3"),
                {Message::literal(ctx.auditActor()), where, Message::literal(note)})));
        if (!event.ok())
            return storeError(record.id, event.error());
    }
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    return {record.id,
        true,
        Refusal::None,
        Message(QT_TRANSLATE_NOOP(
                    "Lockstep", "Order %1: the request to pull it is kept; the exception waits for the warehouse."),
            {Message::of(record.orderRef)}),
        version.value()};
}

Status ActionExecutor::auditEdit(
    Context& ctx, const QString& subjectType, const QString& subjectId, const QString& before, const QString& after)
{
    auto id = store::AuditRepository(m_db).append({0,
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

ItemOutcome ActionExecutor::retry(Context& ctx, const ExceptionRecord& record)
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
    const auto about = orderOf(record);
    if (!about || !retryable(record.type))
        return refused(id,
            Refusal::NotRetryable,
            Message(QT_TRANSLATE_NOOP(
                        "Lockstep", "A retry of exception %1 (%2) has nothing to send again; edit or acknowledge it."),
                {Message::of(id), Message::of(toString(record.type))}),
            record.version);
    const auto loaded = orderFor(m_db, record);
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

    const QString key = cancellation ? engine::cancelOrderKey(record.subjectKey)
        : till                       ? engine::customerReturnKey(record.subjectKey)
                                     : engine::createOrderKey(record.subjectKey);
    store::OutboxRepository outbox(m_db);
    auto entry = outbox.findByKey(key);
    if (!entry.ok())
        return storeError(id, entry.error());
    auto known = store::WmsOrderRepository(m_db).find(record.subjectKey);
    if (!known.ok())
        return storeError(id, known.error());

    // Already at the warehouse (found live just before this retry, or known since): linked, never created again.
    if (!cancellation && record.type != ExceptionType::FailedAllocation && known.value()
        && known.value()->status != WmsOrderStatus::Canceled) {
        const store::WmsOrderState& at = *known.value();
        const Message message(
            QT_TRANSLATE_NOOP("Lockstep", "Already at the warehouse as %1 (%2 at %3): linked to it, nothing sent."),
            {Message::of(at.number), Message::of(toWmsText(at.status)), Message::of(at.facility)});
        store::Transaction tx(m_db);
        if (!tx.isActive())
            return storeError(id, tx.error());
        if (entry.value() && entry.value()->state != store::OutboxState::Sent) {
            if (auto st = outbox.markSent(entry.value()->id, ctx.now); !st.ok())
                return storeError(id, st.error());
            auto event = store::LifecycleRepository(m_db).append(LifecycleEvent::about(order.id,
                ctx.now,
                SourceSystem::Deposco,
                QStringLiteral("wms.acknowledged"),
                Message(QT_TRANSLATE_NOOP("Lockstep", "Already at the warehouse as %1 (%2), found before a retry"),
                    {Message::literal(at.number), Message::literal(toWmsText(at.status))})));
            if (!event.ok())
                return storeError(id, event.error());
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
        if (!m_config)
            return refused(id,
                Refusal::NeedsConfiguration,
                Message(QT_TRANSLATE_NOOP("Lockstep",
                            "Order %1 must be decided again (mappings, facility), which needs the engine's "
                            "configuration: give "
                            "--config."),
                    {Message::of(order.number)}),
                record.version);
        // Never queued: decide again with today's mappings. The intake commits on its own.
        engine::OrderIntake intake(m_db, *m_config, m_clock);
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
    auto fresh = ExceptionRepository(m_db).findById(id);
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

    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(id, tx.error());
    if (entry.value() && !decidedAgain) {
        if (auto st = outbox.requeue(entry.value()->id, ctx.now); !st.ok())
            return storeError(id, st.error());
    }
    const Message detail = entry.value()
        ? Message(QT_TRANSLATE_NOOP("Lockstep", "due now under %1"), {Message::of(key)})
        : Message(QT_TRANSLATE_NOOP("Lockstep", "still held: %1"), {stillHeld});
    auto version = write(ctx, before, after, detail);
    if (!version.ok())
        return storeError(id, version.error());
    auto event = store::LifecycleRepository(m_db).append(LifecycleEvent::about(order.id,
        ctx.now,
        SourceSystem::Lockstep,
        QStringLiteral("lockstep.retry"),
        Message(entry.value() ? QT_TRANSLATE_NOOP("Lockstep", "Retry asked by %1 (attempt %2)")
                              : QT_TRANSLATE_NOOP("Lockstep", "Retry asked by %1 (attempt %2): still held"),
            {Message::literal(ctx.actor), Message::number(after.attempts)})));
    if (!event.ok())
        return storeError(id, event.error());
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

ItemOutcome ActionExecutor::settle(const PendingSend& send, const ActionCommand& command)
{
    const qint64 id = send.exceptionId;
    Execution scratch;
    Context ctx{
        command, command.actor.isEmpty() ? currentOsUser() : command.actor, m_clock.nowUtc(), scratch, {}, {}, {}, {}};
    auto entry = store::OutboxRepository(m_db).findByKey(send.entry.idempotencyKey);
    auto record = ExceptionRepository(m_db).findById(id);
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
    if (current.type == ExceptionType::TillReturnNotAtWms
        || SubjectKey::parse(current.subjectKey).storefront() == SourceSystem::Pos)
        return resolveNow(ctx,
            current,
            send.wasAtWarehouse ? Message(
                QT_TRANSLATE_NOOP("Lockstep", "The warehouse already had the customer return: nothing was sent twice."))
                                : Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse has the customer return.")));
    auto wms = store::WmsOrderRepository(m_db).find(current.subjectKey);
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

ItemOutcome ActionExecutor::resolveNow(
    Context& ctx, const ExceptionRecord& record, const Message& message, bool countsAsAttempt)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    ItemOutcome outcome = resolveByAction(ctx, record, message, countsAsAttempt);
    if (outcome.succeeded) {
        if (auto st = tx.commit(); !st.ok())
            return storeError(record.id, st.error());
    }
    return outcome;
}

ItemOutcome ActionExecutor::resolveByAction(
    Context& ctx, const ExceptionRecord& record, const Message& message, bool countsAsAttempt)
{
    if (record.state != ExceptionState::Open)
        return {record.id, true, Refusal::None, message, record.version};
    ExceptionRecord after = record;
    after.state = ExceptionState::Resolved;
    if (countsAsAttempt)
        ++after.attempts;
    auto version = write(ctx, record, after, message);
    if (!version.ok())
        return storeError(record.id, version.error());
    return {record.id, true, Refusal::None, message, version.value()};
}

ItemOutcome ActionExecutor::retryDrift(Context& ctx, const ExceptionRecord& record)
{
    const SubjectKey key = SubjectKey::parse(record.subjectKey);
    const auto storefront = key.kind() == SubjectKey::Kind::Stock ? key.storefront() : std::nullopt;
    const QString sku = record.sku.isEmpty() ? key.sku() : record.sku;
    if (!storefront || sku.isEmpty())
        return refused(record.id,
            Refusal::NotRetryable,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 names no storefront SKU."), {Message::of(record.id)}),
            record.version);
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    // Forgotten, so the push sends it even though the warehouse figure did not change.
    if (auto st = store::WmsOrderRepository(m_db).forgetStockPush(*storefront, sku); !st.ok())
        return storeError(record.id, st.error());
    ExceptionRecord after = record;
    ++after.attempts;
    auto version = write(ctx,
        record,
        after,
        Message(QT_TRANSLATE_NOOP("Lockstep", "stock of %1 to be pushed again"), {Message::of(sku)}));
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    ctx.repush = StockRepush{0, record.id, *storefront, sku};
    return {record.id,
        true,
        Refusal::None,
        Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse figure for %1 goes to %2 again (attempt %3)."),
            {Message::of(sku), Message::of(toString(*storefront)), Message::of(after.attempts)}),
        version.value()};
}

ItemOutcome ActionExecutor::retryConfirmation(Context& ctx, const ExceptionRecord& record)
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
    store::OutboxRepository outbox(m_db);
    auto entry = outbox.findByKey(key);
    if (!entry.ok())
        return storeError(record.id, entry.error());
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());

    // The storefront already holds it (read just now): never a second "shipped".
    const auto live = m_states.constFind(record.id);
    if (live != m_states.cend() && live->storefrontRead && live->storefrontShipped.contains(shipmentId)) {
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
        auto shipment = store::ShipmentRepository(m_db).findByWmsId(shipmentId);
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
        auto queued = engine::fulfilEntry(m_db, *shipment.value(), ctx.now);
        if (!queued.ok())
            return storeError(record.id, queued.error());
        if (auto id = outbox.enqueue(queued.value()); !id.ok())
            return storeError(record.id, id.error());
    } else if (auto st = outbox.requeue(entry.value()->id, ctx.now); !st.ok()) {
        return storeError(record.id, st.error());
    }
    ExceptionRecord after = record;
    ++after.attempts;
    auto version =
        write(ctx, record, after, Message(QT_TRANSLATE_NOOP("Lockstep", "due now under %1"), {Message::of(key)}));
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

ItemOutcome ActionExecutor::retryTotals(Context& ctx, const ExceptionRecord& record)
{
    // Both sides were read again just before (the engine took the storefront's order in and stored the WMS's);
    // compare what is there now.
    const auto loaded = orderFor(m_db, record);
    if (const auto* refusal = std::get_if<ItemOutcome>(&loaded))
        return *refusal;
    const Order order = std::get<Order>(loaded);
    auto wms = store::WmsOrderRepository(m_db).find(record.subjectKey);
    if (!wms.ok())
        return storeError(record.id, wms.error());
    if (!wms.value())
        return refused(record.id,
            Refusal::NotRetryable,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 is not at the warehouse: there are no totals to compare."),
                {Message::of(order.number)}),
            record.version);
    const rules::RuleSettings settings = m_config ? engine::ruleSettings(*m_config) : rules::RuleSettings{};
    const rules::TotalsFacts facts{
        record.subjectKey, order.id, order.number, wms.value()->facility, order.totals, wms.value()->total};
    const auto still = rules::detectTotalsMismatch(facts, settings, ctx.now);
    if (!still)
        return resolveNow(ctx,
            record,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Read again: the storefront's %1 and the warehouse's %2 agree now."),
                {Message::of(order.totals.total.toDecimalString()), Message::of(wms.value()->total.toDecimalString())}),
            true);
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    ExceptionRecord after = record;
    ++after.attempts;
    auto version = write(ctx, record, after, Message(QT_TRANSLATE_NOOP("Lockstep", "read again: still different")));
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    return refused(record.id,
        Refusal::StillFailing,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Read again, still different: %1"), {Message::of(still->reason)}),
        version.value());
}

ItemOutcome ActionExecutor::settleRepush(
    const StockRepush& repush, const Result<qint64>& pushed, const ActionCommand& command)
{
    Execution scratch;
    Context ctx{
        command, command.actor.isEmpty() ? currentOsUser() : command.actor, m_clock.nowUtc(), scratch, {}, {}, {}, {}};
    auto record = ExceptionRepository(m_db).findById(repush.exceptionId);
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

ItemOutcome ActionExecutor::edit(Context& ctx, const ExceptionRecord& record)
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
    auto fresh = ExceptionRepository(m_db).findById(record.id);
    if (!fresh.ok() || !fresh.value())
        return outcome;
    ItemOutcome retried = retry(ctx, *fresh.value());
    retried.message = outcome.message + u' ' + retried.message;
    return retried;
}

ItemOutcome ActionExecutor::mapSku(Context& ctx, const ExceptionRecord& record)
{
    const EditSpec& spec = ctx.command.edit;
    const QString storefrontSku = spec.storefrontSku.isEmpty() ? record.sku : spec.storefrontSku.trimmed();
    const QString wmsSku = spec.wmsSku.trimmed();
    const auto about = orderOf(record);
    if (!about || storefrontSku.isEmpty() || wmsSku.isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP(
                "Lockstep", "A SKU mapping needs the storefront SKU, the WMS item and an exception about an order.")),
            record.version);
    if (auto refusal = unknownItem(m_db, record, wmsSku))
        return *refusal;
    store::CatalogRepository catalog(m_db);
    auto previous = catalog.findSkuMapping(about->first, storefrontSku);
    if (!previous.ok())
        return storeError(record.id, previous.error());

    {
        store::Transaction tx(m_db);
        if (!tx.isActive())
            return storeError(record.id, tx.error());
        if (auto st = catalog.upsertSkuMapping({about->first, storefrontSku, wmsSku, ctx.actor, ctx.now}); !st.ok())
            return storeError(record.id, st.error());
        const auto mapping = [](const QString& sku) { return compactJson({{QStringLiteral("wms_sku"), sku}}); };
        if (auto st = auditEdit(ctx,
                QStringLiteral("sku_map"),
                toString(about->first) + u':' + storefrontSku,
                previous.value() ? mapping(previous.value()->wmsSku) : QString(),
                mapping(wmsSku));
            !st.ok())
            return storeError(record.id, st.error());
        if (auto v = write(ctx,
                record,
                record,
                Message(QT_TRANSLATE_NOOP("Lockstep", "%1 mapped to %2"),
                    {Message::of(storefrontSku), Message::of(wmsSku)}));
            !v.ok())
            return storeError(record.id, v.error());
        if (auto st = tx.commit(); !st.ok())
            return storeError(record.id, st.error());
    }
    const Message mapped(QT_TRANSLATE_NOOP("Lockstep", "%1 now maps to WMS item %2."),
        {Message::of(storefrontSku), Message::of(wmsSku)});
    if (!spec.retryAfter)
        return {record.id, true, Refusal::None, mapped, record.version + 1};

    // Every open mismatch on the same storefront SKU is retried with the new mapping, each with its own outcome.
    store::ExceptionFilter same;
    same.type = ExceptionType::SkuMismatch;
    same.state = ExceptionState::Open;
    same.sku = storefrontSku;
    ExceptionRepository exceptions(m_db);
    QList<qint64> others;
    for (qint64 after = 0;;) {
        auto ids = exceptions.idsMatching(same, after, 1000);
        if (!ids.ok())
            break;
        others += ids.value();
        if (ids->size() < 1000)
            break;
        after = ids->constLast();
    }
    ctx.handled.insert(record.id);
    for (qint64 other : std::as_const(others)) {
        if (ctx.handled.contains(other))
            continue;
        auto r = exceptions.findById(other);
        if (!r.ok() || !r.value())
            continue;
        if (const SubjectKey key = SubjectKey::parse(r.value()->subjectKey);
            !key.isAboutAnOrder() || key.storefront() != about->first)
            continue;
        if (!r.value()->claimedBy.isEmpty() && r.value()->claimedBy != ctx.actor) {
            ctx.push(refused(other,
                Refusal::ClaimedByOther,
                Message(
                    QT_TRANSLATE_NOOP("Lockstep", "Exception %1 has the same SKU but is claimed by %2; left to them."),
                    {Message::of(other), Message::of(r.value()->claimedBy)}),
                r.value()->version));
            continue;
        }
        ItemOutcome o = retry(ctx, *r.value());
        o.say(Message(QT_TRANSLATE_NOOP("Lockstep", "%1 %2"), {mapped, o.text}));
        ctx.push(std::move(o));
    }
    auto fresh = exceptions.findById(record.id);
    if (!fresh.ok() || !fresh.value())
        return {record.id, true, Refusal::None, mapped, 0};
    ItemOutcome own = retry(ctx, *fresh.value());
    own.say(Message(QT_TRANSLATE_NOOP("Lockstep", "%1 %2"), {mapped, own.text}));
    return own;
}

ItemOutcome ActionExecutor::rewriteCreate(Context& ctx, const ExceptionRecord& record)
{
    const EditSpec& spec = ctx.command.edit;
    const auto loaded = orderFor(m_db, record);
    if (const auto* refusal = std::get_if<ItemOutcome>(&loaded))
        return *refusal;
    const Order order = std::get<Order>(loaded);
    store::OutboxRepository outbox(m_db);
    auto entry = outbox.findByKey(engine::createOrderKey(record.subjectKey));
    if (!entry.ok())
        return storeError(record.id, entry.error());
    if (entry.value() && entry.value()->state == store::OutboxState::Sent)
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Order %1 is already at the warehouse; change it there (or cancel it and send it again)."),
                {Message::of(order.number)}),
            record.version);

    const bool facility = spec.kind == EditKind::ChooseFacility;
    if (facility && spec.facility.trimmed().isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Choose a facility.")),
            record.version);
    if (!facility && !entry.value())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Order %1 has no warehouse order waiting to be sent, so there is no line to adjust."),
                {Message::of(order.number)}),
            record.version);

    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    QString before;
    QString after;
    Message described;
    if (facility) {
        store::ActionRepository kept(m_db);
        auto old = kept.facilityOverride(order.id);
        if (!old.ok())
            return storeError(record.id, old.error());
        before = compactJson({{QStringLiteral("facility"), old->isEmpty() ? record.facility : old.value()}});
        after = compactJson({{QStringLiteral("facility"), spec.facility.trimmed()}});
        if (auto st = kept.setFacilityOverride(order.id, spec.facility.trimmed(), ctx.actor, ctx.now); !st.ok())
            return storeError(record.id, st.error());
        described = Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 goes to facility %2."),
            {Message::of(order.number), Message::of(spec.facility.trimmed())});
    }
    if (entry.value()) {
        auto request = engine::decodeCreateRequest(entry.value()->payload);
        if (!request.ok())
            return storeError(record.id, request.error());
        connectors::WmsCreateRequest changed = request.value();
        if (facility) {
            changed.facility = spec.facility.trimmed();
        } else {
            auto line = std::find_if(changed.lines.begin(),
                changed.lines.end(),
                [&](const connectors::WmsCreateRequest::Line& l) { return l.lineNumber == spec.lineNumber; });
            if (line == changed.lines.end() || spec.quantity < 0)
                return refused(record.id,
                    Refusal::EditNotAllowed,
                    Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 has no line %2 to adjust."),
                        {Message::of(order.number), Message::of(spec.lineNumber)}),
                    record.version);
            if (!spec.wmsSku.isEmpty()) {
                if (auto refusal = unknownItem(m_db, record, spec.wmsSku.trimmed()))
                    return *refusal;
            }
            const auto lineJson = [](const connectors::WmsCreateRequest::Line& l) {
                return compactJson({{QStringLiteral("line"), l.lineNumber},
                    {QStringLiteral("sku"), l.sku},
                    {QStringLiteral("quantity"), l.quantity}});
            };
            before = lineJson(*line);
            if (!spec.wmsSku.isEmpty())
                line->sku = spec.wmsSku.trimmed();
            if (spec.quantity > 0)
                line->quantity = spec.quantity;
            after = lineJson(*line);
            described = Message(QT_TRANSLATE_NOOP("Lockstep", "Line %1 of order %2 is now %3 × %4."),
                {Message::of(line->lineNumber),
                    Message::of(order.number),
                    Message::of(line->quantity),
                    Message::of(line->sku)});
        }
        if (auto st = outbox.updatePayload(entry.value()->id, engine::encodeCreateRequest(changed), ctx.now); !st.ok())
            return storeError(record.id, st.error());
    }
    if (auto st = auditEdit(ctx, QStringLiteral("order"), record.subjectKey, before, after); !st.ok())
        return storeError(record.id, st.error());
    auto version = write(ctx, record, record, described);
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    return {record.id, true, Refusal::None, described, version.value()};
}

ItemOutcome ActionExecutor::leaveOutLine(Context& ctx, const ExceptionRecord& record)
{
    const QString sku = ctx.command.edit.storefrontSku.isEmpty() ? record.sku : ctx.command.edit.storefrontSku;
    if (record.type != ExceptionType::SkuMismatch || sku.isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Only an order held by a SKU mismatch can be sent without a line.")),
            record.version);
    const auto loaded = orderFor(m_db, record);
    if (const auto* refusal = std::get_if<ItemOutcome>(&loaded))
        return *refusal;
    const Order order = std::get<Order>(loaded);
    auto entry = store::OutboxRepository(m_db).findByKey(engine::createOrderKey(record.subjectKey));
    if (!entry.ok())
        return storeError(record.id, entry.error());
    if (entry.value())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 is already on its way to the warehouse; change it there."),
                {Message::of(order.number)}),
            record.version);
    store::ActionRepository kept(m_db);
    auto leftOut = kept.linesLeftOut(order.id);
    if (!leftOut.ok())
        return storeError(record.id, leftOut.error());
    // The lines as the warehouse order would carry them, before and after this edit.
    QJsonArray before;
    QJsonArray after;
    int dropped = 0;
    for (const OrderLine& line : order.lines) {
        if (leftOut->contains(line.sku))
            continue;
        const QJsonObject json{{QStringLiteral("sku"), line.sku}, {QStringLiteral("quantity"), line.quantity}};
        before.append(json);
        if (line.sku == sku)
            ++dropped;
        else
            after.append(json);
    }
    if (dropped == 0)
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 has no line with SKU %2."),
                {Message::of(order.number), Message::of(sku)}),
            record.version);
    if (after.isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Order %1 has no other line: without SKU %2 nothing would go to the warehouse. Cancel or "
                        "refund it in "
                        "the storefront instead."),
                {Message::of(order.number), Message::of(sku)}),
            record.version);

    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    if (auto st = kept.leaveOutLine(order.id, sku, ctx.actor, ctx.now); !st.ok())
        return storeError(record.id, st.error());
    const auto lines = [](const QJsonArray& a) { return compactJson({{QStringLiteral("lines"), a}}); };
    if (auto st = auditEdit(ctx, QStringLiteral("order"), record.subjectKey, lines(before), lines(after)); !st.ok())
        return storeError(record.id, st.error());
    const Message described(QT_TRANSLATE_NOOP("Lockstep", "Order %1 goes to the warehouse without its line of SKU %2."),
        {Message::of(order.number), Message::of(sku)});
    auto event = store::LifecycleRepository(m_db).append(LifecycleEvent::about(order.id,
        ctx.now,
        SourceSystem::Lockstep,
        QStringLiteral("lockstep.line_left_out"),
        Message(QT_TRANSLATE_NOOP("Lockstep", "%1 chose to send it without SKU %2"),
            {Message::literal(ctx.actor), Message::literal(sku)})));
    if (!event.ok())
        return storeError(record.id, event.error());
    auto version = write(ctx, record, record, described);
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    return {record.id, true, Refusal::None, described, version.value()};
}

ItemOutcome ActionExecutor::mapCustomField(Context& ctx, const ExceptionRecord& record)
{
    const EditSpec& spec = ctx.command.edit;
    const QString field =
        spec.storefrontField.trimmed().isEmpty() ? record.signature.section(u':', 1) : spec.storefrontField.trimmed();
    const QString wmsField = spec.wmsField.trimmed();
    if (field.isEmpty() || wmsField.isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "A field mapping needs the checkout field and the WMS field.")),
            record.version);
    store::ActionRepository kept(m_db);
    auto mapped = kept.customFieldMappings();
    if (!mapped.ok())
        return storeError(record.id, mapped.error());

    std::optional<Order> order;
    if (const auto about = orderOf(record)) {
        auto o = store::OrderRepository(m_db).findByStorefrontId(about->first, about->second);
        if (!o.ok())
            return storeError(record.id, o.error());
        order = o.value();
    }
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    if (auto st = kept.upsertCustomFieldMapping(field, wmsField, ctx.actor, ctx.now); !st.ok())
        return storeError(record.id, st.error());
    const auto json = [](const QString& value) { return compactJson({{QStringLiteral("wms_field"), value}}); };
    if (auto st = auditEdit(ctx,
            QStringLiteral("custom_field_map"),
            field,
            mapped->contains(field) ? json(mapped->value(field)) : QString(),
            json(wmsField));
        !st.ok())
        return storeError(record.id, st.error());
    mapped->insert(field, wmsField);

    // The order's own create still waiting? It carries the field too. Once every field of the order is mapped,
    // the exception is resolved.
    Message message(QT_TRANSLATE_NOOP("Lockstep", "Checkout field %1 now maps to WMS field %2 for every later order."),
        {Message::of(field), Message::of(wmsField)});
    bool allMapped = true;
    if (order) {
        store::OutboxRepository outbox(m_db);
        auto entry = outbox.findByKey(engine::createOrderKey(record.subjectKey));
        if (!entry.ok())
            return storeError(record.id, entry.error());
        QHash<QString, QString> carried;
        for (const CustomField& f : std::as_const(order->customFields)) {
            const QString target = m_config && m_config->customFieldMap.contains(f.key)
                ? m_config->customFieldMap.value(f.key)
                : mapped->value(f.key);
            if (target.isEmpty())
                allMapped = false;
            else
                carried.insert(target, f.value);
        }
        if (entry.value() && entry.value()->state != store::OutboxState::Sent) {
            auto request = engine::decodeCreateRequest(entry.value()->payload);
            if (!request.ok())
                return storeError(record.id, request.error());
            connectors::WmsCreateRequest changed = request.value();
            changed.customFields.insert(carried);
            if (auto st = outbox.updatePayload(entry.value()->id, engine::encodeCreateRequest(changed), ctx.now);
                !st.ok())
                return storeError(record.id, st.error());
        } else if (entry.value()) {
            message = Message(QT_TRANSLATE_NOOP("Lockstep", "%1 %2"),
                {message,
                    Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 reached the warehouse without it."),
                        {Message::of(order->number)})});
        }
    }
    ExceptionRecord after = record;
    if (allMapped)
        after.state = ExceptionState::Resolved;
    auto version = write(ctx,
        record,
        after,
        Message(QT_TRANSLATE_NOOP("Lockstep", "%1 mapped to %2"), {Message::of(field), Message::of(wmsField)}));
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    return {record.id, true, Refusal::None, message, version.value()};
}

} // namespace lockstep::core::actions
