// SPDX-License-Identifier: GPL-3.0-or-later
// An edit of a SKU mapping lets the held orders through: against the sandbox over real HTTP, orders with a
// storefront SKU the WMS does not know are held as SKU mismatches; mapping that SKU to an existing WMS item
// (an Edit run by the engine) retries every one of them, and the sandbox's ledger shows each received by the
// warehouse exactly once, also after the next cycle.
#include "actions/action_command.h"
#include "engine_run.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QSignalSpy>
#include <QTest>

using namespace lockstep::core;
using lockstep::test::EngineRun;
using lockstep::test::sandboxConfig;

class TestActionsSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mappingASkuLetsTheRetriedOrdersThrough()
    {
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        scenario.speed = 0;
        QVERIFY(sandbox.start(scenario).ok());
        sandbox.setFaultProfile(sim::FaultProfile{});
        const engine::Config config = sandboxConfig(sandbox);
        lockstep::test::TempStore store;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        sandbox.advance(6 * 3600 * 1000);

        EngineRun run(config, store.path, &clock);
        auto first = run.cycle(true);
        QVERIFY(first.has_value());
        QVERIFY(first->wmsCreated > 0);

        // The gift card the storefront sells is not in the WMS item master: those orders are held.
        store::ExceptionRepository exceptions(store.db);
        store::ExceptionFilter held;
        held.type = ExceptionType::SkuMismatch;
        held.state = ExceptionState::Open;
        held.sku = QStringLiteral("GC-STORE");
        store::PageRequest request;
        request.filter = held;
        request.limit = 1000;
        const QList<ExceptionRecord> mismatches = exceptions.page(request).value().rows;
        QVERIFY2(!mismatches.isEmpty(), "the demo scenario plants unknown SKUs");
        qInfo("%lld orders held for SKU GC-STORE", static_cast<long long>(mismatches.size()));
        for (const ExceptionRecord& r : mismatches)
            QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), r.orderRef), 0);

        // A supervisor maps it to an item the warehouse knows, on one of them, at the version they saw.
        const QList<Item> items = store::CatalogRepository(store.db).searchItems(QString(), 50).value();
        const auto simple = std::find_if(items.cbegin(), items.cend(), [](const Item& i) { return !i.isBundle(); });
        QVERIFY(simple != items.cend());
        actions::ActionCommand edit;
        edit.requestId = 7;
        edit.kind = actions::ActionKind::Edit;
        edit.actor = QStringLiteral("supervisor");
        edit.targets = {{mismatches.constFirst().id, mismatches.constFirst().version}};
        edit.edit.kind = actions::EditKind::MapSku;
        edit.edit.wmsSku = simple->sku;
        QSignalSpy finished(run.engine, &engine::SyncEngine::actionFinished);
        QSignalSpy progress(run.engine, &engine::SyncEngine::actionProgress);
        auto* engine = run.engine;
        QMetaObject::invokeMethod(
            engine, [engine, edit] { engine->executeAction(edit); }, Qt::QueuedConnection);
        QVERIFY(lockstep::test::waitForSignal(finished, 60000));
        const auto result = finished.takeFirst().at(0).value<actions::ActionResult>();
        QCOMPARE(result.requestId, 7);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.items.size(), mismatches.size()); // every open mismatch with that SKU
        for (const actions::ItemOutcome& o : result.items)
            QVERIFY2(o.succeeded && o.message.contains(QStringLiteral("At the warehouse as")), qPrintable(o.message));
        QVERIFY(!progress.isEmpty());

        // The warehouse received each exactly once, and the queue is empty.
        for (const ExceptionRecord& r : mismatches) {
            QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), r.orderRef), 1);
            LOCKSTEP_COMPARE_ENUM(exceptions.findById(r.id).value()->state, ExceptionState::Resolved);
        }
        QCOMPARE(exceptions.count(held).value(), 0);

        // A second retry of the same order asks the warehouse first and finds it: nothing is sent twice.
        actions::ActionCommand again;
        again.kind = actions::ActionKind::Retry;
        again.actor = QStringLiteral("supervisor");
        again.targets = {{mismatches.constFirst().id, 0}};
        QMetaObject::invokeMethod(
            engine, [engine, again] { engine->executeAction(again); }, Qt::QueuedConnection);
        QVERIFY(lockstep::test::waitForSignal(finished, 60000));
        const auto refused = finished.takeFirst().at(0).value<actions::ActionResult>();
        QCOMPARE(refused.items.size(), 1);
        LOCKSTEP_COMPARE_ENUM(refused.items[0].refusal, actions::Refusal::WrongState); // resolved: nothing to retry

        // The next cycles change nothing at the warehouse for these orders.
        sandbox.advance(3600 * 1000);
        clock.advanceMSecs(2 * 3600 * 1000);
        QVERIFY(run.cycle(false).has_value());
        for (const ExceptionRecord& r : mismatches)
            QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), r.orderRef), 1);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
    }
};

QTEST_GUILESS_MAIN(TestActionsSim)
#include "test_actions_sim.moc"
