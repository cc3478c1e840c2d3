// SPDX-License-Identifier: GPL-3.0-or-later
// Actions at desks where no engine runs: a console without an engine of its own acknowledges, claims and comments
// against the store (through its DeskExecutor, a thread and writing connection of its own), and two desks acting on
// one exception at the same moment never both win: one claim wins, one audit row is written, and the other desk is
// told who has it. A retry or probe at such a desk goes to the engine that holds the store, which runs it once and
// sends its answer back to that desk. Real windows (offscreen), real stores on both backends, real threads racing,
// a real engine against the sandbox over HTTP.
#include "actions/action_broker.h"
#include "actions/desk_executor.h"
#include "console_engine.h"
#include "integration/engine_run.h"
#include "shell/main_window.h"
#include "store/audit_repository.h"
#include "store/catalog_repository.h"
#include "store/engine_claim.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTest>

using namespace lockstep;
using namespace lockstep::core;

namespace {

qint64 seed(store::Database& db, const QString& subject)
{
    ExceptionRecord r;
    r.type = ExceptionType::FailedAllocation;
    r.subjectKey = subject;
    r.reason = QStringLiteral("allocation failed");
    r.firstSeen = QDateTime::currentDateTimeUtc();
    auto stored = store::ExceptionRepository(db).upsert(r);
    return stored.ok() ? stored->id : 0;
}

ExceptionRecord current(store::Database& db, qint64 id)
{
    auto r = store::ExceptionRepository(db).findById(id);
    return r.ok() && r.value() ? *r.value() : ExceptionRecord{};
}

actions::ActionCommand command(actions::ActionKind kind, qint64 id, qint64 version, const QString& actor)
{
    actions::ActionCommand c;
    c.kind = kind;
    c.targets = {{id, version}};
    c.actor = actor;
    c.note = QStringLiteral("seen at the desk of %1").arg(actor);
    return c;
}

/// Posts `c` through the window's broker and waits for its answer.
actions::ActionResult act(ui::MainWindow& window, const actions::ActionCommand& c)
{
    std::optional<actions::ActionResult> answer;
    window.actionBroker()->post(c, &window, {}, [&answer](const actions::ActionResult& r) { answer = r; });
    QDeadlineTimer deadline(20000);
    while (!answer && !deadline.hasExpired())
        QTest::qWait(10);
    if (!answer)
        answer.emplace().error = QStringLiteral("no answer within 20 s");
    return *answer;
}

int auditRows(store::Database& db, qint64 id, const QString& action)
{
    auto rows = store::AuditRepository(db).forSubject(QStringLiteral("exception"), QString::number(id));
    if (!rows.ok())
        return -1;
    return static_cast<int>(
        std::count_if(rows->cbegin(), rows->cend(), [&](const store::AuditEntry& e) { return e.action == action; }));
}

int queuedRequests(store::Database& db)
{
    auto st = db.prepare(QStringLiteral("SELECT count(*) FROM action_requests WHERE state = 'queued'"));
    return st.ok() && st->step().valueOr(false) ? int(st->int64(0)) : -1;
}

} // namespace

class TestDeskActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aConsoleWithoutAnEngineActsAgainstTheStore()
    {
        test::TempStore store;
        const qint64 first = seed(store.db, QStringLiteral("woocommerce:5001"));
        const qint64 second = seed(store.db, QStringLiteral("woocommerce:5002"));
        QVERIFY(first > 0 && second > 0);

        // No configuration here: no engine runs in this program, and the actions still work.
        ui::MainWindow window(store.path);
        app::ConsoleEngine console(window, store.path, std::chrono::milliseconds(5000));
        QVERIFY(!console.engineRuns());
        QVERIFY(window.actionBroker()->hasExecutor());

        const qint64 version = current(store.db, second).version;
        const actions::ActionResult acked =
            act(window, command(actions::ActionKind::Acknowledge, second, version, QStringLiteral("ana")));
        QVERIFY2(acked.ok(), qPrintable(acked.error));
        LOCKSTEP_COMPARE_ENUM(current(store.db, second).state, ExceptionState::Acknowledged);
        QCOMPARE(auditRows(store.db, second, QStringLiteral("exception.acknowledge")), 1);

        const actions::ActionResult commented =
            act(window, command(actions::ActionKind::Comment, first, 0, QStringLiteral("ana")));
        QVERIFY2(commented.ok(), qPrintable(commented.error));

        // A probe reads both systems live: only an engine can, none holds this store, and the person is told so.
        const actions::ActionResult probed =
            act(window, command(actions::ActionKind::Probe, first, 0, QStringLiteral("ana")));
        QVERIFY(!probed.ok());
        QVERIFY2(probed.error.contains(QLatin1String("needs the engine")), qPrintable(probed.error));
    }

    void aRetryAtADeskIsRunOnceByTheStoresEngineAndItsAnswerComesBack()
    {
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        scenario.speed = 0;
        QVERIFY(sandbox.start(scenario).ok());
        sandbox.setFaultProfile(sim::FaultProfile{});
        sandbox.advance(6 * 3600 * 1000);
        engine::Config config = test::sandboxConfig(sandbox);
        config.webhooksEnabled = false;
        test::TempStore store;
        {
            // A first cycle holds the orders with a storefront SKU the warehouse does not know.
            test::EngineRun first(config, store.path, nullptr);
            QVERIFY(first.cycle(true).has_value());
        }
        store::ExceptionFilter held;
        held.type = ExceptionType::SkuMismatch;
        held.state = ExceptionState::Open;
        held.sku = QStringLiteral("GC-STORE");
        store::PageRequest page;
        page.filter = held;
        page.limit = 10;
        const QList<ExceptionRecord> mismatches = store::ExceptionRepository(store.db).page(page).value().rows;
        QVERIFY2(mismatches.size() >= 2, "the demo scenario plants unknown SKUs");

        // The store's engine runs in another program (here: on a thread of its own, with its own connection), on
        // schedules long enough that only the desk's request makes it act on these orders.
        config.schedules.orderPollSeconds = 3600;
        config.schedules.stockPullSeconds = 3600;
        config.schedules.shipmentPollSeconds = 3600;
        config.schedules.sweepSeconds = 3600;
        test::EngineRun leader(config, store.path, nullptr);
        leader.startScheduled();
        QTRY_VERIFY_WITH_TIMEOUT(
            leader.runsOf(QStringLiteral("sweep")) >= 1 && leader.runsOf(QStringLiteral("outbox")) >= 1, 60000);
        QVERIFY(store::EngineClaim::isHeld(store.path));

        // A console without a configuration: no engine of its own.
        ui::MainWindow window(store.path);
        app::ConsoleEngine console(window, store.path, std::chrono::milliseconds(5000));
        QVERIFY(!console.engineRuns());

        // The supervisor maps the gift card to an item the warehouse stocks, at the desk, without retrying yet.
        const QList<Item> items = store::CatalogRepository(store.db).searchItems(QString(), 50).value();
        const auto simple = std::find_if(items.cbegin(), items.cend(), [](const Item& i) { return !i.isBundle(); });
        QVERIFY(simple != items.cend());
        actions::ActionCommand map = command(actions::ActionKind::Edit, mismatches[0].id, 0, QStringLiteral("ana"));
        map.edit.kind = actions::EditKind::MapSku;
        map.edit.wmsSku = simple->sku;
        map.edit.retryAfter = false;
        const actions::ActionResult mapped = act(window, map);
        QVERIFY2(mapped.ok(), qPrintable(mapped.error));
        const ExceptionRecord target = mismatches[0];
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), target.orderRef), 0);

        // Retry at the desk: the store's engine looks at both systems, sends the order, and the answer comes back.
        QElapsedTimer roundTrip;
        roundTrip.start();
        const actions::ActionResult retried = act(window,
            command(
                actions::ActionKind::Retry, target.id, current(store.db, target.id).version, QStringLiteral("ana")));
        const qint64 retryMs = roundTrip.elapsed();
        QVERIFY2(retried.error.isEmpty(), qPrintable(retried.error));
        QCOMPARE(retried.items.size(), 1);
        const actions::ItemOutcome& outcome = retried.items.constFirst();
        QVERIFY2(outcome.succeeded && outcome.message.contains(QLatin1String("At the warehouse as")),
            qPrintable(outcome.message));
        QVERIFY2(outcome.current.has_value() && outcome.current->wmsRead && outcome.current->storefrontRead,
            "the engine read both systems before it retried");
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), target.orderRef), 1);
        LOCKSTEP_COMPARE_ENUM(current(store.db, target.id).state, ExceptionState::Resolved);
        QCOMPARE(auditRows(store.db, target.id, QStringLiteral("exception.retry")), 1);
        auto request = store.db.prepare(
            QStringLiteral("SELECT count(*), min(requested_by) FROM action_requests WHERE state = 'done'"));
        QVERIFY(request.ok() && request->step().valueOr(false));
        QCOMPARE(request->int64(0), 1);
        QCOMPARE(request->text(1), QStringLiteral("ana"));

        // A probe at the desk reads both systems through the engine too: the order is at the warehouse now.
        roundTrip.restart();
        const actions::ActionResult probed =
            act(window, command(actions::ActionKind::Probe, target.id, 0, QStringLiteral("ana")));
        const qint64 probeMs = roundTrip.elapsed();
        QVERIFY2(probed.error.isEmpty(), qPrintable(probed.error));
        qInfo("a desk's retry answered by the store's engine in %lld ms, a probe in %lld ms (asked, taken, run, read "
              "back)",
            static_cast<long long>(retryMs),
            static_cast<long long>(probeMs));
        QCOMPARE(probed.items.size(), 1);
        QVERIFY(probed.items[0].current.has_value() && probed.items[0].current->atWarehouse);

        // Retried again from the desk: refused (resolved), and the warehouse still has it once.
        const actions::ActionResult again =
            act(window, command(actions::ActionKind::Retry, target.id, 0, QStringLiteral("ana")));
        QCOMPARE(again.items.size(), 1);
        LOCKSTEP_COMPARE_ENUM(again.items[0].refusal, actions::Refusal::WrongState);
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), target.orderRef), 1);

        // An edit that retries afterwards needs the engine as well: mapping the SKU again from the desk retries every
        // order still held for it, through the store's engine.
        const ExceptionRecord other = mismatches[1];
        QVERIFY(current(store.db, other.id).state == ExceptionState::Open);
        actions::ActionCommand remap = command(actions::ActionKind::Edit, other.id, 0, QStringLiteral("ana"));
        remap.edit.kind = actions::EditKind::MapSku;
        remap.edit.wmsSku = simple->sku;
        const actions::ActionResult remapped = act(window, remap);
        QVERIFY2(remapped.error.isEmpty(), qPrintable(remapped.error));
        QVERIFY(!remapped.items.isEmpty());
        for (const actions::ItemOutcome& o : remapped.items)
            QVERIFY2(o.succeeded && o.message.contains(QLatin1String("At the warehouse as")), qPrintable(o.message));
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), other.orderRef), 1);
        QCOMPARE(sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), target.orderRef), 1);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
    }

    void aRequestLeftWhileTheEngineWentAwayIsTakenBack()
    {
        test::TempStore store;
        const qint64 id = seed(store.db, QStringLiteral("woocommerce:7001"));
        QVERIFY(id > 0);
        // An engine holds the store while the desk asks, and stops before taking the request.
        auto claim =
            store::EngineClaim::take(store.db, store.path, store::thisProcessAsHolder(QStringLiteral("a service")));
        LOCKSTEP_VERIFY_OK(claim);
        ui::DeskExecutor desk(store.path);
        desk.setRequestPolling(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        std::optional<actions::ActionResult> answer;
        connect(
            &desk, &ui::DeskExecutor::actionFinished, this, [&answer](const actions::ActionResult& r) { answer = r; });
        actions::ActionCommand probe = command(actions::ActionKind::Probe, id, 0, QStringLiteral("ana"));
        probe.requestId = 11;
        desk.execute(probe);
        QTRY_VERIFY_WITH_TIMEOUT(queuedRequests(store.db) == 1, 10000);
        QTest::qWait(500);
        QVERIFY(!answer); // it waits for the engine
        claim.value().reset(); // the engine stops without taking it
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QCOMPARE(answer->requestId, 11);
        QVERIFY2(answer->error.contains(QLatin1String("needs the engine")), qPrintable(answer->error));
        QCOMPARE(queuedRequests(store.db), 0); // taken back: no engine will run it later
    }

    void twoDesksClaimingAtOnceHaveOneWinner()
    {
        test::TempStore store;
        const qint64 id = seed(store.db, QStringLiteral("woocommerce:6001"));
        QVERIFY(id > 0);
        // Two desks, each with its own thread and connection: their commands really race.
        ui::DeskExecutor ana(store.path);
        ui::DeskExecutor ben(store.path);
        QHash<qint64, actions::ActionResult> answers;
        for (ui::DeskExecutor* desk : {&ana, &ben}) {
            connect(desk, &ui::DeskExecutor::actionFinished, this, [&answers](const actions::ActionResult& r) {
                answers.insert(r.requestId, r);
            });
        }

        constexpr int kRounds = 200;
        int anaWon = 0;
        int benWon = 0;
        qint64 nextRequest = 1;
        for (int round = 0; round < kRounds; ++round) {
            const ExceptionRecord seen = current(store.db, id);
            QVERIFY(seen.claimedBy.isEmpty());
            const int claimsBefore = auditRows(store.db, id, QStringLiteral("exception.claim"));
            // Both read version `seen.version` and press Claim at the same moment; the order alternates.
            actions::ActionCommand a = command(actions::ActionKind::Claim, id, seen.version, QStringLiteral("ana"));
            actions::ActionCommand b = command(actions::ActionKind::Claim, id, seen.version, QStringLiteral("ben"));
            a.requestId = nextRequest++;
            b.requestId = nextRequest++;
            if (round % 2 == 0) {
                ana.execute(a);
                ben.execute(b);
            } else {
                ben.execute(b);
                ana.execute(a);
            }
            QTRY_VERIFY_WITH_TIMEOUT(answers.contains(a.requestId) && answers.contains(b.requestId), 20000);
            const actions::ActionResult ra = answers.take(a.requestId);
            const actions::ActionResult rb = answers.take(b.requestId);
            QVERIFY2(ra.error.isEmpty() && rb.error.isEmpty(), qPrintable(ra.error + rb.error));
            QCOMPARE(ra.succeededCount() + rb.succeededCount(), 1);
            const bool anaWins = ra.succeededCount() == 1;
            const QString winner = anaWins ? QStringLiteral("ana") : QStringLiteral("ben");
            const actions::ActionResult& lost = anaWins ? rb : ra;
            QCOMPARE(lost.items.size(), 1);
            // The other is told who has it, whichever check stopped them (the version or the claim).
            QVERIFY2(lost.items.constFirst().message.contains(winner), qPrintable(lost.items.constFirst().message));
            QCOMPARE(current(store.db, id).claimedBy, winner);
            QCOMPARE(auditRows(store.db, id, QStringLiteral("exception.claim")), claimsBefore + 1);
            (anaWins ? anaWon : benWon)++;

            // The winner lets go for the next round.
            actions::ActionCommand release =
                command(actions::ActionKind::Unclaim, id, current(store.db, id).version, winner);
            release.requestId = nextRequest++;
            (anaWins ? ana : ben).execute(release);
            QTRY_VERIFY_WITH_TIMEOUT(answers.contains(release.requestId), 20000);
            QVERIFY(answers.take(release.requestId).ok());
        }
        QCOMPARE(auditRows(store.db, id, QStringLiteral("exception.claim")), kRounds);
        qInfo("%d rounds of two desks claiming one exception at once: one winner each (ana %d, ben %d)",
            kRounds,
            anaWon,
            benWon);
    }
};

QTEST_MAIN(TestDeskActions)
#include "test_desk_actions.moc"
