// SPDX-License-Identifier: GPL-3.0-or-later
// CSV for Excel: RFC 4180 read back by a strict reader, BOM and CRLF, formula injection neutralised
// while negative amounts stay numbers, leading zeros kept.
#include "csv_reader.h"
#include "reports/csv_writer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::reports;
using lockstep::test::readStrictCsv;

namespace {

QByteArray write(const QList<Column>& columns, const QList<QList<Cell>>& rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter w(&buffer);
    if (!w.writeHeader(columns).ok())
        return {};
    for (const auto& r : rows) {
        if (!w.writeRow(r).ok())
            return {};
    }
    if (!w.finish().ok())
        return {};
    return buffer.data();
}

const QList<Column> kColumns{{QStringLiteral("order"), CellKind::Text},
    {QStringLiteral("sku"), CellKind::Text},
    {QStringLiteral("amount"), CellKind::Amount},
    {QStringLiteral("currency"), CellKind::Text},
    {QStringLiteral("units"), CellKind::Integer},
    {QStringLiteral("day"), CellKind::Date},
    {QStringLiteral("at"), CellKind::DateTime},
    {QStringLiteral("note"), CellKind::Text}};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framingIsExcelFriendly()
    {
        const QByteArray bytes = write(kColumns, {});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.contains("\n\n"));
        QCOMPARE(bytes.mid(3), QByteArray("order,sku,amount,currency,units,day,at,note\r\n"));
    }

    void readsBackTheSameRows()
    {
        const QList<QList<Cell>> rows{
            {Cell::ofText(QStringLiteral("WC-1042")),
                Cell::ofText(QStringLiteral("000123")),
                Cell::ofAmount(Money::fromMinor(2935, QStringLiteral("EUR"))),
                Cell::ofText(QStringLiteral("EUR")),
                Cell::ofInteger(3),
                Cell::ofDate(QDate(2026, 11, 23)),
                Cell::ofDateTime(QDateTime(QDate(2026, 11, 23), QTime(9, 5, 7), Qt::UTC)),
                Cell::ofText(QStringLiteral("Gift, \"fragile\"\r\nsecond line"))},
            {Cell::ofText(QStringLiteral("CT-7")),
                Cell::ofText(QStringLiteral("MUG")),
                Cell::ofAmount(Money::fromMinor(-500, QStringLiteral("EUR"))),
                Cell::ofText(QStringLiteral("EUR")),
                Cell::ofInteger(-1),
                Cell::empty(),
                Cell::empty(),
                Cell::ofText(QStringLiteral("Zażółć 日本 ✓"))},
            {Cell::ofText(QStringLiteral("K-1")),
                Cell::ofText(QString()),
                Cell::ofAmount(Money::fromMinor(1250, QStringLiteral("KWD"))),
                Cell::ofText(QStringLiteral("KWD")),
                Cell::ofInteger(0),
                Cell::empty(),
                Cell::empty(),
                Cell::ofText(QStringLiteral(""))},
        };
        const auto parsed = readStrictCsv(write(kColumns, rows));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records.size(), 4);
        QCOMPARE(parsed.records[1],
            (QStringList{QStringLiteral("WC-1042"),
                QStringLiteral("000123"),
                QStringLiteral("29.35"),
                QStringLiteral("EUR"),
                QStringLiteral("3"),
                QStringLiteral("2026-11-23"),
                QStringLiteral("2026-11-23T09:05:07Z"),
                QStringLiteral("Gift, \"fragile\"\r\nsecond line")}));
        QCOMPARE(parsed.records[2][2], QStringLiteral("-5.00")); // negative amount: a number, not neutralised
        QCOMPARE(parsed.records[2][4], QStringLiteral("-1"));
        QCOMPARE(parsed.records[2][7], QStringLiteral("Zażółć 日本 ✓"));
        QCOMPARE(parsed.records[3][2], QStringLiteral("1.250"));
    }

    void neutralisesFormulaInjection_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << "=1+2"
                                << "'=1+2";
        QTest::newRow("dde") << "=cmd|' /C calc'!A0"
                             << "'=cmd|' /C calc'!A0";
        QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\",\"y\")"
                                   << "'=HYPERLINK(\"http://x\",\"y\")";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("minus text") << "-2+3"
                                    << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("cr") << "\r=1"
                            << "'\r=1";
        QTest::newRow("harmless") << "TSHIRT-M"
                                  << "TSHIRT-M";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
    }

    void neutralisesFormulaInjection()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto parsed = readStrictCsv(write({{QStringLiteral("name"), CellKind::Text}}, {{Cell::ofText(input)}}));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records[1][0], expected);
    }

    void headersAreNeutralisedToo()
    {
        const auto parsed = readStrictCsv(write({{QStringLiteral("=evil"), CellKind::Text}}, {}));
        QCOMPARE(parsed.records[0][0], QStringLiteral("'=evil"));
    }

    void largeFilesGoOutInPiecesWithTheChecksumOfWhatWasWritten()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer);
        QVERIFY(w.writeHeader(kColumns).ok());
        const QList<Cell> row{Cell::ofText(QStringLiteral("WC-1042")),
            Cell::ofText(QStringLiteral("=SKU")),
            Cell::ofAmount(Money::fromMinor(-2935, QStringLiteral("EUR"))),
            Cell::ofText(QStringLiteral("EUR")),
            Cell::ofInteger(3),
            Cell::ofDate(QDate(2026, 11, 23)),
            Cell::ofDateTime(QDateTime(QDate(2026, 11, 23), QTime(9, 5, 7), Qt::UTC)),
            Cell::ofText(QStringLiteral("Gift, \"fragile\""))};
        constexpr int kRows = 40000; // about 3 MiB: several buffers' worth
        for (int i = 0; i < kRows; ++i) {
            QVERIFY(w.writeRow(row).ok());
            if (i == kRows / 2)
                QVERIFY(buffer.size() > 0); // the first megabytes are on the device already
        }
        const qint64 writtenBeforeFinish = buffer.size();
        QVERIFY(w.finish().ok());
        const QByteArray bytes = buffer.data();
        QVERIFY(writtenBeforeFinish < bytes.size()); // the rest waited in the buffer for finish()
        QCOMPARE(w.sha256(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const auto parsed = readStrictCsv(bytes);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records.size(), kRows + 1);
        QCOMPARE(parsed.records.last()[1], QStringLiteral("'=SKU"));
        QCOMPARE(parsed.records.last()[2], QStringLiteral("-29.35"));
    }

    void strictReaderCatchesSloppyCsv()
    {
        // The reader itself must fail on what a sloppy writer would produce.
        QVERIFY(!readStrictCsv("a,b\nc,d\n").error.isEmpty());
        QVERIFY(!readStrictCsv("a,b\r\nc\r\n").error.isEmpty());
        QVERIFY(!readStrictCsv("a\"b\r\n").error.isEmpty());
        QVERIFY(!readStrictCsv("\"open\r\n").error.isEmpty());
        QVERIFY(readStrictCsv("\"a\"\"b\",c\r\n").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
