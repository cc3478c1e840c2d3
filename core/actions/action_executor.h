// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action_command.h"
#include "domain/clock.h"
#include "domain/system.h"
#include "store/database.h"
#include "store/outbox_repository.h"

#include <QHash>

#include <functional>

namespace lockstep::core::engine {
struct Config;
}

namespace lockstep::core::actions {

struct ActionContext;

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

/// Executes action commands against the store: checks (version, claim, state, note), then the action's own unit
/// (action_units.h: each retry kind, each edit, the state changes, settle) with its audit rows, one transaction
/// per exception. No network: a retry requeues the outbox entry under
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
    /// The checks every action shares (the exception exists, the version the person saw is current, the claim
    /// allows it), then the unit for the command's kind (action_units.h).
    ItemOutcome one(ActionContext& ctx, const ExceptionTarget& target);
    /// one(), and for a state change refused by the database because another desk changed the exception meanwhile,
    /// one() again, so the refusal says who changed it.
    ItemOutcome oneAgainIfRaced(ActionContext& ctx, const ExceptionTarget& target);
    Message staleMessage(const ExceptionRecord& current, qint64 expectedVersion);

    store::Database& m_db;
    const Clock& m_clock;
    const engine::Config* m_config = nullptr;
    QHash<qint64, CurrentState> m_states;
};

} // namespace lockstep::core::actions
