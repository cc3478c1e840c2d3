// SPDX-License-Identifier: GPL-3.0-or-later
// The finance reports written to files: the CSV read back by a strict RFC 4180 reader holds the same rows as
// the report, hostile text is neutralised while negative amounts stay numbers, the XLSX keeps its cell types
// per sheet, a chosen set of columns is honoured, a cancelled export of a million rows leaves no file, bytes that
// are not UTF-8 read as QString reads them, and the checksum taken while writing is the file's.
#include "csv_reader.h"
#include "export_checks.h"
#include "finance_seed.h"
#include "reports/csv_writer.h"
#include "reports/report_catalog.h"
#include "support.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::reports;
using lockstep::test::filesIn;
using lockstep::test::unzipMember;
using lockstep::test::utc;

namespace {

ReportParams november(ReportKind kind)
{
    ReportParams p;
    p.kind = kind;
    p.from = QDate(2026, 11, 1);
    p.to = QDate(2026, 11, 30);
    return p;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The `<c r="REF" ...>...</c>` element of a sheet's XML.
QString cellXml(const QString& sheet, const QString& ref)
{
    const qsizetype at = sheet.indexOf(QStringLiteral("<c r=\"%1\"").arg(ref));
    if (at < 0)
        return {};
    const qsizetype selfClosed = sheet.indexOf(QStringLiteral("/>"), at);
    const qsizetype open = sheet.indexOf(u'>', at);
    if (selfClosed >= 0 && selfClosed < open)
        return sheet.mid(at, selfClosed - at + 2);
    return sheet.mid(at, sheet.indexOf(QStringLiteral("</c>"), at) - at);
}

bool isString(const QString& cell)
{
    return cell.contains(QLatin1String("t=\"inlineStr\"")) || cell.contains(QLatin1String("t=\"s\""));
}

bool isNumber(const QString& cell)
{
    return !cell.contains(QLatin1String(" t=")) && cell.contains(QLatin1String("<v>"));
}

QByteArray csvOf(const QList<QList<Cell>>& rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w(&buffer);
    for (const auto& row : rows)
        lockstep::test::must(w.writeRow(row));
    lockstep::test::must(w.finish());
    return bytes;
}

/// What a spreadsheet must see for each cell: the CSV writer's text.
QStringList expectedFields(const QList<Cell>& row)
{
    QStringList out;
    for (const Cell& c : row)
        out.append(c.kind == CellKind::Text ? CsvWriter::neutralise(c.text) : c.plain());
    return out;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvReadsBackAsTheSameRows()
    {
        for (ReportKind kind : {ReportKind::Discrepancies, ReportKind::Reconciliation, ReportKind::Exceptions}) {
            lockstep::test::TempStore store;
            lockstep::test::seedFinance(store.db);
            const ReportParams p = november(kind);
            const QString path = store.dir.filePath(toString(kind) + QStringLiteral(".csv"));
            auto out = exportReport(store.db, p, path, ExportFormat::Csv);
            LOCKSTEP_VERIFY_OK(out);
            auto preview = previewReport(store.db, p, 1000);
            LOCKSTEP_VERIFY_OK(preview);
            QVERIFY(!preview->rows.isEmpty());
            QVERIFY(!preview->more);

            const auto parsed = lockstep::test::readStrictCsv(readFile(path));
            QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
            QCOMPARE(parsed.records.size(), preview->rows.size() + 1);
            QStringList headers;
            for (const Column& c : reportColumns(kind))
                headers.append(c.header);
            QCOMPARE(parsed.records[0], headers);
            for (qsizetype i = 0; i < preview->rows.size(); ++i)
                QCOMPARE(parsed.records[i + 1], expectedFields(preview->rows[i]));
            QCOMPARE(out->rows, qint64(preview->rows.size()));

            const QJsonObject manifest = QJsonDocument::fromJson(readFile(out->manifestPath)).object();
            QCOMPARE(manifest.value(QStringLiteral("report")).toString(), toString(kind));
            QCOMPARE(manifest.value(QStringLiteral("filters")).toObject().value(QStringLiteral("from")).toString(),
                QStringLiteral("2026-11-01"));
        }
    }

    void headerTitlesNameTheColumnsOfTheFileOnly()
    {
        lockstep::test::TempStore store;
        lockstep::test::seedFinance(store.db);
        ReportParams p = november(ReportKind::Reconciliation);
        p.columns = {QStringLiteral("currency"), QStringLiteral("day"), QStringLiteral("sales_count")};
        p.headerTitles = {{QStringLiteral("day"), QStringLiteral("Day")},
            {QStringLiteral("sales_count"), QStringLiteral("Sold (orders)")}};
        const QString path = store.dir.filePath(QStringLiteral("titled.csv"));
        LOCKSTEP_VERIFY_OK(exportReport(store.db, p, path, ExportFormat::Csv));
        const auto parsed = lockstep::test::readStrictCsv(readFile(path));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        // Chosen by name, written in words; a column without words keeps its name.
        QCOMPARE(parsed.records[0],
            (QStringList{QStringLiteral("currency"), QStringLiteral("Day"), QStringLiteral("Sold (orders)")}));
        // The preview (the page translates it itself) and a file without titles keep the names.
        auto preview = previewReport(store.db, p, 10);
        LOCKSTEP_VERIFY_OK(preview);
        QCOMPARE(preview->columns.at(1).header, QStringLiteral("day"));
        p.headerTitles.clear();
        LOCKSTEP_VERIFY_OK(exportReport(store.db, p, path, ExportFormat::Csv));
        QCOMPARE(lockstep::test::readStrictCsv(readFile(path)).records[0],
            (QStringList{QStringLiteral("currency"), QStringLiteral("day"), QStringLiteral("sales_count")}));
    }

    void discrepancyCsvHasTheBreakdownInItsColumns()
    {
        lockstep::test::TempStore store;
        lockstep::test::seedFinance(store.db);
        const QString path = store.dir.filePath(QStringLiteral("d.csv"));
        LOCKSTEP_VERIFY_OK(exportReport(store.db, november(ReportKind::Discrepancies), path, ExportFormat::Csv));
        const auto parsed = lockstep::test::readStrictCsv(readFile(path));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        const QStringList h = parsed.records[0];
        QStringList kinds;
        for (qsizetype i = 1; i < parsed.records.size(); ++i)
            kinds.append(parsed.records[i][h.indexOf(QStringLiteral("kind"))]);
        QCOMPARE(kinds,
            (QStringList{QStringLiteral("totals_mismatch"),
                QStringLiteral("shipped_not_confirmed"),
                QStringLiteral("cancelled_but_shipped"),
                QStringLiteral("refunded_without_return"),
                QStringLiteral("stock_drift")}));
        const QStringList totals = parsed.records[1];
        const auto at = [&](const char* header) { return totals[h.indexOf(QLatin1String(header))]; };
        QCOMPARE(at("order"), QStringLiteral("9001"));
        QCOMPARE(at("currency"), QStringLiteral("USD"));
        QCOMPARE(at("storefront_total"), QStringLiteral("100.00"));
        QCOMPARE(at("wms_total"), QStringLiteral("95.00"));
        QCOMPARE(at("difference"), QStringLiteral("5.00"));
        QCOMPARE(at("shipping"), QStringLiteral("5.00"));
        QCOMPARE(at("tax"), QStringLiteral("8.00"));
        QCOMPARE(at("discount"), QStringLiteral("2.00"));
        QCOMPARE(at("explained_by"), QStringLiteral("shipping"));
        QCOMPARE(at("at"), QStringLiteral("2026-11-02T09:00:00Z"));
    }

    void hostileTextIsNeutralisedAndNegativeAmountsStayNumbers()
    {
        lockstep::test::TempStore store;
        const QDateTime day = utc("2026-11-05T08:00:00Z");
        // Order numbers as a storefront plugin might let a customer shape them; the WMS holds more than the
        // storefront, so the difference is negative.
        const QStringList vectors{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
            QStringLiteral("+1+cmd|' /C calc'!A0"),
            QStringLiteral("-2+3"),
            QStringLiteral("@SUM(A1:A9)"),
            QStringLiteral("\tTAB"),
            QStringLiteral("\rCR"),
            QStringLiteral("000123")};
        for (int i = 0; i < vectors.size(); ++i) {
            lockstep::test::FinanceOrder f{
                vectors[i], 1000 + i, QStringLiteral("USD"), QStringLiteral("completed"), PaymentState::Paid, 1600 + i};
            lockstep::test::addFinanceOrder(store.db, f, day.addSecs(i * 60));
        }
        ReportParams p = november(ReportKind::Discrepancies);
        p.discrepancyKinds = {lockstep::core::store::DiscrepancyKind::TotalsMismatch};
        p.columns = {QStringLiteral("order"), QStringLiteral("difference"), QStringLiteral("currency")};
        const QString path = store.dir.filePath(QStringLiteral("hostile.csv"));
        LOCKSTEP_VERIFY_OK(exportReport(store.db, p, path, ExportFormat::Csv));
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto parsed = lockstep::test::readStrictCsv(bytes);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records[0], p.columns); // the chosen columns, in the chosen order
        QCOMPARE(parsed.records.size(), vectors.size() + 1);
        for (int i = 0; i < vectors.size(); ++i) {
            const QStringList r = parsed.records[i + 1];
            if (i < vectors.size() - 1)
                QCOMPARE(r[0], u'\'' + vectors[i]); // inert text, never a formula
            else
                QCOMPARE(r[0], QStringLiteral("000123")); // leading zeros kept
            QCOMPARE(r[1], QStringLiteral("-6.00")); // a number, not prefixed
            QCOMPARE(r[2], QStringLiteral("USD"));
        }

        // In the workbook the same cells are strings, and the negative difference a number.
        const QString xlsx = store.dir.filePath(QStringLiteral("hostile.xlsx"));
        LOCKSTEP_VERIFY_OK(exportReport(store.db, p, xlsx, ExportFormat::Xlsx));
        const QString sheet = QString::fromUtf8(unzipMember(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(!sheet.isEmpty());
        QVERIFY(!sheet.contains(QLatin1String("<f>")));
        for (int row = 2; row <= vectors.size() + 1; ++row) {
            QVERIFY2(isString(cellXml(sheet, QStringLiteral("A%1").arg(row))),
                qPrintable(cellXml(sheet, QStringLiteral("A%1").arg(row))));
            QVERIFY(isNumber(cellXml(sheet, QStringLiteral("B%1").arg(row))));
            QVERIFY(cellXml(sheet, QStringLiteral("B%1").arg(row)).contains(QLatin1String("<v>-6</v>")));
        }
    }

    void reconciliationWorkbookHasTypedSheets()
    {
        lockstep::test::TempStore store;
        lockstep::test::seedFinance(store.db);
        const QString path = store.dir.filePath(QStringLiteral("reconciliation.xlsx"));
        auto out = exportReport(store.db, november(ReportKind::Reconciliation), path, ExportFormat::Xlsx);
        LOCKSTEP_VERIFY_OK(out);
        QCOMPARE(out->rowsPerSheet.size(), 2);
        QCOMPARE(out->rowsPerSheet[0].second, 3); // days x currencies
        QCOMPARE(out->rowsPerSheet[1].second, 10); // every sold order
        const QByteArray workbook = unzipMember(path, QStringLiteral("xl/workbook.xml"));
        QVERIFY2(workbook.contains("name=\"Reconciliation\"") && workbook.contains("name=\"Orders\"")
                && workbook.contains("name=\"Summary\""),
            workbook.constData());

        const QString days = QString::fromUtf8(unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        // day: a styled date serial (2026-11-02 is 46328); currency: text; counts and values: numbers.
        QVERIFY(isNumber(cellXml(days, QStringLiteral("A2"))));
        QVERIFY(cellXml(days, QStringLiteral("A2")).contains(QLatin1String("<v>46328</v>")));
        QVERIFY(cellXml(days, QStringLiteral("A2")).contains(QLatin1String(" s=\"")));
        QVERIFY(isString(cellXml(days, QStringLiteral("B2"))));
        QVERIFY(cellXml(days, QStringLiteral("C2")).contains(QLatin1String("<v>7</v>")));
        QVERIFY(cellXml(days, QStringLiteral("D2")).contains(QLatin1String("<v>301.85</v>")));
        QVERIFY(isNumber(cellXml(days, QStringLiteral("F2"))));
        // Each data sheet opens with filter buttons on its header, over all of its rows.
        QVERIFY2(days.contains(QLatin1String("<autoFilter ref=\"A1:L4\"/>")), qPrintable(days.left(600)));

        const QString orders = QString::fromUtf8(unzipMember(path, QStringLiteral("xl/worksheets/sheet2.xml")));
        QVERIFY(isString(cellXml(orders, QStringLiteral("E2")))); // order number: text
        QVERIFY(isNumber(cellXml(orders, QStringLiteral("G2")))); // placed_at: a date-time serial
        QVERIFY(isNumber(cellXml(orders, QStringLiteral("J2")))); // total
        QVERIFY(orders.contains(QLatin1String("<autoFilter ref=\"A1:J11\"/>")));
        const QString summary = QString::fromUtf8(unzipMember(path, QStringLiteral("xl/worksheets/sheet3.xml")));
        QVERIFY(!summary.isEmpty());
        const QByteArray strings = unzipMember(path, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(summary.contains(QLatin1String("reconciliation")) || strings.contains("reconciliation"));
    }

    void drillDownExportsTheOrdersBehindACell()
    {
        lockstep::test::TempStore store;
        lockstep::test::seedFinance(store.db);
        ReportParams p = november(ReportKind::Reconciliation);
        p.from = p.to = QDate(2026, 11, 2);
        p.drillBucket = lockstep::core::store::ReconciliationBucket::Shipped;
        p.drillCurrency = QStringLiteral("USD");
        const QString path = store.dir.filePath(QStringLiteral("cell.csv"));
        auto out = exportReport(store.db, p, path, ExportFormat::Csv);
        LOCKSTEP_VERIFY_OK(out);
        const auto parsed = lockstep::test::readStrictCsv(readFile(path));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QStringList headers;
        for (const Column& c : ReconciliationOrdersSource::headers())
            headers.append(c.header);
        QCOMPARE(parsed.records[0], headers);
        QCOMPARE(parsed.records.size(), 7); // the six orders behind 2026-11-02 USD shipped
        qint64 cents = 0;
        for (qsizetype i = 1; i < parsed.records.size(); ++i) {
            QCOMPARE(parsed.records[i][headers.indexOf(QStringLiteral("bucket"))], QStringLiteral("shipped"));
            cents += qRound64(parsed.records[i][headers.indexOf(QStringLiteral("total"))].toDouble() * 100);
        }
        QCOMPARE(cents, 28685); // the cell's shipped_value
        const QJsonObject manifest = QJsonDocument::fromJson(readFile(out->manifestPath)).object();
        QCOMPARE(manifest.value(QStringLiteral("filters")).toObject().value(QStringLiteral("orders_in")).toString(),
            QStringLiteral("shipped"));
    }

    void cancelledMillionRowReportLeavesNoFile()
    {
        lockstep::test::TempStore store;
        lockstep::test::seedAuditRows(store.db, 1000000, 2000);
        const QString out = store.dir.filePath(QStringLiteral("exports"));
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
            std::atomic<bool> cancel{false};
            qint64 last = 0;
            auto r = exportReport(store.db,
                november(ReportKind::Audit),
                out + (format == ExportFormat::Csv ? QStringLiteral("/audit.csv") : QStringLiteral("/audit.xlsx")),
                format,
                &cancel,
                [&](qint64 rows) {
                    last = rows;
                    if (rows >= 100000)
                        cancel = true; // the user pressed Cancel part-way
                });
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(QLatin1String("cancelled")));
            QVERIFY(last >= 100000 && last < 1000000);
            QVERIFY2(filesIn(out).isEmpty(), qPrintable(filesIn(out).join(u',')));
        }
        // The same report to the end: every row, streamed (a figure for the record, not an assertion on time).
        QElapsedTimer timer;
        timer.start();
        auto whole =
            exportReport(store.db, november(ReportKind::Audit), out + QStringLiteral("/audit.csv"), ExportFormat::Csv);
        LOCKSTEP_VERIFY_OK(whole);
        QCOMPARE(whole->rows, 1000000);
        qInfo("audit report, 1,000,000 rows to CSV: %lld ms, %lld bytes",
            timer.elapsed(),
            QFileInfo(out + QStringLiteral("/audit.csv")).size());
    }

    void bytesThatAreNotUtf8AndTheChecksumOfWhatWasWritten()
    {
        // Every kind once, with text the store holds as bytes that are not UTF-8 (written by something else): the
        // CSV reads them as QString does, and the manifest's checksum, taken while writing, is the file's.
        lockstep::test::TempStore store;
        if (store.db.dialect() == lockstep::core::store::Dialect::Postgres)
            QSKIP("PostgreSQL refuses text that is not UTF-8 when it is written; only a SQLite file can hold it");
        lockstep::test::seedFinance(store.db);
        lockstep::test::addFinanceOrder(store.db,
            {QStringLiteral("000123"),
                1000,
                QStringLiteral("USD"),
                QStringLiteral("completed"),
                PaymentState::Paid,
                1637},
            utc("2026-11-07T23:59:59Z"));
        LOCKSTEP_VERIFY_OK(store.db.exec(
            QStringLiteral("UPDATE orders SET status = CAST(x'41ff42c3' AS TEXT) WHERE number = '000123'")));

        const ReportParams p = november(ReportKind::Discrepancies);
        const QString path = store.dir.filePath(QStringLiteral("discrepancies.csv"));
        auto out = exportReport(store.db, p, path, ExportFormat::Csv);
        LOCKSTEP_VERIFY_OK(out);
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(out->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QJsonObject manifest = QJsonDocument::fromJson(readFile(out->manifestPath)).object();
        QCOMPARE(manifest.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(out->sha256));

        const auto parsed = lockstep::test::readStrictCsv(bytes);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records.size() - 1, out->rows);
        DiscrepancySource again(store.db, p.fromUtc(), p.toUtc(), {});
        QList<Cell> row;
        for (qsizetype i = 1; i < parsed.records.size(); ++i) {
            LOCKSTEP_VERIFY_OK(again.next(row));
            QCOMPARE(parsed.records[i], expectedFields(row));
        }
        QVERIFY(bytes.contains("A\xEF\xBF\xBD"
                               "B\xEF\xBF\xBD")); // U+FFFD for each bad sequence
    }

    void csvNumbersAndTimesAsQtWritesThem()
    {
        // The CSV writer formats amounts and times itself; they must read as Money and QDateTime write them.
        QList<QList<Cell>> rows;
        QStringList expected;
        for (const qint64 minor : {qint64(0),
                 qint64(5),
                 qint64(-5),
                 qint64(120000),
                 qint64(-600),
                 qint64(99),
                 std::numeric_limits<qint64>::min(),
                 std::numeric_limits<qint64>::max()}) {
            for (const int decimals : {0, 2, 3}) {
                rows.append({Cell{CellKind::Amount, {}, minor, decimals, {}, {}}});
                expected.append(Money::formatMinor(minor, decimals));
            }
        }
        for (const char* at : {"1970-01-01T00:00:00Z",
                 "1969-12-31T23:59:59Z",
                 "2000-02-29T12:34:56Z",
                 "2026-11-30T23:59:59Z",
                 "2100-03-01T00:00:00Z",
                 "0001-01-01T00:00:00Z",
                 "9999-12-31T23:59:59Z",
                 "1899-07-04T08:09:10Z"}) {
            const QDateTime t = utc(at).addMSecs(999);
            rows.append({Cell::ofDateTime(t)});
            expected.append(t.toUTC().toString(Qt::ISODate));
        }
        rows.append({Cell::ofDateTime(utc("2026-11-02T09:00:00Z").addMSecs(-1))});
        expected.append(QStringLiteral("2026-11-02T08:59:59Z"));
        const auto parsed = lockstep::test::readStrictCsv(csvOf(rows));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(parsed.records[i], QStringList{expected[i]});
    }

    void refusesAnEmptyRange()
    {
        lockstep::test::TempStore store;
        ReportParams p = november(ReportKind::Audit);
        p.from = QDate(2026, 12, 2);
        auto r = exportReport(store.db, p, store.dir.filePath(QStringLiteral("x.csv")), ExportFormat::Csv);
        QVERIFY(!r.ok());
        QVERIFY(!QFile::exists(store.dir.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "test_report_export.moc"
