// SPDX-License-Identifier: GPL-3.0-or-later
#include "job_scheduler.h"

#include <QPointer>

#include <limits>

namespace lockstep::core::engine {

JobScheduler::JobScheduler(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<JobRun>();
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobScheduler::schedule);
}

void JobScheduler::add(
    const QString& name, const QString& lane, std::chrono::milliseconds period, Job job, const QString& firstAfter)
{
    Entry e;
    e.name = name;
    e.lane = lane;
    e.period = std::max(period, std::chrono::milliseconds(1));
    e.job = std::move(job);
    e.firstAfter = firstAfter;
    e.last.name = name;
    m_entries.push_back(std::move(e));
}

void JobScheduler::start()
{
    m_started = true;
    m_startedAtMs = m_clock.elapsed();
    for (Entry& e : m_entries)
        e.dueAtMs = m_clock.elapsed();
    schedule();
}

void JobScheduler::stop()
{
    m_started = false;
    m_timer.stop();
}

void JobScheduler::runSoon(const QString& name)
{
    if (Entry* e = find(name)) {
        e->dueAtMs = std::min(e->dueAtMs, m_clock.elapsed());
        QTimer::singleShot(0, this, &JobScheduler::schedule);
    }
}

void JobScheduler::runInLane(const QString& lane, const QString& name, Job job)
{
    m_oneOffs.append({lane, name, std::move(job)});
    QTimer::singleShot(0, this, &JobScheduler::schedule);
}

bool JobScheduler::isRunning(const QString& name) const
{
    const Entry* e = find(name);
    return e && e->running;
}

QList<JobRun> JobScheduler::lastRuns() const
{
    QList<JobRun> runs;
    for (const Entry& e : m_entries)
        runs.append(e.last);
    return runs;
}

JobScheduler::Entry* JobScheduler::find(const QString& name)
{
    for (Entry& e : m_entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

const JobScheduler::Entry* JobScheduler::find(const QString& name) const
{
    return const_cast<JobScheduler*>(this)->find(name);
}

bool JobScheduler::firstRunAllowed(const Entry& entry) const
{
    if (entry.last.runs > 0 || entry.firstAfter.isEmpty())
        return true;
    const Entry* before = find(entry.firstAfter);
    // Waits for it one period at most: a job held up by a connector that hangs must not hold this one too.
    return !before || before->last.runs > 0 || m_clock.elapsed() - m_startedAtMs >= entry.period.count();
}

void JobScheduler::schedule()
{
    // One-off work first, in the order it was queued, each when its lane is free.
    for (qsizetype i = 0; i < m_oneOffs.size();) {
        if (m_busyLanes.contains(m_oneOffs.at(i).lane)) {
            ++i;
            continue;
        }
        launchOneOff(m_oneOffs.takeAt(i));
    }
    if (!m_started)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = std::numeric_limits<qint64>::max();
    // The job that has waited longest first, so that lanes shared by several jobs serve them in turn.
    std::vector<Entry*> due;
    for (Entry& e : m_entries) {
        if (e.running)
            continue;
        if (!firstRunAllowed(e)) {
            nextDue = std::min(nextDue, m_startedAtMs + e.period.count());
            continue;
        }
        if (e.dueAtMs <= now)
            due.push_back(&e);
        else
            nextDue = std::min(nextDue, e.dueAtMs);
    }
    std::stable_sort(due.begin(), due.end(), [](const Entry* a, const Entry* b) { return a->dueAtMs < b->dueAtMs; });
    for (Entry* e : due) {
        if (!m_busyLanes.contains(e->lane))
            launch(*e);
    }
    // Jobs waiting only for a lane are started when that lane frees (a job's end calls schedule()).
    if (nextDue != std::numeric_limits<qint64>::max())
        m_timer.start(int(std::clamp<qint64>(nextDue - now, 0, std::numeric_limits<int>::max())));
}

void JobScheduler::launch(Entry& entry)
{
    entry.running = true;
    entry.last.startedAt = QDateTime::currentDateTimeUtc();
    // Late: started after it was due and after its own last run ended (a run longer than the period is not lateness).
    // A first run that waited for the job it follows waited on purpose.
    const bool waitedOnPurpose = entry.last.runs == 0 && !entry.firstAfter.isEmpty();
    entry.last.lateMs =
        waitedOnPurpose ? 0 : std::max<qint64>(0, m_clock.elapsed() - std::max(entry.dueAtMs, entry.finishedAtMs));
    // Due again one period after this start: a long run is followed at once by the next, never skipped.
    entry.dueAtMs = m_clock.elapsed() + entry.period.count();
    m_busyLanes.insert(entry.lane);
    const QString name = entry.name;
    QPointer<JobScheduler> self(this);
    entry.job([self, name](CycleSummary summary) {
        if (!self)
            return;
        Entry* e = self->find(name);
        if (!e)
            return;
        e->running = false;
        e->finishedAtMs = self->m_clock.elapsed();
        e->last.finishedAt = QDateTime::currentDateTimeUtc();
        e->last.summary = std::move(summary);
        ++e->last.runs;
        self->m_busyLanes.remove(e->lane);
        const JobRun run = e->last;
        Q_EMIT self->jobFinished(run);
        // The next job on a fresh event-loop turn: callback chains never grow the stack.
        QTimer::singleShot(0, self, &JobScheduler::schedule);
    });
}

void JobScheduler::launchOneOff(OneOff work)
{
    m_busyLanes.insert(work.lane);
    JobRun run;
    run.name = work.name;
    run.startedAt = QDateTime::currentDateTimeUtc();
    QPointer<JobScheduler> self(this);
    work.job([self, lane = work.lane, run](CycleSummary summary) mutable {
        if (!self)
            return;
        self->m_busyLanes.remove(lane);
        run.finishedAt = QDateTime::currentDateTimeUtc();
        run.runs = 1;
        run.summary = std::move(summary);
        Q_EMIT self->jobFinished(run);
        QTimer::singleShot(0, self, &JobScheduler::schedule);
    });
}

} // namespace lockstep::core::engine
