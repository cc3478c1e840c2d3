// SPDX-License-Identifier: GPL-3.0-or-later
// Export files: typed XLSX (checked in the sheet XML), CSV with a manifest and checksum, and the
// guarantee that a cancelled or failed export leaves no file behind.
#include "csv_reader.h"
#include "export_checks.h"
#include "reports/export_file.h"
#include "support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::reports;
using lockstep::test::filesIn;
using lockstep::test::unzipMember;

namespace {

/// Generates `count` rows; optionally fails at row `failAt`.
class CountingSource final : public RowSource
{
public:
    explicit CountingSource(qint64 count, qint64 failAt = -1)
        : m_count(count)
        , m_failAt(failAt)
    {}
    QList<Column> columns() const override
    {
        return {{QStringLiteral("order"), CellKind::Text}, {QStringLiteral("amount"), CellKind::Amount}};
    }
    Result<bool> next(QList<Cell>& row) override
    {
        if (m_next == m_failAt)
            return makeError(ErrorCode::Database, QStringLiteral("disk I/O error"));
        if (m_next >= m_count)
            return false;
        row = {Cell::ofText(QStringLiteral("WC-%1").arg(m_next)),
            Cell::ofAmount(Money::fromMinor(m_next, QStringLiteral("EUR")))};
        ++m_next;
        return true;
    }

private:
    qint64 m_count;
    qint64 m_failAt;
    qint64 m_next = 0;
};

ListSource sampleSource()
{
    return ListSource({{QStringLiteral("order"), CellKind::Text},
                          {QStringLiteral("sku"), CellKind::Text},
                          {QStringLiteral("difference"), CellKind::Amount},
                          {QStringLiteral("currency"), CellKind::Text},
                          {QStringLiteral("units"), CellKind::Integer},
                          {QStringLiteral("day"), CellKind::Date},
                          {QStringLiteral("note"), CellKind::Text}},
        {{Cell::ofText(QStringLiteral("WC-1042")),
            Cell::ofText(QStringLiteral("000123")),
            Cell::ofAmount(Money::fromMinor(-500, QStringLiteral("EUR"))),
            Cell::ofText(QStringLiteral("EUR")),
            Cell::ofInteger(7),
            Cell::ofDate(QDate(2026, 11, 23)),
            Cell::ofText(QStringLiteral("=cmd|' /C calc'!A0"))}});
}

} // namespace

class TestExportFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvWithManifestAndChecksum()
    {
        QTemporaryDir dir;
        ListSource source = sampleSource();
        ExportRequest r;
        r.outputPath = dir.filePath(QStringLiteral("discrepancies.csv"));
        r.format = ExportFormat::Csv;
        r.report = QStringLiteral("discrepancies");
        r.filters = {{QStringLiteral("from"), QStringLiteral("2026-11-01")},
            {QStringLiteral("to"), QStringLiteral("2026-11-30")}};
        r.sheets = {{QStringLiteral("Discrepancies"), &source}};
        r.generatedAt = lockstep::test::utc("2026-11-23T10:00:00Z");
        auto out = writeExport(r);
        LOCKSTEP_VERIFY_OK(out);
        QCOMPARE(out->rows, 1);

        QFile f(r.outputPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto parsed = lockstep::test::readStrictCsv(bytes);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records[1][1], QStringLiteral("000123"));
        QCOMPARE(parsed.records[1][2], QStringLiteral("-5.00"));
        QCOMPARE(parsed.records[1][6], QStringLiteral("'=cmd|' /C calc'!A0"));

        QFile m(out->manifestPath);
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(m.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("rows")).toInt(), 1);
        QCOMPARE(manifest.value(QStringLiteral("report")).toString(), QStringLiteral("discrepancies"));
        QCOMPARE(manifest.value(QStringLiteral("filters")).toObject().value(QStringLiteral("to")).toString(),
            QStringLiteral("2026-11-30"));
        QCOMPARE(manifest.value(QStringLiteral("sha256")).toString().toLatin1(),
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(filesIn(dir.path()),
            (QStringList{QStringLiteral("discrepancies.csv"), QStringLiteral("discrepancies.csv.manifest.json")}));
    }

    void xlsxKeepsCellTypes()
    {
        QTemporaryDir dir;
        ListSource source = sampleSource();
        ExportRequest r;
        r.outputPath = dir.filePath(QStringLiteral("discrepancies.xlsx"));
        r.format = ExportFormat::Xlsx;
        r.report = QStringLiteral("discrepancies");
        r.sheets = {{QStringLiteral("Discrepancies"), &source}};
        r.generatedAt = QDateTime::currentDateTimeUtc();
        auto out = writeExport(r);
        LOCKSTEP_VERIFY_OK(out);

        const QByteArray workbook = unzipMember(r.outputPath, QStringLiteral("xl/workbook.xml"));
        QVERIFY2(workbook.contains("name=\"Discrepancies\""), workbook.constData());
        QVERIFY(workbook.contains("name=\"Summary\""));

        const QString sheet = QString::fromUtf8(unzipMember(r.outputPath, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(!sheet.isEmpty());
        // Row 2 holds the data: text cells are strings, numbers are bare numbers, the date a styled serial.
        const auto cell = [&](const QString& ref) {
            const qsizetype at = sheet.indexOf(QStringLiteral("<c r=\"%1\"").arg(ref));
            return at < 0 ? QString() : sheet.mid(at, sheet.indexOf(QStringLiteral("</c>"), at) - at);
        };
        QVERIFY2(cell(QStringLiteral("B2")).contains(QLatin1String("t=\"inlineStr\""))
                || cell(QStringLiteral("B2")).contains(QLatin1String("t=\"s\"")),
            qPrintable(cell(QStringLiteral("B2"))));
        QVERIFY(cell(QStringLiteral("B2")).contains(QLatin1String("000123")));
        QVERIFY(!cell(QStringLiteral("C2")).contains(QLatin1String(" t=")));
        QVERIFY(cell(QStringLiteral("C2")).contains(QLatin1String("<v>-5</v>")));
        QVERIFY(cell(QStringLiteral("E2")).contains(QLatin1String("<v>7</v>")));
        QVERIFY(cell(QStringLiteral("F2")).contains(QLatin1String("<v>46349</v>"))); // 2026-11-23 as an Excel serial
        QVERIFY(cell(QStringLiteral("F2")).contains(QLatin1String(" s=\"")));
        // The injection vector is inert text, and nothing anywhere is a formula.
        QVERIFY(cell(QStringLiteral("G2")).contains(QLatin1String("t=\"inlineStr\""))
            || cell(QStringLiteral("G2")).contains(QLatin1String("t=\"s\"")));
        QVERIFY(!sheet.contains(QLatin1String("<f>")));
        const QByteArray styles = unzipMember(r.outputPath, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains("yyyy-mm-dd"));
        QVERIFY(styles.contains("#,##0.00"));
    }

    void cancelledMillionRowExportLeavesNoFile()
    {
        QTemporaryDir dir;
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
            CountingSource source(1000000);
            std::atomic<bool> cancel{false};
            ExportRequest r;
            r.outputPath =
                dir.filePath(format == ExportFormat::Csv ? QStringLiteral("big.csv") : QStringLiteral("big.xlsx"));
            r.format = format;
            r.report = QStringLiteral("exceptions");
            r.sheets = {{QStringLiteral("Exceptions"), &source}};
            qint64 lastProgress = 0;
            auto out = writeExport(r, &cancel, [&](qint64 rows) {
                lastProgress = rows;
                if (rows >= 200000)
                    cancel = true; // the user pressed Cancel part-way
            });
            QVERIFY(!out.ok());
            QVERIFY(out.error().message.contains(QLatin1String("cancelled")));
            QVERIFY(lastProgress >= 200000 && lastProgress < 1000000);
            QVERIFY2(filesIn(dir.path()).isEmpty(), qPrintable(filesIn(dir.path()).join(u',')));
        }
    }

    void failedExportKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("yesterday's report\r\n");
        }
        CountingSource source(100, 10);
        ExportRequest r;
        r.outputPath = path;
        r.sheets = {{QStringLiteral("S"), &source}};
        auto out = writeExport(r);
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.contains(QLatin1String("disk I/O error")));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("yesterday's report\r\n"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("report.csv")});
    }

    void replacesAnExistingFileWhenComplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        for (int n : {5, 3}) {
            CountingSource source(n);
            ExportRequest r;
            r.outputPath = path;
            r.sheets = {{QStringLiteral("S"), &source}};
            LOCKSTEP_VERIFY_OK(writeExport(r));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(lockstep::test::readStrictCsv(f.readAll()).records.size(), 4); // header + 3
    }

    void refusesNothingToExport()
    {
        QTemporaryDir dir;
        ExportRequest r;
        r.outputPath = dir.filePath(QStringLiteral("x.csv"));
        QVERIFY(!writeExport(r).ok());
    }
};

QTEST_GUILESS_MAIN(TestExportFile)
#include "test_export_file.moc"
