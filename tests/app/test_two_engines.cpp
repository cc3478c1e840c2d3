// SPDX-License-Identifier: GPL-3.0-or-later
// Two `lockstep --headless` engines on one store, started together and staggered, round after round, against a
// standalone sandbox with faults: exactly one runs the jobs, the other says which process holds the engine and
// exits without sending anything, and the sandbox's ledger shows no order received twice and nothing lost.
//
// Quick form (ctest): 4 rounds. Long form: LOCKSTEP_TWO_ENGINE_ROUNDS=20; LOCKSTEP_TWO_ENGINE_SEED repeats a run.
#include "standalone_sandbox.h"

#include <QRegularExpression>
#include <QTest>

using namespace lockstep::test;

class TestTwoEngines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneEngineSendsTheOtherStandsAside()
    {
        SandboxAndStore run;
        StandaloneSandbox& sandbox = run.sandbox;
        const QString& dbPath = run.dbPath;
        const QStringList& engineArgs = run.engineArgs;
        QVERIFY(sandbox.startRetryDay(1, 2, 3));

        const int rounds = envInt("LOCKSTEP_TWO_ENGINE_ROUNDS", 4);
        QRandomGenerator random(seedFrom("LOCKSTEP_TWO_ENGINE_SEED"));
        for (int round = 0; round < rounds; ++round) {
            QProcess first;
            QProcess second;
            for (QProcess* p : {&first, &second})
                p->setProcessChannelMode(QProcess::MergedChannels);
            // Even rounds start both at once (a new file: they also race to create and migrate it); odd rounds
            // start the second while the first is at work.
            first.start(kLockstepBinary, engineArgs);
            if (round % 2 == 1)
                QTest::qWait(int(random.bounded(200, 3000)));
            second.start(kLockstepBinary, engineArgs);
            QVERIFY(first.waitForStarted() && second.waitForStarted());

            // One of them stands aside at once, naming the other; the other keeps running.
            QTRY_VERIFY_WITH_TIMEOUT(
                first.state() == QProcess::NotRunning || second.state() == QProcess::NotRunning, 30000);
            QProcess& loser = first.state() == QProcess::NotRunning ? first : second;
            QProcess& winner = &loser == &first ? second : first;
            const QByteArray said = loser.readAll();
            // Both outputs, with the exit codes, when the one that should be running is not.
            QVERIFY2(winner.state() == QProcess::Running,
                (QByteArray("round ") + QByteArray::number(round) + ": both have left; one (exit code "
                    + QByteArray::number(winner.exitCode()) + ") said:\n" + winner.readAll() + "\nthe other (exit code "
                    + QByteArray::number(loser.exitCode()) + ") said:\n" + said)
                    .constData());
            QVERIFY2(loser.exitCode() == 4, said.constData());
            QVERIFY2(said.contains(QByteArrayLiteral("another engine holds this store: pid ")
                         + QByteArray::number(winner.processId())),
                (QByteArray("round ") + QByteArray::number(round) + ", holder pid "
                    + QByteArray::number(winner.processId()) + ": " + said)
                    .constData());
            QVERIFY2(!said.contains("Sending to the warehouse"), said.constData());

            QTest::qWait(int(random.bounded(2000, 6000)));
            const QByteArray work = winner.readAll();
            QVERIFY2(winner.state() == QProcess::Running, work.constData());
            winner.kill(); // a killed holder frees the claim with its process: the next round starts fresh
            QVERIFY(winner.waitForFinished(10000));
        }

        QString summary;
        const QString failed = drainAndReconcile(sandbox, engineArgs, dbPath, &summary);
        qInfo("%d rounds: %s", rounds, qPrintable(summary));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void aSecondDemoDoesNotEraseTheRunningOnesDatabase()
    {
        QTemporaryDir data;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path()); // the demo database lives in a folder of this test's
        QProcess running;
        running.setProcessEnvironment(env);
        running.setProcessChannelMode(QProcess::MergedChannels);
        running.start(kLockstepBinary, {QStringLiteral("--headless"), QStringLiteral("--demo")});
        QVERIFY(running.waitForStarted());
        QByteArray output;
        const auto outboxRan = [&running, &output] {
            output += running.readAll();
            return output.count("job outbox finished");
        };
        QTRY_VERIFY_WITH_TIMEOUT(outboxRan() > 0 || running.state() != QProcess::Running, 60000);
        QCOMPARE(running.state(), QProcess::Running);

        QProcess second;
        second.setProcessEnvironment(env);
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(
            kLockstepBinary, {QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--once")});
        QVERIFY(second.waitForFinished(60000));
        const QByteArray said = second.readAll();
        QCOMPARE(second.exitCode(), 2);
        QVERIFY2(said.contains("a demo is already running"), said.constData());
        // The first demo still works on its own database: its jobs go on.
        const qsizetype before = outboxRan();
        QTRY_VERIFY_WITH_TIMEOUT(outboxRan() > before, 30000);
        QCOMPARE(running.state(), QProcess::Running);
        running.kill();
        running.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestTwoEngines)
#include "test_two_engines.moc"
