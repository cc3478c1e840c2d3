// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>

namespace lockstep::core::store {

/// What other programs change in a store, told as it happens, for a console showing what an engine or another desk
/// did. It works on a thread and a connection of its own, so a slow server never holds its owner.
/// - PostgreSQL: the feed LISTENs to the notifications the schema's triggers send at each commit (schema version
///   18): "exceptions:<queue>" for each queue a transaction touched, and "orders", "audit_log",
///   "exception_comments", "engine_claim" for the other tables a console shows. Nothing is polled. When its
///   connection is lost (the server restarted, an administrator ended the session, the network went), the feed
///   connects again every second; once it listens again it says resumed(), because what changed meanwhile is
///   unknown.
/// - SQLite: the feed reads the file's data version twice a second and, while polling is on, says changed({"*"})
///   when another connection committed since the last time it told. A console whose own engine tells it what
///   changed turns polling off; turned on again, a commit made meanwhile is told at the next read.
/// Notifications that arrive within kGather are delivered together, each text once: a busy engine makes a window
/// re-read at most five times a second.
/// Thread: created and used on one thread (the UI's); its signals arrive there.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kChannel = "lockstep_changes";
    /// The topic that means "anything may have changed" (SQLite's data version moved).
    static constexpr const char* kAnything = "*";
    static constexpr std::chrono::milliseconds kGather{200};
    static constexpr std::chrono::milliseconds kRetry{1000};
    static constexpr std::chrono::milliseconds kPollPeriod{500};
    /// The session name a feed's connection has on a server (pg_stat_activity.application_name).
    static constexpr const char* kApplicationName = "Lockstep change feed";

    explicit ChangeFeed(const QString& location, QObject* parent = nullptr);
    ~ChangeFeed() override;

    /// SQLite: whether changes to the data version are told (on by default). Ignored on a server, which tells all.
    void setPolling(bool on);
    bool isPolling() const { return m_polling->load(); }
    /// True once the feed has listened (PostgreSQL) or read the data version (SQLite) at least once.
    bool hasStarted() const { return m_started; }

Q_SIGNALS:
    /// Topics changed by other connections' commits since the last delivery.
    void changed(const QStringList& topics);
    /// The feed listens for the first time: from now on nothing committed goes untold.
    void started();
    /// The feed's connection was lost and it listens again: read everything, what changed meanwhile is unknown.
    void resumed();
    /// Its connection was lost (`problem` in English, no password); it keeps trying.
    void interrupted(const QString& problem);

private:
    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives on m_thread and owns the connection
    std::shared_ptr<std::atomic_bool> m_polling;
    bool m_started = false;
};

} // namespace lockstep::core::store
