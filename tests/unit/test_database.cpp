// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite layer and the schema: pragmas, migrations from an older schema, refusal of a newer one, migrations by
// many openers at once, damaged and deleted files noticed, and transactions that leave nothing behind when a write
// fails half-way.
#include "store/exception_repository.h"
#include "store/order_repository.h"
#include "store/schema.h"
#include "support.h"

#include <QFileInfo>
#include <QTest>

#include <latch>
#include <optional>
#include <thread>
#include <vector>

using namespace lockstep::core;
using namespace lockstep::core::store;
using lockstep::test::TempStore;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    auto st = db.prepare(sql);
    if (!st.ok() || !st->step().valueOr(false))
        return -1;
    return st->int64(0);
}

QString text(Database& db, const QString& sql)
{
    auto st = db.prepare(sql);
    if (!st.ok() || !st->step().valueOr(false))
        return {};
    return st->text(0);
}

Order sampleOrder(const QString& id)
{
    Order o;
    o.storefront = SourceSystem::WooCommerce;
    o.storefrontId = id;
    o.number = id;
    o.status = QStringLiteral("processing");
    o.paymentState = PaymentState::Paid;
    o.currency = QStringLiteral("EUR");
    o.totals.total = Money::fromMinor(1000, o.currency);
    o.lines.append(OrderLine{1, QStringLiteral("SKU-1"), QStringLiteral("Thing"), 1, {}, {}, {}, {}});
    return o;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithWalAndForeignKeys()
    {
        TempStore s;
        QCOMPARE(text(s.db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(s.db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QVERIFY(scalar(s.db, QStringLiteral("PRAGMA busy_timeout")) >= 1000);
        QCOMPARE(s.db.userVersion(), latestSchemaVersion());
        QCOMPARE(text(s.db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void foreignKeysAreEnforced()
    {
        TempStore s;
        const Status st = s.db.exec(QStringLiteral(
            "INSERT INTO lifecycle_events (order_id, at, source, kind) VALUES (424242, 0, 'lockstep', 'x')"));
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(QStringLiteral("FOREIGN KEY")));
    }

    void migratesFromVersionOneKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::open(path);
            LOCKSTEP_VERIFY_OK(db);
            LOCKSTEP_VERIFY_OK(migrate(db.value(), 1));
            QCOMPARE(db->userVersion(), 1);
            // A version-1 database has no text index and no SKU map yet.
            QCOMPARE(
                scalar(db.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sku_map'")), 0);
            LOCKSTEP_VERIFY_OK(db->exec(QStringLiteral(
                "INSERT INTO exceptions (type, subject_key, state, severity, owner_team, order_ref, sku, reason, "
                "first_seen, last_seen) VALUES ('sku_mismatch', 'sku:TSHIRT-M-BLK', 'open', 3, 'ecommerce', '1042', "
                "'TSHIRT-M-BLK', 'SKU TSHIRT-M-BLK is not in the WMS item master', 1000, 1000)")));
        }
        auto db = openStore(path);
        LOCKSTEP_VERIFY_OK(db);
        QCOMPARE(db->userVersion(), latestSchemaVersion());
        QCOMPARE(scalar(db.value(), QStringLiteral("SELECT count(*) FROM sku_map")), 0);
        // The row written under version 1 is found through the index that version 2 added.
        ExceptionRepository repo(db.value());
        ExceptionFilter f;
        f.text = QStringLiteral("shirt-m");
        auto n = repo.count(f);
        LOCKSTEP_VERIFY_OK(n);
        QCOMPARE(n.value(), 1);
    }

    void migrationIsIdempotent()
    {
        TempStore s;
        LOCKSTEP_VERIFY_OK(migrate(s.db));
        LOCKSTEP_VERIFY_OK(migrate(s.db));
        QCOMPARE(s.db.userVersion(), latestSchemaVersion());
    }

    void refusesNewerSchema()
    {
        TempStore s;
        LOCKSTEP_VERIFY_OK(s.db.setUserVersion(latestSchemaVersion() + 1));
        const Status st = migrate(s.db);
        QVERIFY(!st.ok());
        LOCKSTEP_COMPARE_ENUM(st.error().code, ErrorCode::SchemaTooNew);
    }

    void readOnlyConnectionRefusesWrites()
    {
        TempStore s;
        auto reader = openStore(s.path, Database::Mode::ReadOnly);
        LOCKSTEP_VERIFY_OK(reader);
        QVERIFY(!reader->exec(QStringLiteral("DELETE FROM orders")).ok());
    }

    void readOnlyRefusesUnmigratedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        {
            LOCKSTEP_VERIFY_OK(Database::open(path));
        }
        auto reader = openStore(path, Database::Mode::ReadOnly);
        QVERIFY(!reader.ok());
    }

    void readOnlySaysWhetherTheSchemaIsNewerOrOlder()
    {
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("older.sqlite"));
        {
            auto db = Database::open(older);
            LOCKSTEP_VERIFY_OK(db);
            LOCKSTEP_VERIFY_OK(migrate(db.value(), 3));
        }
        auto reader = openStore(older, Database::Mode::ReadOnly);
        QVERIFY(!reader.ok());
        LOCKSTEP_COMPARE_ENUM(reader.error().code, ErrorCode::NotFound); // not migrated yet: the engine migrates it
        QVERIFY2(reader.error().message.contains(QLatin1String("older")), qPrintable(reader.error().toString()));

        TempStore newer;
        LOCKSTEP_VERIFY_OK(newer.db.setUserVersion(latestSchemaVersion() + 1));
        reader = openStore(newer.path, Database::Mode::ReadOnly);
        QVERIFY(!reader.ok());
        LOCKSTEP_COMPARE_ENUM(reader.error().code, ErrorCode::SchemaTooNew);
        QVERIFY2(
            reader.error().message.contains(QLatin1String("newer Lockstep")), qPrintable(reader.error().toString()));
    }

    void manyOpenersOfOneNewFileAllMigrateIt()
    {
        // Connections opening a file no one has migrated yet, all at the same moment (as several processes started
        // together do): each must wait for the one migrating, see its version, and succeed.
        constexpr int kOpeners = 8;
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("new.sqlite"));
            std::latch ready(kOpeners);
            std::vector<std::optional<Error>> failures(kOpeners);
            std::vector<std::thread> threads;
            for (int i = 0; i < kOpeners; ++i) {
                threads.emplace_back([&, i] {
                    ready.arrive_and_wait();
                    auto db = openStore(path);
                    if (!db.ok())
                        failures[std::size_t(i)] = db.error();
                });
            }
            for (std::thread& t : threads)
                t.join();
            for (const auto& failure : failures)
                QVERIFY2(!failure, failure ? qPrintable(failure->toString()) : "");
            auto db = openStore(path);
            LOCKSTEP_VERIFY_OK(db);
            QCOMPARE(db->userVersion(), latestSchemaVersion());
            QCOMPARE(text(db.value(), QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            QCOMPARE(scalar(db.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'orders'")), 1);
        }
    }

    void aDamagedFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto db = openStore(path);
            LOCKSTEP_VERIFY_OK(db);
            OrderRepository orders(db.value());
            Transaction tx(db.value());
            for (int i = 0; i < 3000; ++i)
                LOCKSTEP_VERIFY_OK(orders.upsert(sampleOrder(QString::number(10000 + i))));
            LOCKSTEP_VERIFY_OK(tx.commit());
        } // closed: the WAL is checkpointed into the file
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        QVERIFY(file.seek(size * 3 / 4 / 4096 * 4096)); // order pages deep in the file, as a failing disk leaves them
        QVERIFY(file.write(QByteArray(3 * 4096, '\xA5')) == 3 * 4096);
        file.close();

        auto db = openStore(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().code == ErrorCode::Parse, qPrintable(db.error().toString()));
        QVERIFY2(db.error().message.contains(QLatin1String("damaged")), qPrintable(db.error().toString()));
        QVERIFY(db.error().context.contains(QLatin1String("damaged.sqlite")));

        // A file that is not a database at all (its header overwritten) is damaged too, not merely unavailable.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.write(QByteArray(100, '\0')) == 100);
        file.close();
        db = openStore(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().code == ErrorCode::Parse, qPrintable(db.error().toString()));
    }

    void aDeletedOrReplacedFileIsNoticed()
    {
        TempStore s;
        LOCKSTEP_VERIFY_OK(checkStillAtPath(s.db));
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(s.path + QLatin1String(suffix));
        QVERIFY(!QFileInfo::exists(s.path));
        LOCKSTEP_VERIFY_OK(s.db.exec(QStringLiteral("INSERT INTO sync_cursors VALUES ('lost', '1', 0)"))); // no error
        const Status gone = checkStillAtPath(s.db);
        QVERIFY(!gone.ok());
        LOCKSTEP_COMPARE_ENUM(gone.error().code, ErrorCode::NotFound);
        QVERIFY(gone.error().context.contains(QLatin1String("lockstep.sqlite")));

        // Another file put at the path (a restore while running) is not the one open either.
        TempStore other;
        QFile replacement(other.dir.filePath(QStringLiteral("spare.sqlite")));
        QVERIFY(replacement.open(QIODevice::WriteOnly));
        replacement.close();
        QVERIFY(QFile::remove(other.path));
        QVERIFY(QFile::rename(replacement.fileName(), other.path));
        QVERIFY(QFileInfo::exists(other.path));
        QVERIFY(!checkStillAtPath(other.db).ok());
    }

    void readerSeesCommittedWritesDuringWal()
    {
        TempStore s;
        auto reader = openStore(s.path, Database::Mode::ReadOnly);
        LOCKSTEP_VERIFY_OK(reader);
        OrderRepository writer(s.db);
        LOCKSTEP_VERIFY_OK(writer.upsert(sampleOrder(QStringLiteral("1"))));
        QCOMPARE(scalar(reader.value(), QStringLiteral("SELECT count(*) FROM orders")), 1);
    }

    void rollbackLeavesNothingBehind()
    {
        TempStore s;
        OrderRepository orders(s.db);
        {
            Transaction tx(s.db);
            QVERIFY(tx.isActive());
            LOCKSTEP_VERIFY_OK(orders.upsert(sampleOrder(QStringLiteral("100"))));
            LOCKSTEP_VERIFY_OK(orders.upsert(sampleOrder(QStringLiteral("101"))));
            // The third write fails half-way: a line refers to nothing valid (quantity NOT NULL violated).
            const Status bad = s.db.exec(
                QStringLiteral("INSERT INTO order_lines (order_id, line_number, quantity) VALUES (1, 99, NULL)"));
            QVERIFY(!bad.ok());
            // No commit: the transaction object rolls back when it goes out of scope.
        }
        QCOMPARE(scalar(s.db, QStringLiteral("SELECT count(*) FROM orders")), 0);
        QCOMPARE(scalar(s.db, QStringLiteral("SELECT count(*) FROM order_lines")), 0);

        {
            Transaction tx(s.db);
            LOCKSTEP_VERIFY_OK(orders.upsert(sampleOrder(QStringLiteral("200"))));
            LOCKSTEP_VERIFY_OK(tx.commit());
        }
        QCOMPARE(scalar(s.db, QStringLiteral("SELECT count(*) FROM orders")), 1);
    }

    void preparedStatementsAreReusedSafely()
    {
        TempStore s;
        LOCKSTEP_VERIFY_OK(s.db.exec(QStringLiteral(
            "INSERT INTO sync_cursors VALUES ('a', '1', 0); INSERT INTO sync_cursors VALUES ('b', '2', 0);")));
        const QString sql = QStringLiteral("SELECT name, value FROM sync_cursors WHERE name >= ?1 ORDER BY name");
        {
            // Bound and stepped half-way, then given back.
            auto first = s.db.prepare(sql);
            LOCKSTEP_VERIFY_OK(first);
            first->bind(1, QStringLiteral("b"));
            QVERIFY(first->step().value());
            QCOMPARE(first->text(0), QStringLiteral("b"));
        }
        // The same SQL again starts from the top with no binding left over (NULL matches nothing).
        auto again = s.db.prepare(sql);
        LOCKSTEP_VERIFY_OK(again);
        QVERIFY(!again->step().value());
        again->reset();
        again->bind(1, QStringLiteral("a"));
        QStringList outer;
        QStringList inner;
        // The same query inside the loop over its own rows gets a statement of its own.
        LOCKSTEP_VERIFY_OK(forEachRow(again.value(), [&](Statement& row) {
            outer << row.text(0);
            auto nested = s.db.prepare(sql);
            QVERIFY(nested.ok());
            nested->bind(1, row.text(0));
            (void)forEachRow(nested.value(), [&](Statement& n) { inner << n.text(0); });
        }));
        QCOMPARE(outer, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(inner, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b")}));

        // A statement may outlive its connection: it is finalised, not given back to a closed pool.
        std::optional<Statement> survivor;
        {
            auto other = Database::open(s.path);
            LOCKSTEP_VERIFY_OK(other);
            auto st = other->prepare(sql);
            LOCKSTEP_VERIFY_OK(st);
            survivor = std::move(st.value());
        }
        survivor.reset();
    }

    void nestedTransactionIsASavepoint()
    {
        TempStore s;
        OrderRepository orders(s.db);
        {
            Transaction page(s.db);
            QVERIFY(page.isActive());
            QVERIFY(!page.isNested());
            {
                Transaction first(s.db);
                QVERIFY(first.isActive());
                QVERIFY(first.isNested());
                LOCKSTEP_VERIFY_OK(orders.upsert(sampleOrder(QStringLiteral("300"))));
                LOCKSTEP_VERIFY_OK(first.commit());
            }
            {
                // The second order fails half-way: only its own writes are undone.
                Transaction second(s.db);
                LOCKSTEP_VERIFY_OK(orders.upsert(sampleOrder(QStringLiteral("301"))));
                {
                    Transaction deeper(s.db); // two levels down, committed, then undone with its parent
                    LOCKSTEP_VERIFY_OK(orders.upsert(sampleOrder(QStringLiteral("302"))));
                    LOCKSTEP_VERIFY_OK(deeper.commit());
                }
                QCOMPARE(scalar(s.db, QStringLiteral("SELECT count(*) FROM orders")), 3);
            }
            QCOMPARE(scalar(s.db, QStringLiteral("SELECT count(*) FROM orders")), 1);
            {
                Transaction third(s.db);
                LOCKSTEP_VERIFY_OK(orders.upsert(sampleOrder(QStringLiteral("303"))));
                LOCKSTEP_VERIFY_OK(third.commit());
            }
            // Another connection sees nothing until the outermost commits.
            auto other = Database::open(s.path, Database::Mode::ReadOnly);
            LOCKSTEP_VERIFY_OK(other);
            QCOMPARE(scalar(other.value(), QStringLiteral("SELECT count(*) FROM orders")), 0);
            LOCKSTEP_VERIFY_OK(page.commit());
            QCOMPARE(scalar(other.value(), QStringLiteral("SELECT count(*) FROM orders")), 2);
        }
        QCOMPARE(text(s.db,
                     QStringLiteral("SELECT group_concat(storefront_id, ',') FROM (SELECT storefront_id FROM "
                                    "orders ORDER BY storefront_id)")),
            QStringLiteral("300,303"));

        {
            // A committed savepoint is undone when its enclosing transaction is not committed.
            Transaction page(s.db);
            {
                Transaction inner(s.db);
                LOCKSTEP_VERIFY_OK(orders.upsert(sampleOrder(QStringLiteral("304"))));
                LOCKSTEP_VERIFY_OK(inner.commit());
            }
        }
        QCOMPARE(scalar(s.db, QStringLiteral("SELECT count(*) FROM orders")), 2);
        // And the connection is back out of any transaction: a new one is outermost again.
        Transaction after(s.db);
        QVERIFY(after.isActive());
        QVERIFY(!after.isNested());
    }

    void constraintViolationIsConflict()
    {
        TempStore s;
        LOCKSTEP_VERIFY_OK(s.db.exec(QStringLiteral("INSERT INTO sync_cursors VALUES ('a', '1', 0)")));
        auto st = s.db.prepare(QStringLiteral("INSERT INTO sync_cursors VALUES ('a', '2', 0)"));
        LOCKSTEP_VERIFY_OK(st);
        const Status r = st->exec();
        QVERIFY(!r.ok());
        LOCKSTEP_COMPARE_ENUM(r.error().code, ErrorCode::Conflict);
    }

    void textRoundTripsUnicodeAndNull()
    {
        TempStore s;
        auto ins = s.db.prepare(QStringLiteral("INSERT INTO sync_cursors VALUES (?1, ?2, 0)"));
        LOCKSTEP_VERIFY_OK(ins);
        const QString value = QStringLiteral("Zażółć gęślą jaźń — ✓ 日本");
        LOCKSTEP_VERIFY_OK(ins->bind(1, QStringLiteral("u")).bind(2, value).exec());
        QCOMPARE(text(s.db, QStringLiteral("SELECT value FROM sync_cursors WHERE name = 'u'")), value);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
