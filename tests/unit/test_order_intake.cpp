// SPDX-License-Identifier: GPL-3.0-or-later
// Order intake against a real SQLite file: payment gating, exactly-once queueing, routing, SKU
// resolution with bundles, cancellations, and the exceptions raised instead of sends (unknown SKUs, no facility,
// quantities and amounts no warehouse order may carry).
#include "engine/order_intake.h"
#include "engine/outbox_payloads.h"
#include "seed.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/outbox_repository.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::engine;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

namespace {

Order order(
    const QString& id, PaymentState payment, QList<OrderLine> lines, const QString& channel = QStringLiteral("web-eu"))
{
    Order o;
    o.storefront = SourceSystem::WooCommerce;
    o.storefrontId = id;
    o.number = QStringLiteral("WC-") + id;
    o.status = payment == PaymentState::Paid ? QStringLiteral("processing") : QStringLiteral("pending");
    o.paymentState = payment;
    o.currency = QStringLiteral("EUR");
    o.totals.total = Money::fromMinor(4200, o.currency);
    o.customerName = QStringLiteral("Ada Lovelace");
    o.shipToCountry = QStringLiteral("DE");
    o.channel = channel;
    o.createdAt = utc("2026-11-23T09:00:00Z");
    o.lines = std::move(lines);
    return o;
}

OrderLine line(int n, const QString& sku, int qty, const QString& lineId = {})
{
    return OrderLine{n,
        sku,
        sku,
        qty,
        Money::fromMinor(1000, QStringLiteral("EUR")),
        {},
        {},
        lineId.isEmpty() ? QString::number(n) : lineId};
}

struct Fixture
{
    TempStore store;
    Config config;
    ManualClock clock{utc("2026-11-23T10:00:00Z")};

    Fixture()
    {
        config.facilityByChannel.insert(QStringLiteral("web-eu"), QStringLiteral("DAL-1"));
        CatalogRepository catalog(store.db);
        for (const char* sku : {"MUG-WHT", "TEA-EARLGREY", "TSHIRT-M-BLK"})
            lockstep::test::must(catalog.upsertItem(
                {QStringLiteral("id-") + QString::fromLatin1(sku), QString::fromLatin1(sku), {}, true, {}}));
        lockstep::test::must(catalog.upsertItem({QStringLiteral("id-box"),
            QStringLiteral("GIFTBOX-3"),
            {},
            true,
            {{QStringLiteral("MUG-WHT"), 1}, {QStringLiteral("TEA-EARLGREY"), 2}}}));
    }

    Result<IntakeOutcome> ingest(const Order& o)
    {
        OrderIntake intake(store.db, config, clock);
        return intake.ingest(o);
    }

    QList<OutboxEntry> outbox()
    {
        OutboxRepository repo(store.db);
        return repo.due(utc("2100-01-01T00:00:00Z"), 1000).value();
    }

    QStringList events(qint64 orderId)
    {
        LifecycleRepository repo(store.db);
        QStringList kinds;
        for (const auto& e : repo.forOrder(orderId).value())
            kinds << e.kind;
        return kinds;
    }
};

} // namespace

class TestOrderIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyPaidOrdersAreQueued()
    {
        Fixture f;
        auto first =
            f.ingest(order(QStringLiteral("1"), PaymentState::Pending, {line(1, QStringLiteral("MUG-WHT"), 1)}));
        LOCKSTEP_VERIFY_OK(first);
        QVERIFY(first->created);
        QVERIFY(!first->queuedCreate);
        QVERIFY(f.outbox().isEmpty());

        auto paid = f.ingest(order(QStringLiteral("1"), PaymentState::Paid, {line(1, QStringLiteral("MUG-WHT"), 1)}));
        QVERIFY(paid->queuedCreate);
        QCOMPARE(f.outbox().size(), 1);
        QCOMPARE(f.outbox().constFirst().idempotencyKey, QStringLiteral("wms.create:woocommerce:1"));
        QCOMPARE(f.events(paid->orderId),
            (QStringList{QStringLiteral("storefront.placed"),
                QStringLiteral("storefront.paid"),
                QStringLiteral("storefront.status"),
                QStringLiteral("lockstep.queued_for_wms")}));
    }

    void aStorefrontClockAheadOfOursNeverDatesAnEventAfterWhatFollowed()
    {
        // A storefront whose clock runs an hour ahead (the demo's fast sandbox, a misset server) says the order was
        // placed after Lockstep saw it; its payment (undated, as on commercetools) is dated when seen. Placed
        // must not read as coming after paid: each event is dated no later than when Lockstep learnt of it.
        Fixture f;
        Order o = order(QStringLiteral("9"), PaymentState::Paid, {line(1, QStringLiteral("MUG-WHT"), 1)});
        o.createdAt = f.clock.nowUtc().addSecs(3600);
        auto in = f.ingest(o);
        LOCKSTEP_VERIFY_OK(in);
        const auto events = LifecycleRepository(f.store.db).forOrder(in->orderId).value();
        QCOMPARE(events.at(0).kind, QStringLiteral("storefront.placed"));
        QCOMPARE(events.at(0).at, f.clock.nowUtc());
        for (const auto& e : events)
            QVERIFY2(e.at <= f.clock.nowUtc(), qPrintable(e.kind + u' ' + e.at.toString(Qt::ISODateWithMs)));
        // A date the storefront gives in the past stays its own.
        Order earlier = order(QStringLiteral("10"), PaymentState::Pending, {line(1, QStringLiteral("MUG-WHT"), 1)});
        auto past = f.ingest(earlier);
        QCOMPARE(LifecycleRepository(f.store.db).forOrder(past->orderId).value().at(0).at, utc("2026-11-23T09:00:00Z"));
    }

    void duplicateDeliveriesQueueOnce()
    {
        Fixture f;
        const Order o = order(QStringLiteral("2"), PaymentState::Paid, {line(1, QStringLiteral("MUG-WHT"), 2)});
        QVERIFY(f.ingest(o)->queuedCreate);
        // The same order again, as a duplicate webhook, a re-poll or a restart would bring it.
        for (int i = 0; i < 5; ++i) {
            auto again = f.ingest(o);
            LOCKSTEP_VERIFY_OK(again);
            QVERIFY(!again->queuedCreate);
            QVERIFY(!again->created);
        }
        QCOMPARE(f.outbox().size(), 1);
        QCOMPARE(f.events(f.ingest(o)->orderId).count(QStringLiteral("storefront.paid")), 1);
        // Even after the create was sent, nothing new is queued.
        OutboxRepository repo(f.store.db);
        LOCKSTEP_VERIFY_OK(repo.markSent(f.outbox().constFirst().id, f.clock.nowUtc()));
        QVERIFY(!f.ingest(o)->queuedCreate);
        QCOMPARE(repo.countByState(OutboxState::Sent).value(), 1);
        QCOMPARE(repo.countByState(OutboxState::Pending).value(), 0);
    }

    void explodesBundlesAndRoutes()
    {
        Fixture f;
        auto out = f.ingest(order(QStringLiteral("3"),
            PaymentState::Paid,
            {line(1, QStringLiteral("GIFTBOX-3"), 3), line(2, QStringLiteral("TSHIRT-M-BLK"), 1)}));
        LOCKSTEP_VERIFY_OK(out);
        auto request = decodeCreateRequest(f.outbox().constFirst().payload);
        LOCKSTEP_VERIFY_OK(request);
        QCOMPARE(request->facility, QStringLiteral("DAL-1"));
        QCOMPARE(request->reference, QStringLiteral("woocommerce:3"));
        QCOMPARE(request->lines.size(), 3);
        QCOMPARE(request->lines[0].sku, QStringLiteral("MUG-WHT"));
        QCOMPARE(request->lines[0].quantity, 3);
        QCOMPARE(request->lines[1].sku, QStringLiteral("TEA-EARLGREY"));
        QCOMPARE(request->lines[1].quantity, 6);
        QCOMPARE(request->lines[2].sku, QStringLiteral("TSHIRT-M-BLK"));
        QCOMPARE(request->total.minorUnits(), 4200);
    }

    void unroutableOrderBecomesAnException()
    {
        Fixture f;
        auto out = f.ingest(order(QStringLiteral("4"),
            PaymentState::Paid,
            {line(1, QStringLiteral("MUG-WHT"), 1)},
            QStringLiteral("store-99")));
        LOCKSTEP_VERIFY_OK(out);
        QVERIFY(!out->queuedCreate);
        QCOMPARE(out->raised.size(), 1);
        LOCKSTEP_COMPARE_ENUM(out->raised[0].type, ExceptionType::FacilityRoutingFailure);
        QVERIFY(out->raised[0].reason.contains(QLatin1String("store-99")));
        QVERIFY(f.outbox().isEmpty());

        // With a default facility the same order goes there.
        f.config.defaultFacility = QStringLiteral("RNO-2");
        QVERIFY(f.ingest(order(QStringLiteral("4"),
                             PaymentState::Paid,
                             {line(1, QStringLiteral("MUG-WHT"), 1)},
                             QStringLiteral("store-99")))
                    ->queuedCreate);
        QCOMPARE(decodeCreateRequest(f.outbox().constFirst().payload)->facility, QStringLiteral("RNO-2"));
    }

    void aChannelMappedToNoFacilityWaitsForAPerson()
    {
        // Phone orders keyed in the admin, routed by hand on purpose: the default facility does not take them.
        Fixture f;
        f.config.defaultFacility = QStringLiteral("DAL-1");
        f.config.facilityByChannel.insert(QStringLiteral("admin"), QString());
        auto out = f.ingest(order(
            QStringLiteral("5"), PaymentState::Paid, {line(1, QStringLiteral("MUG-WHT"), 1)}, QStringLiteral("admin")));
        LOCKSTEP_VERIFY_OK(out);
        QVERIFY(!out->queuedCreate);
        QCOMPARE(out->raised.size(), 1);
        LOCKSTEP_COMPARE_ENUM(out->raised[0].type, ExceptionType::FacilityRoutingFailure);
        QCOMPARE(out->raised[0].reason,
            QStringLiteral(
                "Order WC-5 came from channel \"admin\", which is mapped to no facility, so a person routes its "
                "orders."));
        QVERIFY(f.outbox().isEmpty());
    }

    void unknownSkuIsHeldUntilMapped()
    {
        Fixture f;
        const Order o = order(QStringLiteral("5"),
            PaymentState::Paid,
            {line(1, QStringLiteral("TSHIRT-M-BLACK"), 1), line(2, QStringLiteral("MUG-WHT"), 1)});
        auto out = f.ingest(o);
        LOCKSTEP_VERIFY_OK(out);
        QVERIFY(!out->queuedCreate);
        QCOMPARE(out->raised.size(), 1);
        const ExceptionRecord& r = out->raised[0];
        LOCKSTEP_COMPARE_ENUM(r.type, ExceptionType::SkuMismatch);
        QCOMPARE(r.sku, QStringLiteral("TSHIRT-M-BLACK"));
        QCOMPARE(r.signature, QStringLiteral("sku-missing:TSHIRT-M-BLACK"));
        QCOMPARE(r.orderRef, QStringLiteral("WC-5"));
        LOCKSTEP_COMPARE_ENUM(r.ownerTeam, OwnerTeam::ECommerce);
        QVERIFY(r.reason.contains(QLatin1String("TSHIRT-M-BLACK is not in the WMS item master")));
        QVERIFY(f.outbox().isEmpty());

        QCOMPARE(out->newExceptions, 1);
        // Seen again: the same exception, not a second one, and not counted as new.
        QCOMPARE(f.ingest(o)->newExceptions, 0);
        ExceptionRepository exceptions(f.store.db);
        QCOMPARE(exceptions.count({}).value(), 1);

        // A person maps the SKU; the next intake sends it, with the WMS SKU.
        CatalogRepository catalog(f.store.db);
        LOCKSTEP_VERIFY_OK(catalog.upsertSkuMapping({SourceSystem::WooCommerce,
            QStringLiteral("TSHIRT-M-BLACK"),
            QStringLiteral("TSHIRT-M-BLK"),
            QStringLiteral("supervisor"),
            f.clock.nowUtc()}));
        QVERIFY(f.ingest(o)->queuedCreate);
        QCOMPARE(decodeCreateRequest(f.outbox().constFirst().payload)->lines[0].sku, QStringLiteral("TSHIRT-M-BLK"));
    }

    void impossibleQuantitiesAndAmountsAreHeldNamingTheLine()
    {
        Fixture f;
        Order o = order(QStringLiteral("20"),
            PaymentState::Paid,
            {line(1, QStringLiteral("TEA-EARLGREY"), 1), line(2, QStringLiteral("MUG-WHT"), -5)});
        auto out = f.ingest(o);
        LOCKSTEP_VERIFY_OK(out);
        QVERIFY(!out->queuedCreate);
        QVERIFY(f.outbox().isEmpty()); // never reaches the warehouse create
        QCOMPARE(out->raised.size(), 1);
        const ExceptionRecord& r = out->raised[0];
        LOCKSTEP_COMPARE_ENUM(r.type, ExceptionType::SkuMismatch);
        QCOMPARE(r.orderRef, QStringLiteral("WC-20"));
        QCOMPARE(r.sku, QStringLiteral("MUG-WHT"));
        QCOMPARE(r.signature, QStringLiteral("order-values:quantity"));
        QVERIFY2(r.reason.contains(QLatin1String("line 2 (SKU MUG-WHT): quantity -5")), qPrintable(r.reason));
        QCOMPARE(f.events(out->orderId).count(QStringLiteral("lockstep.queued_for_wms")), 0);

        // Zero, and negative amounts on a line and on the order, are named each.
        Order zero = order(QStringLiteral("21"), PaymentState::Paid, {line(1, QStringLiteral("MUG-WHT"), 0)});
        zero.lines[0].unitPrice = Money::fromMinor(-1250, QStringLiteral("EUR"));
        zero.totals.total = Money::fromMinor(-1250, QStringLiteral("EUR"));
        auto held = f.ingest(zero);
        LOCKSTEP_VERIFY_OK(held);
        QVERIFY(!held->queuedCreate);
        const QString reason = held->raised.constFirst().reason;
        QVERIFY2(reason.contains(QLatin1String("line 1 (SKU MUG-WHT): quantity 0")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("line 1 (SKU MUG-WHT): unit_price -12.50 EUR")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("order total: -12.50 EUR")), qPrintable(reason));
        QVERIFY(f.outbox().isEmpty());

        // Corrected in the storefront and read again: sent, and the exception resolved.
        o.lines[1].quantity = 5;
        auto sent = f.ingest(o);
        LOCKSTEP_VERIFY_OK(sent);
        QVERIFY(sent->queuedCreate);
        QCOMPARE(decodeCreateRequest(f.outbox().constFirst().payload)->lines[1].quantity, 5);
        ExceptionFilter stillOpen;
        stillOpen.state = ExceptionState::Open;
        QCOMPARE(ExceptionRepository(f.store.db).count(stillOpen).value(), 1); // order 21's, still held
    }

    void missingBundleComponentIsReported()
    {
        Fixture f;
        CatalogRepository catalog(f.store.db);
        LOCKSTEP_VERIFY_OK(catalog.upsertItem({QStringLiteral("x"),
            QStringLiteral("DUO"),
            {},
            true,
            {{QStringLiteral("MUG-WHT"), 1}, {QStringLiteral("GHOST"), 1}}}));
        auto out = f.ingest(order(QStringLiteral("6"), PaymentState::Paid, {line(1, QStringLiteral("DUO"), 1)}));
        QVERIFY(!out->queuedCreate);
        QVERIFY(out->raised.constFirst().reason.contains(QLatin1String("GHOST (component of bundle DUO)")));
    }

    void cancellationBeforeSendWithdrawsTheCreate()
    {
        Fixture f;
        Order o = order(QStringLiteral("7"), PaymentState::Paid, {line(1, QStringLiteral("MUG-WHT"), 1)});
        QVERIFY(f.ingest(o)->queuedCreate);
        o.status = QStringLiteral("cancelled");
        auto out = f.ingest(o);
        QVERIFY(out->withdrawnCreate);
        QVERIFY(!out->queuedCancel);
        QVERIFY(f.outbox().isEmpty()); // nothing will go to the warehouse
    }

    void cancellationAfterSendQueuesOneCancel()
    {
        Fixture f;
        Order o = order(QStringLiteral("8"), PaymentState::Paid, {line(1, QStringLiteral("MUG-WHT"), 1)});
        QVERIFY(f.ingest(o)->queuedCreate);
        OutboxRepository repo(f.store.db);
        LOCKSTEP_VERIFY_OK(repo.markSent(f.outbox().constFirst().id, f.clock.nowUtc()));
        o.status = QStringLiteral("cancelled");
        QVERIFY(f.ingest(o)->queuedCancel);
        QVERIFY(!f.ingest(o)->queuedCancel); // duplicate delivery
        const auto due = f.outbox();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].idempotencyKey, QStringLiteral("wms.cancel:woocommerce:8"));
        QCOMPARE(due[0].kind, kWmsCancelOrder);
    }

    void keepsTheSkuFirstSeen()
    {
        Fixture f;
        Order o = order(QStringLiteral("9"),
            PaymentState::Pending,
            {line(1, QStringLiteral("MUG-WHT"), 1, QStringLiteral("li-77"))});
        LOCKSTEP_VERIFY_OK(f.ingest(o));
        // The product's SKU was edited (or the product deleted) after purchase; the order keeps the original.
        o.lines[0].sku = QString();
        o.paymentState = PaymentState::Paid;
        QVERIFY(f.ingest(o)->queuedCreate);
        QCOMPARE(decodeCreateRequest(f.outbox().constFirst().payload)->lines[0].sku, QStringLiteral("MUG-WHT"));
    }

    void unmappedCustomFieldsAreRaisedButTheOrderShips()
    {
        Fixture f;
        f.config.customFieldMap.insert(QStringLiteral("gift_note"), QStringLiteral("giftMessage"));
        Order o = order(QStringLiteral("10"), PaymentState::Paid, {line(1, QStringLiteral("MUG-WHT"), 1)});
        o.customFields = {{QStringLiteral("gift_note"), QStringLiteral("Happy birthday")},
            {QStringLiteral("delivery_slot"), QStringLiteral("evening")}};
        auto out = f.ingest(o);
        QVERIFY(out->queuedCreate);
        QCOMPARE(out->raised.size(), 1);
        LOCKSTEP_COMPARE_ENUM(out->raised[0].type, ExceptionType::UnmappedCustomField);
        QVERIFY(out->raised[0].reason.contains(QLatin1String("delivery_slot")));
        const auto request = decodeCreateRequest(f.outbox().constFirst().payload).value();
        QCOMPARE(request.customFields.value(QStringLiteral("giftMessage")), QStringLiteral("Happy birthday"));
        QVERIFY(!request.customFields.contains(QStringLiteral("delivery_slot")));
    }

    void payloadRoundTripsAndRejectsGarbage()
    {
        connectors::WmsCreateRequest r;
        r.reference = QStringLiteral("commercetools:5d2e");
        r.number = QStringLiteral("CT-1");
        r.facility = QStringLiteral("DAL-1");
        r.currency = QStringLiteral("KWD");
        r.total = Money::fromMinor(12345, r.currency);
        r.shipToName = QStringLiteral("Zoë \"Q\" Müller");
        r.lines = {{1, QStringLiteral("0001"), 2, Money::fromMinor(-5, r.currency)}};
        r.customFields.insert(QStringLiteral("note"), QStringLiteral("=cmd|' /C calc'!A0"));
        const auto back = decodeCreateRequest(encodeCreateRequest(r));
        LOCKSTEP_VERIFY_OK(back);
        QCOMPARE(back->shipToName, r.shipToName);
        QCOMPARE(back->lines[0].sku, QStringLiteral("0001"));
        QCOMPARE(back->lines[0].unitPrice, r.lines[0].unitPrice);
        QCOMPARE(back->total, r.total);
        QCOMPARE(back->customFields, r.customFields);
        for (const char* bad : {"", "{", "[]", "{\"reference\":\"x\",\"lines\":[{\"sku\":1}]}", "{\"lines\":[]}"})
            QVERIFY2(!decodeCreateRequest(QString::fromLatin1(bad)).ok(), bad);
    }
};

QTEST_GUILESS_MAIN(TestOrderIntake)
#include "test_order_intake.moc"
