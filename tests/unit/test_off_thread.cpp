// SPDX-License-Identifier: GPL-3.0-or-later
// runOffThread: the work runs on a pool thread, its result comes back on the context's thread, and nothing comes
// back to a context that is gone (a connector destroyed while a page was being parsed).
#include "connectors/off_thread.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <optional>

using lockstep::core::connectors::runOffThread;

class TestOffThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workRunsOffTheCallersThreadAndTheResultComesBack()
    {
        QObject context;
        QThread* workThread = nullptr;
        QThread* doneThread = nullptr;
        std::optional<QList<int>> result;
        runOffThread(
            &context,
            [&workThread] {
                workThread = QThread::currentThread();
                return QList<int>{1, 2, 3};
            },
            [&](QList<int> value) {
                doneThread = QThread::currentThread();
                result = std::move(value);
            });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QCOMPARE(*result, (QList<int>{1, 2, 3}));
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
    }

    void resultsArriveWhileTheCallerKeepsTurning()
    {
        // Two pieces of work at once (a backfill's lanes): both results arrive, each exactly once.
        QObject context;
        QList<int> arrived;
        for (int i = 0; i < 2; ++i)
            runOffThread(
                &context, [i] { return i * 10; }, [&arrived](int v) { arrived.append(v); });
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 2, 20000);
        std::sort(arrived.begin(), arrived.end());
        QCOMPARE(arrived, (QList<int>{0, 10}));
        QTest::qWait(50);
        QCOMPARE(arrived.size(), 2);
    }

    void nothingComesBackToAContextThatIsGone()
    {
        QSemaphore release;
        QSemaphore finished;
        QAtomicInt called = 0;
        {
            QObject context;
            runOffThread(
                &context,
                [&release, &finished] {
                    release.acquire(); // held until the context is gone
                    finished.release();
                    return 7;
                },
                [&called](int) { called.fetchAndAddRelaxed(1); });
        }
        release.release();
        QVERIFY(finished.tryAcquire(1, 20000));
        // Let a (wrongly) queued result arrive if one were sent.
        QTest::qWait(100);
        QCoreApplication::processEvents();
        QCOMPARE(called.loadRelaxed(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOffThread)
#include "test_off_thread.moc"
