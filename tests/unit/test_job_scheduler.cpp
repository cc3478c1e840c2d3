// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's scheduler: a job that comes due while another runs is run right after, never skipped; a job that
// never finishes holds up only its own lane; first runs wait for the job they follow; one-off work waits for its lane.
#include "engine/job_scheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace lockstep::core::engine;
using namespace std::chrono_literals;

namespace {

/// A job that takes `ms` on the event loop (as a network call would) and counts its runs.
JobScheduler::Job slowJob(QObject* context, int ms, int* runs)
{
    return [context, ms, runs](JobDone done) {
        QTimer::singleShot(ms, context, [runs, done] {
            ++*runs;
            done({});
        });
    };
}

} // namespace

class TestJobScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsSharingALaneAreServedInTurnNoneStarves()
    {
        // The defect this replaces: a tick that came while any job ran was dropped, so a job whose period was a
        // multiple of a busy job's never ran. Here both share a lane and one takes longer than the other's period.
        JobScheduler scheduler;
        int slow = 0;
        int quick = 0;
        int sweep = 0;
        scheduler.add(QStringLiteral("slow"), QStringLiteral("lane"), 100ms, slowJob(&scheduler, 150, &slow));
        scheduler.add(QStringLiteral("quick"), QStringLiteral("lane"), 100ms, slowJob(&scheduler, 10, &quick));
        scheduler.add(QStringLiteral("sweep"), QStringLiteral("lane"), 200ms, slowJob(&scheduler, 0, &sweep));
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(sweep >= 4 && quick >= 4 && slow >= 4, 10000);
    }

    void aJobThatRanLongRunsAgainAtOnceButOnlyOnce()
    {
        JobScheduler scheduler;
        int runs = 0;
        QList<qint64> startedAt;
        QElapsedTimer clock;
        clock.start();
        scheduler.add(QStringLiteral("long"), QStringLiteral("a"), 50ms, [&](JobDone done) {
            startedAt << clock.elapsed();
            QTimer::singleShot(runs == 0 ? 400 : 10, &scheduler, [&runs, done] {
                ++runs;
                done({});
            });
        });
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(runs >= 3, 5000);
        // Eight periods passed during the first run: the second starts straight after it, the third a period later.
        QVERIFY(startedAt.at(1) >= 400);
        QVERIFY2(
            startedAt.at(2) - startedAt.at(1) >= 45, qPrintable(QString::number(startedAt.at(2) - startedAt.at(1))));
    }

    void aHungLaneDoesNotStopTheOthers()
    {
        JobScheduler scheduler;
        int hungStarts = 0;
        int warehouse = 0;
        int other = 0;
        scheduler.add(QStringLiteral("orders:woocommerce"), QStringLiteral("orders:woocommerce"), 50ms, [&](JobDone) {
            ++hungStarts; // never calls done: a storefront that does not answer
        });
        scheduler.add(QStringLiteral("orders:commercetools"),
            QStringLiteral("orders:commercetools"),
            50ms,
            slowJob(&scheduler, 5, &other));
        scheduler.add(
            QStringLiteral("warehouse"), QStringLiteral("warehouse"), 50ms, slowJob(&scheduler, 5, &warehouse));
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(warehouse >= 5 && other >= 5, 5000);
        QCOMPARE(hungStarts, 1);
        QVERIFY(scheduler.isRunning(QStringLiteral("orders:woocommerce")));
    }

    void aFirstRunWaitsForTheJobItFollows()
    {
        JobScheduler scheduler;
        QStringList order;
        scheduler.add(
            QStringLiteral("orders"),
            QStringLiteral("orders"),
            1000ms,
            [&](JobDone done) {
                order << QStringLiteral("orders");
                done({});
            },
            QStringLiteral("stock"));
        scheduler.add(QStringLiteral("stock"), QStringLiteral("stock"), 1000ms, [&](JobDone done) {
            QTimer::singleShot(100, &scheduler, [&order, done] {
                order << QStringLiteral("stock");
                done({});
            });
        });
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 5000);
        QCOMPARE(order, (QStringList{QStringLiteral("stock"), QStringLiteral("orders")}));
    }

    void oneOffWorkWaitsForItsLaneAndReportsItsRun()
    {
        JobScheduler scheduler;
        QSignalSpy finished(&scheduler, &JobScheduler::jobFinished);
        bool outboxRunning = false;
        bool overlapped = false;
        int sends = 0;
        scheduler.add(QStringLiteral("outbox"), QStringLiteral("outbox"), 1000ms, [&](JobDone done) {
            outboxRunning = true;
            QTimer::singleShot(200, &scheduler, [&, done] {
                outboxRunning = false;
                ++sends;
                done({});
            });
        });
        scheduler.start();
        QVERIFY(outboxRunning);
        bool actionRan = false;
        scheduler.runInLane(QStringLiteral("outbox"), QStringLiteral("action"), [&](JobDone done) {
            overlapped = outboxRunning;
            actionRan = true;
            done({});
        });
        QTRY_VERIFY_WITH_TIMEOUT(actionRan, 5000);
        QVERIFY(!overlapped);
        QCOMPARE(sends, 1);
        QTRY_VERIFY(finished.size() >= 2);
        QCOMPARE(finished.at(0).at(0).value<JobRun>().name, QStringLiteral("outbox"));
        QCOMPARE(finished.at(1).at(0).value<JobRun>().name, QStringLiteral("action"));
    }

    void runSoonMakesAJobDueAtOnce()
    {
        JobScheduler scheduler;
        int runs = 0;
        scheduler.add(QStringLiteral("outbox"), QStringLiteral("outbox"), 3600s, slowJob(&scheduler, 0, &runs));
        scheduler.start();
        QTRY_COMPARE(runs, 1);
        scheduler.runSoon(QStringLiteral("outbox"));
        QTRY_COMPARE_WITH_TIMEOUT(runs, 2, 2000);
        QCOMPARE(scheduler.lastRuns().constFirst().runs, 2);
    }
};

QTEST_GUILESS_MAIN(TestJobScheduler)
#include "test_job_scheduler.moc"
