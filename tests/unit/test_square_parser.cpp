// SPDX-License-Identifier: GPL-3.0-or-later
// Square's answers (Orders search, Catalog list, Inventory counts, errors) as the specification shapes them, and
// hostile ones: sales and returns as signed lines with their location, SKUs through the variation map, money exact,
// decimal-string quantities in whole units, problems reported by reference, never a crash.
#include "connectors/pos/square_parser.h"
#include "parser_test_support.h"
#include "square_fixtures.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::connectors;
using namespace lockstep::core::connectors::pos;
using lockstep::test::hasProblem;

class TestSquareParser : public QObject
{
    Q_OBJECT

private:
    static SkuByVariation skus() { return {{QStringLiteral("W62UWFY35CWMYGVWK6TWJDNI"), QStringLiteral("LS-1001")}}; }

private Q_SLOTS:
    void parsesSalesAndReturns()
    {
        const ParsedOrders parsed = parseSearchOrders(QByteArray(kSquareOrders), skus());
        QCOMPARE(parsed.cursor, QStringLiteral("c2Vjb25kLXBhZ2U="));
        QCOMPARE(parsed.lastUpdatedAt, lockstep::test::utc("2026-01-05T10:04:00.500Z"));
        QCOMPARE(
            parsed.orders.size(), 3); // sale, return, the line of an unknown variation; OPEN skipped, bad one reported

        const Order& sale = parsed.orders[0];
        LOCKSTEP_COMPARE_ENUM(sale.storefront, SourceSystem::Pos);
        QCOMPARE(sale.storefrontId, QStringLiteral("CAISEM82RcpmcFBM0TfOyiHV3es"));
        QCOMPARE(sale.channel, QStringLiteral("L8H3ZB1Y5V1XW"));
        QCOMPARE(sale.status, QStringLiteral("COMPLETED"));
        LOCKSTEP_COMPARE_ENUM(sale.paymentState, PaymentState::Paid);
        QCOMPARE(sale.createdAt, lockstep::test::utc("2026-01-05T09:12:03Z"));
        QCOMPARE(sale.modifiedAt, lockstep::test::utc("2026-01-05T09:14:03Z"));
        QCOMPARE(sale.paidAt, sale.modifiedAt);
        QCOMPARE(sale.currency, QStringLiteral("EUR"));
        QCOMPARE(sale.lines.size(), 1);
        QCOMPARE(sale.lines[0].sku, QStringLiteral("LS-1001"));
        QCOMPARE(sale.lines[0].storefrontLineId, QStringLiteral("li-1"));
        QCOMPARE(sale.lines[0].quantity, 2);
        QCOMPARE(sale.lines[0].unitPrice.minorUnits(), 1250);
        QCOMPARE(sale.lines[0].tax.minorUnits(), 475);
        QCOMPARE(sale.lines[0].total.minorUnits(), 2500);
        QCOMPARE(sale.totals.total.minorUnits(), 2975);
        QCOMPARE(sale.totals.tax.minorUnits(), 475);
        QVERIFY(sale.customFields.isEmpty());

        const Order& ret = parsed.orders[1];
        LOCKSTEP_COMPARE_ENUM(ret.paymentState, PaymentState::Refunded);
        QVERIFY(!ret.paidAt.isValid());
        QCOMPARE(ret.lines.size(), 1);
        QCOMPARE(ret.lines[0].quantity, -1);
        QCOMPARE(ret.lines[0].sku, QStringLiteral("LS-1001"));
        QCOMPARE(ret.lines[0].total.minorUnits(), -1250);
        QCOMPARE(ret.totals.total.minorUnits(), -1250);
        QCOMPARE(ret.customFields,
            (QList<CustomField>{{QStringLiteral("source_order_id"), QStringLiteral("CAISEM82RcpmcFBM0TfOyiHV3es")}}));

        // A variation the map lacks: kept with no SKU, and named so the connector can read the catalog again.
        QCOMPARE(parsed.orders[2].lines[0].sku, QString());
        QCOMPARE(parsed.unknownVariations, QStringList{QStringLiteral("NEWVARIATIONNOTINTHEMAP0")});
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("BADQTY"), QStringLiteral("quantity")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("BADQTY"), QStringLiteral("base_price_money")));
        QVERIFY(!hasProblem(parsed.problems, QStringLiteral("OPEN"), QStringLiteral("quantity")));
    }

    void retrievesOneOrder()
    {
        const ParsedOrders none = parseRetrieveOrder(QByteArray("{}"), skus());
        QVERIFY(none.orders.isEmpty() && !none.problems.isEmpty());
        const QByteArray body = QByteArray(
            R"({"order": {"id": "A", "location_id": "L", "state": "COMPLETED", "updated_at": "2026-01-05T10:00:00Z",
            "line_items": [{"quantity": "1", "catalog_object_id": "W62UWFY35CWMYGVWK6TWJDNI", "base_price_money": {"amount": 5, "currency": "EUR"}}]}})");
        const ParsedOrders one = parseRetrieveOrder(body, skus());
        QCOMPARE(one.orders.size(), 1);
        QCOMPARE(one.orders[0].totals.total.minorUnits(), 5);
    }

    void readsTheCatalogsVariations()
    {
        const ParsedCatalog c = parseCatalogList(QByteArray(kSquareCatalog));
        QCOMPARE(c.cursor, QStringLiteral("next"));
        QCOMPARE(c.variations.size(), 2);
        QCOMPARE(c.variations[0],
            (CatalogVariation{QStringLiteral("W62UWFY35CWMYGVWK6TWJDNI"),
                QStringLiteral("ITEM1"),
                QStringLiteral("LS-1001"),
                QStringLiteral("Regular")}));
        QCOMPARE(c.variations[1].sku, QStringLiteral("LS-1002"));
        QVERIFY(c.problems.isEmpty());
        QVERIFY(parseCatalogList(QByteArray("{}")).variations.isEmpty()); // Square leaves an empty list out
    }

    void readsCountsAsWholeUnits()
    {
        const ParsedCounts c = parseInventoryCounts(QByteArray(kSquareCounts));
        QCOMPARE(c.counts.size(), 2);
        QCOMPARE(c.counts[0],
            (InventoryCountRow{QStringLiteral("W62UWFY35CWMYGVWK6TWJDNI"),
                QStringLiteral("L8H3ZB1Y5V1XW"),
                QStringLiteral("IN_STOCK"),
                53}));
        QCOMPARE(c.counts[1].state, QStringLiteral("WASTE"));
        QCOMPARE(c.counts[1].quantity, 2);
        QVERIFY(hasProblem(c.problems, QStringLiteral("AII7LR5NYOHZGV4MSKA4AGRF"), QStringLiteral("quantity")));
        QCOMPARE(wholeQuantity(QStringLiteral("-3")), std::optional<qint64>(-3));
        QCOMPARE(wholeQuantity(QStringLiteral("7.00000")), std::optional<qint64>(7));
        QCOMPARE(wholeQuantity(QStringLiteral("7.000000")), std::nullopt);
        QCOMPARE(wholeQuantity(QStringLiteral("1e3")), std::nullopt);
        QCOMPARE(wholeQuantity(QString()), std::nullopt);
    }

    void describesSquareErrors()
    {
        QCOMPARE(describeErrors(QByteArray(kSquareError)),
            QStringLiteral("UNAUTHORIZED: This request could not be authorized."));
        QCOMPARE(describeErrors(QByteArray("<html>")), QString());
    }

    void hostileBodiesAreReportedNeverThrown()
    {
        const QByteArray bodies[] = {QByteArray(),
            QByteArray("<html><title>Bad Gateway</title></html>"),
            QByteArray(kSquareOrders).left(300),
            QByteArray(R"({"orders": {"id": 1}})"),
            QByteArray(R"({"orders": [7, null, {"id": 5}]})"),
            QByteArray(
                R"({"orders": [{"id": "A", "location_id": "L", "updated_at": "x", "line_items": [{"quantity": "99999999999999", "base_price_money": {"amount": 9223372036854775807, "currency": "EUR"}}]}]})"),
            QByteArray("\xff\xfe{\"orders\": []}")};
        for (const QByteArray& b : bodies) {
            const ParsedOrders o = parseSearchOrders(b, skus());
            QVERIFY(o.orders.isEmpty());
            (void)parseCatalogList(b);
            (void)parseInventoryCounts(b);
            (void)describeErrors(b);
        }
        QVERIFY(!parseSearchOrders(QByteArray("<html><title>Bad Gateway</title></html>"), skus()).problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSquareParser)
#include "test_square_parser.moc"
