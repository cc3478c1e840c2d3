// SPDX-License-Identifier: GPL-3.0-or-later
// Two `lockstep --headless` engines on one PostgreSQL database against a standalone sandbox with faults: the leader
// is frozen (SIGSTOP) past its lease, the standby (`--standby`) takes over, and when the leader wakes (SIGCONT) it
// starts no send under its old epoch and stops on its own. Then leaders killed (SIGKILL) at random moments, round
// after round, each replaced by the other engine within the lease and one renewal and started again as its standby
// (3 rounds here; LOCKSTEP_KILL_ROUNDS=30 for the long form). Each time the sandbox's ledger shows no order received
// twice and nothing lost. The test starts a PostgreSQL server of its own (tests/postgres/server.sh).
#include "standalone_sandbox.h"
#include "store/store.h"
#include "support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <array>
#include <memory>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace lockstep::test;
using namespace lockstep::core;

namespace {

/// What a process has printed so far, kept across reads.
struct Output
{
    QProcess& process;
    QByteArray text;
    const QByteArray& read()
    {
        text += process.readAll();
        return text;
    }
    bool says(const char* words) { return read().contains(words); }
};

qint64 number(store::Database& db, const QString& sql)
{
    auto st = db.prepare(sql);
    return st.ok() && st->step().valueOr(false) ? st->int64(0) : -1;
}

constexpr int kLeaseSeconds = 6;

} // namespace

class TestEngineFailover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFrozenLeaderIsReplacedAndSendsNothingOnceAwake()
    {
#ifndef Q_OS_UNIX
        QSKIP("freezes a process with SIGSTOP");
#else
        OwnServer own;
        QVERIFY(own.isRunning());
        const QString url = withDatabase(own.url(), QStringLiteral("postgres"));

        SandboxAndStore run;
        StandaloneSandbox& sandbox = run.sandbox;
        QVERIFY(sandbox.startRetryDay(1, 2, 3));
        QVERIFY(sandbox.editConfig([](Json& c) { c["schedules"]["engine_lease_seconds"] = kLeaseSeconds; }));
        const QStringList args = {
            QStringLiteral("--headless"), QStringLiteral("--config"), run.configPath, QStringLiteral("--db"), url};

        QProcess leader;
        QProcess standby;
        for (QProcess* p : {&leader, &standby})
            p->setProcessChannelMode(QProcess::MergedChannels);
        const auto cleanUp = qScopeGuard([&] {
            for (QProcess* p : {&leader, &standby}) {
                if (p->state() != QProcess::NotRunning) {
                    ::kill(pid_t(p->processId()), SIGCONT);
                    p->kill();
                    p->waitForFinished();
                }
            }
        });
        Output leaderSaid{leader, {}};
        Output standbySaid{standby, {}};
        leader.start(kLockstepBinary, args);
        QTRY_VERIFY2_WITH_TIMEOUT(leaderSaid.says("job outbox finished"), leaderSaid.read().constData(), 90000);
        standby.start(kLockstepBinary, args + QStringList{QStringLiteral("--standby")});
        QTRY_VERIFY2_WITH_TIMEOUT(standbySaid.says("stands by"), standbySaid.read().constData(), 60000);
        QVERIFY2(standbySaid.read().contains(QByteArray::number(leader.processId())), standbySaid.read().constData());

        auto db = store::openStore(url);
        LOCKSTEP_VERIFY_OK(db);
        const qint64 leaderEpoch = number(db.value(), QStringLiteral("SELECT epoch FROM engine_claim WHERE id = 1"));
        QVERIFY(leaderEpoch > 0);

        // Frozen mid-work: the standby takes over once the lease has run out.
        QCOMPARE(::kill(pid_t(leader.processId()), SIGSTOP), 0);
        QElapsedTimer failover;
        failover.start();
        QTRY_VERIFY2_WITH_TIMEOUT(standbySaid.says("engine started"), standbySaid.read().constData(), 60000);
        const qint64 failoverMs = failover.elapsed();
        QCOMPARE(number(db.value(), QStringLiteral("SELECT epoch FROM engine_claim WHERE id = 1")), leaderEpoch + 1);
        QTRY_VERIFY2_WITH_TIMEOUT(
            standbySaid.read().count("job outbox finished") >= 2, standbySaid.read().constData(), 60000);

        // Awake: it finds its lease taken over and stops, and claims nothing more under its old epoch.
        const qint64 wokeAtMs = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(::kill(pid_t(leader.processId()), SIGCONT), 0);
        QVERIFY2(leader.waitForFinished(60000), leaderSaid.read().constData());
        QCOMPARE(leader.exitCode(), 5);
        QVERIFY2(leaderSaid.read().contains("lease was taken over"), leaderSaid.read().constData());
        QCOMPARE(number(db.value(),
                     QStringLiteral("SELECT count(*) FROM outbox WHERE claimed_epoch = %1 AND claimed_at >= %2")
                         .arg(leaderEpoch)
                         .arg(wokeAtMs)),
            0);
        QVERIFY(standby.state() == QProcess::Running);
        standby.terminate(); // a clean end gives the lease back
        QVERIFY(standby.waitForFinished(30000));

        QString summary;
        const QString failed = drainAndReconcile(sandbox, args, url, &summary);
        qInfo("lease %d s: the standby took over %lld ms after the leader froze; %s",
            kLeaseSeconds,
            failoverMs,
            qPrintable(summary));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
#endif
    }

    void killedLeadersAreReplacedAndNothingIsSentTwice()
    {
#ifndef Q_OS_UNIX
        QSKIP("kills a process with SIGKILL");
#else
        const int rounds = qEnvironmentVariableIsSet("LOCKSTEP_KILL_ROUNDS")
            ? qEnvironmentVariableIntValue("LOCKSTEP_KILL_ROUNDS")
            : 3;
        OwnServer own;
        QVERIFY(own.isRunning());
        const QString url = withDatabase(own.url(), QStringLiteral("postgres"));
        SandboxAndStore run;
        StandaloneSandbox& sandbox = run.sandbox;
        QVERIFY(sandbox.startRetryDay(1, 2, 3));
        QVERIFY(sandbox.editConfig([](Json& c) { c["schedules"]["engine_lease_seconds"] = kLeaseSeconds; }));
        const QStringList args = {
            QStringLiteral("--headless"), QStringLiteral("--config"), run.configPath, QStringLiteral("--db"), url};

        // Two engines, each a standby when the other leads; each one's output goes to a file (never a full pipe).
        std::array<std::unique_ptr<QProcess>, 2> engines;
        int started = 0;
        QHash<int, QString> logs;
        auto startEngine = [&](int slot) {
            engines[slot] = std::make_unique<QProcess>();
            engines[slot]->setProcessChannelMode(QProcess::MergedChannels);
            logs.insert(slot, run.dir.filePath(QStringLiteral("engine-%1.log").arg(started++)));
            engines[slot]->setStandardOutputFile(logs.value(slot), QIODevice::Append);
            engines[slot]->start(kLockstepBinary, args + QStringList{QStringLiteral("--standby")});
            return engines[slot]->waitForStarted(30000);
        };
        const auto cleanUp = qScopeGuard([&] {
            for (auto& p : engines) {
                if (p && p->state() != QProcess::NotRunning) {
                    p->kill();
                    p->waitForFinished();
                }
            }
        });
        QVERIFY(startEngine(0));
        QVERIFY(startEngine(1));
        auto db = store::openStore(url);
        LOCKSTEP_VERIFY_OK(db);
        auto holder = [&] {
            return std::pair{number(db.value(), QStringLiteral("SELECT epoch FROM engine_claim WHERE id = 1")),
                number(db.value(), QStringLiteral("SELECT pid FROM engine_claim WHERE id = 1"))};
        };
        auto slotOf = [&](qint64 pid) {
            for (int slot = 0; slot < 2; ++slot) {
                if (engines[slot] && engines[slot]->processId() == pid)
                    return slot;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(slotOf(holder().second) >= 0, 90000);

        QList<qint64> failovers;
        for (int round = 0; round < rounds; ++round) {
            const auto [epoch, pid] = holder();
            const int leader = slotOf(pid);
            QVERIFY2(leader >= 0, qPrintable(QStringLiteral("round %1: pid %2 is neither engine").arg(round).arg(pid)));
            // At a random moment of its work: between reads, mid-send, mid-transaction.
            QTest::qWait(1000 + QRandomGenerator::global()->bounded(4000));
            QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
            QVERIFY(engines[leader]->waitForFinished(10000));
            QElapsedTimer failover;
            failover.start();
            while (holder().first <= epoch && failover.elapsed() < 60000)
                QTest::qWait(50);
            if (holder().first <= epoch) {
                const int other = 1 - leader;
                QFile log(logs.value(other));
                const QByteArray said = log.open(QIODevice::ReadOnly) ? log.readAll().right(3000) : QByteArray();
                QFAIL(qPrintable(QStringLiteral("round %1: nobody took over in 60 s; the other engine %2 (exit %3): %4")
                                     .arg(round)
                                     .arg(engines[other]->state() == QProcess::Running ? "runs" : "ended")
                                     .arg(engines[other]->exitCode())
                                     .arg(QString::fromUtf8(said))));
            }
            failovers.append(failover.elapsed());
            QCOMPARE(slotOf(holder().second), 1 - leader);
            QVERIFY(startEngine(leader)); // back as the standby
        }
        for (auto& p : engines) {
            p->terminate(); // a clean end gives the lease back
            QVERIFY(p->waitForFinished(30000));
        }

        QString summary;
        const QString failed = drainAndReconcile(sandbox, args, url, &summary);
        std::sort(failovers.begin(), failovers.end());
        qInfo("%d leaders killed (lease %d s): taken over after %lld ms at the median, %lld ms at most; %s",
            rounds,
            kLeaseSeconds,
            failovers.isEmpty() ? 0 : failovers.at(failovers.size() / 2),
            failovers.isEmpty() ? 0 : failovers.constLast(),
            qPrintable(summary));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // Within the lease and one renewal (a third of it) of the last renewal before the kill.
        for (qint64 ms : std::as_const(failovers))
            QVERIFY2(ms <= (kLeaseSeconds * 4 / 3 + 3) * 1000, qPrintable(QString::number(ms)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestEngineFailover)
#include "test_engine_failover.moc"
