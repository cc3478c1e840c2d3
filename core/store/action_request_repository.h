// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace lockstep::core::store {

/// A retry or probe a person asked for at a console where the engine does not run. Those need the engine's
/// connectors, so the console leaves the command here, and the engine that holds the store takes it (once), runs it as
/// its own action, and writes its progress and result back for the console that asked. The command and the result
/// are JSON (actions/action_json.h); the store does not read them.
struct ActionRequest
{
    enum class State
    {
        Queued, ///< waiting for the engine
        Running, ///< taken by the engine of `epoch`
        Done, ///< `result` holds the outcome
        Interrupted, ///< the engine that took it stopped before it finished; it is never run again
        Withdrawn, ///< the console took it back before any engine took it (none held the store)
    };

    qint64 id = 0;
    QString kind; ///< "retry", "probe": for people reading the table
    QString command; ///< JSON
    QString requestedBy; ///< the person
    QString requestedFrom; ///< the program and computer, "lockstep on desk-3"
    QDateTime requestedAt; ///< UTC
    State state = State::Queued;
    qint64 epoch = 0; ///< the engine epoch that took it (0 while queued)
    QDateTime takenAt; ///< UTC; invalid while queued
    int progressDone = 0;
    int progressTotal = 0;
    QString result; ///< JSON, once done
    QDateTime finishedAt; ///< UTC; invalid until done, interrupted or withdrawn
};

QString toString(ActionRequest::State state);

/// The queue of requested actions (schema 19). Consoles add and read; the engine that holds the store takes.
/// Thread: the thread of its Database.
class ActionRequestRepository
{
public:
    explicit ActionRequestRepository(Database& db)
        : m_db(db)
    {}

    /// Queues `request` (its command, who asked, from where and when); returns its id.
    Result<qint64> add(const ActionRequest& request);
    Result<std::optional<ActionRequest>> find(qint64 id);
    /// Whether any request waits (a cheap look before take()).
    Result<bool> anyQueued();
    /// Takes the oldest queued request for the engine of `epoch`: it is then running, and no other taker gets it
    /// (on a server, concurrent takers skip the row another has locked). Call inside the engine's transaction, so
    /// its lease fences the take. None when nothing waits.
    Result<std::optional<ActionRequest>> take(qint64 epoch, const QDateTime& now);
    /// How far the running request has got.
    Status setProgress(qint64 id, int done, int total);
    /// The outcome: the request is done.
    Status finish(qint64 id, const QString& result, const QDateTime& now);
    /// The console takes its request back while it still waits (no engine holds the store). False when an engine
    /// has taken it meanwhile.
    Result<bool> withdraw(qint64 id, const QDateTime& now);
    /// Requests taken by an engine other than `epoch` and not finished (it stopped, or lost its lease): interrupted,
    /// with `result` (JSON, the message for the person). They are never run again: what the engine did before it
    /// stopped is in the store, and a send it began is looked up at the warehouse before any other. Returns how many.
    Result<int> interruptOthers(qint64 epoch, const QString& result, const QDateTime& now);

private:
    Database& m_db;
};

} // namespace lockstep::core::store
