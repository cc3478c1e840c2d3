// SPDX-License-Identifier: GPL-3.0-or-later
// The Deposco parser on answers shaped like the vendor's models: identity from `self`, a record with only a
// top-level id refused, EntityRefs read by business key, back orders from the `isBackOrdered` reason code, nested
// collections cut short, shipments reaching their order through `orderHeaders`, kits from their details.
#include "connectors/deposco/deposco_parser.h"
#include "deposco_fixtures.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::connectors::deposco;
using namespace lockstep::test::deposco;

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
        QCOMPARE(label.salesOrderNumber, QStringLiteral("CT-CT-7"));
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
};

QTEST_GUILESS_MAIN(TestDeposcoParser)
#include "test_deposco_parser.moc"
