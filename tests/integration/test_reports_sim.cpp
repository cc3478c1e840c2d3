// SPDX-License-Identifier: GPL-3.0-or-later
// The finance reports over what the engine recorded from the sandbox: the totals mismatches are those the
// detectors raised, the orders cancelled after the warehouse locked them show as cancelled but shipped, "shipped, never
// told" appears while the storefront is down and clears once it heard, and every reconciliation cell equals its
// drill-down.
#include "engine_run.h"
#include "sim/world.h"
#include "sim_test_client.h"
#include "store/exception_repository.h"
#include "store/report_repository.h"
#include "support.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace lockstep::core;
using namespace lockstep::core::engine;
using lockstep::test::EngineRun;
using lockstep::test::sandboxConfig;

namespace {

template <typename T> QList<T> readAll(Result<store::RowCursor<T>> cursor)
{
    QList<T> out;
    if (!cursor.ok())
        qFatal("report read failed: %s", qPrintable(cursor.error().toString()));
    T row;
    while (cursor->next(row).valueOr(false))
        out.append(row);
    return out;
}

QSet<QString> numbersOf(const QList<store::DiscrepancyRow>& rows)
{
    QSet<QString> out;
    for (const auto& r : rows)
        out.insert(r.orderNumber);
    return out;
}

} // namespace

class TestReportsSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discrepanciesFromATradingDay()
    {
        sim::Sandbox sandbox;
        auto scenario = lockstep::test::quietScenario(11);
        scenario.failureRates[static_cast<int>(sim::PlannedFailure::TotalsDiffer)] = 0.15;
        scenario.failureRates[static_cast<int>(sim::PlannedFailure::CancelAfterLock)] = 0.15;
        // A completion the storefront refuses for good is never announced; this day's shipments all can be.
        scenario.failureRates[static_cast<int>(sim::PlannedFailure::ShippedUpdateRefused)] = 0;
        QVERIFY(sandbox.start(scenario).ok());
        Config config = sandboxConfig(sandbox);
        config.webhooksEnabled = false;
        lockstep::test::TempStore temp;
        ManualClock clock(sandbox.now());
        const auto advance = [&](qint64 msecs) {
            sandbox.advance(msecs);
            clock.advanceMSecs(msecs);
        };
        const QDateTime from = sandbox.now().addDays(-2);
        advance(4 * lockstep::test::kHourMs);
        auto run = std::make_unique<EngineRun>(config, temp.path, &clock);
        QVERIFY(run->cycle(true).has_value());
        for (int i = 0; i < 6; ++i) { // the warehouse releases, picks and ships; customers cancel locked orders
            advance(2 * lockstep::test::kHourMs);
            QVERIFY(run->cycle(false).has_value());
        }
        const QDateTime to = sandbox.now().addDays(2);
        store::ReportRepository repo(temp.db);

        // Totals: the report and the sweep's detector name the same orders, each one planned with a fee. (The
        // sandbox's warehouse keeps the order value the engine sent, so this list is usually empty here; the unit
        // tests seed the mismatch itself.)
        QSet<QString> planned;
        QSet<QString> plannedCancels;
        for (const auto& o : sandbox.world()->orders()) {
            if (o.placed && o.failure == sim::PlannedFailure::TotalsDiffer)
                planned.insert(o.number);
            if (o.placed && o.failure == sim::PlannedFailure::CancelAfterLock)
                plannedCancels.insert(o.number);
        }
        const auto totals = readAll(repo.discrepancies(store::DiscrepancyKind::TotalsMismatch, from, to));
        QVERIFY(planned.contains(numbersOf(totals)));
        store::PageRequest request;
        request.filter.type = ExceptionType::TotalsMismatch;
        request.limit = 10000;
        QSet<QString> raised;
        for (const auto& e : store::ExceptionRepository(temp.db).page(request).value().rows)
            raised.insert(e.orderRef);
        QCOMPARE(numbersOf(totals), raised);

        // Cancelled after the lock, shipped anyway: only such orders.
        const auto cancelled = readAll(repo.discrepancies(store::DiscrepancyKind::CancelledButShipped, from, to));
        QVERIFY2(!cancelled.isEmpty(), "no order was cancelled after the lock and shipped");
        QVERIFY(plannedCancels.contains(numbersOf(cancelled)));
        for (const auto& r : cancelled)
            QVERIFY(r.expectedUnits > 0 && !r.trackingNumber.isEmpty());

        // Calm weather: every collected shipment was announced.
        QVERIFY(readAll(repo.discrepancies(store::DiscrepancyKind::ShippedNotConfirmed, from, to)).isEmpty());
        QVERIFY(readAll(repo.discrepancies(store::DiscrepancyKind::RefundedWithoutReturn, from, to)).isEmpty());

        // The storefront down while the carrier collects: shipped, never told.
        sim::FaultProfile down;
        down.serverErrorRate = 1.0;
        sandbox.setFaultProfile(sim::SimSystem::WooCommerce, down);
        advance(2 * lockstep::test::kHourMs);
        QVERIFY(run->cycle(false).has_value());
        const auto untold = readAll(repo.discrepancies(store::DiscrepancyKind::ShippedNotConfirmed, from, to));
        QVERIFY2(!untold.isEmpty(), "no shipment collected during the storefront outage");
        for (const auto& r : untold)
            QVERIFY2(r.confirmation != QLatin1String("sent"), qPrintable(r.confirmation));

        // Back up, and the engine restarted (its circuit breakers wait in real time, which this test does not
        // spend): it tells the storefront, and the list is empty again.
        sandbox.setFaultProfile(sim::FaultProfile{});
        run.reset();
        run = std::make_unique<EngineRun>(config, temp.path, &clock);
        QVERIFY(run->cycle(true).has_value());
        for (int i = 0; i < 2; ++i) {
            advance(lockstep::test::kHourMs);
            QVERIFY(run->cycle(false).has_value());
        }
        const auto after = readAll(repo.discrepancies(store::DiscrepancyKind::ShippedNotConfirmed, from, to));
        QStringList left;
        for (const auto& r : after)
            left.append(r.orderNumber + u'/' + r.confirmation + u'/' + r.storefrontStatus);
        QVERIFY2(after.isEmpty(), qPrintable(left.join(u',')));

        // Every reconciliation cell of the day equals the orders behind it.
        const auto days = repo.reconciliation(from, to).value();
        QVERIFY(!days.isEmpty());
        for (const auto& d : days) {
            const QDateTime dayFrom = d.day.startOfDay(QTimeZone::utc());
            const QDateTime dayTo = d.day.addDays(1).startOfDay(QTimeZone::utc());
            qint64 shippedValue = 0;
            const auto shipped =
                readAll(repo.reconciliationOrders(dayFrom, dayTo, store::ReconciliationBucket::Shipped, d.currency));
            for (const auto& o : shipped)
                shippedValue += o.total;
            QCOMPARE(qint64(shipped.size()), d.shippedCount);
            QCOMPARE(shippedValue, d.shippedValue);
            QCOMPARE(qint64(readAll(
                         repo.reconciliationOrders(dayFrom, dayTo, store::ReconciliationBucket::Sales, d.currency))
                                .size()),
                d.salesCount);
            QCOMPARE(d.salesValue, d.shippedValue + d.cancelledValue + d.refundedValue + d.openValue);
        }
    }
};

QTEST_GUILESS_MAIN(TestReportsSim)
#include "test_reports_sim.moc"
