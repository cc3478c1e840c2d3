// SPDX-License-Identifier: GPL-3.0-or-later
// A retry reads both systems live before it acts, against the sandbox over real HTTP: an order the customer
// cancelled at the storefront since the last poll is not created at the warehouse; an order another seat already
// sent is linked, not created; a probe reads both systems and changes nothing; a missing "shipped" message goes
// again under its idempotency key, and not at all when the storefront already holds it; a "shipped" message the
// storefront refuses is told at once, not after the confirmation SLA.
#include "actions/action_command.h"
#include "engine_run.h"
#include "rules/shipment_confirmation.h"
#include "sim_test_client.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/wms_order_repository.h"
#include "support.h"
#include "world.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace lockstep::core;
using lockstep::test::EngineRun;
using lockstep::test::sandboxConfig;

namespace {

actions::ActionCommand command(actions::ActionKind kind, QList<qint64> ids)
{
    actions::ActionCommand c;
    c.kind = kind;
    c.actor = QStringLiteral("supervisor");
    for (qint64 id : ids)
        c.targets.append({id, 0});
    return c;
}

const actions::ItemOutcome* outcomeFor(const actions::ActionResult& result, qint64 id)
{
    for (const auto& item : result.items) {
        if (item.exceptionId == id)
            return &item;
    }
    return nullptr;
}

/// Open order-level SKU mismatches for the gift card the WMS does not know.
QList<ExceptionRecord> heldGiftCards(store::Database& db)
{
    QList<ExceptionRecord> out;
    for (const ExceptionRecord& r : store::ExceptionRepository(db).open(ExceptionType::SkuMismatch).value()) {
        if (r.sku == QLatin1String("GC-STORE") && r.orderId != 0)
            out.append(r);
    }
    return out;
}

/// A change made in the WooCommerce back office (the customer cancelling, another seat's "shipped").
bool putWooOrder(const sim::Sandbox& sandbox, const QString& storefrontId, const QByteArray& body)
{
    lockstep::test::HttpClient http;
    const auto& woo = sandbox.endpoints().woocommerce;
    QUrl url = woo.baseUrl;
    url.setPath(QStringLiteral("/wp-json/wc/v3/orders/") + storefrontId);
    return http.send("PUT", url, body, {lockstep::test::HttpClient::basic(woo.consumerKey, woo.consumerSecret)}).status
        == 200;
}

/// A calm demo day against the engine: the sandbox and the engine's clock move together; four hours of orders and
/// a first cycle once started.
struct LiveDay
{
    sim::Sandbox sandbox;
    lockstep::test::TempStore store;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<EngineRun> run;

    /// Starts the day with the sandbox's configuration (webhooks off), changed by `adjust`.
    bool start(const std::function<void(engine::Config&)>& adjust = {})
    {
        if (!lockstep::test::startCalmDemo(sandbox))
            return false;
        engine::Config config = sandboxConfig(sandbox);
        config.webhooksEnabled = false;
        if (adjust)
            adjust(config);
        clock = std::make_unique<ManualClock>(sandbox.now());
        advance(4 * 3600 * 1000);
        run = std::make_unique<EngineRun>(config, store.path, clock.get());
        return run->cycle(true).has_value();
    }

    void advance(qint64 msecs)
    {
        sandbox.advance(msecs);
        clock->advanceMSecs(msecs);
    }
};

} // namespace

class TestRetryLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedShippedMessageIsToldAtOnceNotAfterTheSla()
    {
        LiveDay day;
        // The SLA never passes in this test.
        QVERIFY(day.start([](engine::Config& c) { c.slas.shipmentConfirmationMinutes = 100000; }));
        auto& sandbox = day.sandbox;
        auto& store = day.store;
        auto& run = *day.run;
        const auto advance = [&](qint64 msecs) { day.advance(msecs); };

        // The shop deletes the orders it has permanently: WooCommerce answers an update 400 "Invalid ID.".
        for (auto& o : sandbox.world()->orders()) {
            if (o.placed && !o.commercetools)
                o.wooDeleted = true;
        }
        advance(3 * 3600 * 1000); // the carrier collects some of them
        QVERIFY(run.cycle(false).has_value());
        QVERIFY(run.cycle(false).has_value());

        QList<ExceptionRecord> refused;
        for (const ExceptionRecord& r :
            store::ExceptionRepository(store.db).open(ExceptionType::ShipmentConfirmationMissing).value()) {
            if (r.subjectKey.startsWith(QLatin1String("woocommerce:")))
                refused.append(r);
        }
        QVERIFY(!refused.isEmpty());
        for (const ExceptionRecord& r : std::as_const(refused)) {
            LOCKSTEP_COMPARE_ENUM(r.severity, Severity::High);
            QVERIFY2(r.reason.contains(QLatin1String("refused")) && r.reason.contains(QLatin1String("Invalid ID.")),
                qPrintable(r.reason));
        }
    }

    void retryDecidesFromBothSystemsAsTheyAreNow()
    {
        sim::Sandbox sandbox;
        QVERIFY(lockstep::test::startCalmDemo(sandbox));
        sandbox.advance(8 * 3600 * 1000);
        engine::Config config = sandboxConfig(sandbox);
        config.webhooksEnabled = false;
        ManualClock clock(sandbox.now());

        lockstep::test::TempStore storeA;
        EngineRun a(config, storeA.path, &clock);
        QVERIFY(a.cycle(true).has_value());
        const QList<ExceptionRecord> held = heldGiftCards(storeA.db);
        QVERIFY2(held.size() >= 2, "the demo plants gift-card orders the WMS cannot take");
        const ExceptionRecord cancelled = held.at(0);
        const ExceptionRecord elsewhere = held.at(1);
        const QString cancelledId = cancelled.subjectKey.section(u':', 1);
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), cancelled.orderRef), 0);

        // The customer cancels one in the storefront; this engine has not polled since.
        QVERIFY(putWooOrder(sandbox, cancelledId, R"({"status": "cancelled"})"));

        // Another seat (its own store) maps the gift card and sends the other order to the warehouse.
        lockstep::test::TempStore storeB;
        {
            EngineRun b(config, storeB.path, &clock);
            QVERIFY(b.cycle(true).has_value());
            const auto mine = store::ExceptionRepository(storeB.db)
                                  .findBySubject(ExceptionType::SkuMismatch, elsewhere.subjectKey)
                                  .value();
            QVERIFY(mine);
            actions::ActionCommand map = command(actions::ActionKind::Edit, {mine->id});
            map.edit.kind = actions::EditKind::MapSku;
            map.edit.wmsSku = QStringLiteral("LS-1001");
            QVERIFY(b.act(map).error.isEmpty());
        }
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), elsewhere.orderRef), 1);
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), cancelled.orderRef), 0);

        // Here, a probe reads both systems and changes nothing.
        const qint64 versionBefore = store::ExceptionRepository(storeA.db).findById(elsewhere.id).value()->version;
        const actions::ActionResult probe = a.act(command(actions::ActionKind::Probe, {elsewhere.id}));
        QCOMPARE(probe.items.size(), 1);
        QVERIFY2(probe.items[0].succeeded, qPrintable(probe.items[0].message));
        QVERIFY(probe.items[0].current);
        QVERIFY(probe.items[0].current->storefrontRead);
        QVERIFY(probe.items[0].current->wmsRead);
        QVERIFY(probe.items[0].current->atWarehouse);
        QVERIFY(!probe.items[0].current->wmsNumber.isEmpty());
        QVERIFY2(
            probe.items[0].message.contains(probe.items[0].current->wmsNumber), qPrintable(probe.items[0].message));
        QCOMPARE(store::ExceptionRepository(storeA.db).findById(elsewhere.id).value()->version, versionBefore);
        QVERIFY(!store::WmsOrderRepository(storeA.db).find(elsewhere.subjectKey).value().has_value());

        // This seat maps the gift card too, without retrying yet: now a retry would send both orders.
        actions::ActionCommand map = command(actions::ActionKind::Edit, {cancelled.id});
        map.edit.kind = actions::EditKind::MapSku;
        map.edit.wmsSku = QStringLiteral("LS-1001");
        map.edit.retryAfter = false;
        QVERIFY(a.act(map).error.isEmpty());

        const actions::ActionResult retried = a.act(command(actions::ActionKind::Retry, {cancelled.id, elsewhere.id}));
        // Cancelled at the storefront: not created.
        const actions::ItemOutcome* c = outcomeFor(retried, cancelled.id);
        QVERIFY(c && c->current);
        QVERIFY(c->current->storefrontCancelled);
        QVERIFY2(!c->succeeded && c->message.contains(QStringLiteral("cancelled")), qPrintable(c->message));
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), cancelled.orderRef), 0);
        // Already at the warehouse: linked, not created, and resolved.
        const actions::ItemOutcome* e = outcomeFor(retried, elsewhere.id);
        QVERIFY(e && e->current);
        QVERIFY(e->current->atWarehouse);
        QVERIFY2(e->succeeded && e->message.contains(QStringLiteral("linked")), qPrintable(e->message));
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), elsewhere.orderRef), 1);
        QCOMPARE(
            store::WmsOrderRepository(storeA.db).find(elsewhere.subjectKey).value()->number, e->current->wmsNumber);
        LOCKSTEP_COMPARE_ENUM(
            store::ExceptionRepository(storeA.db).findById(elsewhere.id).value()->state, ExceptionState::Resolved);
        // What was read is on the order's lifecycle.
        const auto events = store::LifecycleRepository(storeA.db).forOrder(elsewhere.orderId).value();
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const LifecycleEvent& ev) {
            return ev.kind == QLatin1String("lockstep.checked");
        }));
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
    }

    void missingConfirmationGoesAgainOnceAndNeverTwice()
    {
        LiveDay day;
        QVERIFY(day.start());
        auto& sandbox = day.sandbox;
        auto& store = day.store;
        auto& run = *day.run;
        const auto advance = [&](qint64 msecs) { day.advance(msecs); };

        // The storefront turns every call away (429) while the carrier collects: the "shipped" messages cannot be
        // delivered. (A 429 does not open the circuit, so the storefront answers again as soon as it is back.)
        sim::FaultProfile down;
        down.rateLimitRate = 1.0;
        down.retryAfterSeconds = 0;
        sandbox.setFaultProfile(sim::SimSystem::WooCommerce, down);
        advance(3 * 3600 * 1000);
        QVERIFY(run.cycle(false).has_value());
        advance(2 * 3600 * 1000); // past the confirmation SLA
        QVERIFY(run.cycle(false).has_value());
        sandbox.setFaultProfile(sim::SimSystem::WooCommerce, sim::FaultProfile{});

        // (not those the storefront refuses for good: a planted shipped_update_refused order never takes one)
        const auto refusedForGood = [&](const ExceptionRecord& r) {
            const QString wooId = r.subjectKey.section(u':', 1).section(u'/', 0, 0);
            return std::any_of(
                sandbox.world()->orders().cbegin(), sandbox.world()->orders().cend(), [&](const auto& o) {
                    return !o.commercetools && QString::number(o.wooId) == wooId
                        && o.failure == sim::PlannedFailure::ShippedUpdateRefused;
                });
        };
        QList<ExceptionRecord> missing;
        for (const ExceptionRecord& r :
            store::ExceptionRepository(store.db).open(ExceptionType::ShipmentConfirmationMissing).value()) {
            if (r.subjectKey.startsWith(QLatin1String("woocommerce:")) && !refusedForGood(r))
                missing.append(r);
        }
        QVERIFY2(missing.size() >= 2, qPrintable(QString::number(missing.size())));
        const ExceptionRecord again = missing.at(0);
        const ExceptionRecord told = missing.at(1);
        const QString againOrder = again.subjectKey.section(u':', 1).section(u'/', 0, 0);
        const QString toldOrder = told.subjectKey.section(u':', 1).section(u'/', 0, 0);
        const QString toldShipment = told.subjectKey.section(u'/', 1);

        // Meanwhile someone told the storefront about the second shipment by hand (as Lockstep itself would).
        QVERIFY(putWooOrder(sandbox,
            toldOrder,
            QStringLiteral(
                R"({"status": "completed", "meta_data": [{"key": "_lockstep_shipment_%1", "value": {"carrier": "by hand"}}]})")
                .arg(toldShipment)
                .toUtf8()));
        const int updatesBefore = sandbox.ledger().counter(QStringLiteral("woocommerce.order_updates"));

        const actions::ActionResult retried = run.act(command(actions::ActionKind::Retry, {again.id, told.id}));
        const actions::ItemOutcome* a = outcomeFor(retried, again.id);
        QVERIFY(a && a->current);
        QVERIFY2(a->succeeded && a->message.contains(QStringLiteral("told it shipped")), qPrintable(a->message));
        const actions::ItemOutcome* t = outcomeFor(retried, told.id);
        QVERIFY(t && t->current);
        QVERIFY(t->current->storefrontShipped.contains(toldShipment));
        QVERIFY2(t->succeeded && t->message.contains(QStringLiteral("nothing was sent twice")), qPrintable(t->message));
        // Exactly one "shipped" went out: the first one's.
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("woocommerce.order_updates")), updatesBefore + 1);
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_completed"), again.orderRef), 1);
        for (const ExceptionRecord& r : {again, told})
            LOCKSTEP_COMPARE_ENUM(
                store::ExceptionRepository(store.db).findById(r.id).value()->state, ExceptionState::Resolved);

        // The next cycle sends neither again.
        QVERIFY(run.cycle(false).has_value());
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_completed"), again.orderRef), 1);
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_completed"), told.orderRef), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetryLive)
#include "test_retry_live.moc"
