// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_broker.h"

#include <QDateTime>
#include <QMetaMethod>

namespace lockstep::ui {

ActionBroker::ActionBroker(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<core::actions::ActionCommand>();
    qRegisterMetaType<core::actions::ActionResult>();
    // Ids start from the clock, so two windows (or a restarted one) do not reuse each other's.
    m_nextId = QDateTime::currentMSecsSinceEpoch() * 1000;
}

bool ActionBroker::hasExecutor() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&ActionBroker::commandPosted));
}

qint64 ActionBroker::post(core::actions::ActionCommand command, QObject* context, Progress progress, Done done)
{
    command.requestId = m_nextId++;
    m_pending.insert(command.requestId, {context, std::move(progress), std::move(done)});
    Q_EMIT commandPosted(command);
    return command.requestId;
}

void ActionBroker::takeProgress(qint64 requestId, int done, int total)
{
    const auto it = m_pending.constFind(requestId);
    if (it != m_pending.cend() && it->context && it->progress)
        it->progress(done, total);
}

void ActionBroker::takeResult(const core::actions::ActionResult& result)
{
    const auto it = m_pending.find(result.requestId);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    if (pending.context && pending.done)
        pending.done(result);
    Q_EMIT resultTaken(result.requestId);
}

} // namespace lockstep::ui
