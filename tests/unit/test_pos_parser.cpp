// SPDX-License-Identifier: GPL-3.0-or-later
// POS feed payloads shaped like the sandbox's answers, and hostile ones: sales and returns as signed lines with their
// store, money exact, problems reported by reference, never a crash.
#include "connectors/pos/pos_parser.h"
#include "pos_fixtures.h"
#include "parser_test_support.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::connectors;
using lockstep::test::fixture;
using lockstep::test::hasProblem;
using namespace lockstep::core::connectors::pos;

class TestPosParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSalesAndReturns()
    {
        const ParsedTransactions parsed = parseTransactions(QByteArray(kPosFeed));
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).toString()));
        QCOMPARE(parsed.count, 3);
        QCOMPARE(parsed.maxVersion, 19);
        QCOMPARE(parsed.orders.size(), 3);

        const Order& sale = parsed.orders[0];
        LOCKSTEP_COMPARE_ENUM(sale.storefront, SourceSystem::Pos);
        QCOMPARE(sale.storefrontId, QStringLiteral("S-01-000017"));
        QCOMPARE(sale.number, QStringLiteral("S-01-000017"));
        QCOMPARE(sale.status, QStringLiteral("sale"));
        LOCKSTEP_COMPARE_ENUM(sale.paymentState, PaymentState::Paid);
        QCOMPARE(sale.channel, QStringLiteral("STORE-01"));
        QCOMPARE(sale.createdAt, lockstep::test::utc("2026-01-05T09:14:03Z"));
        QCOMPARE(sale.paidAt, sale.createdAt);
        QCOMPARE(sale.currency, QStringLiteral("EUR"));
        QCOMPARE(sale.lines.size(), 1);
        QCOMPARE(sale.lines[0].sku, QStringLiteral("LS-1001"));
        QCOMPARE(sale.lines[0].quantity, 2);
        QCOMPARE(sale.lines[0].unitPrice.minorUnits(), 1995);
        QCOMPARE(sale.lines[0].total.minorUnits(), 3990);
        QCOMPARE(sale.totals.total.minorUnits(), 3990);
        QVERIFY(sale.customFields.isEmpty());

        const Order& ret = parsed.orders[1];
        QCOMPARE(ret.status, QStringLiteral("return"));
        LOCKSTEP_COMPARE_ENUM(ret.paymentState, PaymentState::Refunded);
        QCOMPARE(ret.lines[0].quantity, -1);
        QCOMPARE(ret.lines[0].total.minorUnits(), -1995);
        QCOMPARE(ret.totals.total.minorUnits(), -1995);
        QVERIFY(!ret.paidAt.isValid());
        QCOMPARE(ret.customFields, (QList<CustomField>{{QStringLiteral("original_id"), QStringLiteral("S-01-000017")}}));

        const Order& two = parsed.orders[2];
        QCOMPARE(two.channel, QStringLiteral("STORE-02"));
        QCOMPARE(two.lines.size(), 2);
        QCOMPARE(two.totals.total.minorUnits(), 450 + 300);
        QCOMPARE(two.createdAt, lockstep::test::utc("2026-01-05T10:05:00Z"));
    }

    void reportsHostileRecordsByReference()
    {
        const ParsedTransactions parsed = parseTransactions(QByteArray(kPosHostile));
        QCOMPARE(parsed.count, 12);
        QCOMPARE(parsed.maxVersion, 39); // the cursor moves past bad records too: they are reported, not re-read forever
        QCOMPARE(parsed.orders.size(), 1);
        QCOMPARE(parsed.orders[0].storefrontId, QStringLiteral("OK"));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("pos transaction"), QStringLiteral("(record)")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("NOVERSION"), QStringLiteral("version")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("BADTYPE"), QStringLiteral("type")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("NOSTORE"), QStringLiteral("store")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("ORPHAN"), QStringLiteral("original_id")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("SIGN line 1"), QStringLiteral("quantity")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("HUGE line 1"), QStringLiteral("unit_price")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("FLOAT line 1"), QStringLiteral("amount")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("NOPRICE line 1"), QStringLiteral("unit_price")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("BADTIME"), QStringLiteral("occurred_at")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("LINES"), QStringLiteral("lines")));
    }

    void aBlankIdIsRefused()
    {
        // A blank id would be an order nobody can find again; it is reported like a missing one.
        const ParsedTransactions parsed = parseTransactions(QByteArray(kPosBlankId));
        QCOMPARE(parsed.orders.size(), 1);
        QCOMPARE(parsed.orders[0].storefrontId, QStringLiteral("FINE"));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("pos transaction"), QStringLiteral("id")));
    }

    void survivesBrokenBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(kPosTruncated);
        QTest::newRow("data not a list") << QByteArray(kPosDataNotList);
        QTest::newRow("html") << QByteArray("<html>503</html>");
        QTest::newRow("deep nesting") << QByteArray(20000, '{');
    }

    void survivesBrokenBodies()
    {
        QFETCH(QByteArray, body);
        const ParsedTransactions parsed = parseTransactions(body);
        QVERIFY(parsed.orders.isEmpty());
        QVERIFY(!parsed.problems.isEmpty());
        QCOMPARE(parsed.maxVersion, 0);
        QVERIFY(!parseStock(body).problems.isEmpty());
    }

    void anEmptyPageDoesNotMoveTheCursor()
    {
        const ParsedTransactions parsed = parseTransactions(QByteArray(kPosEmpty));
        QCOMPARE(parsed.count, 0);
        QCOMPARE(parsed.maxVersion, 0); // version.max of an empty page says nothing about what was read
    }

    void invalidUtf8CostsOnlyItsCharacters()
    {
        QByteArray body(kPosFeed);
        body.replace("TEA-2", "TEA-\xC3\x28");
        const ParsedTransactions parsed = parseTransactions(body);
        QCOMPARE(parsed.orders.size(), 3);
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("pos transactions"), QStringLiteral("(body)")));
        QVERIFY(parsed.orders[2].lines[1].sku.contains(QChar(0xFFFD)));
    }

    void parsesStoreStock()
    {
        const ParsedStock parsed = parseStock(QByteArray(kPosStock));
        QCOMPARE(parsed.levels.size(), 2);
        QCOMPARE(parsed.levels[0], (StoreStock{QStringLiteral("STORE-01"), QStringLiteral("LS-1001"), 41}));
        QCOMPARE(parsed.levels[1].quantity, -2); // a till can sell what the count says is not there
        QCOMPARE(parsed.problems.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPosParser)
#include "test_pos_parser.moc"
