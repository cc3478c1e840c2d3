// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"
#include "config/config.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <chrono>
#include <memory>
#include <optional>

namespace lockstep::ui {

/// Runs people's actions in a console where no engine runs (another program holds the store's engine, or this
/// console has no configuration), so every desk can act: acknowledge, assign, claim, reopen, comment and edit run
/// against the store on a thread of its own, through a writing connection of its own, with the same checks, versions
/// and audit rows as in the engine (ActionExecutor, as the command line runs them).
/// A retry or probe needs the engine's connectors (a live look at both systems, the send), and so does an edit that
/// retries what it touched: while an engine holds the store, the command is left in the store for it
/// (store::ActionRequest), and its progress and result come back here as if this console ran it. With no engine holding
/// the store, a retry puts the order's send back in the outbox for the next engine (which looks the order up at the
/// warehouse first), and a probe is refused, saying why. A request that waits while the store's engine goes away is
/// taken back and handled the same way. Thread: created on the UI thread, where its signals arrive; the commands run on
/// its own thread, one at a time.
class DeskExecutor : public QObject
{
    Q_OBJECT

public:
    explicit DeskExecutor(QString databasePath, QObject* parent = nullptr);
    ~DeskExecutor() override;

    /// The engine configuration the commands decide orders by (a retry of an order never sent); none refuses those.
    void setConfig(std::optional<core::engine::Config> config);
    /// How often a request left for the engine is looked at (its progress and result), and how often, while it
    /// waits, whether an engine still holds the store.
    void setRequestPolling(std::chrono::milliseconds look, std::chrono::milliseconds holderCheck);

public Q_SLOTS:
    void execute(const lockstep::core::actions::ActionCommand& command);

Q_SIGNALS:
    void actionProgress(qint64 requestId, int done, int total);
    void actionFinished(const lockstep::core::actions::ActionResult& result);

private:
    struct Shared;
    struct Pending;
    /// On the executor's thread: runs `command` here, against the store.
    void runHere(const std::shared_ptr<Shared>& shared,
        const std::shared_ptr<const core::engine::Config>& config,
        const core::actions::ActionCommand& command);
    /// On the executor's thread: leaves `command` in the store for the engine and follows it.
    void leaveForEngine(const std::shared_ptr<Shared>& shared,
        const std::shared_ptr<const core::engine::Config>& config,
        core::actions::ActionCommand command);
    /// On the executor's thread: looks at every request left for the engine.
    void lookAtRequests(const std::shared_ptr<Shared>& shared);
    void finish(const core::actions::ActionResult& result);
    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<const core::engine::Config> m_config;
    QThread m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread; commands are posted to it
};

} // namespace lockstep::ui
