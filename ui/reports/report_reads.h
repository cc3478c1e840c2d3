// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "reports/report_catalog.h"

#include <QList>
#include <QString>

namespace lockstep::ui {

/// What the export finished with, for the page.
struct ExportDone
{
    QString path;
    qint64 rows = 0;
    QString manifestPath;
};

/// A report's preview: its first rows, and the daily reconciliation of the range for the chart (empty for a
/// drill-down, which keeps the chart it came from).
struct PreviewRead
{
    core::reports::ReportPreview preview;
    QList<core::store::ReconciliationRow> days;
};

/// Reads a preview of at most `limit` rows. ReportsPage runs this on its BackgroundReader, off the UI thread.
core::Result<PreviewRead> readPreview(core::store::Database& db, const core::reports::ReportParams& params, int limit);

} // namespace lockstep::ui
