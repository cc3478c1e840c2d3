// SPDX-License-Identifier: GPL-3.0-or-later
// Export: N discrepancy rows (default 1,000,000) to CSV through the discrepancy report of core/reports, as the
// Reports page and `lockstep export discrepancies --kind totals_mismatch` write it (exportReport: the
// DiscrepancySource over ReportRepository's totals query, CsvWriter with Excel-safe quoting and formula
// neutralising, a temporary file renamed into place, a manifest with the checksum), beside the sqlite3
// command-line tool writing the same query's rows and columns from the same file with -csv, run in the same run
// with QProcess. Both files' rows are counted and their first rows compared. The report over every kind (four
// more queries, no rows of theirs here) is timed too.
// Thread: main; the store is read through a read-only connection of its own.
#include "bench_support.h"
#include "bulk_seed.h"
#include "export_checks.h"
#include "reports/report_catalog.h"
#include "seed.h"
#include "store/store.h"
#include "support.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace lockstep;
using namespace lockstep::core;
using bench::Figures;

namespace {

// The report's totals query (ReportRepository::discrepancies) with its 26 columns made text as the CSV writes
// them: times as ISO UTC, USD amounts with two decimals, the part that explains the difference as
// rules::explainTotalsDifference decides it, the columns of other kinds empty. ?1/?2 are the range, tolerance 1.
const char* const kCliQuery = R"SQL(
SELECT 'totals_mismatch' AS kind, strftime('%Y-%m-%dT%H:%M:%SZ', o.created_at / 1000, 'unixepoch') AS at,
  o.storefront AS storefront, o.number AS "order", o.storefront_id AS storefront_order_id,
  o.status AS storefront_status, o.payment_state AS payment_state, o.currency AS currency,
  printf('%.2f', o.subtotal_minor / 100.0) AS items, printf('%.2f', o.discount_minor / 100.0) AS discount,
  printf('%.2f', o.shipping_minor / 100.0) AS shipping, printf('%.2f', o.tax_minor / 100.0) AS tax,
  printf('%.2f', o.total_minor / 100.0) AS storefront_total, printf('%.2f', w.total_minor / 100.0) AS wms_total,
  printf('%.2f', (o.total_minor - w.total_minor) / 100.0) AS difference,
  CASE
    WHEN o.total_minor - (o.subtotal_minor - o.discount_minor + o.shipping_minor + o.tax_minor) <> 0
      AND abs(abs(o.total_minor - w.total_minor)
        - abs(o.total_minor - (o.subtotal_minor - o.discount_minor + o.shipping_minor + o.tax_minor))) <= 1
      THEN 'fees'
    WHEN o.shipping_minor <> 0 AND abs(abs(o.total_minor - w.total_minor) - abs(o.shipping_minor)) <= 1
      THEN 'shipping'
    WHEN o.tax_minor <> 0 AND abs(abs(o.total_minor - w.total_minor) - abs(o.tax_minor)) <= 1 THEN 'tax'
    WHEN o.discount_minor <> 0 AND abs(abs(o.total_minor - w.total_minor) - abs(o.discount_minor)) <= 1
      THEN 'discount'
    ELSE 'unexplained' END AS explained_by,
  w.status AS wms_status, w.facility AS facility, NULL AS shipment, NULL AS carrier, NULL AS tracking_number,
  NULL AS state, NULL AS sku, NULL AS units_expected, NULL AS units_observed, NULL AS units_difference
FROM orders o
JOIN wms_orders w ON w.reference = o.storefront || ':' || o.storefront_id
WHERE o.created_at >= %1 AND o.created_at < %2 AND w.total_minor <> 0 AND w.currency = o.currency
  AND abs(o.total_minor - w.total_minor) > 1
ORDER BY o.created_at, o.id
)SQL";

/// Lines of a CSV file without quoted line breaks, and its first data row (after the header and any BOM).
std::pair<qint64, QByteArray> rowsOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    qint64 lines = 0;
    QByteArray firstRow;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(1 << 20);
        if (lines == 1)
            firstRow = line.trimmed();
        ++lines;
    }
    return {lines - 1, firstRow};
}

} // namespace

int main(int argc, char** argv)
{
    bench::quietLogs();
    QCoreApplication app(argc, argv);
    const bench::Options options(argc, argv);
    const bool smoke = options.has("smoke");
    const int rows = int(options.value("rows", smoke ? 5000 : 1000000));
    Figures figures("export");
    figures.set("rows", rows);

    test::TempStore store;
    const QDateTime first = test::utc("2026-11-01T00:00:00Z");
    const double seedMs = bench::timeMs([&] { bench::seedTotalsMismatches(store.db, rows, first); });
    Figures::say(QStringLiteral("seeded %1 orders and their WMS records, each a totals mismatch, in %2 s")
                     .arg(rows)
                     .arg(seedMs / 1000.0, 0, 'f', 1));
    figures.setMs("seed_ms", seedMs);
    bench::releaseSeedingMemory(store.db);

    // Lockstep's export: the discrepancy report, its totals mismatches, over every day the rows span.
    auto read = store::Database::open(store.path, store::Database::Mode::ReadOnly);
    if (!read.ok())
        qFatal("cannot open the store for reading: %s", qPrintable(read.error().toString()));
    reports::ReportParams params;
    params.kind = reports::ReportKind::Discrepancies;
    params.from = first.date();
    params.to = first.addMSecs(qint64(rows) * 1000).date();
    params.discrepancyKinds = {store::DiscrepancyKind::TotalsMismatch};
    const QString path = store.dir.filePath(QStringLiteral("discrepancies.csv"));
    std::optional<reports::ExportOutcome> outcome;
    const double exportMs = bench::timeMs(
        [&] { outcome = test::must(reports::exportReport(read.value(), params, path, reports::ExportFormat::Csv)); });
    const qint64 exportBytes = QFileInfo(path).size();
    Figures::say(QStringLiteral("export: %1 rows, %2 MiB of CSV with its manifest in %3 s (%4 rows/s)")
                     .arg(outcome->rows)
                     .arg(bench::mib(exportBytes), 0, 'f', 1)
                     .arg(exportMs / 1000.0, 0, 'f', 2)
                     .arg(outcome->rows / (exportMs / 1000.0), 0, 'f', 0));
    figures.set("exported_rows", outcome->rows);
    figures.setMs("export_ms", exportMs);
    figures.set("export_bytes", exportBytes);

    // The whole report as the Reports page asks for it by default: every kind, one query each.
    params.discrepancyKinds.clear();
    const QString allPath = store.dir.filePath(QStringLiteral("all-kinds.csv"));
    qint64 allRows = 0;
    const double allMs = bench::timeMs([&] {
        allRows = test::must(reports::exportReport(read.value(), params, allPath, reports::ExportFormat::Csv)).rows;
    });
    Figures::say(QStringLiteral("export of every kind: %1 rows in %2 s").arg(allRows).arg(allMs / 1000.0, 0, 'f', 2));
    figures.setMs("export_all_kinds_ms", allMs);
    QFile::remove(allPath);

    // The baseline: the sqlite3 tool, the same query and columns, the same file.
    const QString cli = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (cli.isEmpty()) {
        Figures::say(QStringLiteral("baseline skipped: the sqlite3 command-line tool is not installed"));
        figures.print();
        return outcome->rows == rows ? 0 : 1;
    }
    const QString sql = QString::fromLatin1(kCliQuery)
                            .arg(params.fromUtc().toMSecsSinceEpoch())
                            .arg(params.toUtc().toMSecsSinceEpoch())
                            .simplified();
    QProcess process;
    const QString cliOut = store.dir.filePath(QStringLiteral("sqlite3.csv"));
    process.setStandardOutputFile(cliOut);
    QElapsedTimer t;
    t.start();
    process.start(
        cli, {QStringLiteral("-readonly"), QStringLiteral("-csv"), QStringLiteral("-header"), store.path, sql});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
    const double cliMs = bench::msSince(t);
    const qint64 cliBytes = QFileInfo(cliOut).size();
    const auto [cliRows, cliFirst] = rowsOf(cliOut);
    const auto [ourRows, ourFirst] = rowsOf(path);
    const double ratio = exportMs / cliMs;
    Figures::say(QStringLiteral("sqlite3 -csv: %1 rows, %2 MiB, in %3 s; the export took %4× as long (target: "
                                "within 1.5×)")
                     .arg(cliRows)
                     .arg(bench::mib(cliBytes), 0, 'f', 1)
                     .arg(cliMs / 1000.0, 0, 'f', 2)
                     .arg(ratio, 0, 'f', 2));
    // sqlite3 quotes fields with spaces where no quotes are needed; the fields themselves must be the same.
    const bool sameFirst = QByteArray(ourFirst).replace('"', "") == QByteArray(cliFirst).replace('"', "");
    Figures::say(sameFirst ? QStringLiteral("  the first rows hold the same fields")
                           : QStringLiteral("  the first rows differ:\n    export:  %1\n    sqlite3: %2")
                                 .arg(QString::fromUtf8(ourFirst), QString::fromUtf8(cliFirst)));
    figures.setMs("sqlite3_ms", cliMs);
    figures.set("sqlite3_rows", cliRows);
    figures.set("sqlite3_bytes", cliBytes);
    figures.set("same_first_row", sameFirst);
    figures.set("ratio", double(qRound64(ratio * 1000)) / 1000.0);
    figures.set("target_ratio", 1.5);
    figures.set("peak_mib", qRound64(bench::mib(bench::peakMemoryBytes())));
    figures.print();
    return outcome->rows == rows && ourRows == rows && cliRows == rows ? 0 : 1;
}
