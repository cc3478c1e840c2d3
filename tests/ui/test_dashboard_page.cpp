// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard on the offscreen platform over a seeded store: the series each chart holds, the backlog,
// replacing data on refresh, empty states in plain words, and tiles that drill into their queue; the reads run
// on the page's worker thread, and a burst of refreshes is folded into a bounded number of reads.
#include "dashboard/dashboard_page.h"
#include "seed.h"
#include "support.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>

using namespace lockstep;
using namespace lockstep::core;
using namespace lockstep::test;
using Chart = lockstep::ui::DashboardPage::Chart;

namespace {

const QDateTime kNow = utc("2026-11-23T16:30:00Z");
constexpr int kWait = 20000; // generous: the machine may be loaded

QLineSeries* line(QChart* chart, const QString& name)
{
    for (auto* s : chart->series())
        if (s->name() == name)
            return qobject_cast<QLineSeries*>(s);
    return nullptr;
}

/// "label: v1 v2 ..." per bar set, and the categories, as text.
QStringList bars(QChart* chart)
{
    QStringList out;
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().value(0));
    if (!series)
        return out;
    for (auto* axis : chart->axes())
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            out << categories->categories().join(QStringLiteral(" | "));
    for (QBarSet* set : series->barSets()) {
        QStringList values;
        for (int i = 0; i < set->count(); ++i)
            values << QString::number(set->at(i));
        out << set->label() + QStringLiteral(": ") + values.join(u' ');
    }
    return out;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_dashboard_page"));
    }

    void placedAgainstAcknowledgedPerHour()
    {
        TempStore s;
        // Ten placed between 14:00 and 14:10, seven acknowledged before 15:00; none elsewhere.
        const QDateTime h14 = utc("2026-11-23T14:00:00Z");
        for (int i = 0; i < 10; ++i) {
            const Order o = makeOrder(QString::number(1000 + i), {}, h14.addSecs(i * 60));
            addOrder(s.db, o);
            if (i < 7)
                acknowledge(s.db, o, h14.addSecs(i * 60 + 900));
        }
        ManualClock clock(kNow);
        ui::DashboardPage page(s.path);
        page.setClock(&clock);
        QSignalSpy refreshed(&page, &ui::DashboardPage::refreshed);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kWait);

        QLineSeries* placed = line(page.chart(Chart::Throughput), QStringLiteral("Placed"));
        QLineSeries* acknowledged =
            line(page.chart(Chart::Throughput), QStringLiteral("Acknowledged by the warehouse"));
        QVERIFY(placed && acknowledged);
        QCOMPARE(placed->count(), 24);
        QCOMPARE(acknowledged->count(), 24);
        // The last bucket is the current hour (16:00); 14:00 is two before it.
        QCOMPARE(qint64(placed->at(23).x()), utc("2026-11-23T16:00:00Z").toMSecsSinceEpoch());
        QCOMPARE(qint64(placed->at(21).x()), h14.toMSecsSinceEpoch());
        QCOMPARE(placed->at(21).y(), 10.0);
        QCOMPARE(acknowledged->at(21).y(), 7.0);
        qreal others = 0;
        for (int i = 0; i < 24; ++i)
            if (i != 21)
                others += placed->at(i).y() + acknowledged->at(i).y();
        QCOMPARE(others, 0.0);
        QCOMPARE(page.backlogText(), QStringLiteral("Paid orders not yet acknowledged by the warehouse: 3"));
        QVERIFY(!page.isShowingEmptyState(Chart::Throughput));

        // A refresh replaces the points instead of adding to them.
        const Order late = makeOrder(QStringLiteral("1100"), {}, utc("2026-11-23T16:10:00Z"));
        addOrder(s.db, late);
        acknowledge(s.db, late, utc("2026-11-23T16:20:00Z"));
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, kWait);
        QCOMPARE(placed->count(), 24);
        QCOMPARE(placed->at(23).y(), 1.0);
        QCOMPARE(acknowledged->at(23).y(), 1.0);
        QCOMPARE(page.backlogText(), QStringLiteral("Paid orders not yet acknowledged by the warehouse: 3"));

        // Per day over 14 days: the same orders fall on the last day.
        page.setSpan(ui::DashboardPage::Span::Last14Days);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 3, kWait);
        QCOMPARE(placed->count(), 14);
        QCOMPARE(placed->at(13).y(), 11.0);
        QCOMPARE(acknowledged->at(13).y(), 8.0);
    }

    void exceptionsLagAndOldestAgainstSla()
    {
        TempStore s;
        for (int i = 0; i < 3; ++i) {
            ExceptionRecord r = makeException(
                ExceptionType::StuckPending, QStringLiteral("s:%1").arg(i), kNow.addSecs(-3600 * (i + 1)));
            r.orderRef = QStringLiteral("10%1").arg(i);
            r.slaDue = r.firstSeen.addSecs(2 * 3600); // the oldest (3 h) is an hour overdue
            addException(s.db, r);
        }
        ExceptionRecord taken = makeException(ExceptionType::SkuMismatch, QStringLiteral("k:1"), kNow.addSecs(-600));
        taken.state = ExceptionState::Acknowledged;
        addException(s.db, taken);
        setCursor(s.db, QStringLiteral("woocommerce.orders"), kNow.addSecs(-120));
        setCursor(s.db, QStringLiteral("deposco.shipments"), kNow.addSecs(-3600));
        ManualClock clock(kNow);
        ui::DashboardPage page(s.path);
        page.setClock(&clock);
        QSignalSpy refreshed(&page, &ui::DashboardPage::refreshed);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kWait);

        // Types top to bottom in queue order; horizontal bars list them bottom-up.
        QCOMPARE(bars(page.chart(Chart::Exceptions)),
            (QStringList{QStringLiteral("Stock moved twice (sync loop) | Store sales not at the warehouse | Till "
                                        "returns not at the warehouse | Facility routing failures | Unmapped "
                                        "checkout fields | Inventory drift | "
                                        "Order totals mismatches | Shipment confirmations missing | Cancellations past "
                                        "cutoff | Stuck pending orders | SKU mismatches | Failed allocations"),
                QStringLiteral("Open: 0 0 0 0 0 0 0 0 0 3 0 0"),
                QStringLiteral("Acknowledged: 0 0 0 0 0 0 0 0 0 0 1 0")}));
        QCOMPARE(bars(page.chart(Chart::SyncLag)),
            (QStringList{QStringLiteral("woocommerce.orders | deposco.shipments"),
                QStringLiteral("Up to date: 2 0"),
                QStringLiteral("Behind (over 15 min): 0 60")}));

        QTreeWidget* oldest = page.oldestTable();
        QCOMPARE(oldest->topLevelItemCount(), 1);
        QTreeWidgetItem* row = oldest->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Stuck pending orders"));
        QCOMPARE(row->text(1), QStringLiteral("102"));
        // Ages and time left read as in the queues ("3 h 00 min"), one vocabulary across the console.
        QCOMPARE(row->text(2), QStringLiteral("3 h 00 min"));
        QCOMPARE(row->text(3), QStringLiteral("Overdue by 1 h 00 min"));
        QCOMPARE(row->foreground(3).color(), QColor(0xc6, 0x28, 0x28));
    }

    void tilesShowOpenCountsAndDrillIntoTheirQueue()
    {
        TempStore s;
        for (int i = 0; i < 4; ++i)
            addException(s.db, makeException(ExceptionType::FailedAllocation, QStringLiteral("a:%1").arg(i), kNow));
        addException(s.db, makeException(ExceptionType::CancellationPastCutoff, QStringLiteral("c:1"), kNow));
        ManualClock clock(kNow);
        ui::DashboardPage page(s.path);
        page.setClock(&clock);
        QSignalSpy refreshed(&page, &ui::DashboardPage::refreshed);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kWait);
        QSignalSpy drill(&page, &ui::DashboardPage::queueRequested);
        QCOMPARE(page.tile(ExceptionType::FailedAllocation)->text(), QStringLiteral("4\nFailed allocations"));
        QCOMPARE(page.tile(ExceptionType::SkuMismatch)->text(), QStringLiteral("0\nSKU mismatches"));
        QVERIFY(!page.tile(ExceptionType::InventoryDrift)); // only the four primary queues have tiles
        for (const auto type : {ExceptionType::CancellationPastCutoff, ExceptionType::FailedAllocation}) {
            QTest::mouseClick(page.tile(type), Qt::LeftButton);
            QVERIFY(drill.last().at(0).value<ExceptionType>() == type);
        }
        QCOMPARE(drill.count(), 2);
    }

    void emptyStatesInPlainWords()
    {
        TempStore s;
        ManualClock clock(kNow);
        ui::DashboardPage page(s.path);
        page.setClock(&clock);
        QSignalSpy refreshed(&page, &ui::DashboardPage::refreshed);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kWait);
        QCOMPARE(page.emptyStateText(Chart::Throughput), QStringLiteral("No orders in the last 24 hours."));
        QCOMPARE(
            page.emptyStateText(Chart::Exceptions), QStringLiteral("No unresolved exceptions: everything is in step."));
        QCOMPARE(page.emptyStateText(Chart::SyncLag), QStringLiteral("No connector has synced yet."));
        QCOMPARE(page.emptyStateText(Chart::Oldest), QStringLiteral("No open exceptions: nothing is waiting."));
        page.setSpan(ui::DashboardPage::Span::Last14Days);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, kWait);
        QCOMPARE(page.emptyStateText(Chart::Throughput), QStringLiteral("No orders in the last 14 days."));
    }

    void readsOffTheUiThreadAndFoldsABurstOfRefreshes()
    {
        TempStore s;
        addException(s.db, makeException(ExceptionType::FailedAllocation, QStringLiteral("a:1"), kNow));
        ManualClock clock(kNow);
        ui::DashboardPage page(s.path);
        page.setClock(&clock);
        QSignalSpy refreshed(&page, &ui::DashboardPage::refreshed);
        const QString before = page.tile(ExceptionType::FailedAllocation)->text();

        // refresh() only hands the read over: it returns before any result, and the tiles still show what
        // they showed. The result arrives later, by a signal, from a read that ran on another thread.
        page.refresh();
        QCOMPARE(refreshed.count(), 0);
        QCOMPARE(page.readCount(), 1);
        QCOMPARE(page.tile(ExceptionType::FailedAllocation)->text(), before);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, kWait);
        QCOMPARE(page.tile(ExceptionType::FailedAllocation)->text(), QStringLiteral("1\nFailed allocations"));
        QVERIFY(page.lastReadThread() != nullptr);
        QVERIFY(page.lastReadThread() != QThread::currentThreadId());

        // A burst of fifty refreshes (an engine reporting in quick succession) makes two reads, not fifty: the
        // first starts one, the other 49 fold into one more, which sees what was written during the burst.
        page.refresh();
        addException(s.db, makeException(ExceptionType::FailedAllocation, QStringLiteral("a:2"), kNow));
        for (int i = 0; i < 49; ++i)
            page.refresh();
        QCOMPARE(page.readCount(), 2); // the first of the burst; the others wait for it
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 3, kWait);
        QCOMPARE(page.readCount(), 3);
        QCOMPARE(page.tile(ExceptionType::FailedAllocation)->text(), QStringLiteral("2\nFailed allocations"));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "test_dashboard_page.moc"
