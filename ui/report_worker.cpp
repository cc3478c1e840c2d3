// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_worker.h"

#include "store/store.h"

namespace lockstep::ui {

ReportWorker::ReportWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latestPreview)
    : m_path(std::move(databasePath))
    , m_latest(std::move(latestPreview))
{}

ReportWorker::~ReportWorker() = default;

core::store::Database* ReportWorker::database(QString& error)
{
    if (!m_db) {
        auto db = core::store::openStore(m_path, core::store::Database::Mode::ReadOnly);
        if (!db.ok()) {
            error = db.error().toString();
            return nullptr;
        }
        m_db = std::make_unique<core::store::Database>(std::move(db).value());
    }
    return m_db.get();
}

void ReportWorker::preview(quint64 generation, const core::reports::ReportParams& params, int limit)
{
    if (generation != m_latest->load())
        return; // a newer request is queued behind this one
    QString error;
    core::store::Database* db = database(error);
    if (!db) {
        Q_EMIT previewFailed(generation, error);
        return;
    }
    auto preview = core::reports::previewReport(*db, params, limit);
    if (!preview.ok()) {
        Q_EMIT previewFailed(generation, preview.error().toString());
        return;
    }
    // The chart always shows the reconciliation of the range, whichever report is previewed (a drill-down
    // keeps the chart it came from).
    if (params.drillBucket) {
        Q_EMIT previewRead(generation, preview.value(), {});
        return;
    }
    auto days = core::reports::reconciliationDays(*db, params);
    if (!days.ok()) {
        Q_EMIT previewFailed(generation, days.error().toString());
        return;
    }
    Q_EMIT previewRead(generation, preview.value(), days.value());
}

void ReportWorker::exportTo(const core::reports::ReportParams& params,
    const QString& path,
    core::reports::ExportFormat format,
    const std::shared_ptr<std::atomic<bool>>& cancel)
{
    QString error;
    core::store::Database* db = database(error);
    if (!db) {
        Q_EMIT exportFailed(error, false);
        return;
    }
    auto out = core::reports::exportReport(
        *db, params, path, format, cancel.get(), [this](qint64 rows) { Q_EMIT exportProgressed(rows); });
    if (!out.ok()) {
        Q_EMIT exportFailed(out.error().toString(), cancel->load());
        return;
    }
    Q_EMIT exportFinished({path, out->rows, out->manifestPath});
}

} // namespace lockstep::ui
