// SPDX-License-Identifier: GPL-3.0-or-later
// The finance report reads: every discrepancy kind found where it happened and nowhere else, nothing when the
// data agree, and a daily reconciliation whose every cell equals the sum of the orders it drills down to.
#include "finance_seed.h"
#include "store/report_repository.h"
#include "support.h"

#include <QTest>
#include <QTimeZone>

using namespace lockstep::core;
using namespace lockstep::core::store;
using lockstep::test::utc;

namespace {

template <typename T> QList<T> readAll(Result<RowCursor<T>> cursor)
{
    QList<T> out;
    if (!cursor.ok()) {
        qWarning("%s", qPrintable(cursor.error().toString()));
        return out;
    }
    T row;
    for (;;) {
        auto more = cursor->next(row);
        if (!more.ok() || !more.value())
            return out;
        out.append(row);
    }
}

const QDateTime kFrom = utc("2026-11-01T00:00:00Z");
const QDateTime kTo = utc("2026-12-01T00:00:00Z");

QStringList keysOf(const QList<DiscrepancyRow>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out.append(r.kind == DiscrepancyKind::StockDrift ? r.sku : r.orderNumber);
    return out;
}

} // namespace

class TestReportRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryKindWhereItHappened()
    {
        lockstep::test::TempStore store;
        lockstep::test::seedFinance(store.db);
        ReportRepository repo(store.db);

        const auto totals = readAll(repo.discrepancies(DiscrepancyKind::TotalsMismatch, kFrom, kTo));
        QCOMPARE(keysOf(totals), QStringList{QStringLiteral("9001")});
        QCOMPARE(totals[0].storefrontTotal, 10000);
        QCOMPARE(totals[0].wmsTotal, 9500);
        QCOMPARE(totals[0].shipping, 500);
        QCOMPARE(totals[0].tax, 800);
        QCOMPARE(totals[0].discount, 200);
        QCOMPARE(totals[0].items, 10000 - 500 - 800 + 200);
        QCOMPARE(totals[0].currency, QStringLiteral("USD"));

        const auto unconfirmed = readAll(repo.discrepancies(DiscrepancyKind::ShippedNotConfirmed, kFrom, kTo));
        QCOMPARE(keysOf(unconfirmed), QStringList{QStringLiteral("9002")});
        QCOMPARE(unconfirmed[0].confirmation, QStringLiteral("not_queued"));
        QCOMPARE(unconfirmed[0].trackingNumber, QStringLiteral("1Z9002"));
        QCOMPARE(unconfirmed[0].at, utc("2026-11-02T13:10:00Z")); // collected

        const auto cancelled = readAll(repo.discrepancies(DiscrepancyKind::CancelledButShipped, kFrom, kTo));
        QCOMPARE(keysOf(cancelled), QStringList{QStringLiteral("9003")});
        QCOMPARE(cancelled[0].expectedUnits, 5);

        const auto refunds = readAll(repo.discrepancies(DiscrepancyKind::RefundedWithoutReturn, kFrom, kTo));
        QCOMPARE(keysOf(refunds), QStringList{QStringLiteral("9004")}); // 9102 came back, 9106 never left
        QCOMPARE(refunds[0].paymentState, QStringLiteral("refunded"));
        QCOMPARE(refunds[0].expectedUnits, 5);

        const auto drift = readAll(repo.discrepancies(DiscrepancyKind::StockDrift, kFrom, kTo));
        QCOMPARE(keysOf(drift), QStringList{QStringLiteral("MUG-WHT")});
        QCOMPARE(drift[0].expectedUnits, 10);
        QCOMPARE(drift[0].observedUnits, 14);
        QCOMPARE(drift[0].storefront, QStringLiteral("woocommerce"));
    }

    void nothingWhenTheDataAgree()
    {
        lockstep::test::TempStore store;
        const QDateTime day = utc("2026-11-05T08:00:00Z");
        lockstep::test::addFinanceOrder(store.db, {QStringLiteral("7001"), 5000}, day);
        lockstep::test::FinanceOrder returned{
            QStringLiteral("7002"), 2500, QStringLiteral("USD"), QStringLiteral("refunded"), PaymentState::Refunded};
        returned.returned = true;
        lockstep::test::addFinanceOrder(store.db, returned, day.addSecs(60));
        lockstep::test::FinanceOrder cancelled{
            QStringLiteral("7003"), 900, QStringLiteral("USD"), QStringLiteral("cancelled")};
        cancelled.shipped = false;
        lockstep::test::addFinanceOrder(store.db, cancelled, day.addSecs(120));
        // Within the detector's rounding tolerance of one minor unit.
        lockstep::test::addFinanceOrder(store.db,
            {QStringLiteral("7004"),
                3001,
                QStringLiteral("USD"),
                QStringLiteral("completed"),
                PaymentState::Paid,
                3000},
            day.addSecs(180));
        lockstep::test::addDrift(store.db, QStringLiteral("MUG-WHT"), 12, 12, day);
        ReportRepository repo(store.db);
        for (int k = 0; k < kDiscrepancyKindCount; ++k) {
            const auto kind = static_cast<DiscrepancyKind>(k);
            const auto rows = readAll(repo.discrepancies(kind, kFrom, kTo));
            QVERIFY2(rows.isEmpty(), qPrintable(toString(kind) + u' ' + keysOf(rows).join(u',')));
        }
    }

    void rangesAreHalfOpenOnTheRightTime()
    {
        lockstep::test::TempStore store;
        lockstep::test::seedFinance(store.db);
        ReportRepository repo(store.db);
        // Day 2 only: the orders placed on day 1 and their shipments are outside; the drift is on day 2.
        const QDateTime from = utc("2026-11-03T00:00:00Z");
        const QDateTime to = utc("2026-11-04T00:00:00Z");
        for (auto kind : {DiscrepancyKind::TotalsMismatch,
                 DiscrepancyKind::ShippedNotConfirmed,
                 DiscrepancyKind::CancelledButShipped,
                 DiscrepancyKind::RefundedWithoutReturn})
            QVERIFY(readAll(repo.discrepancies(kind, from, to)).isEmpty());
        QCOMPARE(readAll(repo.discrepancies(DiscrepancyKind::StockDrift, from, to)).size(), 1);
        QVERIFY(
            readAll(repo.discrepancies(DiscrepancyKind::TotalsMismatch, kFrom, utc("2026-11-02T09:00:00Z"))).isEmpty());
    }

    void reconciliationCellsEqualTheirDrillDowns()
    {
        lockstep::test::TempStore store;
        lockstep::test::seedFinance(store.db);
        ReportRepository repo(store.db);
        const auto days = repo.reconciliation(kFrom, kTo).value();
        QCOMPARE(days.size(), 3); // 11-02 USD, 11-03 EUR, 11-03 USD
        QCOMPARE(days[0].day, QDate(2026, 11, 2));
        QCOMPARE(days[0].currency, QStringLiteral("USD"));
        QCOMPARE(days[0].salesCount, 7);
        QCOMPARE(days[0].salesValue, 30185);
        QCOMPARE(days[0].shippedCount, 6);
        QCOMPARE(days[0].shippedValue, 28685);
        QCOMPARE(days[0].cancelledCount, 1);
        QCOMPARE(days[0].cancelledValue, 1500);
        QCOMPARE(days[0].openCount, 0);
        QCOMPARE(days[1].currency, QStringLiteral("EUR"));
        QCOMPARE(days[1].shippedValue, 4990);
        QCOMPARE(days[2].refundedCount, 1);
        QCOMPARE(days[2].refundedValue, 1200);
        QCOMPARE(days[2].openCount, 1);
        QCOMPARE(days[2].openValue, 2750);

        // Every cell is the sum of the orders behind it, and the buckets split the sales exactly.
        for (const ReconciliationRow& d : days) {
            const QDateTime from = d.day.startOfDay(QTimeZone::utc());
            const QDateTime to = d.day.addDays(1).startOfDay(QTimeZone::utc());
            const std::pair<ReconciliationBucket, std::pair<qint64, qint64>> cells[] = {
                {ReconciliationBucket::Sales, {d.salesCount, d.salesValue}},
                {ReconciliationBucket::Shipped, {d.shippedCount, d.shippedValue}},
                {ReconciliationBucket::Cancelled, {d.cancelledCount, d.cancelledValue}},
                {ReconciliationBucket::Refunded, {d.refundedCount, d.refundedValue}},
                {ReconciliationBucket::Open, {d.openCount, d.openValue}}};
            for (const auto& [bucket, expected] : cells) {
                const auto orders = readAll(repo.reconciliationOrders(from, to, bucket, d.currency));
                qint64 value = 0;
                for (const auto& o : orders) {
                    value += o.total;
                    QCOMPARE(o.currency, d.currency);
                    QCOMPARE(o.day, d.day);
                    if (bucket != ReconciliationBucket::Sales)
                        QVERIFY(o.bucket == bucket);
                }
                QCOMPARE(qint64(orders.size()), expected.first);
                QCOMPARE(value, expected.second);
            }
            QCOMPARE(d.salesCount, d.shippedCount + d.cancelledCount + d.refundedCount + d.openCount);
            QCOMPARE(d.salesValue, d.shippedValue + d.cancelledValue + d.refundedValue + d.openValue);
        }
    }

    void reconciliationLeavesOutTillSalesAndUnpaidOrders()
    {
        lockstep::test::TempStore store;
        const QDateTime day = utc("2026-11-05T08:00:00Z");
        lockstep::test::addFinanceOrder(store.db, {QStringLiteral("7001"), 5000}, day);
        Order unpaid = lockstep::test::makeOrder(QStringLiteral("7002"), QStringLiteral("x@example.com"), day);
        unpaid.paymentState = PaymentState::Pending;
        unpaid.paidAt = {};
        lockstep::test::addOrder(store.db, unpaid);
        Order till = lockstep::test::makeOrder(QStringLiteral("P-1"), QStringLiteral(""), day);
        till.storefront = SourceSystem::Pos;
        lockstep::test::addOrder(store.db, till);
        const auto days = ReportRepository(store.db).reconciliation(kFrom, kTo).value();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].salesCount, 1);
        QCOMPARE(days[0].salesValue, 5000);
        QCOMPARE(
            ReportRepository(store.db).reconciliation(kFrom, kTo, QStringLiteral("commercetools")).value().size(), 0);
    }

    void exceptionsByRangeTypeAndState()
    {
        lockstep::test::TempStore store;
        lockstep::test::seedFinance(store.db);
        const QDateTime t = utc("2026-11-10T10:00:00Z");
        ExceptionRecord open =
            lockstep::test::makeException(ExceptionType::FailedAllocation, QStringLiteral("woocommerce:1"), t);
        lockstep::test::addException(store.db, open);
        ExceptionRecord done = lockstep::test::makeException(
            ExceptionType::FailedAllocation, QStringLiteral("woocommerce:2"), t.addSecs(60));
        done.state = ExceptionState::Resolved;
        lockstep::test::addException(store.db, done);
        lockstep::test::addException(store.db,
            lockstep::test::makeException(ExceptionType::StuckPending, QStringLiteral("woocommerce:3"), t.addDays(40)));
        ReportRepository repo(store.db);
        const QDateTime from = utc("2026-11-10T00:00:00Z");
        const QDateTime to = utc("2026-11-11T00:00:00Z");
        const auto all = readAll(repo.exceptions(from, to));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].state, QStringLiteral("open"));
        QCOMPARE(all[1].state, QStringLiteral("resolved"));
        QCOMPARE(all[0].reason, open.reason);
        QCOMPARE(readAll(repo.exceptions(from, to, {}, QStringLiteral("resolved"))).size(), 1);
        QCOMPARE(readAll(repo.exceptions(from, to, QStringLiteral("stuck_pending"))).size(), 0);
        QCOMPARE(
            readAll(repo.exceptions(kFrom, utc("2027-01-01T00:00:00Z"), QStringLiteral("stuck_pending"))).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReportRepository)
#include "test_report_repository.moc"
