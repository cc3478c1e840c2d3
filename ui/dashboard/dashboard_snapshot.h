// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/dashboard_repository.h"

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

/// Reads every series of the dashboard. The throughput and backlog aggregates grow with the day's orders (hundreds
/// of milliseconds while the engine ingests), so DashboardPage runs this on its BackgroundReader, off the UI thread.
DashboardSnapshot readDashboard(core::store::Database& db, const DashboardRequest& request);

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::ui::DashboardRequest)
Q_DECLARE_METATYPE(lockstep::ui::DashboardSnapshot)
