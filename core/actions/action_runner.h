// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action_command.h"
#include "action_executor.h"
#include "engine/engine_context.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace lockstep::core::actions {

/// Runs one action command inside the engine. A Retry first reads each exception's order live at both systems
/// (StateProbe) and records what it found, so the store part (ActionExecutor) decides from the present: cancelled
/// at the storefront ⇒ nothing is created, already at the warehouse ⇒ linked, not created, "shipped" already at
/// the storefront ⇒ not sent again. Then the entries it made due go through the outbox dispatcher at once (which
/// still looks the order up at the warehouse before any create), drift retries push the SKU's stock, and each
/// item's outcome is settled and carries the state read. A Probe only reads, changing nothing.
/// Thread: the engine's worker thread.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    explicit ActionRunner(engine::EngineContext& context, QObject* parent = nullptr);

    void run(const ActionCommand& command, std::function<void(ActionResult, engine::CycleSummary)> done);

Q_SIGNALS:
    void progress(qint64 requestId, int done, int total);

private:
    using Done = std::function<void(ActionResult, engine::CycleSummary)>;
    /// Reads (and, for a retry, records) the current state of targets[index…], then calls `then`.
    void probeNext(
        QList<ExceptionTarget> targets, qsizetype index, const ActionCommand& command, std::function<void()> then);
    void execute(const ActionCommand& command, Done done);
    void probeResult(const QList<ExceptionTarget>& targets, const ActionCommand& command, Done done);
    void repushNext(
        Execution execution, qsizetype index, const ActionCommand& command, engine::CycleSummary summary, Done done);

    engine::EngineContext& m_context;
    QHash<qint64, CurrentState> m_states;
    QHash<qint64, ExceptionRecord> m_records;
};

} // namespace lockstep::core::actions
