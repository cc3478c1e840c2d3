// SPDX-License-Identifier: GPL-3.0-or-later
// The Deposco parser on answers shaped like the vendor's models: identity from `self`, a record with only a
// top-level id refused, EntityRefs read by business key, back orders from the `isBackOrdered` reason code, nested
// collections cut short, shipments reaching their order through `orderHeaders`, kits from their details, customer
// returns with their receiving facility and lines (all of them or none), and hostile bodies reported, never thrown.
#include "connectors/deposco/deposco_parser.h"
#include "deposco_fixtures.h"
#include "parser_test_support.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::connectors::deposco;
using namespace lockstep::test::deposco;
using lockstep::test::hasProblem;

class TestDeposcoParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void salesOrdersAreKnownBySelf()
    {
        const auto page = parseSalesOrders(kSalesOrders);
        QCOMPARE(page.items.size(), 1); // the record with only a top-level id is not one the API serves
        QCOMPARE(page.problems.size(), 1);
        QCOMPARE(page.problems.constFirst().field, QStringLiteral("self"));
        QVERIFY(!page.complete);
        QCOMPARE(page.next.query(), QStringLiteral("searchId=s1&page=2"));
        const auto& p = page.items.constFirst();
        QCOMPARE(p.order.wmsId, QStringLiteral("5000042"));
        QCOMPARE(p.order.number, QStringLiteral("WC-1001"));
        QCOMPARE(p.order.customerOrderNumber, QStringLiteral("1001"));
        QCOMPARE(p.order.facility, QStringLiteral("DC-EAST"));
        QCOMPARE(p.order.total, Money::fromMinor(2599, QStringLiteral("EUR")));
        QCOMPARE(p.order.status, WmsOrderStatus::BackOrdered);
        QVERIFY(!p.linesComplete); // more lines under /orderLines
        QCOMPARE(p.order.lines.size(), 2);
        QCOMPARE(p.order.lines[0].lineId, QStringLiteral("5000043"));
        QCOMPARE(p.order.lines[0].lineNumber, 1);
        QCOMPARE(p.order.lines[0].sku, QStringLiteral("LS-1001"));
        QCOMPARE(p.order.lines[0].backOrdered, 2); // a reason code, not a flag
        QCOMPARE(p.order.lines[1].backOrdered, 0);
    }

    void shipmentsNameTheirOrderThroughOrderHeaders()
    {
        const auto page = parseShipments(kShipments);
        QVERIFY(page.problems.isEmpty());
        QCOMPARE(page.items.size(), 2);
        const auto& shipped = page.items[0];
        QCOMPARE(shipped.shipment.wmsShipmentId, QStringLiteral("9001"));
        QCOMPARE(shipped.salesOrderId, QStringLiteral("5000042"));
        QVERIFY(shipped.salesOrderNumber.isEmpty()); // the reference has no business key: the connector reads the order
        QVERIFY(shipped.shipment.state == ShipmentState::CarrierCollected);
        QCOMPARE(shipped.shipment.collectedAt, QDateTime(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC));
        const auto& label = page.items[1];
        QCOMPARE(label.salesOrderNumber, QStringLiteral("CT-100007"));
        QVERIFY(label.shipment.state == ShipmentState::LabelCreated);
    }

    void kitsComeFromTheirDetails()
    {
        const auto page = parseKits(kKits);
        QVERIFY(page.problems.isEmpty());
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items[0].kit.sku, QStringLiteral("GIFT-SET"));
        QCOMPARE(page.items[0].kit.components,
            (QList<BundleComponent>{{QStringLiteral("LS-1001"), 2}, {QStringLiteral("MUG-WHT"), 1}}));
        QVERIFY(page.items[0].detailsComplete);
        QCOMPARE(page.items[1].kitHeaderId, QStringLiteral("32"));
        QVERIFY(!page.items[1].detailsComplete); // read from /kitHeaders/32/kitDetails
    }

    void customerReturnsAreKnownBySelfWithTheirFacilityAndLines()
    {
        const auto page = parseCustomerReturns(kCustomerReturns);
        QCOMPARE(page.items.size(), 3);
        QVERIFY(page.complete);
        const auto& r = page.items[0];
        QCOMPARE(r.wmsId, QStringLiteral("5000101"));
        QCOMPARE(r.number, QStringLiteral("POS-RET-7"));
        QCOMPARE(r.customerOrderNumber, QStringLiteral("RET-7"));
        QCOMPARE(r.relatedOrderNumber, QStringLiteral("SALE-3"));
        QCOMPARE(r.origin, QStringLiteral("pos"));
        QCOMPARE(r.facility, QStringLiteral("STORE-1"));
        QCOMPARE(r.status, QStringLiteral("New"));
        QCOMPARE(r.lines.size(), 2);
        QCOMPARE(r.lines[0].lineNumber, 1);
        QCOMPARE(r.lines[0].sku, QStringLiteral("LS-1001"));
        QCOMPARE(r.lines[0].quantity, 2);
        QCOMPARE(r.lines[1].quantity, 1); // 1.0: the model's quantities are integers in float format
        // Cut short: some lines would pass for all of them.
        QCOMPARE(page.items[1].number, QStringLiteral("POS-RET-8"));
        QCOMPARE(page.items[1].facility, QStringLiteral("STORE-2"));
        QVERIFY(page.items[1].lines.isEmpty());
        // Unreadable lines: the return is kept, its lines are not, each bad line is named.
        QCOMPARE(page.items[2].number, QStringLiteral("POS-RET-9"));
        QVERIFY(page.items[2].lines.isEmpty());
        QVERIFY(hasProblem(page.problems, QStringLiteral("POS-RET-9 line 2"), QStringLiteral("item")));
        QVERIFY(hasProblem(page.problems, QStringLiteral("POS-RET-9 line 3"), QStringLiteral("orderPackQuantity")));
        QVERIFY(hasProblem(page.problems, QStringLiteral("POS-RET-9 line 4"), QStringLiteral("orderPackQuantity")));
        QVERIFY(hasProblem(page.problems, QStringLiteral("POS-RET-9 line 5"), QStringLiteral("(record)")));
        // Records the API does not serve: a top-level id only, no number, not an object.
        QVERIFY(hasProblem(page.problems, QStringLiteral("OLD-RET"), QStringLiteral("self")));
        QVERIFY(hasProblem(page.problems, QStringLiteral("5000130"), QStringLiteral("number")));
        QVERIFY(hasProblem(page.problems, QStringLiteral("(no number)"), QStringLiteral("(record)")));
    }

    void oneCustomerReturnIsReadOrRefused()
    {
        const auto r = parseCustomerReturn(kCustomerReturn);
        QVERIFY(r.ok());
        QCOMPARE(r->wmsId, QStringLiteral("5000150"));
        QCOMPARE(r->lines.size(), 1);
        QCOMPARE(r->lines[0].quantity, 3);
        // Wrong types: the id and number read as text (ids arrive as either), the rest reported.
        const auto typed = parseCustomerReturn(kCustomerReturnWrongTypes);
        QVERIFY(typed.ok());
        QCOMPARE(typed->wmsId, QStringLiteral("5000140"));
        QCOMPARE(typed->number, QStringLiteral("5000140"));
        QVERIFY(typed->customerOrderNumber.isEmpty());
        QVERIFY(typed->facility.isEmpty());
        QVERIFY(typed->lines.isEmpty());
        // Missing fields: no self, no number.
        QVERIFY(!parseCustomerReturn(kCustomerReturnWithoutSelf).ok());
        const auto numberless = parseCustomerReturn(kCustomerReturnWithoutNumber);
        QVERIFY(!numberless.ok());
        LOCKSTEP_COMPARE_ENUM(numberless.error().code, ErrorCode::Parse);
        QVERIFY(numberless.error().message.contains(QStringLiteral("number")));
    }

    void hostileCustomerReturnBodiesAreReportedNeverThrown_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << kCustomerReturns.left(kCustomerReturns.size() / 2);
        QTest::newRow("html error page") << QByteArray("<html><title>Bad Gateway</title></html>");
        QTest::newRow("data not a list") << kCustomerReturnsDataNotAList;
        QTest::newRow("a bare number") << QByteArray("42");
        QTest::newRow("lines not a collection") << kCustomerReturnsLinesNotACollection;
        QTest::newRow("huge quantity") << kCustomerReturnsHugeQuantity;
        QTest::newRow("deep nesting") << QByteArray(20000, '[');
    }

    void hostileCustomerReturnBodiesAreReportedNeverThrown()
    {
        QFETCH(QByteArray, body);
        const auto page = parseCustomerReturns(body);
        QVERIFY(!page.problems.isEmpty());
        for (const auto& r : page.items)
            QVERIFY(r.lines.isEmpty());
        const auto one = parseCustomerReturn(body);
        QVERIFY(!one.ok() || one->lines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeposcoParser)
#include "test_deposco_parser.moc"
