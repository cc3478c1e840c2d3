// SPDX-License-Identifier: GPL-3.0-or-later
// One engine per store: the claim is exclusive while held, free again when its holder lets go (as the OS frees it
// when a process dies), records its holder with a new epoch each time, and fences the outbox: a row is claimed
// for sending by exactly one sender, and never under an epoch that is no longer the store's.
#include "store/engine_claim.h"
#include "store/outbox_repository.h"
#include "support.h"

#include <QDir>
#include <QTest>

#include <sqlite3.h>
#include <thread>

using namespace lockstep::core;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

namespace {

EngineHolder holder(const QString& program, qint64 pid)
{
    EngineHolder h;
    h.holder = program;
    h.pid = pid;
    h.host = QStringLiteral("desk-1");
    h.since = utc("2026-12-05T08:14:00Z");
    return h;
}

qint64 queue(OutboxRepository& outbox, const QString& key)
{
    OutboxEntry e;
    e.idempotencyKey = key;
    e.kind = QStringLiteral("wms.create_order");
    e.target = QStringLiteral("deposco");
    e.payload = QStringLiteral("{}");
    e.createdAt = utc("2026-12-05T09:00:00Z");
    e.nextAttemptAt = e.createdAt;
    return outbox.enqueue(e).value();
}

} // namespace

class TestEngineClaim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondClaimIsRefusedAndNamesTheHolder()
    {
        TempStore s;
        auto first = EngineClaim::take(s.db, s.path, holder(QStringLiteral("lockstep --headless"), 4242));
        LOCKSTEP_VERIFY_OK(first);
        QCOMPARE(first.value()->epoch(), qint64(1));

        Database other = s.open();
        auto second = EngineClaim::take(other, s.path, holder(QStringLiteral("lockstep"), 77));
        QVERIFY(!second.ok());
        LOCKSTEP_COMPARE_ENUM(second.error().code, ErrorCode::Conflict);
        QVERIFY2(second.error().message.contains(QStringLiteral("pid 4242 on desk-1 (lockstep --headless)")),
            qPrintable(second.error().message));
        // The refused one changed nothing: the store still names the first holder and its epoch.
        auto recorded = EngineClaim::recorded(other);
        LOCKSTEP_VERIFY_OK(recorded);
        QCOMPARE(recorded.value()->pid, qint64(4242));
        QCOMPARE(recorded.value()->epoch, qint64(1));
    }

    void aStartingEngineThatHeldTheLockFileForAMomentDoesNotKeepTheOtherOut()
    {
        // Two engines starting together on a new store: the one that loses keeps, in SQLite's exclusive locking
        // mode, the shared lock its refused attempt got, for as long as its handle is open. Here that other engine is
        // a handle that read the lock file the same way and lets go 400 ms later: the take waits it out, rather than
        // giving up after one busy timeout with neither engine running.
        TempStore s;
        const QByteArray lockFile = QDir::toNativeSeparators(EngineClaim::lockPath(s.path)).toUtf8();
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open_v2(lockFile.constData(), &other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_exec(other,
                     "PRAGMA locking_mode = EXCLUSIVE; SELECT count(*) FROM sqlite_master;",
                     nullptr,
                     nullptr,
                     nullptr),
            SQLITE_OK);
        std::thread letGo([other] {
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            sqlite3_close_v2(other);
        });
        auto claim = EngineClaim::take(s.db, s.path, holder(QStringLiteral("lockstep --headless"), 4242));
        letGo.join();
        LOCKSTEP_VERIFY_OK(claim);
        QVERIFY(EngineClaim::isHeld(s.path));
    }

    void releasedClaimCanBeTakenWithANewEpoch()
    {
        TempStore s;
        {
            auto first = EngineClaim::take(s.db, s.path, holder(QStringLiteral("a"), 1));
            LOCKSTEP_VERIFY_OK(first);
        } // released, as the OS releases it when the process ends
        auto next = EngineClaim::take(s.db, s.path, holder(QStringLiteral("b"), 2));
        LOCKSTEP_VERIFY_OK(next);
        QCOMPARE(next.value()->epoch(), qint64(2));
        QCOMPARE(EngineClaim::recorded(s.db).value()->holder, QStringLiteral("b"));
    }

    void anOutboxRowIsClaimedByExactlyOneSender()
    {
        TempStore s;
        auto claim = EngineClaim::take(s.db, s.path, holder(QStringLiteral("a"), 1));
        LOCKSTEP_VERIFY_OK(claim);
        OutboxRepository outbox(s.db);
        const qint64 id = queue(outbox, QStringLiteral("wms.create:woocommerce:1"));
        const QDateTime now = utc("2026-12-05T09:01:00Z");

        Database second = s.open();
        OutboxRepository other(second);
        QCOMPARE(outbox.claim(id, QStringLiteral("engine a"), claim.value()->epoch(), now).value(), true);
        QCOMPARE(other.claim(id, QStringLiteral("engine b"), claim.value()->epoch(), now).value(), false);
        QCOMPARE(outbox.claim(id, QStringLiteral("engine a again"), claim.value()->epoch(), now).value(), false);
        // Not due while it is being sent, and a person's retry cannot requeue it under the sender's feet.
        QVERIFY(outbox.due(now.addSecs(3600), 10).value().isEmpty());
        QVERIFY(!outbox.requeue(id, now).ok());
        LOCKSTEP_VERIFY_OK(outbox.markSent(id, now));
        LOCKSTEP_COMPARE_ENUM(
            outbox.findByKey(QStringLiteral("wms.create:woocommerce:1")).value()->state, OutboxState::Sent);
    }

    void anEngineWhoseEpochIsOverCannotClaimASend()
    {
        TempStore s;
        qint64 oldEpoch = 0;
        {
            auto first = EngineClaim::take(s.db, s.path, holder(QStringLiteral("a"), 1));
            oldEpoch = first.value()->epoch();
        }
        auto successor = EngineClaim::take(s.db, s.path, holder(QStringLiteral("b"), 2));
        LOCKSTEP_VERIFY_OK(successor);
        OutboxRepository outbox(s.db);
        const qint64 id = queue(outbox, QStringLiteral("wms.create:woocommerce:2"));
        const QDateTime now = utc("2026-12-05T09:01:00Z");
        QCOMPARE(outbox.claim(id, QStringLiteral("old engine"), oldEpoch, now).value(), false);
        QCOMPARE(outbox.claim(id, QStringLiteral("new engine"), successor.value()->epoch(), now).value(), true);
    }

    void sendsInterruptedByACrashGoBackToBeLookedUpFirst()
    {
        TempStore s;
        OutboxRepository outbox(s.db);
        const qint64 id = queue(outbox, QStringLiteral("wms.create:woocommerce:3"));
        const QDateTime now = utc("2026-12-05T09:01:00Z");
        QVERIFY(outbox.claim(id, QStringLiteral("killed engine"), 0, now).value());
        // The next engine: the row is due again only after the grace period, as a failed attempt.
        QCOMPARE(outbox.releaseInterrupted(now.addSecs(15), now).value(), 1);
        QVERIFY(outbox.due(now, 10).value().isEmpty());
        const auto due = outbox.due(now.addSecs(15), 10).value();
        QCOMPARE(due.size(), 1);
        LOCKSTEP_COMPARE_ENUM(due.constFirst().state, OutboxState::Failed);
        QVERIFY(due.constFirst().lastError.contains(QStringLiteral("looks at the receiver first")));
    }
};

QTEST_GUILESS_MAIN(TestEngineClaim)
#include "test_engine_claim.moc"
