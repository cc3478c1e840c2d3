// SPDX-License-Identifier: GPL-3.0-or-later
// The one helper every page reads the store in the background with: work runs on the reader's thread against a
// real SQLite file, the answer comes back on the owner's thread, a newer read overtakes an older one on its
// channel, and a store that cannot be opened comes back as its error.
#include "common/background_reader.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace lockstep;
using lockstep::core::Result;
using lockstep::core::store::Database;
using lockstep::ui::BackgroundReader;

class TestBackgroundReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnItsThreadAndAnswersOnTheOwners()
    {
        test::TempStore store;
        BackgroundReader reader(store.path, QStringLiteral("reader-under-test"));
        QThread* workedOn = nullptr;
        QThread* deliveredOn = nullptr;
        std::optional<qint64> answer;
        reader.read<qint64>(
            0,
            [&workedOn](Database& db) {
                workedOn = QThread::currentThread();
                return core::store::ExceptionRepository(db).count({});
            },
            [&](const Result<qint64>& n) {
                deliveredOn = QThread::currentThread();
                QVERIFY(n.ok());
                answer = n.value();
            });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, 0);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(workedOn != QThread::currentThread());
        QCOMPARE(workedOn, reader.workerThread());
        QCOMPARE(reader.thread(), QThread::currentThread()); // the reader itself lives with its owner
        QCOMPARE(workedOn->objectName(), QStringLiteral("reader-under-test"));
    }

    void aNewerReadOvertakesTheOlderOnesOnItsChannel()
    {
        test::TempStore store;
        BackgroundReader reader(store.path, QStringLiteral("reader"));
        QSemaphore started;
        QSemaphore release;
        std::atomic<int> ran{0};
        QList<int> delivered;
        // The first read holds the reader's thread until released; two more are asked for meanwhile.
        reader.read<int>(
            0,
            [&](Database&) -> Result<int> {
                ++ran;
                started.release();
                release.acquire();
                return 1;
            },
            [&](const Result<int>& r) { delivered << r.value(); });
        QVERIFY(started.tryAcquire(1, 5000));
        reader.read<int>(
            0,
            [&](Database&) -> Result<int> {
                ++ran;
                return 2;
            },
            [&](const Result<int>& r) { delivered << r.value(); });
        reader.read<int>(
            0,
            [&](Database&) -> Result<int> {
                ++ran;
                return 3;
            },
            [&](const Result<int>& r) { delivered << r.value(); });
        // Another channel is not overtaken by them.
        reader.read<int>(
            1, [](Database&) -> Result<int> { return 10; }, [&](const Result<int>& r) { delivered << r.value(); });
        release.release();
        QTRY_COMPARE(delivered.size(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(delivered, (QList<int>{3, 10})); // the first's answer dropped, the second never read
        QCOMPARE(ran.load(), 2);
    }

    void droppingAChannelDropsWhatIsOnItsWay()
    {
        test::TempStore store;
        BackgroundReader reader(store.path, QStringLiteral("reader"));
        bool delivered = false;
        reader.read<int>(
            0, [](Database&) -> Result<int> { return 1; }, [&](const Result<int>&) { delivered = true; });
        reader.drop(0);
        // A read on another channel comes through, and after it nothing of the dropped one.
        bool later = false;
        reader.read<int>(
            1, [](Database&) -> Result<int> { return 2; }, [&](const Result<int>&) { later = true; });
        QTRY_VERIFY(later);
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void aStoreThatCannotBeOpenedComesBackAsItsError()
    {
        QTemporaryDir dir;
        BackgroundReader reader(dir.filePath(QStringLiteral("missing/folder/lockstep.sqlite")), QStringLiteral("r"));
        bool worked = false;
        std::optional<Result<int>> answer;
        reader.read<int>(
            0,
            [&](Database&) -> Result<int> {
                worked = true;
                return 1;
            },
            [&](const Result<int>& r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QVERIFY(!answer->error().toString().isEmpty());
        QVERIFY(!worked);

        // run() hears the same reason, and is never skipped.
        QString heard;
        reader.run([&heard](Database* db, const core::Error& error) {
            if (!db)
                heard = error.toString();
        });
        QTRY_VERIFY(!heard.isEmpty());
    }

    void aReaderDestroyedMidReadWaitsAndDeliversNothing()
    {
        test::TempStore store;
        bool delivered = false;
        std::atomic<bool> finished{false};
        {
            BackgroundReader reader(store.path, QStringLiteral("reader"));
            QSemaphore started;
            reader.read<int>(
                0,
                [&](Database&) -> Result<int> {
                    started.release();
                    QThread::msleep(150);
                    finished = true;
                    return 1;
                },
                [&](const Result<int>&) { delivered = true; });
            QVERIFY(started.tryAcquire(1, 5000));
        }
        QVERIFY(finished.load()); // the destructor waited for the work in flight
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundReader)
#include "test_background_reader.moc"
