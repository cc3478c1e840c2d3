// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard_snapshot.h"

#include "store/dashboard_repository.h"

#include <QThread>

namespace lockstep::ui {

namespace {

/// The value into `out`, or the error's text into `error`.
template <typename T> void take(core::Result<T> result, T& out, QString& error)
{
    if (result.ok())
        out = std::move(result).value();
    else
        error = result.error().toString();
}

} // namespace

DashboardSnapshot readDashboard(core::store::Database& db, const DashboardRequest& request)
{
    DashboardSnapshot snapshot;
    snapshot.request = request;
    snapshot.readBy = QThread::currentThreadId();
    core::store::DashboardRepository repository(db);
    take(repository.throughput(request.buckets), snapshot.throughput, snapshot.throughputError);
    take(repository.unresolvedByType(), snapshot.exceptions, snapshot.exceptionsError);
    take(repository.syncLag(request.now), snapshot.lags, snapshot.lagsError);
    take(repository.oldestOpenByType(request.now), snapshot.oldest, snapshot.oldestError);
    return snapshot;
}

} // namespace lockstep::ui
