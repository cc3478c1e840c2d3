// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_context.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <vector>

namespace lockstep::core::engine {

/// When one of the engine's jobs last ran, for the status bar, the log and tests.
struct JobRun
{
    QString name; ///< e.g. "orders:woocommerce", "outbox", "warehouse", "stock", "sweep", "action"
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt; ///< UTC
    qint64 runs = 0; ///< how many times it has finished since the engine started
    qint64 lateMs = 0; ///< how long it started after it was due and its last run had ended (its lane was busy)
    CycleSummary summary;
};

/// Runs the engine's jobs on their periods, none starving another.
///
/// Each job is due one period after it last started; a job that is due runs as soon as its lane is free, and one
/// that came due several times while it waited runs once (never a burst of catch-ups). Jobs in different lanes run
/// side by side: each connector has a lane of its own, so a storefront that hangs delays only its own polls, while the
/// others, the warehouse and the sweep go on. Jobs in one lane run one after another (the outbox and a person's
/// actions share a lane: one sender at a time). A job's first run can wait for another job's first run (orders after
/// the item master is known). One-off work (a person's action) queues in a lane with runInLane().
///
/// Thread: the engine's; jobs are called on it and report through JobDone on it.
class JobScheduler : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(JobDone)>;

    explicit JobScheduler(QObject* parent = nullptr);

    /// Adds a periodic job. `firstAfter` names a job whose first run must have finished before this one's first
    /// (waited for one period of this job at most).
    void add(const QString& name,
        const QString& lane,
        std::chrono::milliseconds period,
        Job job,
        const QString& firstAfter = {});
    /// Starts the jobs: each is due now (subject to firstAfter and its lane).
    void start();
    /// No job starts after this; jobs under way finish.
    void stop();
    /// Makes a periodic job due now (a webhook's orders want sending soon). Unknown names are ignored.
    void runSoon(const QString& name);
    /// Queues one-off work in `lane`, after what is queued there; it runs when the lane is free, even when stopped
    /// is not set (a person's action while the jobs are paused is still carried out).
    void runInLane(const QString& lane, const QString& name, Job job);

    bool isRunning(const QString& name) const;
    /// Every periodic job's last run (jobs that have not run yet have an invalid finishedAt).
    QList<JobRun> lastRuns() const;

Q_SIGNALS:
    void jobFinished(const lockstep::core::engine::JobRun& run);

private:
    struct Entry
    {
        QString name;
        QString lane;
        std::chrono::milliseconds period{0};
        Job job;
        QString firstAfter;
        bool running = false;
        qint64 dueAtMs = 0; ///< on m_clock
        qint64 finishedAtMs = 0; ///< on m_clock: when its last run ended
        JobRun last;
    };
    struct OneOff
    {
        QString lane;
        QString name;
        Job job;
    };

    void schedule();
    void launch(Entry& entry);
    void launchOneOff(OneOff work);
    bool firstRunAllowed(const Entry& entry) const;
    Entry* find(const QString& name);
    const Entry* find(const QString& name) const;

    std::vector<Entry> m_entries;
    QList<OneOff> m_oneOffs;
    QSet<QString> m_busyLanes;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_started = false;
    qint64 m_startedAtMs = 0;
};

} // namespace lockstep::core::engine

Q_DECLARE_METATYPE(lockstep::core::engine::JobRun)
