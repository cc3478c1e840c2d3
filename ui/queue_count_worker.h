// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/exception_repository.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace lockstep::ui {

/// What a queue's views and cause list show beside their names: the counts of "Mine" and "Unassigned" and the
/// causes, each with its count, under the queue's filter.
struct QueueSummary
{
    core::store::AssigneeCounts assignees;
    QList<core::store::CauseGroup> causes;
};

/// Counts the rows matching a queue's filter on a read-only connection of its own. A count walks an
/// index over the whole queue (a fraction of a second at a million rows), so it runs here and not on
/// the UI thread; so do the summary's counts. Requests carry a generation; a request already overtaken by a
/// newer one is skipped.
/// Thread: a worker thread owned by QueueTableModel; the connection is opened and used there only.
class QueueCountWorker : public QObject
{
    Q_OBJECT

public:
    /// `latest` and `latestSummary`: the generations of the newest count and summary asked for.
    QueueCountWorker(QString databasePath,
        std::shared_ptr<std::atomic<quint64>> latest,
        std::shared_ptr<std::atomic<quint64>> latestSummary);

public Q_SLOTS:
    void count(quint64 generation, const lockstep::core::store::ExceptionFilter& filter);
    /// The summary of `filter`: the views' counts ignore its assignee, the causes' its cause; "Mine" is `person`'s.
    void summarize(quint64 generation, const lockstep::core::store::ExceptionFilter& filter, const QString& person);

Q_SIGNALS:
    void counted(quint64 generation, qint64 total);
    void countFailed(quint64 generation, const QString& message);
    void summarized(quint64 generation, const lockstep::ui::QueueSummary& summary);

private:
    /// The worker's connection, opened on first use; null (with `countFailed`) when it cannot be.
    core::store::Database* database(quint64 generation);

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<quint64>> m_latestSummary;
    std::unique_ptr<core::store::Database> m_db;
};

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::core::store::ExceptionFilter)
Q_DECLARE_METATYPE(lockstep::ui::QueueSummary)
