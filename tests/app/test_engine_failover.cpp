// SPDX-License-Identifier: GPL-3.0-or-later
// Two `lockstep --headless` engines on one PostgreSQL database against a standalone sandbox with faults: the leader
// is frozen (SIGSTOP) past its lease, the standby (`--standby`) takes over, and when the leader wakes (SIGCONT) it
// starts no send under its old epoch and stops on its own. The sandbox's ledger shows no order received twice and
// nothing lost. The test starts a PostgreSQL server of its own (tests/postgres/server.sh).
#include "standalone_sandbox.h"
#include "store/store.h"
#include "support.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestEngineFailover)
#include "test_engine_failover.moc"
