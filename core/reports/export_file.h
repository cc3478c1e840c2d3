// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_table.h"

#include <QList>
#include <QPair>

#include <atomic>
#include <functional>

namespace lockstep::core::reports {

enum class ExportFormat
{
    Csv,
    Xlsx
};

/// One sheet of an export. CSV files hold the first sheet only; XLSX holds every sheet plus a summary.
struct ExportSheet
{
    QString name;
    RowSource* source = nullptr;
};

/// What to write and how to describe it.
struct ExportRequest
{
    QString outputPath;
    ExportFormat format = ExportFormat::Csv;
    QString report; ///< e.g. "discrepancies"
    QList<QPair<QString, QString>> filters; ///< what the rows were selected by, for the summary
    QList<ExportSheet> sheets;
    QDateTime generatedAt; ///< UTC
};

struct ExportOutcome
{
    qint64 rows = 0; ///< data rows over all sheets
    QList<QPair<QString, qint64>> rowsPerSheet;
    QByteArray sha256; ///< hex, of the finished file
    QString manifestPath; ///< <output>.manifest.json
};

/// Called every few thousand rows with the rows written so far.
using ExportProgress = std::function<void(qint64 rows)>;

/// Writes the export to a temporary name beside the target and renames it into place only when it is
/// complete, so a cancelled or failed export leaves no file behind (and an older file of the same name
/// stays intact). Then writes a manifest beside it: report, filters, time, row counts and the checksum.
/// `cancel` is polled between rows. Thread: a background thread; never the UI thread.
Result<ExportOutcome> writeExport(
    const ExportRequest& request, const std::atomic<bool>* cancel = nullptr, const ExportProgress& progress = {});

} // namespace lockstep::core::reports
