// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export_file.h"
#include "report_sources.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace lockstep::core::reports {

/// The reports people export, by the name the command line and the manifest use.
enum class ReportKind
{
    Discrepancies,
    Reconciliation,
    Exceptions,
    Audit
};
inline constexpr int kReportKindCount = 4;
QString toString(ReportKind kind);
std::optional<ReportKind> reportKindFromString(const QString& text);

/// What a report is asked for: a range of whole UTC days and the filters of its kind.
struct ReportParams
{
    ReportKind kind = ReportKind::Discrepancies;
    QDate from; ///< first day, inclusive (UTC)
    QDate to; ///< last day, inclusive (UTC)
    QList<store::DiscrepancyKind> discrepancyKinds; ///< discrepancies: empty means every kind
    qint64 totalsToleranceMinor = 1; ///< discrepancies: as the totals detector's default
    QString storefront; ///< reconciliation: one storefront, empty for all
    QString exceptionType; ///< exceptions: one type, empty for all
    QString exceptionState; ///< exceptions: one state, empty for all
    QString text; ///< audit: actor, action or subject contains
    QStringList columns; ///< the first sheet's columns by header, in this order; empty: all
    /// Words written in place of the headers (by header name) in every sheet of a file: the console passes its
    /// translated column titles, for people opening the file in a spreadsheet. Empty (the command line): the stable
    /// header names scripts read. Previews always carry the header names.
    QHash<QString, QString> headerTitles;
    /// reconciliation: instead of the days, the orders behind one cell (the range's days, this bucket and,
    /// when set, this currency); the first sheet is then the drill-down
    std::optional<store::ReconciliationBucket> drillBucket;
    QString drillCurrency;

    QDateTime fromUtc() const;
    QDateTime toUtc() const; ///< exclusive: the day after `to`
    /// The filters as the summary sheet and the manifest record them.
    QList<QPair<QString, QString>> describe() const;
};

/// The sheets of one report over one connection, owning their row sources. The first sheet is the report
/// itself (CSV holds it alone); XLSX adds the reconciliation's drill-down ("Orders") and the summary.
/// Thread: the thread of the connection.
class OpenedReport
{
public:
    OpenedReport(store::Database& db, const ReportParams& params);
    QList<ExportSheet> sheets() const;
    RowSource& first() const { return *m_sheets.front().second; }

private:
    std::vector<std::pair<QString, std::unique_ptr<RowSource>>> m_sheets;
    std::unique_ptr<RowSource> m_unselected; // the first sheet's full source when columns are chosen
    std::vector<std::unique_ptr<RowSource>> m_untitled; // each sheet's source when header titles are given
};

/// The headers of a report kind's first sheet, in their default order.
QList<Column> reportColumns(ReportKind kind);

/// Writes the report to `outputPath` (atomically, with its manifest): see writeExport.
/// Thread: a background thread with its own read-only connection `db`.
Result<ExportOutcome> exportReport(store::Database& db,
    const ReportParams& params,
    const QString& outputPath,
    ExportFormat format,
    const std::atomic<bool>* cancel = nullptr,
    const ExportProgress& progress = {},
    const QDateTime& generatedAt = QDateTime::currentDateTimeUtc());

/// The first `limit` rows of the report's first sheet, for a preview.
struct ReportPreview
{
    QList<Column> columns;
    QList<QList<Cell>> rows;
    bool more = false; ///< the report holds more rows than these
};
Result<ReportPreview> previewReport(store::Database& db, const ReportParams& params, int limit = 100);

/// Every row of the daily reconciliation in the range, for a chart (a few rows per day).
Result<QList<store::ReconciliationRow>> reconciliationDays(store::Database& db, const ReportParams& params);

} // namespace lockstep::core::reports
