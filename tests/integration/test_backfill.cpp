// SPDX-License-Identifier: GPL-3.0-or-later
// The first sync (backfill) against the sandbox's WooCommerce over real HTTP with latency on every answer:
// read in windows side by side, never more at once than the configured parallelism (the sandbox counts the
// requests it holds at once), with progress per window, and the same orders as a page-by-page read. After
// it, the cursor stands at the backfill's start in the storefront's own time (its `Date` header), so the next
// poll reads only what changed since, even when the storefront's clock lags the engine's.
#include "../reconciliation.h"
#include "connectors/woocommerce/woo_connector.h"
#include "engine/order_poller.h"
#include "engine_run.h"
#include "net/http_client.h"
#include "sim/sandbox.h"
#include "sim_test_client.h"
#include "store/cursor_repository.h"
#include "support.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <array>

using namespace lockstep::core;

namespace {

/// One storefront's order poll against the sandbox, into its own store.
struct Poll
{
    Poll(sim::Sandbox& sandbox, int parallelism, const QDateTime& now, net::HttpPolicy policy = {})
        : clock(now)
        , http(QStringLiteral("woocommerce"), &network, policy, {})
    {
        config.backfillDays = 2;
        config.backfillParallelism = parallelism;
        config.defaultFacility = sandbox.scenario().facilities.constFirst().number;
        connectors::woocommerce::WooSettings settings;
        settings.baseUrl = sandbox.endpoints().woocommerce.baseUrl;
        settings.consumerKey = sandbox.endpoints().woocommerce.consumerKey;
        settings.consumerSecret = sandbox.endpoints().woocommerce.consumerSecret;
        woo = std::make_unique<connectors::woocommerce::WooConnector>(settings, http);
        context = std::make_unique<engine::EngineContext>(
            engine::EngineContext{store.db, config, clock, {woo.get()}, nullptr});
    }

    /// One poll; `progress` collects the backfill's reports (windows done, windows in all, orders read).
    std::optional<engine::CycleSummary> run(QList<std::array<int, 3>>* progress = nullptr)
    {
        engine::OrderPoller poller(*context, *woo);
        QObject::connect(
            &poller, &engine::OrderPoller::backfillProgress, [progress](const QString&, int d, int t, int o) {
                if (progress)
                    progress->append({d, t, o});
            });
        std::optional<engine::CycleSummary> out;
        poller.run([&out](engine::CycleSummary s) { out = s; });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, 120000);
        return out;
    }

    QSet<QString> storefrontIds()
    {
        QSet<QString> ids;
        auto st = store.db.prepare(QStringLiteral("SELECT storefront_id FROM orders"));
        while (st->step().value())
            ids.insert(st->text(0));
        return ids;
    }

    lockstep::test::TempStore store;
    engine::Config config;
    ManualClock clock;
    QNetworkAccessManager network;
    net::HttpClient http;
    std::unique_ptr<connectors::woocommerce::WooConnector> woo;
    std::unique_ptr<engine::EngineContext> context;
};

} // namespace

class TestBackfill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsSideBySideWithProgress()
    {
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("scale")).value();
        scenario.speed = 0;
        scenario.faults = {};
        scenario.faults.latencyMedianMs = 25;
        scenario.faults.latencyP99Ms = 25;
        scenario.faultsBySystem.clear();
        QVERIFY(sandbox.start(scenario).ok());
        sandbox.advance(3 * lockstep::test::kHourMs); // about 2,500 orders
        const QDateTime now = sandbox.now();

        // The baseline: page after page, one request at a time.
        Poll sequential(sandbox, 1, now);
        auto one = sequential.run();
        QVERIFY(one.has_value());
        QVERIFY2(one->problems.isEmpty(), qPrintable(one->problems.join(u'\n')));
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("in_flight_max.woocommerce")), 1);
        const QSet<QString> expected = sequential.storefrontIds();
        QVERIFY(expected.size() > 1000);

        // The backfill: four lanes.
        Poll parallel(sandbox, 4, now);
        QList<std::array<int, 3>> progress;
        auto four = parallel.run(&progress);
        QVERIFY(four.has_value());
        QVERIFY2(four->problems.isEmpty(), qPrintable(four->problems.join(u'\n')));
        QCOMPARE(parallel.storefrontIds(), expected); // nothing missed, nothing extra
        const int held = sandbox.ledger().counter(QStringLiteral("in_flight_max.woocommerce"));
        QVERIFY2(held > 1 && held <= 4, qPrintable(QString::number(held)));

        // Progress: from 0 of N to N of N, never backwards, with the orders counted.
        QVERIFY(progress.size() >= 2);
        const int total = progress.constFirst()[1];
        QCOMPARE(total, 16); // four windows per lane
        QCOMPARE(progress.constFirst()[0], 0);
        QCOMPARE(progress.constLast()[0], total);
        QCOMPARE(progress.constLast()[2], four->ordersRead);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i)[0] >= progress.at(i - 1)[0]);

        // The cursor stands at the backfill's start (the storefront's Date, here the engine's clock too, less
        // five seconds): the next poll reads only what changed since.
        const auto cursor =
            store::CursorRepository(parallel.store.db).get(QStringLiteral("woocommerce.orders")).value();
        QVERIFY(cursor.has_value());
        QCOMPARE(*cursor,
            connectors::woocommerce::WooConnector::makeCursor(
                QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - 5, Qt::UTC), 1));
        sandbox.advance(lockstep::test::kHourMs / 4);
        parallel.clock.setNow(sandbox.now());
        auto next = parallel.run();
        QVERIFY(next.has_value());
        QVERIFY(next->ordersRead > 0);
        QVERIFY(next->ordersRead < four->ordersRead / 4);
        sequential.clock.setNow(sandbox.now());
        QVERIFY(sequential.run().has_value());
        QCOMPARE(parallel.storefrontIds(), sequential.storefrontIds());
    }

    void aStorefrontClockBehindTheEnginesLosesNothing_data()
    {
        QTest::addColumn<bool>("sendsDate");
        QTest::addColumn<int>("marginSeconds");
        QTest::addColumn<qint64>("cursorBehindSeconds"); // the cursor: the storefront's start less this
        QTest::newRow("the storefront's Date") << true << 600 << qint64(5);
        // Without a Date, the engine's start less the configured margin (here four hours for a three-hour lag).
        QTest::newRow("no Date: the configured margin") << false << 4 * 3600 << qint64(3600);
    }

    void aStorefrontClockBehindTheEnginesLosesNothing()
    {
        // The storefront's clock three hours behind the engine's, as `lockstep sandbox` runs against a desktop:
        // what is paid after the backfill read its window carries a storefront time before the engine's start.
        QFETCH(bool, sendsDate);
        QFETCH(int, marginSeconds);
        QFETCH(qint64, cursorBehindSeconds);
        sim::Sandbox sandbox;
        auto scenario = lockstep::test::quietScenario();
        scenario.commercetoolsShare = 0; // the engine below serves WooCommerce
        scenario.failureRates.fill(0); // every paid order must reach the WMS, none is held for a person
        QVERIFY(sandbox.start(scenario).ok());
        sandbox.setSendsDate(sendsDate);
        sandbox.advance(3 * lockstep::test::kHourMs);
        engine::Config config = lockstep::test::sandboxConfig(sandbox);
        config.webhooksEnabled = false; // only the polls bring orders in
        config.backfillParallelism = 4;
        config.backfillClockMarginSeconds = marginSeconds;
        lockstep::test::TempStore store;
        ManualClock clock(sandbox.now().addSecs(3 * 3600));
        lockstep::test::EngineRun run(config, store.path, &clock);
        auto first = run.cycle(true);
        QVERIFY(first.has_value());
        QVERIFY2(first->problems.isEmpty(), qPrintable(first->problems.join(u'\n')));
        QVERIFY(first->ordersRead > 0);

        const auto cursor = store::CursorRepository(store.db).get(QStringLiteral("woocommerce.orders")).value();
        const qint64 storefrontStart = sandbox.now().toSecsSinceEpoch();

        const auto paidNumbers = [&sandbox] {
            QSet<QString> out;
            const auto ledger = sandbox.ledger().toJson();
            if (ledger.at("per_order").contains("paid")) {
                for (const auto& [number, n] : ledger.at("per_order").at("paid").items())
                    out.insert(QString::fromStdString(number));
            }
            return out;
        };
        const QSet<QString> paidAtBackfill = paidNumbers();
        // Half an hour later on both clocks: orders placed and paid at storefront times before the engine's start.
        sandbox.advance(lockstep::test::kHourMs / 2);
        clock.advanceMSecs(lockstep::test::kHourMs / 2);
        const QSet<QString> paidSince = paidNumbers() - paidAtBackfill;
        QVERIFY(!paidSince.isEmpty());
        auto next = run.cycle(false);
        QVERIFY(next.has_value());
        QVERIFY2(next->problems.isEmpty(), qPrintable(next->problems.join(u'\n')));

        // Each of them taken in by that poll and at the WMS exactly once; the ledger finds nothing lost.
        for (const QString& number : paidSince)
            QVERIFY2(
                sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), number) == 1, qPrintable(number));
        const auto r = lockstep::test::reconcile(sandbox.ledger().toJson(), store.db);
        qInfo().noquote() << r.summary() << QStringLiteral("(%1 paid after the backfill)").arg(paidSince.size());
        QVERIFY2(r.ok(), qPrintable(r.problems()));
        QCOMPARE(r.atWms, r.paid);
        // Because the cursor was no later than the storefront's time, not the engine's: the backfill set it at
        // most `cursorBehindSeconds` behind the storefront's clock, and the pass's second read (after the
        // warehouse step) may have moved it on to the last change it read, still on the storefront's clock.
        QVERIFY(cursor.has_value());
        const QDateTime cursorAt = QDateTime::fromString(cursor->section(u'|', 0, 0), Qt::ISODate);
        QVERIFY2(cursorAt.isValid(), qPrintable(*cursor));
        const qint64 cursorSecs = QDateTime(cursorAt.date(), cursorAt.time(), Qt::UTC).toSecsSinceEpoch();
        QVERIFY2(cursorSecs >= storefrontStart - cursorBehindSeconds && cursorSecs <= storefrontStart,
            qPrintable(QStringLiteral("cursor %1, storefront at %2, margin %3 s")
                           .arg(*cursor, QDateTime::fromSecsSinceEpoch(storefrontStart, Qt::UTC).toString(Qt::ISODate))
                           .arg(cursorBehindSeconds)));
    }

    void aFailedWindowLeavesTheCursorUnset()
    {
        sim::Sandbox sandbox;
        auto scenario = lockstep::test::quietScenario();
        QVERIFY(sandbox.start(scenario).ok());
        sandbox.advance(3 * lockstep::test::kHourMs);
        net::HttpPolicy once;
        once.maxAttempts = 1;
        Poll parallel(sandbox, 4, sandbox.now(), once);
        sim::FaultProfile broken;
        broken.serverErrorRate = 1.0;
        sandbox.setFaultProfile(broken);
        auto run = parallel.run();
        QVERIFY(run.has_value());
        QVERIFY(!run->problems.isEmpty());
        QVERIFY(
            !store::CursorRepository(parallel.store.db).get(QStringLiteral("woocommerce.orders")).value().has_value());
        // Mended: the backfill runs again from the start and completes.
        sandbox.setFaultProfile(sim::FaultProfile{});
        run = parallel.run();
        QVERIFY(run.has_value());
        QVERIFY(run->problems.isEmpty());
        QVERIFY(run->ordersRead > 0);
        QVERIFY(
            store::CursorRepository(parallel.store.db).get(QStringLiteral("woocommerce.orders")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestBackfill)
#include "test_backfill.moc"
