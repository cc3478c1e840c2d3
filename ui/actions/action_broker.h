// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace lockstep::ui {

/// Carries people's action commands to the engine and its answers back to whoever asked. post() gives each
/// command a request id and emits commandPosted(), which the application connects to the engine's
/// executeAction() (a queued call: the engine runs on its own thread); the engine's actionProgress() and
/// actionFinished() come back to takeProgress()/takeResult(), which call the asker's callbacks by request id.
/// Answers for other request ids (another window, the command line) are ignored. Thread: UI.
class ActionBroker : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(int done, int total)>;
    using Done = std::function<void(const core::actions::ActionResult& result)>;

    explicit ActionBroker(QObject* parent = nullptr);

    /// True when an engine listens (something is connected to commandPosted()).
    bool hasExecutor() const;
    /// Sends `command` with a fresh request id and returns that id. `progress` and `done` run on the UI thread
    /// with `context` (dropped if it is gone by then).
    qint64 post(core::actions::ActionCommand command, QObject* context, Progress progress, Done done);
    /// Requests sent and not yet answered.
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

public Q_SLOTS:
    void takeProgress(qint64 requestId, int done, int total);
    void takeResult(const lockstep::core::actions::ActionResult& result);

Q_SIGNALS:
    void commandPosted(const lockstep::core::actions::ActionCommand& command);
    /// A request was answered (after its callback ran).
    void resultTaken(qint64 requestId);

private:
    struct Pending
    {
        QPointer<QObject> context;
        Progress progress;
        Done done;
    };

    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
};

} // namespace lockstep::ui
