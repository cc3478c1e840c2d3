// SPDX-License-Identifier: GPL-3.0-or-later
// WooCommerce order payloads, real-shaped and hostile: parsed exactly, problems reported by reference,
// never a crash.
#include "connectors/woocommerce/woo_parser.h"
#include "parser_test_support.h"
#include "support.h"
#include "woo_fixtures.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::connectors;
using lockstep::test::fixture;
using lockstep::test::hasProblem;

class TestWooParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheDocumentedOrder()
    {
        const auto parsed = woocommerce::parseOrders(fixture("woocommerce_orders.json"));
        QCOMPARE(parsed.orders.size(), 3); // 727, 728, 731
        const Order& o = parsed.orders[0];
        QCOMPARE(o.storefrontId, QStringLiteral("727"));
        QCOMPARE(o.number, QStringLiteral("727"));
        QCOMPARE(o.status, QStringLiteral("processing"));
        LOCKSTEP_COMPARE_ENUM(o.paymentState, PaymentState::Paid);
        QCOMPARE(o.currency, QStringLiteral("USD"));
        QCOMPARE(o.totals.total.minorUnits(), 2935);
        QCOMPARE(o.totals.shipping.minorUnits(), 1000);
        QCOMPARE(o.totals.tax.minorUnits(), 135);
        QCOMPARE(o.totals.subtotal.minorUnits(), 1800);
        // _gmt dates are UTC; the site-local ones are ignored.
        QCOMPARE(o.createdAt, lockstep::test::utc("2026-11-23T03:22:10Z"));
        QCOMPARE(o.paidAt, lockstep::test::utc("2026-11-23T03:22:35Z"));
        QCOMPARE(o.customerName, QStringLiteral("John Doe"));
        QCOMPARE(o.customerEmail, QStringLiteral("john.doe@example.com"));
        QCOMPARE(o.shipToCountry, QStringLiteral("US"));
        QCOMPARE(o.channel, QStringLiteral("rest-api"));
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines[0].sku, QString()); // a product without SKU
        QCOMPARE(o.lines[0].quantity, 2);
        QCOMPARE(o.lines[0].unitPrice.minorUnits(), 300);
        QCOMPARE(o.lines[1].sku, QStringLiteral("TSHIRT-M-BLK"));
        QCOMPARE(o.lines[1].storefrontLineId, QStringLiteral("316"));
        // Internal meta (leading underscore) is not a checkout field; structured values survive as JSON.
        QCOMPARE(o.customFields.size(), 2);
        QCOMPARE(o.customFields[0], (CustomField{QStringLiteral("gift_note"), QStringLiteral("Happy birthday!")}));
        QCOMPARE(o.customFields[1].key, QStringLiteral("delivery_slot"));
        QVERIFY(o.customFields[1].value.contains(QLatin1String("\"window\":\"evening\"")));
    }

    void unpaidAndRefundedAndChannel()
    {
        const auto parsed = woocommerce::parseOrders(fixture("woocommerce_orders.json"));
        const Order& onHold = parsed.orders[1];
        LOCKSTEP_COMPARE_ENUM(onHold.paymentState, PaymentState::Pending);
        QCOMPARE(onHold.channel, QStringLiteral("web-eu"));
        QVERIFY(onHold.customFields.isEmpty());
        const Order& refunded = parsed.orders[2];
        LOCKSTEP_COMPARE_ENUM(refunded.paymentState, PaymentState::Refunded);
        QCOMPARE(refunded.totals.total.minorUnits(), 1500); // JPY has no minor unit
        QCOMPARE(refunded.lines[0].sku, QString()); // sku: null
    }

    void reportsWhatItCannotRead()
    {
        const auto parsed = woocommerce::parseOrders(fixture("woocommerce_orders.json"));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("729"), QStringLiteral("currency")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("730"), QStringLiteral("total")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("(no id)"), QStringLiteral("id")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("woocommerce order"), QStringLiteral("(record)")));
    }

    void hostileBodiesNeverCrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << fixture("woocommerce_orders.json").left(900);
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("wrong types") << QByteArray(kWoo1);
        QTest::newRow("huge numbers") << QByteArray(kWoo2);
        QTest::newRow("huge quantity") << QByteArray(kWoo3);
        QTest::newRow("nulls") << QByteArray(kWoo4);
        QTest::newRow("deep nesting") << QByteArray(20000, '[');
        QTest::newRow("sql in sku") << QByteArray(kWoo5);
    }

    void hostileBodiesNeverCrash()
    {
        QFETCH(QByteArray, body);
        const auto parsed = woocommerce::parseOrders(body);
        for (const Order& o : parsed.orders) {
            QVERIFY(!o.storefrontId.isEmpty());
            QCOMPARE(o.currency.size(), 3);
        }
        QVERIFY(!parsed.problems.isEmpty() || !parsed.orders.isEmpty());
    }

    void parsesProductsAndVariationsWithTheirStock()
    {
        const auto products = woocommerce::parseProducts(QByteArray(kWooProducts));
        QCOMPARE(products.items.size(), 4); // the record without an integer id is reported instead
        QCOMPARE(products.items[0].id, QStringLiteral("11"));
        QCOMPARE(products.items[0].sku, QStringLiteral("MUG-WHT"));
        QCOMPARE(products.items[0].stock, std::optional<qint64>(14));
        QVERIFY(!products.items[1].stock); // a variable parent counts no stock of its own
        QVERIFY(!products.items[2].stock); // not managed: the number means nothing
        QVERIFY(!products.items[3].stock); // not an integer: reported
        QCOMPARE(products.variableProducts.size(), 1);
        QCOMPARE(products.variableProducts[0].first, 12);
        QVERIFY(
            hasProblem(products.problems, QStringLiteral("woocommerce product 14"), QStringLiteral("stock_quantity")));

        const auto variations = woocommerce::parseVariations(QByteArray(kWooVariations), 12, QStringLiteral("Beanie"));
        QCOMPARE(variations.items.size(), 2);
        QCOMPARE(variations.items[0].parentId, QStringLiteral("12"));
        QCOMPARE(variations.items[0].name, QStringLiteral("Beanie – Grey"));
        QCOMPARE(variations.items[0].stock, std::optional<qint64>(5));
        QCOMPARE(variations.items[1].sku, QStringLiteral("BEANIE")); // kept as shown: the parent's
        QVERIFY(!variations.items[1].stock); // manage_stock "parent"
        QVERIFY(!variations.problems.isEmpty());
        QVERIFY(woocommerce::parseProducts(QByteArray("<html>502</html>")).items.isEmpty());
    }

    void readsTheShipmentsAlreadyAnnounced()
    {
        // markFulfilled leaves "_lockstep_shipment_<WMS shipment id>" on the order: a retry reads it back.
        const auto parsed = woocommerce::parseOrders(QByteArray(kWooAnnounced));
        QCOMPARE(parsed.orders.size(), 1);
        QCOMPARE(parsed.orders[0].shippedKeys, QStringList{QStringLiteral("SH-9")});
        QCOMPARE(parsed.orders[0].customFields.size(), 1); // the private key is not a checkout field
    }

    void invalidUtf8CostsOnlyItsCharacters()
    {
        QByteArray body = kWoo6;
        body += "\xC3\x28"; // invalid UTF-8 sequence
        body += kWoo7;
        const auto parsed = woocommerce::parseOrders(body);
        QCOMPARE(parsed.orders.size(), 1);
        QVERIFY(parsed.orders[0].customerName.startsWith(QLatin1String("Ren")));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("woocommerce orders"), QStringLiteral("(body)")));
    }

    void loneSurrogateEscapeCostsOnlyItsCharacter()
    {
        // A JSON parser refuses a whole document for one unpaired \uD800; the page's other orders must survive.
        // A real pair and an escaped backslash before "ud800" are left alone.
        QByteArray body = kWoo6;
        body += "\\ud800";
        body += kWoo7;
        body.replace("[{\"id\":5",
            "[{\"id\":4,\"currency\":\"EUR\",\"total\":\"2.00\",\"billing\":{\"first_name\":\"\\ud83d\\ude00 "
            "\\\\ud800\"}},{\"id\":5");
        const auto parsed = woocommerce::parseOrders(body);
        QCOMPARE(parsed.orders.size(), 2);
        QCOMPARE(parsed.orders[0].customerName, QStringLiteral("\U0001F600 \\ud800"));
        QCOMPARE(parsed.orders[1].customerName, QStringLiteral("Ren\uFFFDe"));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("woocommerce orders"), QStringLiteral("(body)")));
    }

    void numericCurrencyIsRefused()
    {
        const auto parsed = woocommerce::parseOrders(kWooNumericCurrency);
        QCOMPARE(parsed.orders.size(), 1);
        QCOMPARE(parsed.orders[0].storefrontId, QStringLiteral("8"));
        QVERIFY(hasProblem(parsed.problems, QStringLiteral("woocommerce order 7"), QStringLiteral("currency")));
    }
};

QTEST_GUILESS_MAIN(TestWooParser)
#include "test_woo_parser.moc"
