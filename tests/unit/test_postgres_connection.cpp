// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL side of the store's connection: the SQL translation, what messages show of a URL, and a server
// that goes away and comes back. This test starts a server of its own (tests/postgres/server.sh), since it stops it.
#include "store/engine_claim.h"
#include "store/outbox_repository.h"
#include "store/postgres.h"
#include "store/store.h"
#include "support.h"

#include <QElapsedTimer>
#include <QProcess>

#include <latch>
#include <optional>
#include <thread>
#include <vector>

using namespace lockstep::core;
using namespace lockstep::core::store;

namespace {

Result<qint64> selectNumber(Database& db, qint64 n)
{
    auto st = db.prepare(QStringLiteral("SELECT ?1 + 1"));
    if (!st.ok())
        return st.error();
    st->bind(1, n);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return st->int64(0);
}

qint64 selectCount(Database& db, const QString& sql)
{
    auto st = db.prepare(sql);
    return st.ok() && st->step().valueOr(false) ? st->int64(0) : -1;
}

} // namespace

class TestPostgresConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translatesParametersAndLikeOutsideLiterals()
    {
        int parameters = 0;
        QCOMPARE(postgres::translate(
                     "SELECT a FROM t WHERE b = ?1 AND c LIKE ?2 ESCAPE '\\' AND d = '?3 LIKE'", &parameters),
            QByteArray("SELECT a FROM t WHERE b = $1 AND c ILIKE $2 ESCAPE '\\' AND d = '?3 LIKE'"));
        QCOMPARE(parameters, 2);
        QCOMPARE(postgres::translate("SELECT \"?1\", likely, unlike_x FROM t WHERE x = ? AND y = ?", &parameters),
            QByteArray("SELECT \"?1\", likely, unlike_x FROM t WHERE x = $1 AND y = $2"));
        QCOMPARE(parameters, 2);
        QCOMPARE(postgres::translate("VALUES (?1, ?12, ?1)", &parameters), QByteArray("VALUES ($1, $12, $1)"));
        QCOMPARE(parameters, 12);
    }

    void messagesNeverShowThePassword()
    {
        QVERIFY(isServerLocation(QStringLiteral("postgresql://u:secret@db.example.com/lockstep")));
        QVERIFY(isServerLocation(QStringLiteral("postgres://db/lockstep")));
        QVERIFY(!isServerLocation(QStringLiteral("/home/a/postgresql.sqlite")));
        const QString shown = displayLocation(QStringLiteral("postgresql://u:secret@db.example.com/lockstep"));
        QVERIFY2(!shown.contains(QLatin1String("secret")) && shown.contains(QLatin1String("db.example.com")),
            qPrintable(shown));
        const QString query =
            displayLocation(QStringLiteral("postgresql://u@db/lockstep?password=secret&sslmode=require"));
        QVERIFY2(
            !query.contains(QLatin1String("secret")) && query.contains(QLatin1String("sslmode")), qPrintable(query));
        // An unreachable server is a Network error that names the server without the password.
        QElapsedTimer t;
        t.start();
        auto db = Database::open(QStringLiteral("postgresql://u:secret@127.0.0.1:1/lockstep"));
        QVERIFY(!db.ok());
        LOCKSTEP_COMPARE_ENUM(db.error().code, ErrorCode::Network);
        QVERIFY2(!db.error().toString().contains(QLatin1String("secret")), qPrintable(db.error().toString()));
        qInfo("refused connection reported in %lld ms", t.elapsed());
    }

    void manyOpenersOfOneNewDatabaseAllMigrateIt()
    {
        // Programs opening a database no one has migrated yet, all at the same moment (a console and two engines
        // started together): each waits for the one migrating, sees the version it recorded, and succeeds.
        lockstep::test::OwnServer own;
        QVERIFY(own.isRunning());
        constexpr int kOpeners = 6;
        for (int round = 0; round < 4; ++round) {
            const QString name = QStringLiteral("fresh_%1").arg(round);
            lockstep::test::onServer(own.url(), QStringLiteral("CREATE DATABASE %1").arg(name));
            const QString url = lockstep::test::withDatabase(own.url(), name);
            std::latch ready(kOpeners);
            std::vector<std::optional<Error>> failures(kOpeners);
            std::vector<std::thread> threads;
            for (int i = 0; i < kOpeners; ++i) {
                threads.emplace_back([&, i] {
                    auto connection = Database::open(url);
                    ready.arrive_and_wait();
                    if (!connection.ok()) {
                        failures[std::size_t(i)] = connection.error();
                        return;
                    }
                    // What the program does before it takes the lock: asks the version (none yet).
                    (void)connection->userVersion();
                    if (auto st = migrate(connection.value()); !st.ok())
                        failures[std::size_t(i)] = st.error();
                });
            }
            for (std::thread& t : threads)
                t.join();
            for (const auto& failure : failures)
                QVERIFY2(!failure, failure ? qPrintable(failure->toString()) : "");
            auto db = openStore(url);
            LOCKSTEP_VERIFY_OK(db);
            QCOMPARE(db->userVersion(), latestSchemaVersion());
        }
    }

    void aServerThatGoesAwayIsReportedAndUsedAgainWhenItReturns()
    {
        lockstep::test::OwnServer own;
        QVERIFY(own.isRunning());
        const QString server = own.url();

        auto opened = openStore(lockstep::test::withDatabase(server, QStringLiteral("postgres")));
        LOCKSTEP_VERIFY_OK(opened);
        Database& db = opened.value();
        QCOMPARE(selectNumber(db, 41).value(), 42);

        // One engine per store on a server too: a second take is refused and names the holder; when the holder's
        // connection ends, the next take succeeds with a new epoch.
        {
            const QString store = db.path();
            auto first = EngineClaim::take(db, store, thisProcessAsHolder(QStringLiteral("first")));
            LOCKSTEP_VERIFY_OK(first);
            QVERIFY(EngineClaim::isHeld(store));
            auto second = EngineClaim::take(db, store, thisProcessAsHolder(QStringLiteral("second")));
            QVERIFY(!second.ok());
            LOCKSTEP_COMPARE_ENUM(second.error().code, ErrorCode::Conflict);
            QVERIFY2(second.error().message.contains(QLatin1String("(first)")), qPrintable(second.error().message));
            const qint64 epoch = first.value()->epoch();
            first.value().reset(); // the claim ends, and its lease is given back
            QTRY_VERIFY_WITH_TIMEOUT(!EngineClaim::isHeld(store), 5000); // given back as it ended
            auto again = EngineClaim::take(db, store, thisProcessAsHolder(QStringLiteral("second")));
            LOCKSTEP_VERIFY_OK(again);
            QCOMPARE(again.value()->epoch(), epoch + 1);
        }

        // A holder that stops renewing its lease (frozen, cut off from the server) is replaced once the lease has run
        // out by the server's clock. From then on it can neither start a send nor renew, even before anyone takes over.
        {
            using namespace std::chrono_literals;
            const QString store = db.path();
            auto a = EngineClaim::take(db, store, thisProcessAsHolder(QStringLiteral("a")), 1500ms);
            LOCKSTEP_VERIFY_OK(a);
            const qint64 epochA = a.value()->epoch();
            QVERIFY(a.value()->isLease());
            QVERIFY(a.value()->holdsLease());
            auto early = EngineClaim::take(db, store, thisProcessAsHolder(QStringLiteral("b")), 1500ms);
            QVERIFY(!early.ok());
            QVERIFY2(early.error().message.contains(QLatin1String("(a)")), qPrintable(early.error().message));
            LOCKSTEP_VERIFY_OK(a.value()->renew()); // renewed in time, it runs on
            // The holder's writer: every transaction it commits runs the lease's fence first.
            auto writerA = Database::open(store);
            LOCKSTEP_VERIFY_OK(writerA);
            writerA->setWriteFence(a.value()->fenceSql());
            auto writeCursor = [](Database& writer, const QString& name) {
                Transaction tx(writer);
                if (!tx.isActive())
                    return Status(tx.error());
                auto st = writer.prepare(
                    QStringLiteral("INSERT INTO sync_cursors (name, value, updated_at) VALUES (?1, 'x', 0)"));
                if (!st.ok())
                    return Status(st.error());
                if (auto done = st->bind(1, name).exec(); !done.ok())
                    return Status(done.error());
                return tx.commit();
            };
            LOCKSTEP_VERIFY_OK(writeCursor(writerA.value(), QStringLiteral("while a leads")));

            OutboxRepository outbox(db);
            OutboxEntry entry;
            entry.idempotencyKey = QStringLiteral("wms.create:woocommerce:77");
            entry.kind = QStringLiteral("wms.create_order");
            entry.target = QStringLiteral("wms");
            entry.payload = QStringLiteral("{}");
            const auto id = outbox.enqueue(entry);
            LOCKSTEP_VERIFY_OK(id);

            QTest::qWait(1700); // no renewal: the lease runs out
            QVERIFY(!a.value()->holdsLease()); // as its holder's own clock tells
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QCOMPARE(outbox.claim(id.value(), QStringLiteral("a"), epochA, now).value(), false);
            QVERIFY(EngineClaim::isHeld(store) == false);

            auto b = EngineClaim::take(db, store, thisProcessAsHolder(QStringLiteral("b")), 1500ms);
            LOCKSTEP_VERIFY_OK(b);
            QCOMPARE(b.value()->epoch(), epochA + 1);
            const Status late = a.value()->renew(); // it wakes up
            QVERIFY(!late.ok());
            LOCKSTEP_COMPARE_ENUM(late.error().code, ErrorCode::Conflict);
            QVERIFY2(late.error().message.contains(QLatin1String("(b)")), qPrintable(late.error().message));
            QCOMPARE(outbox.claim(id.value(), QStringLiteral("a"), epochA, now).value(), false);
            QCOMPARE(outbox.claim(id.value(), QStringLiteral("b"), b.value()->epoch(), now).value(), true);
            // Nor does anything the old holder writes commit: the fence refuses it and the transaction is undone.
            const Status fenced = writeCursor(writerA.value(), QStringLiteral("after b took over"));
            QVERIFY(!fenced.ok());
            LOCKSTEP_COMPARE_ENUM(fenced.error().code, ErrorCode::Conflict);
            QCOMPARE(selectCount(db, QStringLiteral("SELECT count(*) FROM sync_cursors WHERE name LIKE 'after%'")), 0);
            QCOMPARE(selectCount(db, QStringLiteral("SELECT count(*) FROM sync_cursors WHERE name LIKE 'while%'")), 1);
            auto writerB = Database::open(store);
            LOCKSTEP_VERIFY_OK(writerB);
            writerB->setWriteFence(b.value()->fenceSql());
            LOCKSTEP_VERIFY_OK(writeCursor(writerB.value(), QStringLiteral("after b took over")));
            LOCKSTEP_VERIFY_OK(b.value()->renew());
            QVERIFY(EngineClaim::isHeld(store));
            b.value().reset(); // given back: the next take need not wait
            QVERIFY(!EngineClaim::isHeld(store));
        }

        QVERIFY(own.run(QStringLiteral("pause")));
        QElapsedTimer t;
        t.start();
        const auto gone = selectNumber(db, 1);
        QVERIFY(!gone.ok());
        LOCKSTEP_COMPARE_ENUM(gone.error().code, ErrorCode::Network);
        const qint64 noticedMs = t.elapsed();
        QVERIFY2(noticedMs < 15000, qPrintable(QString::number(noticedMs)));
        // Still gone: each attempt says so, none hangs.
        QVERIFY(!selectNumber(db, 1).ok());

        QVERIFY(own.run(QStringLiteral("resume")));
        const auto back = selectNumber(db, 99);
        LOCKSTEP_VERIFY_OK(back);
        QCOMPARE(back.value(), 100);
        // A transaction and the store's repositories work again on the same connection.
        Transaction tx(db);
        QVERIFY(tx.isActive());
        LOCKSTEP_VERIFY_OK(tx.commit());
        qInfo("a server gone away was reported after %lld ms; the same connection worked again once it returned",
            noticedMs);

        // A transaction the connection was lost in is not continued in the new session: the server rolled back its
        // first row, so its later rows and its commit fail, and nothing of it is kept.
        LOCKSTEP_VERIFY_OK(db.exec(QStringLiteral("CREATE TABLE kept (x bigint)")));
        const auto insert = [&db](qint64 x) {
            auto st = db.prepare(QStringLiteral("INSERT INTO kept (x) VALUES (?1)"));
            return st.ok() ? st->bind(1, x).exec() : Status(st.error());
        };
        {
            Transaction cut(db);
            QVERIFY(cut.isActive());
            LOCKSTEP_VERIFY_OK(insert(1));
            QVERIFY(own.run(QStringLiteral("pause")));
            QVERIFY(own.run(QStringLiteral("resume")));
            const Status second = insert(2);
            QVERIFY(!second.ok());
            LOCKSTEP_COMPARE_ENUM(second.error().code, ErrorCode::Network);
            QVERIFY(!cut.commit().ok());
        }
        LOCKSTEP_VERIFY_OK(insert(3)); // the transaction ended, the connection works on
        auto rows = db.prepare(QStringLiteral("SELECT count(*), min(x) FROM kept"));
        LOCKSTEP_VERIFY_OK(rows);
        QVERIFY(rows->step().value());
        QCOMPARE(rows->int64(0), 1);
        QCOMPARE(rows->int64(1), 3);

        // A server that stops answering with its connections open (frozen, or cut off without a reset) never ends the
        // statement itself, and its statement timeout cannot fire: the wait on this side ends it. Reconnecting to it
        // waits no longer, and the next statements fail at once for a while instead of waiting again.
        db.setResponseDeadline(std::chrono::milliseconds(1500));
        QVERIFY(own.run(QStringLiteral("freeze")));
        t.restart();
        const auto frozen = selectNumber(db, 5);
        const qint64 frozenMs = t.elapsed();
        QVERIFY(!frozen.ok());
        LOCKSTEP_COMPARE_ENUM(frozen.error().code, ErrorCode::Network);
        QVERIFY2(frozen.error().message.contains(QLatin1String("did not answer")), qPrintable(frozen.error().message));
        QVERIFY(!db.inTransaction()); // a statement given up on outside a transaction leaves none behind
        QVERIFY2(frozenMs >= 1400 && frozenMs < 10000, qPrintable(QString::number(frozenMs)));
        t.restart();
        QVERIFY(!selectNumber(db, 5).ok()); // a reconnect that meets the frozen server
        QVERIFY(!selectNumber(db, 5).ok()); // held off: fails without waiting
        const qint64 retriesMs = t.elapsed();
        QVERIFY2(retriesMs < 10000, qPrintable(QString::number(retriesMs)));
        QVERIFY(own.run(QStringLiteral("thaw")));
        QTRY_VERIFY_WITH_TIMEOUT(selectNumber(db, 6).valueOr(0) == 7, 20000);
        qInfo("a frozen server failed a statement after %lld ms; two more tries took %lld ms", frozenMs, retriesMs);
    }
};

QTEST_GUILESS_MAIN(TestPostgresConnection)
#include "test_postgres_connection.moc"
