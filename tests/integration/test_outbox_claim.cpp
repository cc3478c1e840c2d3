// SPDX-License-Identifier: GPL-3.0-or-later
// Even a mistake cannot send an order twice: two senders on one store (two connections, two WMS connectors, as two
// engines would be) working through the same outbox at the same moment send each entry once between them, because
// a row is claimed before it is sent. Judged by the sandbox's truth ledger.
#include "engine/connector_set.h"
#include "engine/order_poller.h"
#include "engine/outbox_dispatcher.h"
#include "engine/stock_sync.h"
#include "engine_run.h"
#include "service/sync_engine.h"
#include "store/exception_repository.h"
#include "store/outbox_repository.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::test;

namespace {

/// One sender: its own connection to the store and its own connectors.
struct Sender
{
    Sender(const QString& path, const engine::Config& config, const Clock& clock)
        : db(store::openStore(path).value())
        , context{db, config, clock, {}, nullptr}
    {
        auto credentials = engine::resolveCredentials(config, nullptr).value();
        net::HttpPolicy policy;
        policy.timeout = std::chrono::milliseconds(5000);
        engine::ConnectorSet set =
            engine::makeConnectors(config, credentials, &network, policy, &owner, engine::PosUse::Leave);
        context.wms = set.wms;
        context.storefronts = set.storefronts;
    }

    /// The item master first (SKUs are checked against it), then the orders: their creates wait in the outbox.
    bool stockAndTakeOrders()
    {
        bool stocked = false;
        engine::StockSync stock(context);
        stock.run([&stocked](engine::CycleSummary) { stocked = true; });
        if (!QTest::qWaitFor([&stocked] { return stocked; }, 60000))
            return false;
        bool polled = false;
        engine::OrderPoller poller(context, *context.storefronts.constFirst());
        poller.run([&polled](engine::CycleSummary) { polled = true; });
        return QTest::qWaitFor([&polled] { return polled; }, 60000);
    }

    store::Database db;
    engine::EngineContext context;
    QNetworkAccessManager network;
    QObject owner;
};

} // namespace

class TestOutboxClaim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSendersAtOnceSendEachEntryOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("claim.sqlite"));
        sim::Sandbox sandbox;
        QVERIFY(startCalmDemo(sandbox));
        sandbox.advance(3 * 3600 * 1000); // three hours of trading: paid orders waiting
        sim::FaultProfile slow;
        slow.latencyMedianMs = 20; // look-ups and creates interleave between the two senders
        slow.latencyP99Ms = 80;
        sandbox.setFaultProfile(sim::SimSystem::Wms, slow);
        const engine::Config config = sandboxConfig(sandbox);
        SystemClock clock;

        Sender a(path, config, clock);
        Sender b(path, config, clock);
        a.context.claimant = QStringLiteral("sender a");
        b.context.claimant = QStringLiteral("sender b");
        QVERIFY(a.stockAndTakeOrders());
        const int queued = store::OutboxRepository(a.db).countByState(store::OutboxState::Pending).value();
        QVERIFY2(queued >= 10, qPrintable(QString::number(queued)));

        engine::OutboxDispatcher first(a.context);
        engine::OutboxDispatcher second(b.context);
        std::optional<engine::CycleSummary> fromA;
        std::optional<engine::CycleSummary> fromB;
        first.run([&fromA](engine::CycleSummary s) { fromA = s; });
        second.run([&fromB](engine::CycleSummary s) { fromB = s; });
        QTRY_VERIFY_WITH_TIMEOUT(fromA && fromB, 120000);

        // The two raced for the same entries (each found some the other had claimed), and every create went out
        // exactly once: the warehouse received as many orders as the two created between them, none twice.
        QVERIFY(fromA->outboxClaimedElsewhere + fromB->outboxClaimedElsewhere > 0);
        QVERIFY(fromA->wmsCreated + fromB->wmsCreated > 0);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.sales_orders_received")),
            fromA->wmsCreated + fromB->wmsCreated);
        QCOMPARE(store::OutboxRepository(a.db).countByState(store::OutboxState::Pending).value(), 0);
        QCOMPARE(store::OutboxRepository(a.db).countByState(store::OutboxState::Sending).value(), 0);
    }

    void aBacklogBeyondOneBatchIsSentInOnePass()
    {
        // More due than one batch holds (a busy hour, a long outage): run() sends one batch and says more is due;
        // a drain, as a `--once` pass uses, sends them all, batch after batch, each once.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backlog.sqlite"));
        sim::Sandbox sandbox;
        QVERIFY(startCalmDemo(sandbox));
        sandbox.advance(3 * 3600 * 1000);
        const engine::Config config = sandboxConfig(sandbox);
        SystemClock clock;
        Sender a(path, config, clock);
        QVERIFY(a.stockAndTakeOrders());
        store::OutboxRepository outbox(a.db);
        const int queued = outbox.countByState(store::OutboxState::Pending).value();
        QVERIFY2(queued >= 12, qPrintable(QString::number(queued)));

        constexpr int kBatch = 4;
        engine::OutboxDispatcher dispatcher(a.context);
        std::optional<engine::CycleSummary> one;
        dispatcher.run([&one](engine::CycleSummary s) { one = s; }, kBatch);
        QTRY_VERIFY_WITH_TIMEOUT(one.has_value(), 120000);
        QVERIFY(dispatcher.leftDue());
        QCOMPARE(outbox.countByState(store::OutboxState::Pending).value(), queued - kBatch);

        std::optional<engine::CycleSummary> all;
        dispatcher.drain([&all](engine::CycleSummary s) { all = s; }, kBatch);
        QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 120000);
        QVERIFY(!dispatcher.leftDue());
        QCOMPARE(outbox.countByState(store::OutboxState::Pending).value(), 0);
        QCOMPARE(outbox.countByState(store::OutboxState::Sending).value(), 0);
        QCOMPARE(one->wmsCreated + all->wmsCreated, queued);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.sales_orders_received")), queued);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
    }

    void aRefusedCreateDiesOnlyWithTheExceptionThatTellsAPerson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refused.sqlite"));
        sim::Sandbox sandbox;
        QVERIFY(startCalmDemo(sandbox));
        sandbox.advance(3 * 3600 * 1000);
        engine::Config config = sandboxConfig(sandbox);
        // Every order is routed to a facility the warehouse does not have: it refuses each create (HTTP 400).
        config.facilityByChannel.clear();
        config.defaultFacility = QStringLiteral("NOWHERE-9");
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Sender a(path, config, clock);
        QVERIFY(a.stockAndTakeOrders());
        store::OutboxRepository outbox(a.db);
        const int queued = outbox.countByState(store::OutboxState::Pending).value();
        QVERIFY2(queued >= 5, qPrintable(QString::number(queued)));
        const auto openExceptions = [&a] {
            store::ExceptionFilter open;
            open.type = ExceptionType::StuckPending;
            open.state = ExceptionState::Open;
            return store::ExceptionRepository(a.db).count(open).value();
        };
        const qint64 openBefore = openExceptions();

        // The store cannot write exceptions (as on a full disk): a refused create must not die unseen.
        LOCKSTEP_VERIFY_OK(a.db.exec(QStringLiteral("CREATE TRIGGER no_exceptions BEFORE INSERT ON exceptions "
                                                    "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")));
        engine::OutboxDispatcher dispatcher(a.context);
        std::optional<engine::CycleSummary> first;
        dispatcher.run([&first](engine::CycleSummary s) { first = s; });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 120000);
        QVERIFY2(first->problems.join(u'\n').contains(QLatin1String("the disk is full")),
            qPrintable(first->problems.join(u'\n')));
        QCOMPARE(outbox.countByState(store::OutboxState::Dead).value(), 0);
        QCOMPARE(outbox.countByState(store::OutboxState::Sending).value(), 0);
        QCOMPARE(outbox.countByState(store::OutboxState::Failed).value(), queued);
        QCOMPARE(openExceptions(), openBefore);

        // Once the store can write again, the next attempt (after its backoff, looking at the warehouse first)
        // gives each refused create up together with a stuck pending exception a person sees.
        LOCKSTEP_VERIFY_OK(a.db.exec(QStringLiteral("DROP TRIGGER no_exceptions")));
        clock.advanceMSecs(engine::OutboxDispatcher::backoffMSecs(1) + 1000);
        std::optional<engine::CycleSummary> second;
        dispatcher.run([&second](engine::CycleSummary s) { second = s; });
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 120000);
        QCOMPARE(outbox.countByState(store::OutboxState::Dead).value(), queued);
        QCOMPARE(openExceptions(), openBefore + queued);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.sales_orders_received")), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxClaim)
#include "test_outbox_claim.moc"
