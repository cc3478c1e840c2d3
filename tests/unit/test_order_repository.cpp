// SPDX-License-Identifier: GPL-3.0-or-later
// Orders, their shipments and lifecycle: round trips, identity, and the lookup by every key a
// customer-service agent types into one search box.
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/shipment_repository.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

namespace {

Order makeOrder(SourceSystem sf, const QString& id, const QString& number, const QString& email, const char* created)
{
    Order o;
    o.storefront = sf;
    o.storefrontId = id;
    o.number = number;
    o.status = QStringLiteral("processing");
    o.paymentState = PaymentState::Paid;
    o.currency = QStringLiteral("EUR");
    o.totals = {Money::fromMinor(5870, o.currency),
        Money::fromMinor(-500, o.currency),
        Money::fromMinor(495, o.currency),
        Money::fromMinor(1021, o.currency),
        Money::fromMinor(6886, o.currency)};
    o.customerName = QStringLiteral("Ada Lovelace");
    o.customerEmail = email;
    o.shipToCountry = QStringLiteral("DE");
    o.channel = QStringLiteral("web-eu");
    o.createdAt = utc(created);
    o.modifiedAt = utc(created).addSecs(60);
    o.paidAt = utc(created).addSecs(30);
    o.lines = {
        OrderLine{1,
            QStringLiteral("TSHIRT-M-BLK"),
            QStringLiteral("T-shirt, black, M"),
            2,
            Money::fromMinor(1935, o.currency),
            Money::fromMinor(3870, o.currency),
            Money::fromMinor(735, o.currency),
            QStringLiteral("315")},
        OrderLine{2,
            QStringLiteral("0001234"),
            QStringLiteral("Gift card"),
            1,
            Money::fromMinor(2000, o.currency),
            Money::fromMinor(2000, o.currency),
            Money::fromMinor(0, o.currency),
            QStringLiteral("316")},
    };
    o.customFields = {{QStringLiteral("delivery_slot"), QStringLiteral("{\"day\":\"2026-11-24\"}")},
        {QStringLiteral("gift_note"), QStringLiteral("Happy birthday")}};
    return o;
}

QStringList numbers(const QList<Order>& orders)
{
    QStringList out;
    for (const Order& o : orders)
        out << o.number;
    return out;
}

} // namespace

class TestOrderRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        TempStore s;
        OrderRepository repo(s.db);
        Order o = makeOrder(SourceSystem::WooCommerce,
            QStringLiteral("1042"),
            QStringLiteral("WC-1042"),
            QStringLiteral("ada@example.com"),
            "2026-11-20T10:00:00Z");
        auto id = repo.upsert(o);
        LOCKSTEP_VERIFY_OK(id);
        o.id = id.value();
        auto back = repo.findById(o.id);
        LOCKSTEP_VERIFY_OK(back);
        QVERIFY(back->has_value());
        QCOMPARE(back.value().value(), o);
        // With a shipping address: every field of it, its country and e-mail those of the order.
        o.shipTo = {QStringLiteral("Ada"),
            QStringLiteral("Lovelace"),
            QStringLiteral("Analytical Ltd"),
            QStringLiteral("12 St James's Square"),
            QStringLiteral("Flat 2"),
            QStringLiteral("London"),
            QStringLiteral("SW1Y 4JH"),
            QStringLiteral("LND"),
            QStringLiteral("DE"),
            QStringLiteral("+44 20 7946 0000"),
            QStringLiteral("ada@example.com")};
        LOCKSTEP_VERIFY_OK(repo.upsert(o));
        QCOMPARE(repo.findById(o.id).value().value(), o);
        auto bySf = repo.findByStorefrontId(SourceSystem::WooCommerce, QStringLiteral("1042"));
        QCOMPARE(bySf.value().value(), o);
        // Leading zeros of a SKU survive.
        QCOMPARE(back.value()->lines[1].sku, QStringLiteral("0001234"));
    }

    void upsertKeepsIdentityAndReplacesLines()
    {
        TempStore s;
        OrderRepository repo(s.db);
        Order o = makeOrder(SourceSystem::WooCommerce,
            QStringLiteral("7"),
            QStringLiteral("7"),
            QStringLiteral("a@example.com"),
            "2026-11-20T10:00:00Z");
        const qint64 first = repo.upsert(o).value();
        o.status = QStringLiteral("completed");
        o.lines.removeLast();
        o.customFields.clear();
        const qint64 second = repo.upsert(o).value();
        QCOMPARE(second, first);
        auto back = repo.findById(first).value().value();
        QCOMPARE(back.status, QStringLiteral("completed"));
        QCOMPARE(back.lines.size(), 1);
        QVERIFY(back.customFields.isEmpty());
        // Same id at another storefront is another order.
        o.storefront = SourceSystem::Commercetools;
        QVERIFY(repo.upsert(o).value() != first);
    }

    void missingOrderIsEmptyNotError()
    {
        TempStore s;
        OrderRepository repo(s.db);
        auto r = repo.findById(999);
        LOCKSTEP_VERIFY_OK(r);
        QVERIFY(!r->has_value());
    }

    void looksUpByEveryKey()
    {
        TempStore s;
        OrderRepository repo(s.db);
        ShipmentRepository shipments(s.db);
        LOCKSTEP_VERIFY_OK(repo.upsert(makeOrder(SourceSystem::WooCommerce,
            QStringLiteral("1042"),
            QStringLiteral("WC-1042"),
            QStringLiteral("Ada@Example.com"),
            "2026-11-20T10:00:00Z")));
        LOCKSTEP_VERIFY_OK(repo.upsert(makeOrder(SourceSystem::Commercetools,
            QStringLiteral("5d2e-uuid"),
            QStringLiteral("CT-100482"),
            QStringLiteral("ada@example.com"),
            "2026-11-21T10:00:00Z")));
        LOCKSTEP_VERIFY_OK(repo.upsert(makeOrder(SourceSystem::WooCommerce,
            QStringLiteral("1043"),
            QStringLiteral("WC-1043"),
            QStringLiteral("bob@example.com"),
            "2026-11-22T10:00:00Z")));
        Shipment sh;
        sh.wmsShipmentId = QStringLiteral("OS-9001");
        sh.storefront = SourceSystem::WooCommerce;
        sh.storefrontOrderId = QStringLiteral("1043");
        sh.facility = QStringLiteral("DAL-1");
        sh.carrier = QStringLiteral("UPS");
        sh.trackingNumber = QStringLiteral("1Z999AA10123456784");
        sh.state = ShipmentState::CarrierCollected;
        sh.shippedUnits = 3;
        sh.updatedAt = utc("2026-11-22T15:00:00Z");
        sh.collectedAt = utc("2026-11-22T15:00:00Z");
        LOCKSTEP_VERIFY_OK(shipments.upsert(sh));

        QCOMPARE(numbers(repo.lookup(QStringLiteral("WC-1042")).value()), QStringList{QStringLiteral("WC-1042")});
        QCOMPARE(numbers(repo.lookup(QStringLiteral("5d2e-uuid")).value()), QStringList{QStringLiteral("CT-100482")});
        // Email is case-insensitive; newest first.
        QCOMPARE(numbers(repo.lookup(QStringLiteral("ADA@example.COM")).value()),
            (QStringList{QStringLiteral("CT-100482"), QStringLiteral("WC-1042")}));
        QCOMPARE(numbers(repo.lookup(QStringLiteral(" 1Z999AA10123456784 ")).value()),
            QStringList{QStringLiteral("WC-1043")});
        QVERIFY(repo.lookup(QStringLiteral("nothing-like-this")).value().isEmpty());
        QVERIFY(repo.lookup(QStringLiteral("  ")).value().isEmpty());
        // A partial number is not a match: numbers are exact keys.
        QVERIFY(repo.lookup(QStringLiteral("WC-10")).value().isEmpty());
    }

    void lookupFindsHashNumbersAndTheStartOfAnEmailNameOrSurname()
    {
        TempStore s;
        OrderRepository repo(s.db);
        Order ada = makeOrder(SourceSystem::WooCommerce,
            QStringLiteral("1072"),
            QStringLiteral("1072"),
            QStringLiteral("ada@example.com"),
            "2026-11-20T10:00:00Z");
        ada.shipTo.lastName = QStringLiteral("Lovelace");
        LOCKSTEP_VERIFY_OK(repo.upsert(ada));
        Order grace = makeOrder(SourceSystem::WooCommerce,
            QStringLiteral("1073"),
            QStringLiteral("1073"),
            QStringLiteral("grace.hopper@navy.example"),
            "2026-11-21T10:00:00Z");
        grace.customerName = QStringLiteral("Grace Hopper");
        grace.shipTo.lastName = QStringLiteral("Hopper");
        LOCKSTEP_VERIFY_OK(repo.upsert(grace));

        QCOMPARE(numbers(repo.lookup(QStringLiteral("#1072")).value()), QStringList{QStringLiteral("1072")});
        QCOMPARE(numbers(repo.lookup(QStringLiteral("# 1073")).value()), QStringList{QStringLiteral("1073")});
        QCOMPARE(numbers(repo.lookup(QStringLiteral("ADA@exam")).value()), QStringList{QStringLiteral("1072")});
        QCOMPARE(numbers(repo.lookup(QStringLiteral("grace.h")).value()), QStringList{QStringLiteral("1073")});
        QCOMPARE(numbers(repo.lookup(QStringLiteral("ada love")).value()), QStringList{QStringLiteral("1072")});
        QCOMPARE(numbers(repo.lookup(QStringLiteral("hopper")).value()), QStringList{QStringLiteral("1073")});
        // Two characters match no name: too many customers start with them.
        QVERIFY(repo.lookup(QStringLiteral("gr")).value().isEmpty());
        // A prefix is not any part: "lace" is not the start of a name, a surname or an email.
        QVERIFY(repo.lookup(QStringLiteral("lace")).value().isEmpty());
    }

    void lookupUsesIndexes()
    {
        TempStore s;
        LOCKSTEP_SKIP_PLAN_ON_SERVER(s.db);
        // Every branch of the lookup must be an index search, never a scan of orders or shipments.
        auto st = s.db.prepare(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM orders WHERE number = ?1 "
                           "UNION SELECT id FROM orders WHERE storefront_id = ?1 AND storefront IN "
                           "('woocommerce','commercetools','pos') "
                           "UNION SELECT id FROM orders WHERE customer_email = ?1 COLLATE NOCASE "
                           "UNION SELECT o.id FROM shipments s JOIN orders o ON o.storefront = s.storefront AND "
                           "o.storefront_id = s.storefront_order_id WHERE s.tracking_number = ?1 "
                           "UNION SELECT id FROM orders WHERE customer_email >= ?4 COLLATE NOCASE AND customer_email < "
                           "?5 COLLATE NOCASE "
                           "UNION SELECT id FROM orders WHERE customer_name >= ?4 COLLATE NOCASE AND customer_name < "
                           "?5 COLLATE NOCASE "
                           "UNION SELECT id FROM orders WHERE ship_to_last_name >= ?4 COLLATE NOCASE "
                           "AND ship_to_last_name < ?5 COLLATE NOCASE"));
        LOCKSTEP_VERIFY_OK(st);
        QStringList plan;
        LOCKSTEP_VERIFY_OK(forEachRow(st.value(), [&](const Statement& row) { plan << row.text(3); }));
        for (const QString& line : plan)
            QVERIFY2(!line.startsWith(QLatin1String("SCAN")), qPrintable(plan.join(u'\n')));
    }

    void shipmentsRoundTrip()
    {
        TempStore s;
        ShipmentRepository repo(s.db);
        Shipment sh;
        sh.wmsShipmentId = QStringLiteral("OS-1");
        sh.storefront = SourceSystem::Commercetools;
        sh.storefrontOrderId = QStringLiteral("abc");
        sh.trackingNumber = QStringLiteral("TRK");
        sh.state = ShipmentState::LabelCreated;
        sh.updatedAt = utc("2026-11-22T15:00:00Z");
        LOCKSTEP_VERIFY_OK(repo.upsert(sh));
        sh.state = ShipmentState::CarrierCollected;
        sh.collectedAt = utc("2026-11-22T18:00:00Z");
        LOCKSTEP_VERIFY_OK(repo.upsert(sh));
        auto back = repo.findByWmsId(QStringLiteral("OS-1"));
        QCOMPARE(back.value().value(), sh);
        QCOMPARE(repo.forOrder(SourceSystem::Commercetools, QStringLiteral("abc")).value().size(), 1);
        QCOMPARE(repo.byTrackingNumber(QStringLiteral("TRK")).value().size(), 1);
    }

    void lifecycleComesBackInTimeOrder()
    {
        TempStore s;
        OrderRepository orders(s.db);
        LifecycleRepository events(s.db);
        const qint64 id = orders
                              .upsert(makeOrder(SourceSystem::WooCommerce,
                                  QStringLiteral("1"),
                                  QStringLiteral("1"),
                                  QStringLiteral("x@example.com"),
                                  "2026-11-20T10:00:00Z"))
                              .value();
        // Appended out of order, as events from different systems arrive.
        // The detail a person reads is kept as a message, to be shown in each reader's language.
        const Message picked(QT_TRANSLATE_NOOP("Lockstep", "%1 at %2"),
            {Message::literal(QStringLiteral("Picked")), Message::literal(QStringLiteral("DAL-1"))});
        LOCKSTEP_VERIFY_OK(events.append(LifecycleEvent::about(
            id, utc("2026-11-20T12:00:00Z"), SourceSystem::Deposco, QStringLiteral("wms.picked"), picked)));
        LOCKSTEP_VERIFY_OK(events.append({0,
            id,
            utc("2026-11-20T10:00:00Z"),
            SourceSystem::WooCommerce,
            QStringLiteral("storefront.placed"),
            QStringLiteral("Placed before messages were kept"),
            {}}));
        LOCKSTEP_VERIFY_OK(events.append(
            {0, id, utc("2026-11-20T14:00:00Z"), SourceSystem::Carrier, QStringLiteral("carrier.collected"), {}, {}}));
        auto list = events.forOrder(id);
        LOCKSTEP_VERIFY_OK(list);
        QStringList kinds;
        for (const auto& e : list.value())
            kinds << e.kind;
        QCOMPARE(kinds,
            (QStringList{QStringLiteral("storefront.placed"),
                QStringLiteral("wms.picked"),
                QStringLiteral("carrier.collected")}));
        LOCKSTEP_COMPARE_ENUM(list->at(1).source, SourceSystem::Deposco);
        QCOMPARE(list->at(1).detail, QStringLiteral("Picked at DAL-1"));
        QCOMPARE(list->at(1).detailMessage, picked);
        QCOMPARE(list->at(1).shownDetail(), QStringLiteral("Picked at DAL-1"));
        // An event written without a message (an older one) shows its English as it was written.
        QVERIFY(list->at(0).detailMessage.isEmpty());
        QCOMPARE(list->at(0).shownDetail(), QStringLiteral("Placed before messages were kept"));
    }
};

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "test_order_repository.moc"
