// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's pre-aggregated series from a seeded store: placed against acknowledged per bucket, the
// backlog, unresolved exceptions per type, sync lag per cursor and the oldest open exception against its SLA.
#include "seed.h"
#include "store/dashboard_repository.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::store;
using namespace lockstep::test;

class TestDashboardRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placedAgainstAcknowledgedPerHour()
    {
        TempStore s;
        const QDateTime from = utc("2026-11-22T16:00:00Z");
        const TimeBuckets hours{from, 3600 * 1000, 24};
        // Ten orders placed in the hour from 14:00; seven of them acknowledged in the same hour.
        const QDateTime h14 = utc("2026-11-23T14:00:00Z");
        for (int i = 0; i < 10; ++i) {
            const Order o = makeOrder(QString::number(1000 + i), QStringLiteral("a@example.com"), h14.addSecs(i * 60));
            addOrder(s.db, o);
            if (i < 7)
                acknowledge(s.db, o, h14.addSecs(i * 60 + 600));
        }
        // One placed the hour before, acknowledged in the next; one outside the window on each side.
        const Order early = makeOrder(QStringLiteral("990"), {}, utc("2026-11-23T13:59:59Z"));
        addOrder(s.db, early);
        acknowledge(s.db, early, utc("2026-11-23T14:00:00Z"));
        addOrder(s.db, makeOrder(QStringLiteral("10"), {}, utc("2026-11-22T15:59:59Z")));
        addOrder(s.db, makeOrder(QStringLiteral("9999"), {}, hours.to()));
        // An unpaid order is placed but not backlog.
        Order unpaid = makeOrder(QStringLiteral("2000"), {}, utc("2026-11-23T15:30:00Z"));
        unpaid.paymentState = PaymentState::Pending;
        addOrder(s.db, unpaid);
        // A store's till sale, paid and handed over at the till: neither an order for the warehouse nor backlog.
        Order tillSale = makeOrder(QStringLiteral("S-000001"), {}, utc("2026-11-23T14:30:00Z"));
        tillSale.storefront = SourceSystem::Pos;
        addOrder(s.db, tillSale);

        const auto t = DashboardRepository(s.db).throughput(hours);
        LOCKSTEP_VERIFY_OK(t);
        QCOMPARE(t->placed.size(), 24);
        QCOMPARE(t->acknowledged.size(), 24);
        QCOMPARE(t->placed[22], 10); // 14:00 is bucket 22 counted from 16:00 yesterday
        QCOMPARE(t->acknowledged[22], 8);
        QCOMPARE(t->placed[21], 1);
        QCOMPARE(t->acknowledged[21], 0);
        QCOMPARE(t->placed[23], 1);
        QCOMPARE(t->placed[0], 0);
        qint64 placed = 0;
        for (qint64 n : t->placed)
            placed += n;
        QCOMPARE(placed, 12);
        QCOMPARE(t->backlog, 3);
    }

    void perDayBuckets()
    {
        TempStore s;
        const TimeBuckets days{utc("2026-11-10T00:00:00Z"), 24 * 3600 * 1000LL, 14};
        addOrder(s.db, makeOrder(QStringLiteral("1"), {}, utc("2026-11-10T00:00:00Z")));
        addOrder(s.db, makeOrder(QStringLiteral("2"), {}, utc("2026-11-23T23:59:59Z")));
        addOrder(s.db, makeOrder(QStringLiteral("3"), {}, utc("2026-11-23T00:00:01Z")));
        const auto t = DashboardRepository(s.db).throughput(days).value();
        QCOMPARE(t.placed.first(), 1);
        QCOMPARE(t.placed.last(), 2);
        QCOMPARE(t.backlog, 3);
        QVERIFY(!DashboardRepository(s.db).throughput({utc("2026-11-10T00:00:00Z"), 0, 14}).ok());
    }

    void unresolvedExceptionsByType()
    {
        TempStore s;
        const QDateTime t0 = utc("2026-11-23T10:00:00Z");
        for (int i = 0; i < 4; ++i)
            addException(s.db, makeException(ExceptionType::SkuMismatch, QStringLiteral("sku:%1").arg(i), t0));
        ExceptionRecord taken = makeException(ExceptionType::SkuMismatch, QStringLiteral("sku:taken"), t0);
        taken.state = ExceptionState::Acknowledged;
        addException(s.db, taken);
        ExceptionRecord done = makeException(ExceptionType::FailedAllocation, QStringLiteral("w:1"), t0);
        done.state = ExceptionState::Resolved;
        addException(s.db, done);
        addException(s.db, makeException(ExceptionType::InventoryDrift, QStringLiteral("sku:x"), t0));

        const auto counts = DashboardRepository(s.db).unresolvedByType().value();
        QCOMPARE(counts.size(), kExceptionTypeCount);
        const auto& sku = counts[static_cast<int>(ExceptionType::SkuMismatch)];
        LOCKSTEP_COMPARE_ENUM(sku.type, ExceptionType::SkuMismatch);
        QCOMPARE(sku.open, 4);
        QCOMPARE(sku.acknowledged, 1);
        QCOMPARE(counts[static_cast<int>(ExceptionType::FailedAllocation)].open, 0);
        QCOMPARE(counts[static_cast<int>(ExceptionType::InventoryDrift)].open, 1);
    }

    void syncLagPerCursor()
    {
        TempStore s;
        const QDateTime now = utc("2026-11-23T16:00:00Z");
        setCursor(s.db, QStringLiteral("woocommerce.orders"), now.addSecs(-90));
        setCursor(s.db, QStringLiteral("deposco.shipments"), now.addSecs(-3600));
        setCursor(s.db, QStringLiteral("future.clock"), now.addSecs(30));
        const auto lag = DashboardRepository(s.db).syncLag(now).value();
        QCOMPARE(lag.size(), 3);
        QCOMPARE(lag[0].name, QStringLiteral("deposco.shipments"));
        QCOMPARE(lag[0].lagSeconds, 3600);
        QCOMPARE(lag[1].lagSeconds, 0); // a clock ahead of ours is no lag, not a negative one
        QCOMPARE(lag[2].name, QStringLiteral("woocommerce.orders"));
        QCOMPARE(lag[2].lagSeconds, 90);
    }

    void oldestOpenPerTypeAgainstSla()
    {
        TempStore s;
        const QDateTime now = utc("2026-11-23T16:00:00Z");
        ExceptionRecord older =
            makeException(ExceptionType::StuckPending, QStringLiteral("woocommerce:1"), now.addSecs(-7200));
        older.orderRef = QStringLiteral("1001");
        older.slaDue = now.addSecs(-3600);
        ExceptionRecord newer =
            makeException(ExceptionType::StuckPending, QStringLiteral("woocommerce:2"), now.addSecs(-60));
        newer.slaDue = now.addSecs(3600);
        ExceptionRecord oldestButResolved =
            makeException(ExceptionType::StuckPending, QStringLiteral("woocommerce:3"), now.addDays(-3));
        oldestButResolved.state = ExceptionState::Resolved;
        ExceptionRecord allocation =
            makeException(ExceptionType::FailedAllocation, QStringLiteral("woocommerce:4"), now.addSecs(-600));
        allocation.slaDue = now.addSecs(600);
        addException(s.db, newer);
        const qint64 olderId = addException(s.db, older);
        addException(s.db, oldestButResolved);
        addException(s.db, allocation);

        const auto oldest = DashboardRepository(s.db).oldestOpenByType(now).value();
        QCOMPARE(oldest.size(), 2);
        LOCKSTEP_COMPARE_ENUM(oldest[0].type, ExceptionType::FailedAllocation);
        QCOMPARE(oldest[0].ageSeconds, 600);
        QVERIFY(!oldest[0].overdue);
        LOCKSTEP_COMPARE_ENUM(oldest[1].type, ExceptionType::StuckPending);
        QCOMPARE(oldest[1].id, olderId);
        QCOMPARE(oldest[1].orderRef, QStringLiteral("1001"));
        QCOMPARE(oldest[1].ageSeconds, 7200);
        QVERIFY(oldest[1].overdue);
    }
};

QTEST_GUILESS_MAIN(TestDashboardRepository)
#include "test_dashboard_repository.moc"
