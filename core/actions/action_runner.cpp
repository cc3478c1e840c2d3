// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_runner.h"

#include "action_executor.h"
#include "engine/outbox_dispatcher.h"

namespace lockstep::core::actions {

ActionRunner::ActionRunner(engine::EngineContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

void ActionRunner::run(const ActionCommand& command, std::function<void(ActionResult, engine::CycleSummary)> done)
{
    ActionExecutor executor(m_context.db, m_context.clock, &m_context.config);
    const qint64 requestId = command.requestId;
    Execution execution =
        executor.execute(command, [this, requestId](int n, int total) { Q_EMIT progress(requestId, n, total); });
    if (execution.sends.isEmpty() || !m_context.wms)
        return done(execution.result, {});
    QList<store::OutboxEntry> entries;
    for (const PendingSend& send : std::as_const(execution.sends))
        entries.append(send.entry);
    auto* dispatcher = new engine::OutboxDispatcher(m_context, this);
    dispatcher->send(entries, [this, dispatcher, execution, command, done](engine::CycleSummary summary) {
        dispatcher->deleteLater();
        ActionExecutor settler(m_context.db, m_context.clock, &m_context.config);
        ActionResult result = execution.result;
        for (const PendingSend& send : execution.sends)
            result.items[send.item] = settler.settle(send, command);
        done(result, summary);
    });
}

} // namespace lockstep::core::actions
