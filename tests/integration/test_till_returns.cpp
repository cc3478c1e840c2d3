// SPDX-License-Identifier: GPL-3.0-or-later
// The stores' tills through the running engine, against the sandbox's Square tills and Deposco over real HTTP,
// judged by the sandbox's truth ledger: every store return the tills completed reaches the warehouse as one
// customer return (calm, and with the demo's faults: timeouts after the server acted, 5xx, 429, resets), none twice
// across a restart, and no till sale becomes a warehouse order. A store the warehouse holds as a facility of its own
// has each till sale taken off that facility's stock once (a refused store's sales wait in their queue), a move the
// WMS applied twice is raised as a sync loop, and the store's tills count what the WMS holds there.
#include "engine/outbox_payloads.h"
#include "engine_run.h"
#include "store/exception_repository.h"
#include "store/outbox_repository.h"
#include "support.h"
#include "world.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::engine;

using lockstep::test::EngineRun;
using lockstep::test::sandboxConfig;

class TestTillReturns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTillReturnReachesTheWarehouseOnce_data()
    {
        QTest::addColumn<bool>("faults");
        QTest::newRow("calm") << false;
        QTest::newRow("demo faults: 5xx, 429, resets, timeouts") << true;
    }

    void everyTillReturnReachesTheWarehouseOnce()
    {
        QFETCH(bool, faults);
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        scenario.speed = 0;
        QVERIFY(sandbox.start(scenario).ok());
        if (!faults)
            sandbox.setFaultProfile(sim::FaultProfile{});
        Config config = sandboxConfig(sandbox);
        config.pos.enabled = true;
        config.woocommerce.enabled = false; // the tills alone: their sales and returns are what is judged here
        config.webhooksEnabled = false;
        lockstep::test::TempStore store;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const auto unsent = [&store] {
            return store::OutboxRepository(store.db).unsent(kWmsCreateReturn).value().size();
        };
        sandbox.advance(12 * 3600 * 1000); // half a day of store sales and returns
        {
            EngineRun run(config, store.path, &clock);
            auto first = run.cycle(true);
            QVERIFY(first.has_value());
            QVERIFY2(first->ordersRead > 0, qPrintable(first->problems.join(u'\n')));
            for (int step = 0; step < 4; ++step) {
                sandbox.advance(3600 * 1000);
                clock.advanceMSecs(2 * 3600 * 1000);
                QVERIFY(run.cycle(false).has_value());
            }
            for (int drain = 0; drain < 12 && unsent() > 0; ++drain) {
                clock.advanceMSecs(2 * 3600 * 1000);
                QVERIFY(run.cycle(false).has_value());
            }
            QCOMPARE(unsent(), 0);
        }
        {
            // A restart on the same database: everything was sent, so nothing goes again.
            EngineRun again(config, store.path, &clock);
            auto summary = again.cycle(true);
            QVERIFY(summary.has_value());
            QCOMPARE(summary->returnsCreated, 0);
        }

        const sim::World& world = *sandbox.world();
        const sim::Ledger& ledger = sandbox.ledger();
        int returns = 0;
        int sales = 0;
        for (int i = 0; i < world.posEventsApplied(); ++i) {
            const sim::PosEvent& e = world.posEvents().at(i);
            if (!e.isReturn) {
                ++sales;
                QVERIFY2(ledger.counterFor(QStringLiteral("sales_orders_received"), e.id) == 0
                        && ledger.counterFor(QStringLiteral("sales_orders_received"), QStringLiteral("POS-") + e.id)
                            == 0,
                    qPrintable(QStringLiteral("till sale %1 became a warehouse order").arg(e.id)));
                continue;
            }
            ++returns;
            QVERIFY2(ledger.counterFor(QStringLiteral("customer_returns_created"), e.id) == 1,
                qPrintable(QStringLiteral("till return %1 reached the warehouse %2 time(s)")
                               .arg(e.id)
                               .arg(ledger.counterFor(QStringLiteral("customer_returns_created"), e.id))));
        }
        QVERIFY(sales > 10);
        QVERIFY(returns > 0);
        QCOMPARE(ledger.counter(QStringLiteral("wms.customer_returns_created")), returns);
        QCOMPARE(ledger.counter(QStringLiteral("wms.customer_returns_created_more_than_once")), 0);
        qInfo("till sales %d, till returns %d, each at the warehouse once", sales, returns);
    }

    void storeSalesLeaveTheStoresStockOnceAndTheTillsFollowTheWarehouse_data()
    {
        QTest::addColumn<bool>("faults");
        QTest::newRow("calm") << false;
        QTest::newRow("demo faults: 5xx, 429, resets, timeouts") << true;
    }

    void storeSalesLeaveTheStoresStockOnceAndTheTillsFollowTheWarehouse()
    {
        QFETCH(bool, faults);
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        scenario.speed = 0;
        // STORE-01 is a facility at the warehouse; STORE-02 is mapped to one the warehouse has not set up.
        QCOMPARE(scenario.pos.storeFacilities, QStringList{QStringLiteral("STORE-01")});
        QVERIFY(scenario.pos.stockMoveTwiceEvery > 0);
        // The WMS's clock near the engine's, as in life: its records of the moves are searched from a day before.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        sim::startHoursAgo(scenario, clock.nowUtc(), 12);
        QVERIFY(sandbox.start(scenario).ok());
        if (!faults)
            sandbox.setFaultProfile(sim::FaultProfile{});
        Config config = sandboxConfig(sandbox);
        config.pos.enabled = true;
        config.pos.stockAtWms = true;
        config.woocommerce.enabled = false;
        config.webhooksEnabled = false;
        for (const QString& storeName : scenario.pos.stores)
            config.facilityByChannel.insert(storeName, storeName);
        lockstep::test::TempStore store;
        const auto waiting = [&store] {
            int n = 0;
            for (const auto& e : store::OutboxRepository(store.db).unsent(kWmsStoreSale).value())
                n += e.state == store::OutboxState::Dead ? 0 : 1;
            return n;
        };
        sandbox.advance(12 * 3600 * 1000);
        {
            EngineRun run(config, store.path, &clock);
            auto first = run.cycle(true);
            QVERIFY(first.has_value());
            for (int step = 0; step < 4; ++step) {
                sandbox.advance(3600 * 1000);
                clock.advanceMSecs(2 * 3600 * 1000);
                QVERIFY(run.cycle(false).has_value());
            }
            // Until every sale is settled and every look a while after it has been taken.
            for (int drain = 0; drain < 12
                 && (waiting() > 0 || store::OutboxRepository(store.db).unsent(kWmsStoreSaleCheck).value().size() > 0);
                 ++drain) {
                clock.advanceMSecs(2 * 3600 * 1000);
                QVERIFY(run.cycle(false).has_value());
            }
            QCOMPARE(waiting(), 0);
        }
        {
            EngineRun again(config, store.path, &clock);
            auto summary = again.cycle(true);
            QVERIFY(summary.has_value());
            QCOMPARE(summary->stockMovesSent, 0); // a restart moves nothing again
        }

        const sim::World& world = *sandbox.world();
        const sim::Ledger& ledger = sandbox.ledger();
        int soldAtStore1 = 0;
        int soldAtStore2 = 0;
        for (int i = 0; i < world.posEventsApplied(); ++i) {
            const sim::PosEvent& e = world.posEvents().at(i);
            if (e.isReturn)
                continue;
            (e.store == QLatin1String("STORE-01") ? soldAtStore1 : soldAtStore2) += 1;
        }
        int deadAtStore1 = 0;
        int deadAtStore2 = 0;
        for (const auto& e : store::OutboxRepository(store.db).unsent(kWmsStoreSale).value()) {
            const auto sale = decodeStoreSale(e.payload).value();
            (sale.store == QLatin1String("STORE-01") ? deadAtStore1 : deadAtStore2) += 1;
        }
        // Every sale of the set-up store reached the warehouse once, save those it refused (fewer units there than
        // the till sold), which wait for a person; every sale of the other store was refused and waits too.
        QVERIFY(soldAtStore1 > 10);
        QCOMPARE(ledger.counter(QStringLiteral("wms.stock_moves")), soldAtStore1 - deadAtStore1);
        QCOMPARE(ledger.counter(QStringLiteral("wms.stock_moves_more_than_once")), 0);
        QCOMPARE(deadAtStore2, soldAtStore2);
        store::ExceptionRepository exceptions(store.db);
        QCOMPARE(exceptions.open(ExceptionType::StoreSaleNotAtWms).value().size(), deadAtStore1 + deadAtStore2);
        // The moves the WMS applied twice (a retrying proxy) are each raised once as a sync loop.
        const int doubled = ledger.counter(QStringLiteral("wms.stock_moves_applied_twice"));
        QVERIFY(doubled > 0);
        const auto loops = exceptions.open(ExceptionType::StockMovedTwice).value();
        QCOMPARE(loops.size(), doubled);
        QCOMPARE(loops.constFirst().facility, QStringLiteral("STORE-01"));
        // The set-up store's tills count what the warehouse holds there, SKU by SKU.
        int compared = 0;
        for (auto it = world.posStock().cbegin(); it != world.posStock().cend(); ++it) {
            if (it.key().first != QLatin1String("STORE-01"))
                continue;
            QVERIFY2(it.value() == world.availableToPromise(it.key().second, QStringLiteral("STORE-01")),
                qPrintable(QStringLiteral("%1: till %2, warehouse %3")
                               .arg(it.key().second)
                               .arg(it.value())
                               .arg(world.availableToPromise(it.key().second, QStringLiteral("STORE-01")))));
            ++compared;
        }
        QVERIFY(compared > 5);
        qInfo(
            "store sales %d and %d, %d moved at the warehouse once, %d refused, %d sync loops raised, %d SKUs in step",
            soldAtStore1,
            soldAtStore2,
            soldAtStore1 - deadAtStore1,
            deadAtStore1 + deadAtStore2,
            doubled,
            compared);
    }
};

QTEST_GUILESS_MAIN(TestTillReturns)
#include "test_till_returns.moc"
