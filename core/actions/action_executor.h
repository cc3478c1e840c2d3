// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action_command.h"
#include "domain/clock.h"
#include "domain/system.h"
#include "store/outbox_repository.h"
#include "store/sqlite.h"

#include <QHash>

#include <functional>

namespace lockstep::core::engine {
struct Config;
}

namespace lockstep::core::actions {

/// A retry made an outbox entry due now. The engine sends it at once (ActionRunner); the command line leaves
/// it to the engine's next run.
struct PendingSend
{
    qsizetype item = 0; ///< index into ActionResult::items
    qint64 exceptionId = 0;
    store::OutboxEntry entry; ///< as requeued
    bool wasAtWarehouse = false; ///< Lockstep already knew the order at the WMS before the retry
};

/// A retry of inventory drift: the warehouse figure for `sku` is pushed to `storefront` again. The engine pushes
/// it at once (ActionRunner); without the engine the next stock job does (what was pushed is forgotten).
struct StockRepush
{
    qsizetype item = 0; ///< index into ActionResult::items
    qint64 exceptionId = 0;
    SourceSystem storefront = SourceSystem::WooCommerce;
    QString sku;
};

/// What execute() did: the per-item outcomes, the sends it made due and the stock to push again.
struct Execution
{
    ActionResult result;
    QList<PendingSend> sends;
    QList<StockRepush> repushes;
};

/// Executes action commands against the store: checks (version, claim, state, note), changes, edits and
/// their audit rows, one transaction per exception. No network: a retry requeues the outbox entry under
/// its idempotency key (or decides the order again), and the caller sends it. Thread: the thread of `db`,
/// which must be the writer (the engine's, or the command line's when no engine runs).
class ActionExecutor
{
public:
    using Progress = std::function<void(int done, int total)>;

    /// `config` may be null (the command line without --config): exceptions whose order must be decided
    /// again (no outbox entry yet) are then refused with NeedsConfiguration.
    ActionExecutor(store::Database& db, const Clock& clock, const engine::Config* config);

    Execution execute(const ActionCommand& command, const Progress& progress = {});

    /// The exceptions a command is about: its targets, or every id its filter matches now (read once).
    Result<QList<ExceptionTarget>> targetsOf(const ActionCommand& command);
    /// What the engine read live at both systems just before a retry, by exception id: the retry decides from
    /// it (the storefront already holds "shipped"?) and every outcome carries it.
    void setCurrentStates(QHash<qint64, CurrentState> states) { m_states = std::move(states); }

    /// After the engine sent a retry's entry: the outcome as the warehouse now has it (already there,
    /// created, cancelled, shipped, still refused), and the exception resolved when its cause cleared.
    ItemOutcome settle(const PendingSend& send, const ActionCommand& command);
    /// After the engine pushed (or failed to push) a drift retry's stock: resolved when the storefront took it.
    ItemOutcome settleRepush(const StockRepush& repush, const Result<qint64>& pushed, const ActionCommand& command);

private:
    struct Context;
    ItemOutcome one(Context& ctx, const ExceptionTarget& target);
    ItemOutcome retry(Context& ctx, const ExceptionRecord& record);
    ItemOutcome retryDrift(Context& ctx, const ExceptionRecord& record);
    ItemOutcome retryConfirmation(Context& ctx, const ExceptionRecord& record);
    ItemOutcome retryTotals(Context& ctx, const ExceptionRecord& record);
    /// Marks `record` resolved by the person's action, audited with `message` as the detail.
    ItemOutcome resolveByAction(
        Context& ctx, const ExceptionRecord& record, const Message& message, bool countsAsAttempt = false);
    /// The same in a transaction of its own.
    ItemOutcome resolveNow(
        Context& ctx, const ExceptionRecord& record, const Message& message, bool countsAsAttempt = false);
    /// Adds the command's note to the thread of `record`, audited, and to its order's timeline when it has one.
    ItemOutcome comment(Context& ctx, const ExceptionRecord& record);
    /// A cancellation past cutoff: keeps that a person asked the warehouse to pull the order; it stays open.
    ItemOutcome requestIntercept(Context& ctx, const ExceptionRecord& record);
    ItemOutcome edit(Context& ctx, const ExceptionRecord& record);
    ItemOutcome mapSku(Context& ctx, const ExceptionRecord& record);
    ItemOutcome rewriteCreate(Context& ctx, const ExceptionRecord& record);
    /// A SKU mismatch's order goes without the line the warehouse does not stock: kept for the intake, audited
    /// with the lines before and after.
    ItemOutcome leaveOutLine(Context& ctx, const ExceptionRecord& record);
    ItemOutcome mapCustomField(Context& ctx, const ExceptionRecord& record);
    /// Writes `after` if `before` is still current, with its audit row, in the caller's transaction.
    Result<qint64> write(
        Context& ctx, const ExceptionRecord& before, const ExceptionRecord& after, const QString& detail = {});
    /// The same, the audit row's detail kept in English as the audit log keeps every detail.
    Result<qint64> write(
        Context& ctx, const ExceptionRecord& before, const ExceptionRecord& after, const Message& detail)
    {
        return write(ctx, before, after, detail.english());
    }
    Status auditEdit(Context& ctx,
        const QString& subjectType,
        const QString& subjectId,
        const QString& before,
        const QString& after);
    Message staleMessage(const ExceptionRecord& current, qint64 expectedVersion);

    store::Database& m_db;
    const Clock& m_clock;
    const engine::Config* m_config = nullptr;
    QHash<qint64, CurrentState> m_states;
};

} // namespace lockstep::core::actions
