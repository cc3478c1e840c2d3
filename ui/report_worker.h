// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/report_catalog.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace lockstep::ui {

/// What the export finished with, for the page.
struct ExportDone
{
    QString path;
    qint64 rows = 0;
    QString manifestPath;
};

/// Reads reports off the UI thread: the preview (first rows and the daily series for the chart) and the
/// export to a file, on a read-only connection of its own opened on first use. A preview overtaken by a newer
/// request is skipped (generation); an export stops between rows once its cancel flag is set, leaving no file.
/// Thread: a worker thread owned by ReportsPage; the connection is opened and used there only.
class ReportWorker : public QObject
{
    Q_OBJECT

public:
    ReportWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latestPreview);
    ~ReportWorker() override;

public Q_SLOTS:
    void preview(quint64 generation, const lockstep::core::reports::ReportParams& params, int limit);
    void exportTo(const lockstep::core::reports::ReportParams& params,
        const QString& path,
        lockstep::core::reports::ExportFormat format,
        const std::shared_ptr<std::atomic<bool>>& cancel);

Q_SIGNALS:
    void previewRead(quint64 generation,
        const lockstep::core::reports::ReportPreview& preview,
        const QList<lockstep::core::store::ReconciliationRow>& days);
    void previewFailed(quint64 generation, const QString& message);
    void exportProgressed(qint64 rows);
    void exportFinished(const lockstep::ui::ExportDone& done);
    void exportFailed(const QString& message, bool cancelled);

private:
    core::store::Database* database(QString& error);

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<core::store::Database> m_db;
};

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::core::store::ReconciliationRow)
Q_DECLARE_METATYPE(lockstep::core::reports::ReportParams)
Q_DECLARE_METATYPE(lockstep::core::reports::ReportPreview)
Q_DECLARE_METATYPE(lockstep::core::reports::ExportFormat)
Q_DECLARE_METATYPE(lockstep::ui::ExportDone)
Q_DECLARE_METATYPE(std::shared_ptr<std::atomic<bool>>)
