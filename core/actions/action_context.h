// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action_executor.h"
#include "domain/order.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lockstep::core::actions {

/// What the units of one command share: the store and clock they act with, the command, who acts and when, and
/// the outcomes gathered so far. Built by ActionExecutor for each execute() (and each settle), passed to every unit.
struct ActionContext
{
    ActionContext(store::Database& db,
        const Clock& clock,
        const engine::Config* config,
        const QHash<qint64, CurrentState>& states,
        const ActionCommand& command,
        Execution& execution);

    store::Database& db;
    const Clock& clock;
    const engine::Config* config; ///< null on the command line without --config
    const QHash<qint64, CurrentState>& states; ///< what the engine read live at both systems, by exception id
    const ActionCommand& command;
    QString actor;
    QDateTime now;
    Execution& execution;
    QSet<qint64> handled; ///< exceptions already given an outcome (an edit applies to others with the same cause)
    QHash<qint64, QString> orderRefs; ///< the order number of each exception read, for the outcomes' labels
    QHash<qint64, ExceptionType> queues; ///< the queue of each exception read
    std::optional<PendingSend> send; ///< set by a retry, collected by push()
    std::optional<StockRepush> repush; ///< set by a drift retry, collected by push()

    /// Who the audit row names: the actor, and the role they acted in when the command says ("j.moreno (finance)").
    /// Claims keep the bare actor, so a person's claim stays theirs whatever role they work in.
    QString auditActor() const;
    /// Keeps `outcome` as the next item of the result, with the send or push its unit asked for.
    void push(ItemOutcome outcome);
};

QString compactJson(const QJsonObject& o);
ItemOutcome refused(qint64 id, Refusal why, const Message& message, qint64 version = 0);
ItemOutcome storeError(qint64 id, const Error& e);
/// Commits the action's transaction and says `message`, or the database's refusal.
ItemOutcome commitAndSay(store::Transaction& tx, qint64 id, const Message& message, qint64 version);
/// The storefront and its order id when the exception is about one order or one of its shipments.
std::optional<std::pair<SourceSystem, QString>> orderOf(const ExceptionRecord& r);
/// The order an exception is about, or the refusal saying why there is none.
std::variant<Order, ItemOutcome> orderFor(store::Database& db, const ExceptionRecord& r);
/// The refusal when `sku` is not in the WMS item master, or none when it is.
std::optional<ItemOutcome> unknownItem(store::Database& db, const ExceptionRecord& r, const QString& sku);

/// Writes `after` if `before` is still current, with its audit row, in the caller's transaction.
Result<qint64> writeException(
    ActionContext& ctx, const ExceptionRecord& before, const ExceptionRecord& after, const QString& detail = {});
/// The same, the audit row's detail kept in English as the audit log keeps every detail.
Result<qint64> writeException(
    ActionContext& ctx, const ExceptionRecord& before, const ExceptionRecord& after, const Message& detail);
/// The audit row of an edit to something other than the exception (a mapping, an order's create).
Status auditEdit(ActionContext& ctx,
    const QString& subjectType,
    const QString& subjectId,
    const QString& before,
    const QString& after);
/// Adds an event to the order's timeline (`kind`, e.g. "lockstep.comment"), at the action's time.
Status noteOnOrder(ActionContext& ctx,
    qint64 orderId,
    const QString& kind,
    const Message& detail,
    SourceSystem source = SourceSystem::Lockstep);
/// The end of an edit that leaves the exception as it is: its audit row with `described`, the commit, the outcome.
ItemOutcome finishEdit(
    ActionContext& ctx, store::Transaction& tx, const ExceptionRecord& record, const Message& described);
/// Marks `record` resolved by the person's action, audited with `message` as the detail, in the caller's
/// transaction.
ItemOutcome resolveByAction(
    ActionContext& ctx, const ExceptionRecord& record, const Message& message, bool countsAsAttempt = false);
/// The same in a transaction of its own.
ItemOutcome resolveNow(
    ActionContext& ctx, const ExceptionRecord& record, const Message& message, bool countsAsAttempt = false);

} // namespace lockstep::core::actions
