// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"
#include "config/config.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>

namespace lockstep::ui {

/// Runs people's actions in a console where no engine runs (another program holds the store's engine, or this
/// console has no configuration), so every desk can act: acknowledge, assign, claim, reopen, comment, edit and retry
/// run against the store on a thread of its own, through a writing connection of its own, with the same checks,
/// versions and audit rows as in the engine (ActionExecutor, as the command line runs them). A retry puts the
/// order's send back in the outbox; the engine that holds the store sends it, once, after looking it up at the
/// warehouse first. A probe reads both systems live and needs an engine: it is refused, saying so.
/// Thread: created on the UI thread, where its signals arrive; the commands run on its own thread, one at a time.
class DeskExecutor : public QObject
{
    Q_OBJECT

public:
    explicit DeskExecutor(QString databasePath, QObject* parent = nullptr);
    ~DeskExecutor() override;

    /// The engine configuration the commands decide orders by (a retry of an order never sent); none refuses those.
    void setConfig(std::optional<core::engine::Config> config);

public Q_SLOTS:
    void execute(const lockstep::core::actions::ActionCommand& command);

Q_SIGNALS:
    void actionProgress(qint64 requestId, int done, int total);
    void actionFinished(const lockstep::core::actions::ActionResult& result);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<const core::engine::Config> m_config;
    QThread m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread; commands are posted to it
};

} // namespace lockstep::ui
