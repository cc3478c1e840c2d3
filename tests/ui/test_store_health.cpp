// SPDX-License-Identifier: GPL-3.0-or-later
// A console on a PostgreSQL server that goes away: the window says so within seconds without its UI thread waiting
// for the server, and reads everything again once the server answers. What a person does meanwhile waits on the
// readers, not on the UI thread: a record selected shows "Reading…" while its history is read, an order search says
// "Searching…", a SKU mapping dialog keeps its list while its item search waits, a queue sorted keeps its rows until
// the sorted ones come in. The server is frozen (its processes stopped with their connections open), the hardest
// case: nothing is refused, nothing ever answers. This test starts a server of its own (tests/postgres/server.sh),
// since it freezes it.
#include "actions/sku_mapping_dialog.h"
#include "lookup/order_lookup_page.h"
#include "lookup_search.h"
#include "queues/queue_detail_panel.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "queues/queue_table_view.h"
#include "seed.h"
#include "shell/main_window.h"
#include "shell/store_health.h"
#include "store/exception_repository.h"
#include "store/store.h"
#include "support.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace lockstep;
using namespace lockstep::core;
using lockstep::ui::PageId;
using lockstep::ui::PageKind;

namespace {

/// The longest the UI thread went without running a 20 ms timer, while it is measured.
struct UiHeartbeat
{
    UiHeartbeat()
    {
        beat.start();
        tick.setInterval(20);
        QObject::connect(&tick, &QTimer::timeout, [this] { longestGapMs = std::max(longestGapMs, beat.restart()); });
        tick.start();
    }
    QElapsedTimer beat;
    QTimer tick;
    qint64 longestGapMs = 0;
};

} // namespace

class TestStoreHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWindowShowsAServerGoneAwayAndReadsAgainWhenItReturns()
    {
        test::OwnServer own;
        QVERIFY(own.isRunning());
        const QString server = own.url();
        const QString url = test::withDatabase(server, QStringLiteral("postgres"));
        {
            auto db = store::openStore(url);
            LOCKSTEP_VERIFY_OK(db);
            ExceptionRecord r;
            r.type = ExceptionType::StuckPending;
            r.subjectKey = QStringLiteral("woocommerce:1001");
            r.reason = QStringLiteral("not acknowledged by the warehouse");
            r.firstSeen = QDateTime::currentDateTimeUtc();
            LOCKSTEP_VERIFY_OK(store::ExceptionRepository(db.value()).upsert(r));
            r.subjectKey = QStringLiteral("woocommerce:1002");
            LOCKSTEP_VERIFY_OK(store::ExceptionRepository(db.value()).upsert(r));
        }
        qint64 orderId = 0;
        {
            auto db = store::openStore(url);
            LOCKSTEP_VERIFY_OK(db);
            orderId = test::addOrder(
                db.value(), test::makeOrder(QStringLiteral("1042"), {}, QDateTime::currentDateTimeUtc()));
        }
        // An agent's order lookup beside the window, having found the order once.
        ui::OrderLookupPage lookup(url);
        QCOMPARE(test::lookUp(lookup, QStringLiteral("1042")), 1);
        // A supervisor's SKU mapping dialog, open, its item list read once.
        auto dialogDb = store::openStore(url, store::Database::Mode::ReadOnly);
        LOCKSTEP_VERIFY_OK(dialogDb);
        ExceptionRecord mismatch;
        mismatch.type = ExceptionType::SkuMismatch;
        mismatch.subjectKey = QStringLiteral("woocommerce:1042");
        mismatch.sku = QStringLiteral("GC-STORE");
        ui::SkuMappingDialog dialog(ui::SkuMappingDialog::read(dialogDb.value(), mismatch), mismatch);
        QSignalSpy listed(&dialog, &ui::SkuMappingDialog::listed);
        QTRY_VERIFY(!listed.isEmpty());
        listed.clear();

        ui::MainWindow w(url);
        w.resize(1200, 800);
        w.show();
        QVERIFY(w.storeHealth());
        QVERIFY(w.storeHealth()->isAnswering());
        QVERIFY2(w.databaseText().contains(QLatin1String("postgres@127.0.0.1")), qPrintable(w.databaseText()));
        const PageId pending{PageKind::Queue, ExceptionType::StuckPending};
        w.showPage(pending);
        ui::QueuePage* page = w.queuePage(ExceptionType::StuckPending);
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        ui::QueueDetailPanel* panel = page->detailPanel();
        QTRY_COMPARE(panel->historyLines(), QStringList{QStringLiteral(" ·  · No actions yet · ")});

        // Gone: told within one check's period and deadline, the UI thread free all along.
        auto heartbeat = std::make_unique<UiHeartbeat>();
        QVERIFY(own.run(QStringLiteral("freeze")));
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(!w.storeHealth()->isAnswering(), 20000);
        const qint64 noticedMs = t.elapsed();
        QVERIFY2(w.databaseText().contains(QLatin1String("not answering")), qPrintable(w.databaseText()));
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("does not answer")),
            qPrintable(w.statusBar()->currentMessage()));
        // What the engine changed meanwhile is not read on the UI thread while the server is gone.
        w.noteExceptionsChanged({ExceptionType::StuckPending});
        // A person selects another exception: its comments and history are read off the UI thread, and wait.
        page->view()->setCurrentIndex(page->model()->index(1, 0));
        QCOMPARE(panel->recordId(), page->model()->record(1).id);
        QTest::qWait(500);
        QCOMPARE(panel->historyLines(), QStringList{QStringLiteral(" ·  · Reading… · ")});
        // The agent searches again: the search waits on the page's reader, the page says so.
        lookup.search(QStringLiteral("1042"));
        QTest::qWait(300);
        QVERIFY2(lookup.messageText().startsWith(QLatin1String("Searching")), qPrintable(lookup.messageText()));
        QCOMPARE(lookup.currentOrderId(), 0);
        // The supervisor types in the dialog's search: the list waits for its reader, the typing does not.
        dialog.searchField()->setText(QStringLiteral("mug"));
        QTest::qWait(400);
        QVERIFY(listed.isEmpty());
        // The supervisor sorts the queue by severity: its rows are read off the UI thread, and those on screen stay
        // until the sorted ones come in.
        const int severity = page->model()->sectionOf(ui::QueueTableModel::Column::Severity);
        // (Read on the UI thread, the sort would hold it for the window's 4 s deadline: the heartbeat below says.)
        page->view()->sortByColumn(severity, Qt::DescendingOrder);
        QTest::qWait(300);
        QCOMPARE(page->model()->rowCount(), 2);
        const qint64 longestWhileGone = heartbeat->longestGapMs;
        QVERIFY2(longestWhileGone < 1000, qPrintable(QString::number(longestWhileGone)));

        // Back: the window says so and reads the queue again.
        const quint64 readsBefore = page->model()->windowReads();
        QVERIFY(own.run(QStringLiteral("thaw")));
        t.restart();
        QTRY_VERIFY_WITH_TIMEOUT(w.storeHealth()->isAnswering(), 20000);
        const qint64 backMs = t.elapsed();
        QVERIFY2(!w.databaseText().contains(QLatin1String("not answering")), qPrintable(w.databaseText()));
        QTRY_VERIFY(page->model()->windowReads() > readsBefore);
        QTRY_VERIFY(!page->model()->isReading());
        QCOMPARE(page->model()->rowCount(), 2);
        QCOMPARE(page->model()->sortSection(), severity);
        QTRY_COMPARE(panel->historyLines(), QStringList{QStringLiteral(" ·  · No actions yet · ")});
        QTRY_COMPARE(lookup.currentOrderId(), orderId);
        QTRY_VERIFY(!listed.isEmpty());
        qInfo("a frozen server shown after %lld ms (UI thread's longest wait %lld ms); its return after %lld ms",
            noticedMs,
            longestWhileGone,
            backMs);
    }
};

QTEST_MAIN(TestStoreHealth)
#include "test_store_health.moc"
