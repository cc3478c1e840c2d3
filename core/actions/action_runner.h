// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action_command.h"
#include "engine/engine_context.h"

#include <QObject>

#include <functional>

namespace lockstep::core::actions {

/// Runs one action command inside the engine: the store part (ActionExecutor), then, for retries, sends
/// the entries made due through the outbox dispatcher at once (it looks the order up at the warehouse
/// before any create) and settles each item's outcome. Thread: the engine's worker thread.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    explicit ActionRunner(engine::EngineContext& context, QObject* parent = nullptr);

    void run(const ActionCommand& command, std::function<void(ActionResult, engine::CycleSummary)> done);

Q_SIGNALS:
    void progress(qint64 requestId, int done, int total);

private:
    engine::EngineContext& m_context;
};

} // namespace lockstep::core::actions
