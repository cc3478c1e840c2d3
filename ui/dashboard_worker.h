// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/dashboard_repository.h"

#include <QObject>

#include <memory>

namespace lockstep::ui {

/// What one dashboard read asks for: "now" and the throughput buckets, worked out on the UI thread (which owns
/// the clock and the chosen span) and passed by value.
struct DashboardRequest
{
    QDateTime now; ///< UTC
    core::store::TimeBuckets buckets;
};

/// Every series of one dashboard read. Each part carries either its rows or the message of the error that
/// stopped it (`...Error` non-empty), so one failed query leaves the other charts readable.
struct DashboardSnapshot
{
    DashboardRequest request;
    QString openError; ///< the store could not be opened; nothing else was read
    core::store::Throughput throughput;
    QString throughputError;
    QList<core::store::ExceptionTypeCount> exceptions;
    QString exceptionsError;
    QList<core::store::CursorLag> lags;
    QString lagsError;
    QList<core::store::OldestException> oldest;
    QString oldestError;
    Qt::HANDLE readBy = nullptr; ///< the thread the queries ran on (QThread::currentThreadId())
};

/// Reads the dashboard's series off the UI thread: the throughput and backlog aggregates grow with the day's
/// orders (hundreds of milliseconds while the engine ingests), so they run here on a read-only connection of
/// its own, opened on first use. DashboardPage keeps at most one read in flight and coalesces the rest.
/// Thread: a worker thread owned by DashboardPage; the connection is opened and used there only.
class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    explicit DashboardWorker(QString databasePath);
    ~DashboardWorker() override;

public Q_SLOTS:
    void read(const lockstep::ui::DashboardRequest& request);

Q_SIGNALS:
    void snapshotRead(const lockstep::ui::DashboardSnapshot& snapshot);

private:
    QString m_path;
    std::unique_ptr<core::store::Database> m_db;
};

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::ui::DashboardRequest)
Q_DECLARE_METATYPE(lockstep::ui::DashboardSnapshot)
