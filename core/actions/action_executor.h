// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action_command.h"
#include "domain/clock.h"
#include "store/outbox_repository.h"
#include "store/sqlite.h"

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

/// What execute() did: the per-item outcomes and the sends it made due.
struct Execution
{
    ActionResult result;
    QList<PendingSend> sends;
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

    /// After the engine sent a retry's entry: the outcome as the warehouse now has it (already there,
    /// created, cancelled, shipped, still refused), and the exception resolved when its cause cleared.
    ItemOutcome settle(const PendingSend& send, const ActionCommand& command);

private:
    struct Context;
    ItemOutcome one(Context& ctx, const ExceptionTarget& target);
    ItemOutcome retry(Context& ctx, const ExceptionRecord& record);
    ItemOutcome edit(Context& ctx, const ExceptionRecord& record);
    ItemOutcome mapSku(Context& ctx, const ExceptionRecord& record);
    ItemOutcome rewriteCreate(Context& ctx, const ExceptionRecord& record);
    ItemOutcome mapCustomField(Context& ctx, const ExceptionRecord& record);
    /// Writes `after` if `before` is still current, with its audit row, in the caller's transaction.
    Result<qint64> write(
        Context& ctx, const ExceptionRecord& before, const ExceptionRecord& after, const QString& detail = {});
    Status auditEdit(Context& ctx,
        const QString& subjectType,
        const QString& subjectId,
        const QString& before,
        const QString& after);
    QString staleMessage(const ExceptionRecord& current, qint64 expectedVersion);

    store::Database& m_db;
    const Clock& m_clock;
    const engine::Config* m_config = nullptr;
};

} // namespace lockstep::core::actions
