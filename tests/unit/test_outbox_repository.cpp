// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox: one entry per idempotency key, ever; due entries in order; state transitions.
#include "store/order_repository.h"
#include "store/outbox_repository.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

namespace {

OutboxEntry entry(const QString& key, const QDateTime& at)
{
    OutboxEntry e;
    e.idempotencyKey = key;
    e.kind = QStringLiteral("wms.create_order");
    e.target = QStringLiteral("deposco");
    e.payload = QStringLiteral("{\"order\":\"%1\"}").arg(key);
    e.createdAt = at;
    e.nextAttemptAt = at;
    return e;
}

} // namespace

class TestOutboxRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIsUnique()
    {
        TempStore s;
        OutboxRepository repo(s.db);
        const QDateTime t = utc("2026-11-23T10:00:00Z");
        LOCKSTEP_VERIFY_OK(repo.enqueue(entry(QStringLiteral("wms.create:woocommerce:1042"), t)));
        auto dup = repo.enqueue(entry(QStringLiteral("wms.create:woocommerce:1042"), t.addSecs(5)));
        QVERIFY(!dup.ok());
        LOCKSTEP_COMPARE_ENUM(dup.error().code, ErrorCode::Conflict);
        QCOMPARE(dup.error().context, QStringLiteral("wms.create:woocommerce:1042"));
        QCOMPARE(repo.countByState(OutboxState::Pending).value(), 1);
        // Even once sent, the key stays taken: a duplicate webhook later cannot queue a second create.
        const qint64 id = repo.findByKey(QStringLiteral("wms.create:woocommerce:1042")).value()->id;
        LOCKSTEP_VERIFY_OK(repo.markSent(id, t.addSecs(1)));
        QVERIFY(!repo.enqueue(entry(QStringLiteral("wms.create:woocommerce:1042"), t.addSecs(9))).ok());
    }

    void duplicateKeyInsideTransactionRollsBackTheCause()
    {
        // The outbox row is written with the state that caused it; a refused row undoes both.
        TempStore s;
        OutboxRepository outbox(s.db);
        OrderRepository orders(s.db);
        const QDateTime t = utc("2026-11-23T10:00:00Z");
        LOCKSTEP_VERIFY_OK(outbox.enqueue(entry(QStringLiteral("k1"), t)));
        {
            Transaction tx(s.db);
            Order o;
            o.storefrontId = QStringLiteral("55");
            o.number = QStringLiteral("55");
            o.status = QStringLiteral("processing");
            o.currency = QStringLiteral("EUR");
            LOCKSTEP_VERIFY_OK(orders.upsert(o));
            QVERIFY(!outbox.enqueue(entry(QStringLiteral("k1"), t)).ok());
        }
        QVERIFY(!orders.findByStorefrontId(SourceSystem::WooCommerce, QStringLiteral("55")).value().has_value());
    }

    void aKeyAlreadyQueuedLeavesTheTransactionUsable()
    {
        // A caller that meets a key already queued goes on in its transaction (a cancellation already queued is
        // looked at and queued again). On PostgreSQL a failed INSERT would have aborted the whole transaction.
        TempStore s;
        OutboxRepository outbox(s.db);
        const QDateTime t = utc("2026-11-23T10:00:00Z");
        LOCKSTEP_VERIFY_OK(outbox.enqueue(entry(QStringLiteral("wms.cancel:woocommerce:7"), t)));
        Transaction tx(s.db);
        QVERIFY(tx.isActive());
        auto dup = outbox.enqueue(entry(QStringLiteral("wms.cancel:woocommerce:7"), t.addSecs(1)));
        QVERIFY(!dup.ok());
        LOCKSTEP_COMPARE_ENUM(dup.error().code, ErrorCode::Conflict);
        auto existing = outbox.findByKey(QStringLiteral("wms.cancel:woocommerce:7"));
        LOCKSTEP_VERIFY_OK(existing);
        QVERIFY(existing.value().has_value());
        LOCKSTEP_VERIFY_OK(outbox.enqueue(entry(QStringLiteral("wms.cancel:woocommerce:8"), t.addSecs(2))));
        LOCKSTEP_VERIFY_OK(tx.commit());
        QCOMPARE(outbox.countByState(OutboxState::Pending).value(), 2);
    }

    void dueInOrderAndTransitions()
    {
        TempStore s;
        OutboxRepository repo(s.db);
        const QDateTime t = utc("2026-11-23T10:00:00Z");
        const qint64 a = repo.enqueue(entry(QStringLiteral("a"), t.addSecs(20))).value();
        const qint64 b = repo.enqueue(entry(QStringLiteral("b"), t)).value();
        const qint64 c = repo.enqueue(entry(QStringLiteral("c"), t.addSecs(600))).value();

        auto due = repo.due(t.addSecs(30), 10).value();
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[0].id, b);
        QCOMPARE(due[1].id, a);

        LOCKSTEP_VERIFY_OK(repo.markFailed(b, QStringLiteral("HTTP 503"), t.addSecs(120), t.addSecs(31)));
        due = repo.due(t.addSecs(60), 10).value();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].id, a);

        due = repo.due(t.addSecs(200), 10).value();
        QCOMPARE(due.size(), 2); // b is due again after its backoff
        auto failed = repo.findByKey(QStringLiteral("b")).value().value();
        LOCKSTEP_COMPARE_ENUM(failed.state, OutboxState::Failed);
        QCOMPARE(failed.attempts, 1);
        QCOMPARE(failed.lastError, QStringLiteral("HTTP 503"));

        LOCKSTEP_VERIFY_OK(repo.markSent(a, t.addSecs(201)));
        LOCKSTEP_VERIFY_OK(repo.markDead(b, QStringLiteral("refused"), t.addSecs(202)));
        QVERIFY(repo.due(t.addSecs(300), 10).value().isEmpty());
        QCOMPARE(repo.due(t.addSecs(700), 10).value().constFirst().id, c);

        // A person's retry puts the dead entry back with the same key.
        LOCKSTEP_VERIFY_OK(repo.requeue(b, t.addSecs(800)));
        LOCKSTEP_COMPARE_ENUM(repo.findByKey(QStringLiteral("b")).value()->state, OutboxState::Pending);
        QVERIFY(!repo.markSent(9999, t).ok());
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "test_outbox_repository.moc"
