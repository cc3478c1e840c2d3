// SPDX-License-Identifier: GPL-3.0-or-later
// The reliability harness's chaos run: a day of orders on WooCommerce and commercetools through the sandbox's
// chaos profile (5xx, timeouts, 429 with Retry-After, resets, 409s, slow answers, duplicate webhooks, planted
// failures of every kind), with the webhook receiver on, the engine in its worker thread run until quiescent,
// then judged by the sandbox's truth ledger (tests/reconciliation.h): nothing received twice by the WMS,
// nothing lost, every paid order at the WMS exactly once or queued with its error or held in an exception
// naming it, nothing sent unpaid, and no storefront told "shipped" before the carrier collected (checked after
// every cycle, not only at the end).
//
// Quick form (ctest): 1,000 orders. Long form (tests/integration/README.md):
//   QTEST_FUNCTION_TIMEOUT=3600000 LOCKSTEP_CHAOS_ORDERS=10000 ./build/dev/tests/test_chaos
#include "engine_run.h"
#include "reconciliation.h"
#include "store/outbox_repository.h"
#include "support.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::engine;

using lockstep::test::EngineRun;
using lockstep::test::kWebhookSecret;

namespace {

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

constexpr qint64 kHour = 3600 * 1000;

} // namespace

class TestChaos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Thousands of retried requests: keep the log to warnings, or writing it costs more than the run.
        QLoggingCategory::setFilterRules(QStringLiteral("lockstep.*.debug=false\nlockstep.*.info=false"));
    }

    void chaosDayReconcilesWithTheLedger()
    {
        const int orders = envInt("LOCKSTEP_CHAOS_ORDERS", 1000);
        auto loaded = sim::loadScenario(QFINDTESTDATA("scenarios/chaos_harness.json"));
        LOCKSTEP_VERIFY_OK(loaded);
        sim::Scenario scenario = loaded.value();
        scenario.ordersPerDay = orders * 24 / scenario.durationHours;
        scenario.speed = 0; // time moves only when the test says so
        sim::Sandbox sandbox;
        QVERIFY(sandbox.start(scenario).ok());

        Config config = lockstep::test::sandboxConfig(sandbox);
        config.commercetools.enabled = true; // both storefronts: commercetools brings version conflicts
        lockstep::test::TempStore store;
        // The engine's clock moves with the sandbox's: SLAs and outbox backoffs see the same time.
        ManualClock clock(sandbox.now());
        const auto advance = [&](qint64 msecs) {
            sandbox.advance(msecs);
            clock.advanceMSecs(msecs);
        };
        QElapsedTimer elapsed;
        elapsed.start();

        EngineRun run(config, store.path, &clock);
        // The engine's waits scaled like the scenario's: a per-attempt timeout longer than most answers and
        // shorter than the sandbox's held requests (so both a client timeout and a connection the server closes
        // without answering happen), retries after tens of milliseconds, a breaker that cools down in two seconds.
        net::HttpPolicy policy;
        policy.timeout = std::chrono::milliseconds(250);
        policy.backoff = {std::chrono::milliseconds(10), std::chrono::milliseconds(100)};
        policy.breaker.coolDown = std::chrono::milliseconds(2000);
        run.engine->setHttpPolicy(policy);
        QVERIFY(run.cycle(true).has_value());
        const QUrl hook = run.webhookUrl();
        QVERIFY(hook.isValid());
        sandbox.addWebhook(QStringLiteral("order.created"), hook, kWebhookSecret);
        sandbox.addWebhook(QStringLiteral("order.updated"), hook, kWebhookSecret);

        CycleSummary total;
        int cycles = 0;
        const auto cycle = [&]() -> bool {
            auto s = run.cycle(false);
            if (!s)
                return false;
            ++cycles;
            total.add(*s);
            return true;
        };
        const auto shippedEarly = [&] {
            return lockstep::test::reconcile(sandbox.ledger().toJson(), store.db).shippedEarly;
        };

        // The trading day, two hours at a time, then the warehouse's working hours after it.
        for (qint64 t = 0; t < qint64(scenario.durationHours + 8) * kHour; t += 2 * kHour) {
            advance(2 * kHour);
            QVERIFY(cycle());
            const QStringList early = shippedEarly();
            QVERIFY2(
                early.isEmpty(), qPrintable(QStringLiteral("told shipped before collection: ") + early.join(u',')));
        }
        const qint64 dayMs = elapsed.elapsed();

        // Until quiescent: a cycle that sends nothing and leaves nothing due. Every backoff has passed after two
        // simulated hours; an open circuit breaker cools down in real time, hence the real-time bound too.
        store::OutboxRepository outbox(store.db);
        const auto waiting = [&] {
            return outbox.countByState(store::OutboxState::Pending).value()
                + outbox.countByState(store::OutboxState::Failed).value();
        };
        int drains = 0;
        QElapsedTimer drain;
        drain.start();
        for (; drains < 40 && drain.elapsed() < 180000; ++drains) {
            advance(2 * kHour);
            const int sentBefore =
                total.wmsCreated + total.wmsFoundExisting + total.fulfilmentsSent + total.cancelsSent;
            QVERIFY(cycle());
            const int sent = total.wmsCreated + total.wmsFoundExisting + total.fulfilmentsSent + total.cancelsSent;
            if (sent == sentBefore && waiting() == 0)
                break;
        }
        QVERIFY2(waiting() == 0,
            qPrintable(QStringLiteral("%1 outbox rows still waiting after %2 drains").arg(waiting()).arg(drains)));

        // The faults really happened.
        const sim::Ledger& ledger = sandbox.ledger();
        for (const char* system : {"woocommerce", "commercetools", "wms"}) {
            for (const char* kind : {"5xx", "429", "reset", "timeout"})
                QVERIFY2(ledger.faults(QString::fromLatin1(system), QString::fromLatin1(kind)) > 0, kind);
        }
        QVERIFY(ledger.faults(QStringLiteral("wms"), QStringLiteral("409")) > 0);
        QVERIFY(ledger.counter(QStringLiteral("commercetools.conflicts")) > 0);
        QVERIFY(ledger.counter(QStringLiteral("webhooks.duplicated")) > 0);
        QVERIFY(total.wmsFoundExisting > 0); // creates whose answer was lost were found, not repeated

        const auto r = lockstep::test::reconcile(ledger.toJson(), store.db);
        QVERIFY2(r.ok(), qPrintable(r.problems()));
        QCOMPARE(ledger.counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
        QVERIFY(r.paid > orders / 2);
        QVERIFY(r.atWms > r.paid / 2);
        QVERIFY(r.held > 0); // the scenario plants unknown SKUs and the like

        // Transient trouble is never handed to a person as a refusal: nothing the WMS really refused is planted
        // (unknown SKUs are held before sending), so no order may be given up as "refused by the warehouse".
        auto refused = store.db.prepare(
            QStringLiteral("SELECT reason FROM exceptions WHERE signature LIKE 'wms-refused:%' LIMIT 20"));
        LOCKSTEP_VERIFY_OK(refused);
        const auto reasons =
            store::collectRows<QString>(refused.value(), [](const store::Statement& row) { return row.text(0); });
        LOCKSTEP_VERIFY_OK(reasons);
        QVERIFY2(reasons->isEmpty(), qPrintable(reasons->join(QStringLiteral(" | ")).left(2000)));

        qInfo("chaos: %d orders planned, %d placed; %s",
            orders,
            ledger.counter(QStringLiteral("orders.placed")),
            qPrintable(r.summary()));
        qInfo("chaos: %d cycles + %d drains; day %lld ms, total %lld ms; requests woocommerce %d, commercetools %d, "
              "wms %d; faults 5xx %d, 429 %d, reset %d, timeout %d, 409 %d; webhooks %d delivered (%d duplicated); "
              "creates %d, found existing %d",
            cycles,
            drains,
            dayMs,
            elapsed.elapsed(),
            ledger.requests(QStringLiteral("woocommerce")),
            ledger.requests(QStringLiteral("commercetools")),
            ledger.requests(QStringLiteral("wms")),
            faults(ledger, "5xx"),
            faults(ledger, "429"),
            faults(ledger, "reset"),
            faults(ledger, "timeout"),
            faults(ledger, "409"),
            ledger.counter(QStringLiteral("webhooks.delivered")),
            ledger.counter(QStringLiteral("webhooks.duplicated")),
            total.wmsCreated,
            total.wmsFoundExisting);
    }

private:
    static int faults(const sim::Ledger& ledger, const char* kind)
    {
        int n = 0;
        for (const char* system : {"woocommerce", "commercetools", "wms"})
            n += ledger.faults(QString::fromLatin1(system), QString::fromLatin1(kind));
        return n;
    }
};

QTEST_GUILESS_MAIN(TestChaos)
#include "test_chaos.moc"
