// SPDX-License-Identifier: GPL-3.0-or-later
// commercetools payloads, shaped like the documented order and the sandbox's answers, and hostile ones: money read
// exactly from centAmount/fractionDigits, problems reported by reference, never a crash.
#include "connectors/commercetools/ct_parser.h"
#include "ct_fixtures.h"
#include "parser_test_support.h"
#include "support.h"

#include <QTest>

#include <limits>

using namespace lockstep::core;
using namespace lockstep::core::connectors;
using lockstep::test::fixture;
using lockstep::test::hasProblem;
using namespace lockstep::core::connectors::commercetools;

namespace {

QStringList numbers(const QList<Order>& orders)
{
    QStringList out;
    for (const auto& o : orders)
        out << o.number;
    return out;
}

} // namespace

class TestCtParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheDocumentedOrder()
    {
        const ParsedOrders parsed = parseOrders(fixture("commercetools_orders.json"));
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).toString()));
        QCOMPARE(parsed.count, 4);
        QCOMPARE(parsed.lastId, QStringLiteral("hp-1"));
        QCOMPARE(parsed.lastModifiedAt, lockstep::test::utc("2026-01-05T10:00:01Z"));
        QCOMPARE(numbers(parsed.orders),
            (QStringList{QStringLiteral("CT-100482"),
                QStringLiteral("CT-100483"),
                QStringLiteral("CT-JP-1"),
                QStringLiteral("CT-HP-1")}));
        const Order& o = parsed.orders[0];
        LOCKSTEP_COMPARE_ENUM(o.storefront, SourceSystem::Commercetools);
        QCOMPARE(o.storefrontId, QStringLiteral("5e1a7d3b-93f2-4cd6-9a4c-6d8c1c1f0a01"));
        QCOMPARE(o.status, QStringLiteral("confirmed"));
        LOCKSTEP_COMPARE_ENUM(o.paymentState, PaymentState::Paid);
        QCOMPARE(o.currency, QStringLiteral("EUR"));
        QCOMPARE(o.totals.total, Money::fromMinor(6185, QStringLiteral("EUR")));
        QCOMPARE(o.totals.tax.minorUnits(), 1031);
        QCOMPARE(o.totals.discount.minorUnits(), 500);
        QCOMPARE(o.totals.shipping.minorUnits(), 495);
        QCOMPARE(o.totals.subtotal.minorUnits(), 2595 * 2 + 1000);
        QCOMPARE(o.createdAt, lockstep::test::utc("2026-01-05T08:55:01Z"));
        QCOMPARE(o.modifiedAt, QDateTime::fromString(QStringLiteral("2026-01-05T09:12:44.120Z"), Qt::ISODateWithMs));
        QCOMPARE(o.customerEmail, QStringLiteral("jane.doe@example.com"));
        QCOMPARE(o.customerName, QStringLiteral("Jane Doe"));
        QCOMPARE(o.shipToCountry, QStringLiteral("DE"));
        QCOMPARE(o.channel, QStringLiteral("eu-web")); // the store key wins over the supply channel
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines[0].sku, QStringLiteral("MCT-NAVY-M"));
        QCOMPARE(o.lines[0].name, QStringLiteral("Merino crew, navy, M"));
        QCOMPARE(o.lines[0].quantity, 2);
        QCOMPARE(o.lines[0].total.minorUnits(), 5190);
        QCOMPARE(o.lines[0].unitPrice.minorUnits(), 2595);
        QCOMPARE(o.lines[0].storefrontLineId, QStringLiteral("li-1"));
        QCOMPARE(o.lines[1].total.minorUnits(), 1000); // highPrecision: centAmount is the rounded amount
        QCOMPARE(o.customFields.size(), 2);
        QCOMPARE(o.customFields[0], (CustomField{QStringLiteral("deliveryWindow"), QStringLiteral("evening")}));
        QCOMPARE(o.customFields[1].key, QStringLiteral("giftNote"));
        QCOMPARE(o.customFields[1].value, QString::fromLatin1(kCtGiftNote));
    }

    void mapsStatesSkulessLinesAndChannels()
    {
        const ParsedOrders parsed = parseOrders(fixture("commercetools_orders.json"));
        QCOMPARE(parsed.orders.size(), 4);
        const Order& cancelled = parsed.orders[1];
        QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
        LOCKSTEP_COMPARE_ENUM(cancelled.paymentState, PaymentState::Pending);
        QCOMPARE(cancelled.lines.size(), 1);
        QCOMPARE(cancelled.lines[0].sku, QString()); // variant.sku is optional
        QCOMPARE(cancelled.channel, QStringLiteral("retail-eu")); // an expanded distribution channel's key
        QCOMPARE(cancelled.totals.total.minorUnits(), 2140); // the custom line item (fee) is in the total, not a line
        const Order& yen = parsed.orders[2];
        QCOMPARE(yen.totals.total, Money::fromMinor(4500, QStringLiteral("JPY")));
        LOCKSTEP_COMPARE_ENUM(yen.paymentState, PaymentState::PartiallyRefunded);
        QCOMPARE(yen.lines[0].unitPrice.minorUnits(), 1500);
        QCOMPARE(yen.status, QStringLiteral("open"));
        const Order& precise = parsed.orders[3];
        QCOMPARE(precise.totals.total, Money::fromMinor(1234, QStringLiteral("EUR"))); // 12.3400 with 4 digits
        LOCKSTEP_COMPARE_ENUM(precise.paymentState, PaymentState::Pending);
        QCOMPARE(precise.status, QStringLiteral("open")); // no orderState: the default Open
    }

    void convertsCentAmountsExactly()
    {
        QCOMPARE(moneyFromCents(12345, 2, QStringLiteral("EUR")).value().minorUnits(), 12345);
        QCOMPARE(moneyFromCents(123450, 3, QStringLiteral("EUR")).value().minorUnits(), 12345);
        QCOMPARE(moneyFromCents(5, 0, QStringLiteral("EUR")).value().minorUnits(), 500);
        QCOMPARE(moneyFromCents(1234, 3, QStringLiteral("KWD")).value().minorUnits(), 1234);
        QCOMPARE(moneyFromCents(-250, 2, QStringLiteral("EUR")).value().minorUnits(), -250);
        QVERIFY(!moneyFromCents(12345, 3, QStringLiteral("EUR")).ok()); // would lose the last digit
        LOCKSTEP_COMPARE_ENUM(
            moneyFromCents(std::numeric_limits<qint64>::max() / 10, 0, QStringLiteral("EUR")).error().code,
            ErrorCode::Overflow);
    }

    void reportsHostileRecordsByReference()
    {
        ParsedOrders parsed = parseOrders(QByteArray(kCtHuge));
        QCOMPARE(parsed.count, 7);
        QCOMPARE(parsed.lastId, QStringLiteral("g"));
        QVERIFY(parsed.orders.isEmpty());
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("HUGE-1"), QStringLiteral("totalPrice")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("FLOAT-1"), QStringLiteral("totalPrice")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("QTY-1 line 1"), QStringLiteral("quantity")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("QTY-2 line 1"), QStringLiteral("quantity")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("DIGITS-1"), QStringLiteral("totalPrice")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("DIGITS-2"), QStringLiteral("totalPrice")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("CUR-1 line 1"), QStringLiteral("totalPrice")));

        parsed = parseOrders(QByteArray(kCtWrongTypes));
        QVERIFY(parsed.orders.isEmpty());
        QVERIFY(!parsed.problems.isEmpty());

        parsed = parseOrders(QByteArray(kCtMissing));
        QCOMPARE(parsed.count, 5);
        QCOMPARE(numbers(parsed.orders), QStringList{QStringLiteral("x3")}); // no orderNumber: the id stands in
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("commercetools order"), QStringLiteral("(record)")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("NOID-1"), QStringLiteral("id")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("NOTOTAL-1"), QStringLiteral("totalPrice")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("NOCUR-1"), QStringLiteral("totalPrice")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("x3"), QStringLiteral("custom.fields")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("x3"), QStringLiteral("lastModifiedAt")));
    }

    void survivesBrokenBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(kCtTruncated);
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("results not a list") << QByteArray(kCtResultsNotList);
        QTest::newRow("a bare number") << QByteArray("42");
        QTest::newRow("deep nesting") << QByteArray(20000, '[');
    }

    void survivesBrokenBodies()
    {
        QFETCH(QByteArray, body);
        const ParsedOrders parsed = parseOrders(body);
        QVERIFY(parsed.orders.isEmpty());
        QVERIFY(!parsed.problems.isEmpty());
        (void)parseOrderHead(body);
        (void)parseInventory(body);
        (void)parseError(body);
    }

    void invalidUtf8CostsOnlyItsCharacters()
    {
        QByteArray body = fixture("commercetools_orders.json");
        body.replace("jane.doe",
            "jane.\xC3\x28"
            "doe");
        const ParsedOrders parsed = parseOrders(body);
        QCOMPARE(parsed.orders.size(), 4);
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("commercetools orders"), QStringLiteral("(body)")));
        QVERIFY(parsed.orders[0].customerEmail.contains(QChar(0xFFFD)));
    }

    void readsOrderHeadsWithDeliveryKeys()
    {
        const auto head = parseOrderHead(QByteArray(kCtHead));
        LOCKSTEP_VERIFY_OK(head);
        QCOMPARE(head->version, 12);
        QCOMPARE(head->shipmentState, QStringLiteral("Shipped"));
        QVERIFY(head->hasShippingInfo);
        QCOMPARE(head->deliveryKeys, (QStringList{QStringLiteral("SHIP-1"), QStringLiteral("SHIP-2")}));
        QVERIFY(!parseOrderHead(QByteArray(kCtHeadNoVersion)).ok()); // no version: no update can be built
        QVERIFY(!parseOrderHead(QByteArray(kCtHeadNoShipping))->hasShippingInfo);
    }

    void readsOrderHeadLinesAndWhatTheirDeliveriesCarried()
    {
        const auto head = parseOrderHead(QByteArray(kCtHeadWithItems));
        LOCKSTEP_VERIFY_OK(head);
        // `key`, then `deliveryKey`
        QCOMPARE(head->deliveryKeys, (QStringList{QStringLiteral("SHIP-1"), QStringLiteral("SHIP-2")}));
        QCOMPARE(head->lines.size(), 3); // a line item without id cannot be named by a delivery
        QCOMPARE(head->lines[0].id, QStringLiteral("li-1"));
        QCOMPARE(head->lines[0].sku, QStringLiteral("MUG-RED"));
        QCOMPARE(head->lines[0].quantity, 3);
        QCOMPARE(head->lines[0].delivered, 3);
        QCOMPARE(head->lines[1].sku, QString()); // a variant without SKU
        QCOMPARE(head->lines[1].delivered, 1); // negative, overflowing and text quantities count for nothing
        QCOMPARE(head->lines[2].quantity, 0); // a negative quantity
        QCOMPARE(head->lines[2].delivered, 0);
    }

    void readsProductProjectionsAsListings()
    {
        const ParsedProducts parsed = parseProductProjections(QByteArray(kCtProducts));
        QCOMPARE(parsed.count, 3);
        QCOMPARE(parsed.items.size(), 3);
        QCOMPARE(parsed.items[0].id, QStringLiteral("p-1/1"));
        QCOMPARE(parsed.items[0].parentId, QString()); // one variant: the product itself
        QCOMPARE(parsed.items[0].sku, QStringLiteral("MUG-WHT"));
        QCOMPARE(parsed.items[0].name, QStringLiteral("Mug"));
        QCOMPARE(parsed.items[1].parentId, QStringLiteral("p-2"));
        QCOMPARE(parsed.items[2].id, QStringLiteral("p-2/2"));
        QCOMPARE(parsed.items[2].sku, QString()); // variant.sku is optional
        QVERIFY(!parsed.items[0].stock); // stock lives in inventory entries
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("p-2"), QStringLiteral("variant.id")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("commercetools product"), QStringLiteral("id")));
        QVERIFY(parseProductProjections(QByteArray(kCtResultsNotList)).items.isEmpty());
    }

    void readsInventoryEntries()
    {
        const ParsedInventory parsed = parseInventory(QByteArray(kCtInventory));
        QCOMPARE(parsed.entries.size(), 2);
        QCOMPARE(parsed.entries[0].id, QStringLiteral("inv-1"));
        QCOMPARE(parsed.entries[0].version, 4);
        QCOMPARE(parsed.entries[0].supplyChannelId, QStringLiteral("ch-east"));
        QCOMPARE(parsed.entries[0].quantityOnStock, 17);
        QCOMPARE(parsed.entries[1].supplyChannelId, QString());
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("BROKEN"), QStringLiteral("version")));
    }

    void readsConflictErrors()
    {
        ErrorInfo info = parseError(QByteArray(kCtConflict));
        QCOMPARE(info.codes, QStringList{QStringLiteral("ConcurrentModification")});
        QCOMPARE(info.currentVersion, std::optional<qint64>(3));
        QVERIFY(info.message.startsWith(QStringLiteral("Object o-1")));
        info = parseError(QByteArray(kCtConflictNoVersion));
        QCOMPARE(info.codes, QStringList{QStringLiteral("ConcurrentModification")});
        QVERIFY(!info.currentVersion); // optional in the type: the client re-reads instead
    }
};

QTEST_GUILESS_MAIN(TestCtParser)
#include "test_ct_parser.moc"
