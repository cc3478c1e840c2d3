// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard_worker.h"

#include "store/store.h"

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

DashboardWorker::DashboardWorker(QString databasePath)
    : m_path(std::move(databasePath))
{}

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::read(const DashboardRequest& request)
{
    DashboardSnapshot snapshot;
    snapshot.request = request;
    snapshot.readBy = QThread::currentThreadId();
    if (!m_db) {
        auto db = core::store::openStore(m_path, core::store::Database::Mode::ReadOnly);
        if (!db.ok()) {
            snapshot.openError = db.error().toString();
            Q_EMIT snapshotRead(snapshot);
            return;
        }
        m_db = std::make_unique<core::store::Database>(std::move(db).value());
    }
    core::store::DashboardRepository repository(*m_db);
    take(repository.throughput(request.buckets), snapshot.throughput, snapshot.throughputError);
    take(repository.unresolvedByType(), snapshot.exceptions, snapshot.exceptionsError);
    take(repository.syncLag(request.now), snapshot.lags, snapshot.lagsError);
    take(repository.oldestOpenByType(request.now), snapshot.oldest, snapshot.oldestError);
    Q_EMIT snapshotRead(snapshot);
}

} // namespace lockstep::ui
