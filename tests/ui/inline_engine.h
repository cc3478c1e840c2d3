// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in for the engine thread in tests about what the console does around an action: the window's commands run
// at once on the test's writable store, and the answer comes back on the next event-loop turn, as from the engine.
#pragma once

#include "actions/action_broker.h"
#include "actions/action_executor.h"
#include "domain/clock.h"
#include "store/store.h"

#include <QList>
#include <QObject>

namespace lockstep::test {

/// Connects itself to `broker` for its lifetime; `db` must outlive it. Keeps every command it ran. Nothing is sent to
/// another system (a retry is only queued). Thread: the test's.
class InlineEngine
{
public:
    InlineEngine(ui::ActionBroker* broker, core::store::Database& db)
    {
        QObject::connect(broker,
            &ui::ActionBroker::commandPosted,
            &m_context,
            [this, broker, &db](const core::actions::ActionCommand& command) {
                commands.append(command);
                core::actions::ActionExecutor executor(db, m_clock, nullptr);
                const core::actions::ActionResult result = executor.execute(command).result;
                QMetaObject::invokeMethod(
                    broker, [broker, result] { broker->takeResult(result); }, Qt::QueuedConnection);
            });
    }

    QList<core::actions::ActionCommand> commands;

private:
    core::SystemClock m_clock;
    QObject m_context;
};

} // namespace lockstep::test
