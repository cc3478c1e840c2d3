// SPDX-License-Identifier: GPL-3.0-or-later
// Two `lockstep --headless` engines on one PostgreSQL database against a standalone sandbox with faults: the leader
// is frozen (SIGSTOP) past its lease, the standby (`--standby`) takes over, and when the leader wakes (SIGCONT) it
// starts no send under its old epoch and stops on its own. Then leaders killed (SIGKILL) at random moments, round
// after round, each replaced by the other engine within the lease and one renewal and started again as its standby
// (3 rounds here; LOCKSTEP_KILL_ROUNDS=30 for the long form). Then a leader cut off from the database by a relay that
// goes silent, while it still reaches the warehouse. Each time the sandbox's ledger shows no order received twice and
// nothing lost. And a probe a console leaves in the store (as a desk without an engine does) is taken and answered by
// the engine process that leads, and after a kill by the one that took over. The test starts a PostgreSQL server of
// its own (tests/postgres/server.sh).
#include "actions/action_json.h"
#include "standalone_sandbox.h"
#include "store/action_request_repository.h"
#include "store/exception_repository.h"
#include "store/store.h"
#include "support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

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

/// Waits, the event loop running, until `done()` or `ms` have passed; whether it was done.
template <typename Done> bool waitFor(Done done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(50);
    return done();
}

/// A leader and a standby engine, their output kept, both ended with the test (woken first if frozen).
struct LeaderAndStandby
{
    QProcess leader;
    QProcess standby;
    Output leaderSaid{leader, {}};
    Output standbySaid{standby, {}};

    LeaderAndStandby()
    {
        for (QProcess* p : {&leader, &standby})
            p->setProcessChannelMode(QProcess::MergedChannels);
    }
    ~LeaderAndStandby()
    {
        for (QProcess* p : {&leader, &standby}) {
            if (p->state() == QProcess::NotRunning)
                continue;
#ifdef Q_OS_UNIX
            ::kill(pid_t(p->processId()), SIGCONT);
#endif
            p->kill();
            p->waitForFinished();
        }
    }
    /// Starts the leader and waits for its first send run, then the standby until it stands by. Empty, or the output
    /// of the one that did not get there.
    QByteArray start(const QStringList& leaderArgs, const QStringList& standbyArgs)
    {
        leader.start(kLockstepBinary, leaderArgs);
        if (!waitFor([this] { return leaderSaid.says("job outbox finished"); }, 90000))
            return "leader: " + leaderSaid.read();
        standby.start(kLockstepBinary, standbyArgs + QStringList{QStringLiteral("--standby")});
        if (!waitFor([this] { return standbySaid.says("stands by"); }, 60000))
            return "standby: " + standbySaid.read();
        return {};
    }
    /// Called as the leader is stopped one way or another: waits until the standby took over (`ms` after the call)
    /// and has run two sends. Empty, or the standby's output.
    QByteArray awaitTakeover(qint64& ms)
    {
        QElapsedTimer t;
        t.start();
        if (!waitFor([this] { return standbySaid.says("engine started"); }, 60000))
            return standbySaid.read();
        ms = t.elapsed();
        if (!waitFor([this] { return standbySaid.read().count("job outbox finished") >= 2; }, 60000))
            return standbySaid.read();
        return {};
    }
};

qint64 number(store::Database& db, const QString& sql)
{
    auto st = db.prepare(sql);
    return st.ok() && st->step().valueOr(false) ? st->int64(0) : -1;
}

constexpr int kLeaseSeconds = 6;

/// What each test here starts from: a server of its own, a sandbox trading day with faults, and the engines'
/// arguments on that server with a 6 s lease.
struct Failover
{
    OwnServer own;
    QString url = withDatabase(own.url(), QStringLiteral("postgres"));
    SandboxAndStore run;
    bool ready = own.isRunning() && run.sandbox.startRetryDay(1, 2, 3)
        && run.sandbox.editConfig([](Json& c) { c["schedules"]["engine_lease_seconds"] = kLeaseSeconds; });
    QStringList args = {
        QStringLiteral("--headless"), QStringLiteral("--config"), run.configPath, QStringLiteral("--db"), url};
};

/// A TCP relay in front of the database server that the test can cut: once cut it passes nothing either way and
/// closes nothing, as a network that drops every packet does (no reset, no error: silence).
class Relay : public QObject
{
public:
    explicit Relay(quint16 target)
        : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* in = m_server.nextPendingConnection())
                pair(in);
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    void cut() { m_cut = true; }

private:
    void pair(QTcpSocket* in)
    {
        in->setParent(this);
        auto* out = new QTcpSocket(this);
        out->connectToHost(QHostAddress::LocalHost, m_target);
        for (auto [from, to] : {std::pair{in, out}, std::pair{out, in}}) {
            connect(from, &QTcpSocket::readyRead, this, [this, from = from, to = to] {
                if (!m_cut) // cut: left unread, so nothing passes and the sender's window fills
                    to->write(from->readAll());
            });
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    bool m_cut = false;
};

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
        Failover setup;
        QVERIFY(setup.ready);
        const QString& url = setup.url;
        StandaloneSandbox& sandbox = setup.run.sandbox;
        const QStringList& args = setup.args;

        LeaderAndStandby engines;
        const QByteArray notStarted = engines.start(args, args);
        QVERIFY2(notStarted.isEmpty(), notStarted.constData());
        QProcess& leader = engines.leader;
        QProcess& standby = engines.standby;
        Output& leaderSaid = engines.leaderSaid;
        Output& standbySaid = engines.standbySaid;
        QVERIFY2(standbySaid.read().contains(QByteArray::number(leader.processId())), standbySaid.read().constData());

        auto db = store::openStore(url);
        LOCKSTEP_VERIFY_OK(db);
        const qint64 leaderEpoch = number(db.value(), QStringLiteral("SELECT epoch FROM engine_claim WHERE id = 1"));
        QVERIFY(leaderEpoch > 0);

        // Frozen mid-work: the standby takes over once the lease has run out.
        QCOMPARE(::kill(pid_t(leader.processId()), SIGSTOP), 0);
        qint64 failoverMs = 0;
        const QByteArray noTakeover = engines.awaitTakeover(failoverMs);
        QVERIFY2(noTakeover.isEmpty(), noTakeover.constData());
        QCOMPARE(number(db.value(), QStringLiteral("SELECT epoch FROM engine_claim WHERE id = 1")), leaderEpoch + 1);

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

    void aProbeLeftAtADeskIsAnsweredByWhicheverEngineLeads()
    {
        Failover setup;
        QVERIFY(setup.ready);
        // A quiet day: what is tested is who answers, not how the probe's reads ride out faults.
        QVERIFY(setup.run.sandbox.setFaults(Json::object()));
        LeaderAndStandby engines;
        const QByteArray notStarted = engines.start(setup.args, setup.args);
        QVERIFY2(notStarted.isEmpty(), notStarted.constData());
        auto opened = store::openStore(setup.url);
        LOCKSTEP_VERIFY_OK(opened);
        store::Database& db = opened.value();
        const qint64 leaderEpoch = number(db, QStringLiteral("SELECT epoch FROM engine_claim WHERE id = 1"));

        // An order the demo's unknown SKU holds: what a supervisor at another desk would probe.
        store::PageRequest held;
        held.filter.type = ExceptionType::SkuMismatch;
        held.filter.aboutAnOrder = true; // not a listing's duplicate SKU: a probe reads an order
        held.limit = 1;
        qint64 exceptionId = 0;
        QVERIFY(waitFor(
            [&] {
                auto page = store::ExceptionRepository(db).page(held);
                exceptionId = page.ok() && !page->rows.isEmpty() ? page->rows.constFirst().id : 0;
                return exceptionId > 0;
            },
            60000));

        // As the desk's DeskExecutor leaves it: the command as JSON, who asked, from where.
        const auto ask = [&] {
            actions::ActionCommand probe;
            probe.kind = actions::ActionKind::Probe;
            probe.targets = {{exceptionId, 0}};
            probe.actor = QStringLiteral("ana");
            store::ActionRequest request;
            request.kind = actions::toString(probe.kind);
            request.command = actions::commandToJson(probe);
            request.requestedBy = probe.actor;
            request.requestedFrom = QStringLiteral("lockstep on the returns desk");
            request.requestedAt = QDateTime::currentDateTimeUtc();
            return store::ActionRequestRepository(db).add(request).valueOr(0);
        };
        // The answer as the desk reads it back: done, by which engine, and what it found.
        const auto answerOf = [&](qint64 id, qint64 byEpoch, qint64& ms) -> QString {
            QElapsedTimer t;
            t.start();
            std::optional<store::ActionRequest> row;
            if (!waitFor(
                    [&] {
                        auto found = store::ActionRequestRepository(db).find(id);
                        row = found.ok() ? found.value() : std::nullopt;
                        return row && row->state == store::ActionRequest::State::Done;
                    },
                    60000))
                return QStringLiteral("request %1 was not answered").arg(id);
            ms = t.elapsed();
            if (row->epoch != byEpoch)
                return QStringLiteral("taken under epoch %1, not %2").arg(row->epoch).arg(byEpoch);
            auto result = actions::resultFromJson(row->result);
            if (!result.ok() || !result->error.isEmpty() || result->items.size() != 1)
                return QStringLiteral("answered with %1").arg(row->result);
            const auto& current = result->items.constFirst().current;
            if (!current || !current->storefrontRead || !current->wmsRead)
                return QStringLiteral("both systems were not read: %1").arg(row->result);
            return {};
        };

        qint64 leaderMs = 0;
        const QString byLeader = answerOf(ask(), leaderEpoch, leaderMs);
        QVERIFY2(byLeader.isEmpty(), qPrintable(byLeader));

        // The leader killed: the engine that takes over answers the next one.
        engines.leader.kill();
        qint64 failoverMs = 0;
        const QByteArray noTakeover = engines.awaitTakeover(failoverMs);
        QVERIFY2(noTakeover.isEmpty(), noTakeover.constData());
        qint64 standbyMs = 0;
        const QString byStandby = answerOf(ask(), leaderEpoch + 1, standbyMs);
        QVERIFY2(byStandby.isEmpty(), qPrintable(byStandby));
        qInfo("a desk's probe answered by the leading engine process in %lld ms; after a kill, by the engine that took "
              "over (in %lld ms) in %lld ms",
            leaderMs,
            failoverMs,
            standbyMs);
    }

    void killedLeadersAreReplacedAndNothingIsSentTwice()
    {
#ifndef Q_OS_UNIX
        QSKIP("kills a process with SIGKILL");
#else
        const int rounds = qEnvironmentVariableIsSet("LOCKSTEP_KILL_ROUNDS")
            ? qEnvironmentVariableIntValue("LOCKSTEP_KILL_ROUNDS")
            : 3;
        Failover setup;
        QVERIFY(setup.ready);
        const QString& url = setup.url;
        StandaloneSandbox& sandbox = setup.run.sandbox;
        const QStringList& args = setup.args;

        // Two engines, each a standby when the other leads; each one's output goes to a file (never a full pipe).
        std::array<std::unique_ptr<QProcess>, 2> engines;
        int started = 0;
        QHash<int, QString> logs;
        auto startEngine = [&](int slot) {
            engines[slot] = std::make_unique<QProcess>();
            engines[slot]->setProcessChannelMode(QProcess::MergedChannels);
            logs.insert(slot, setup.run.dir.filePath(QStringLiteral("engine-%1.log").arg(started++)));
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

    void aLeaderCutOffFromTheDatabaseIsReplacedAndNothingIsSentTwice()
    {
        Failover setup;
        QVERIFY(setup.ready);
        // The leader reaches the server only through the relay; the standby directly. Both reach the warehouse.
        Relay relay(quint16(QUrl(setup.url).port()));
        QUrl throughRelay(setup.url);
        throughRelay.setPort(relay.port());
        QStringList leaderArgs = setup.args;
        leaderArgs.last() = throughRelay.toString();
        LeaderAndStandby engines;
        const QByteArray notStarted = engines.start(leaderArgs, setup.args);
        QVERIFY2(notStarted.isEmpty(), notStarted.constData());
        QProcess& leader = engines.leader;
        QProcess& standby = engines.standby;
        auto db = store::openStore(setup.url);
        LOCKSTEP_VERIFY_OK(db);
        const qint64 leaderEpoch = number(db.value(), QStringLiteral("SELECT epoch FROM engine_claim WHERE id = 1"));

        // Cut off mid-work: it can neither renew nor claim a send nor commit; the standby takes over.
        relay.cut();
        qint64 failoverMs = 0;
        const QByteArray noTakeover = engines.awaitTakeover(failoverMs);
        QVERIFY2(noTakeover.isEmpty(), noTakeover.constData());
        QCOMPARE(number(db.value(), QStringLiteral("SELECT epoch FROM engine_claim WHERE id = 1")), leaderEpoch + 1);
        leader.kill(); // still waiting for the server, or stopped on its own
        leader.waitForFinished();
        standby.terminate();
        QVERIFY(standby.waitForFinished(30000));

        QString summary;
        const QString failed = drainAndReconcile(setup.run.sandbox, setup.args, setup.url, &summary);
        qInfo("lease %d s: the standby took over %lld ms after the leader was cut off from the database; %s",
            kLeaseSeconds,
            failoverMs,
            qPrintable(summary));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
};

QTEST_GUILESS_MAIN(TestEngineFailover)
#include "test_engine_failover.moc"
