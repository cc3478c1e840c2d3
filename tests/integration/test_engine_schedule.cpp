// SPDX-License-Identifier: GPL-3.0-or-later
// The engine as the console and `lockstep --headless` run it: on its schedules, not runOnce(). Every job runs on
// its schedule and none starves (orders keep reaching the warehouse after the first cycle), and a storefront that
// never answers holds up only its own polls: the other storefront, the warehouse tracker, the outbox and the sweep
// go on.
#include "engine_run.h"
#include "store/outbox_repository.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::test;

class TestEngineSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyJobRunsOnItsScheduleAndOrdersKeepFlowing()
    {
        QTemporaryDir dir;
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        QVERIFY(sandbox.start(scenario).ok()); // the demo's own clock: orders keep coming in
        sandbox.setFaultProfile(sim::FaultProfile{});
        engine::Config config = sandboxConfig(sandbox);
        config.webhooksEnabled = false; // polling alone must keep orders flowing
        // Equal periods and multiples of each other: the defect dropped every tick that came while a job ran.
        config.schedules = {1, 2, 1, 2};
        EngineRun run(config, dir.filePath(QStringLiteral("schedule.sqlite")), nullptr);
        run.startScheduled();

        const QStringList jobs = {QStringLiteral("stock"),
            QStringLiteral("orders:woocommerce"),
            QStringLiteral("outbox"),
            QStringLiteral("warehouse"),
            QStringLiteral("sweep")};
        QTRY_VERIFY_WITH_TIMEOUT(run.runsOf(QStringLiteral("outbox")) >= 1, 60000);
        const int receivedAfterFirstSend = sandbox.ledger().counter(QStringLiteral("wms.sales_orders_received"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            std::all_of(jobs.cbegin(), jobs.cend(), [&run](const QString& j) { return run.runsOf(j) >= 3; }),
            qPrintable(QStringLiteral("runs: stock %1, orders %2, outbox %3, warehouse %4, sweep %5")
                           .arg(run.runsOf(jobs[0]))
                           .arg(run.runsOf(jobs[1]))
                           .arg(run.runsOf(jobs[2]))
                           .arg(run.runsOf(jobs[3]))
                           .arg(run.runsOf(jobs[4]))),
            90000);
        // Orders paid after the first send still reach the warehouse: the outbox was not starved.
        QTRY_VERIFY_WITH_TIMEOUT(
            sandbox.ledger().counter(QStringLiteral("wms.sales_orders_received")) > receivedAfterFirstSend, 60000);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
    }

    void aHungStorefrontHoldsUpOnlyItsOwnPolls()
    {
        QTemporaryDir dir;
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        QVERIFY(sandbox.start(scenario).ok());
        sandbox.setFaultProfile(sim::FaultProfile{});
        sim::FaultProfile hung;
        hung.timeoutRate = 1.0; // WooCommerce reads every request and never answers
        hung.timeoutHoldMs = 600000;
        sandbox.setFaultProfile(sim::SimSystem::WooCommerce, hung);
        engine::Config config = sandboxConfig(sandbox);
        config.commercetools.enabled = true;
        config.webhooksEnabled = false;
        config.schedules = {1, 2, 1, 2};
        EngineRun run(config, dir.filePath(QStringLiteral("hung.sqlite")), nullptr);
        run.startScheduled();

        // commercetools' orders, the warehouse tracker, the outbox and the sweep each run again and again while
        // every WooCommerce request hangs until its deadline.
        QTRY_VERIFY2_WITH_TIMEOUT(run.runsOf(QStringLiteral("orders:commercetools")) >= 3
                && run.runsOf(QStringLiteral("warehouse")) >= 3 && run.runsOf(QStringLiteral("outbox")) >= 2
                && run.runsOf(QStringLiteral("sweep")) >= 2,
            qPrintable(QStringLiteral("commercetools %1, warehouse %2, outbox %3, sweep %4, woocommerce %5")
                           .arg(run.runsOf(QStringLiteral("orders:commercetools")))
                           .arg(run.runsOf(QStringLiteral("warehouse")))
                           .arg(run.runsOf(QStringLiteral("outbox")))
                           .arg(run.runsOf(QStringLiteral("sweep")))
                           .arg(run.runsOf(QStringLiteral("orders:woocommerce")))),
            120000);
        QVERIFY(sandbox.ledger().requests(QStringLiteral("woocommerce")) > 0);
        // What commercetools sold reached the warehouse meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.ledger().counter(QStringLiteral("wms.sales_orders_received")) > 0, 60000);
    }
};

QTEST_GUILESS_MAIN(TestEngineSchedule)
#include "test_engine_schedule.moc"
