// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"
#include "domain/clock.h"
#include "store/database.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace lockstep::core::engine {

/// The engine's side of the actions consoles leave in the store (store::ActionRequest): a retry or probe asked at a
/// desk where the engine does not run. It looks for one twice a second, takes the oldest (once: the take is fenced by
/// the engine's lease, and a second taker skips it), runs it as the engine's own action (`Run`: the outbox's lane,
/// the live look at both systems, the send, the settle), and writes its progress and result back for the console.
/// At start, requests an earlier engine took and never finished are marked interrupted: never run again blind.
/// A result the store refused (a full disk, the server away) is kept and written again at each look until it lands,
/// before anything new is taken: the desk that asked gets its answer, and the action is never run twice for it.
/// Thread: the engine's; `db` is its writer.
class RequestedActions : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(int done, int total)>;
    using Finished = std::function<void(const actions::ActionResult& result)>;
    using Run = std::function<void(const actions::ActionCommand& command, Progress progress, Finished finished)>;

    RequestedActions(store::Database& db, const Clock& clock, qint64 epoch, Run run, QObject* parent = nullptr);

    /// Marks what an earlier engine left running as interrupted, then looks every `every`.
    void start(std::chrono::milliseconds every = std::chrono::milliseconds(500));
    void stop();
    /// Results run but not yet written back (the store refused them); written again at the next look.
    int unwrittenResults() const { return static_cast<int>(m_unwritten.size()); }

private:
    struct Unwritten
    {
        qint64 id = 0;
        QString result; ///< as JSON
    };

    /// Writes back what the store refused before, then takes and runs the oldest waiting request, if no other runs.
    void takeNext();
    void finish(qint64 id, const actions::ActionResult& result);
    /// Writes `result` back; false when the store refused it for now (kept to try again), true when written or when
    /// the request is no longer this engine's to answer (another engine marked it interrupted).
    bool writeBack(qint64 id, const QString& result);

    store::Database& m_db;
    const Clock& m_clock;
    qint64 m_epoch = 0;
    Run m_run;
    QTimer m_look;
    bool m_running = false; ///< one request at a time
    QList<Unwritten> m_unwritten;
};

} // namespace lockstep::core::engine
