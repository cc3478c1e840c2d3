// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/retry_after.h"
#include "support.h"

#include <QTest>

using namespace std::chrono_literals;
using lockstep::core::net::formatHttpDate;
using lockstep::core::net::parseHttpDate;
using lockstep::core::net::parseRetryAfter;
using lockstep::test::utc;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesHttpDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("imf-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << "1994-11-06T08:49:37Z";
        QTest::newRow("imf-fixdate padded") << QByteArray("  Fri, 14 Mar 2025 15:40:02 GMT ") << "2025-03-14T15:40:02Z";
        QTest::newRow("rfc 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << "1994-11-06T08:49:37Z";
        QTest::newRow("rfc 850 this century") << QByteArray("Friday, 14-Mar-25 15:40:02 GMT") << "2025-03-14T15:40:02Z";
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << "1994-11-06T08:49:37Z";
        QTest::newRow("asctime two-digit day") << QByteArray("Fri Mar 14 15:40:02 2025") << "2025-03-14T15:40:02Z";
        QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 00:00:00 GMT") << "2024-02-29T00:00:00Z";
    }

    void parsesHttpDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, iso);
        const auto date = parseHttpDate(text);
        QVERIFY(date.has_value());
        QCOMPARE(date->timeSpec(), Qt::UTC);
        QCOMPARE(*date, utc(iso.toLatin1().constData()));
    }

    void formatsTheImfFixdateServersSend()
    {
        // Milliseconds dropped (never a later second), English names whatever the locale, read back exactly.
        QLocale::setDefault(QLocale(QLocale::German));
        const QDateTime t = utc("2026-01-05T07:03:09.987Z");
        QCOMPARE(formatHttpDate(t), QByteArray("Mon, 05 Jan 2026 07:03:09 GMT"));
        QCOMPARE(parseHttpDate(formatHttpDate(t)).value(), utc("2026-01-05T07:03:09Z"));
        QLocale::setDefault(QLocale::c());
    }

    void refusesMalformedDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("soon, please");
        QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37");
        QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST");
        QTest::newRow("unknown month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT");
        QTest::newRow("impossible day") << QByteArray("Mon, 30 Feb 2026 08:49:37 GMT");
        QTest::newRow("bad hour") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT");
        QTest::newRow("iso") << QByteArray("2025-03-14T15:40:02Z");
        QTest::newRow("lowercase month") << QByteArray("Sun, 06 nov 1994 08:49:37 GMT");
    }

    void refusesMalformedDates()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseHttpDate(text).has_value());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<qint64>("expectedMs");
        // now = 2025-03-14T15:40:00Z, maximum 120 s
        QTest::newRow("seconds") << QByteArray("1") << true << qint64(1000);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("seconds padded") << QByteArray(" 30 ") << true << qint64(30'000);
        QTest::newRow("leading zeros") << QByteArray("007") << true << qint64(7000);
        QTest::newRow("seconds beyond max") << QByteArray("3600") << true << qint64(120'000);
        QTest::newRow("huge") << QByteArray("99999999999999999999999999") << true << qint64(120'000);
        QTest::newRow("future date") << QByteArray("Fri, 14 Mar 2025 15:40:02 GMT") << true << qint64(2000);
        QTest::newRow("future rfc 850") << QByteArray("Friday, 14-Mar-25 15:40:05 GMT") << true << qint64(5000);
        QTest::newRow("future asctime") << QByteArray("Fri Mar 14 15:40:10 2025") << true << qint64(10'000);
        QTest::newRow("now") << QByteArray("Fri, 14 Mar 2025 15:40:00 GMT") << true << qint64(0);
        QTest::newRow("past date") << QByteArray("Fri, 14 Mar 2025 15:39:00 GMT") << true << qint64(0);
        QTest::newRow("long past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << true << qint64(0);
        QTest::newRow("far future date") << QByteArray("Sat, 01 Jan 2050 00:00:00 GMT") << true << qint64(120'000);
        QTest::newRow("empty") << QByteArray("") << false << qint64(0);
        QTest::newRow("blank") << QByteArray("   ") << false << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << false << qint64(0);
        QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
        QTest::newRow("unit") << QByteArray("10s") << false << qint64(0);
        QTest::newRow("garbage") << QByteArray("tomorrow") << false << qint64(0);
        QTest::newRow("hex") << QByteArray("0x10") << false << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, parsed);
        QFETCH(qint64, expectedMs);
        const auto delay = parseRetryAfter(value, utc("2025-03-14T15:40:00Z"), 120s);
        QCOMPARE(delay.has_value(), parsed);
        if (parsed)
            QCOMPARE(delay->count(), expectedMs);
    }

    void dateNeedsAValidNow()
    {
        QVERIFY(!parseRetryAfter("Fri, 14 Mar 2025 15:40:02 GMT", QDateTime(), 120s).has_value());
        QCOMPARE(parseRetryAfter("5", QDateTime(), 120s).value().count(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "test_retry_after.moc"
