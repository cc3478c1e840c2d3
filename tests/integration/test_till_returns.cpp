// SPDX-License-Identifier: GPL-3.0-or-later
// The stores' tills through the running engine, against the sandbox's Square tills and Deposco over real HTTP,
// judged by the sandbox's truth ledger: every store return the tills completed reaches the warehouse as one
// customer return (calm, and with the demo's faults: timeouts after the server acted, 5xx, 429, resets), none twice
// across a restart, and no till sale becomes a warehouse order.
#include "engine/outbox_payloads.h"
#include "engine_run.h"
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
};

QTEST_GUILESS_MAIN(TestTillReturns)
#include "test_till_returns.moc"
