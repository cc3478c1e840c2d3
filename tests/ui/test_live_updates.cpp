// SPDX-License-Identifier: GPL-3.0-or-later
// Two consoles on one store: what another desk or an engine in another program commits shows in a window's queue
// and counts without anyone pressing Refresh. On PostgreSQL the store tells the window (LISTEN/NOTIFY), also after
// the listening connection was ended by the server; on SQLite the window watches the file's data version. The
// figures (time from the commit to the other window showing it, p50 and p95) are printed, not asserted.
#include "actions/action_executor.h"
#include "queue_window.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "shell/main_window.h"
#include "shell/navigation.h"
#include "store/change_feed.h"
#include "store/engine_claim.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace lockstep;
using namespace lockstep::core;
using lockstep::ui::PageId;
using lockstep::ui::PageKind;

namespace {

constexpr ExceptionType kQueue = ExceptionType::FailedAllocation;

/// Whether `window` shows exception `id` as no longer open, and its queue's open count as `open`.
bool showsAcknowledged(const ui::MainWindow& window, qint64 id, int open)
{
    const ui::QueueTableModel* model = window.queuePage(kQueue)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->record(row).id == id && model->record(row).state == ExceptionState::Open)
            return false;
    }
    const QRegularExpression count(QStringLiteral("\\b%1\\b").arg(open));
    return count.match(window.navigation()->queueLabel(kQueue)).hasMatch();
}

qint64 percentile(QList<qint64> values, int p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, values.size() * p / 100));
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAcknowledgementAtOneDeskShowsAtTheOther()
    {
        test::TempStore store;
        constexpr int kExceptions = 24;
        QList<qint64> ids;
        store::ExceptionRepository repository(store.db);
        for (int i = 0; i < kExceptions; ++i) {
            ExceptionRecord r;
            r.type = kQueue;
            r.subjectKey = QStringLiteral("woocommerce:%1").arg(2000 + i);
            r.orderRef = QString::number(2000 + i);
            r.reason = QStringLiteral("allocation failed");
            r.firstSeen = QDateTime::currentDateTimeUtc();
            auto id = repository.upsert(r);
            LOCKSTEP_VERIFY_OK(id);
            ids.append(id.value().id);
        }

        // Two desks, neither running an engine: each window follows what others commit.
        ui::MainWindow watching(store.path);
        ui::MainWindow other(store.path);
        for (ui::MainWindow* w : {&watching, &other}) {
            w->followOtherPrograms(true);
            w->resize(1100, 700);
            w->show();
            w->showPage(PageId{PageKind::Queue, kQueue});
            QVERIFY(w->changeFeed());
        }
        QTRY_VERIFY(watching.changeFeed()->hasStarted());
        QTRY_COMPARE(watching.queuePage(kQueue)->model()->rowCount(), kExceptions);

        // The other desk acknowledges, one at a time, through its own connection.
        SystemClock clock;
        actions::ActionExecutor desk(store.db, clock, nullptr);
        auto acknowledge = [&](qint64 id) {
            actions::ActionCommand ack;
            ack.kind = actions::ActionKind::Acknowledge;
            ack.actor = QStringLiteral("other.desk");
            ack.note = QStringLiteral("handled in the warehouse");
            ack.targets = {{id, 0}};
            const auto done = desk.execute(ack).result;
            return done.items.size() == 1 && done.items.constFirst().succeeded;
        };
        QList<qint64> latencies;
        int open = kExceptions;
        auto round = [&](qint64 id) {
            // At a moment unrelated to the last delivery, as a person's click is.
            QTest::qWait(QRandomGenerator::global()->bounded(600));
            QElapsedTimer t;
            t.start();
            QVERIFY(acknowledge(id));
            --open;
            while (!showsAcknowledged(watching, id, open) && t.elapsed() < 10000)
                QTest::qWait(5);
            QVERIFY2(showsAcknowledged(watching, id, open), qPrintable(watching.navigation()->queueLabel(kQueue)));
            latencies.append(t.elapsed());
        };
        for (int i = 0; i < 10; ++i) {
            round(ids.at(i));
            if (QTest::currentTestFailed())
                return;
        }

        const bool server = !store.server.isEmpty();
        QList<qint64> afterLoss;
        if (server) {
            // The server ends the listening session (a restart, an administrator, a dropped connection): the window
            // reads everything again once it listens again, and goes on being told.
            QSignalSpy resumed(watching.changeFeed(), &store::ChangeFeed::resumed);
            test::onServer(store.server,
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'")
                    .arg(QLatin1String(store::ChangeFeed::kApplicationName)));
            QVERIFY(test::waitForSignal(resumed, 10000));
            const qsizetype before = latencies.size();
            for (int i = 10; i < 16; ++i) {
                round(ids.at(i));
                if (QTest::currentTestFailed())
                    return;
            }
            afterLoss = latencies.mid(before);
        }
        qInfo("%s: an acknowledgement at one desk shown at the other after p50 %lld ms, p95 %lld ms (%lld rounds)%s",
            server ? "PostgreSQL" : "SQLite",
            percentile(latencies, 50),
            percentile(latencies, 95),
            static_cast<qint64>(latencies.size()),
            afterLoss.isEmpty() ? ""
                                : qPrintable(QStringLiteral("; after the listener's session was ended: p50 %1 ms")
                                                 .arg(percentile(afterLoss, 50))));
    }

    void theStatusBarSaysWhichProgramRunsTheEngine()
    {
        test::TempStore store;
        ui::MainWindow w(store.path);
        w.show();
        w.followOtherPrograms(true); // no engine in this program
        QTRY_VERIFY_WITH_TIMEOUT(w.engineText().contains(QLatin1String("none runs")), 5000);
        {
            store::EngineHolder service = store::thisProcessAsHolder(QStringLiteral("lockstep --headless"));
            auto claim = store::EngineClaim::take(store.db, store.path, service);
            LOCKSTEP_VERIFY_OK(claim);
            // A server tells the window at the claim's commit; a file's holder is looked at every few seconds.
            QTRY_VERIFY_WITH_TIMEOUT(w.engineText().contains(QLatin1String("lockstep --headless on ")), 15000);
            QVERIFY2(w.engineText().contains(service.host), qPrintable(w.engineText()));
        }
        // Given back: a server says so at once, a file's lock is looked at every few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(w.engineText().contains(QLatin1String("none runs")), 15000);
    }

    void aWindowWhoseEngineRunsHereDoesNotWatchTheFile()
    {
        test::TempStore store;
        if (!store.server.isEmpty())
            QSKIP("a server tells every window; the file's watch is SQLite's");
        ui::MainWindow w(store.path);
        w.show();
        w.showPage(PageId{PageKind::Queue, kQueue});
        w.followOtherPrograms(false);
        QVERIFY(test::settled(*w.queuePage(kQueue))); // the first page read, before anything changes
        QCOMPARE(w.queuePage(kQueue)->model()->rowCount(), 0);
        QSignalSpy changed(w.changeFeed(), &store::ChangeFeed::changed);
        ExceptionRecord r;
        r.type = kQueue;
        r.subjectKey = QStringLiteral("woocommerce:3001");
        r.reason = QStringLiteral("allocation failed");
        r.firstSeen = QDateTime::currentDateTimeUtc();
        LOCKSTEP_VERIFY_OK(store::ExceptionRepository(store.db).upsert(r));
        QTest::qWait(2500); // two polls' time
        QCOMPARE(changed.count(), 0);
        QCOMPARE(w.queuePage(kQueue)->model()->rowCount(), 0);
        // Watching again, the commit made meanwhile is seen.
        w.followOtherPrograms(true);
        QTRY_COMPARE_WITH_TIMEOUT(w.queuePage(kQueue)->model()->rowCount(), 1, 5000);
    }
};

QTEST_MAIN(TestLiveUpdates)
#include "test_live_updates.moc"
