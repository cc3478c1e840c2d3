// SPDX-License-Identifier: GPL-3.0-or-later
// Retries and probes left in the store by consoles for the engine: the command and result survive the trip as JSON
// (messages keep their templates, so each console shows them in its language), a request is taken once however many
// takers race for it, one an earlier engine took and never finished is marked interrupted and never run again, and a
// result the store refused when the engine finished is written back at its next look, never by running it again.
// Real stores on both backends, takers on connections and threads of their own.
#include "actions/action_json.h"
#include "service/requested_actions.h"
#include "store/action_request_repository.h"
#include "support.h"

#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>

using namespace lockstep;
using namespace lockstep::core;

namespace {

store::ActionRequest request(int n)
{
    actions::ActionCommand c;
    c.kind = actions::ActionKind::Retry;
    c.targets = {{1000 + n, 3}};
    c.actor = QStringLiteral("ana");
    store::ActionRequest r;
    r.kind = QStringLiteral("retry");
    r.command = actions::commandToJson(c);
    r.requestedBy = c.actor;
    r.requestedFrom = QStringLiteral("lockstep on desk-3");
    r.requestedAt = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace

class TestActionRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCommandAndItsResultSurviveTheTrip()
    {
        actions::ActionCommand c;
        c.kind = actions::ActionKind::Edit;
        c.targets = {{41, 7}, {42, 0}};
        c.actor = QStringLiteral("zoë");
        c.role = QStringLiteral("supervisor");
        c.note = QStringLiteral("mapped after a call with \"the DC\"");
        c.resolution = actions::ResolutionKind::HandledInWms;
        c.assignee = QStringLiteral("team:warehouse");
        c.edit.kind = actions::EditKind::AdjustLine;
        c.edit.wmsSku = QStringLiteral("WMS-9");
        c.edit.lineNumber = 2;
        c.edit.quantity = 5;
        c.edit.retryAfter = false;
        auto back = actions::commandFromJson(actions::commandToJson(c));
        LOCKSTEP_VERIFY_OK(back);
        QVERIFY(back->kind == c.kind);
        QVERIFY(back->targets == c.targets);
        QCOMPARE(back->actor, c.actor);
        QCOMPARE(back->role, c.role);
        QCOMPARE(back->note, c.note);
        QVERIFY(back->resolution == c.resolution);
        QCOMPARE(back->assignee, c.assignee);
        QVERIFY(back->edit == c.edit);

        actions::ActionResult r;
        r.kind = actions::ActionKind::Retry;
        actions::ItemOutcome item(41,
            false,
            actions::Refusal::StillFailing,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Still held: %1"), {Message::of(QStringLiteral("SKU GC-1"))}),
            8);
        item.orderRef = QStringLiteral("1042");
        item.queue = ExceptionType::SkuMismatch;
        actions::CurrentState state;
        state.readAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        state.orderRef = QStringLiteral("1042");
        state.storefrontRead = true;
        state.storefrontStatus = QStringLiteral("processing");
        state.storefrontShipped = {QStringLiteral("SH-1"), QStringLiteral("SH-2")};
        state.wmsRead = true;
        state.atWarehouse = true;
        state.wmsNumber = QStringLiteral("SO-9");
        item.current = state;
        r.items = {
            item, actions::ItemOutcome(42, true, actions::Refusal::None, Message::literal(QStringLiteral("ok")))};
        auto result = actions::resultFromJson(actions::resultToJson(r));
        LOCKSTEP_VERIFY_OK(result);
        QCOMPARE(result->items.size(), 2);
        QVERIFY(result->items[0] == r.items[0]); // the message's template and arguments too
        QVERIFY(result->items[1] == r.items[1]);
        QVERIFY(result->kind == r.kind);

        QVERIFY(!actions::commandFromJson(QStringLiteral("{\"kind\": \"explode\"}")).ok());
        QVERIFY(!actions::commandFromJson(QStringLiteral("not json")).ok());
        QVERIFY(!actions::resultFromJson(QStringLiteral("[1, 2]")).ok());
    }

    void aRequestIsTakenOnceAndFinishedByItsTaker()
    {
        test::TempStore store;
        store::ActionRequestRepository requests(store.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = requests.add(request(1)).value();
        QVERIFY(requests.anyQueued().value());
        auto taken = requests.take(5, now);
        LOCKSTEP_VERIFY_OK(taken);
        QVERIFY(taken->has_value());
        QCOMPARE(taken->value().id, id);
        QVERIFY(taken->value().state == store::ActionRequest::State::Running);
        QCOMPARE(taken->value().epoch, 5);
        QVERIFY(!requests.anyQueued().value());
        QVERIFY(!requests.take(5, now).value().has_value()); // nothing left
        QVERIFY(!requests.withdraw(id, now).value()); // taken: the console cannot take it back

        LOCKSTEP_VERIFY_OK(requests.setProgress(id, 3, 10));
        QCOMPARE(requests.find(id).value()->progressDone, 3);
        LOCKSTEP_VERIFY_OK(requests.finish(id, QStringLiteral("{\"items\": []}"), now));
        const store::ActionRequest done = *requests.find(id).value();
        QVERIFY(done.state == store::ActionRequest::State::Done);
        QCOMPARE(done.result, QStringLiteral("{\"items\": []}"));
        QVERIFY(!requests.finish(id, QStringLiteral("{}"), now).ok()); // finished once
        auto console = store.open(); // what another program sees: the change is complete, not held open
        QVERIFY(store::ActionRequestRepository(console).find(id).value()->state == store::ActionRequest::State::Done);

        // A request still waiting can be taken back, and is then never taken.
        const qint64 waiting = requests.add(request(2)).value();
        QVERIFY(requests.withdraw(waiting, now).value());
        QVERIFY(!store::ActionRequestRepository(console).anyQueued().value());
        QVERIFY(!requests.take(5, now).value().has_value());
    }

    void whatAnEarlierEngineLeftRunningIsInterruptedNotRunAgain()
    {
        test::TempStore store;
        store::ActionRequestRepository requests(store.db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 first = requests.add(request(1)).value();
        const qint64 second = requests.add(request(2)).value();
        QCOMPARE(requests.take(4, now).value()->id, first); // the old engine took one and was killed
        QCOMPARE(requests.interruptOthers(5, QStringLiteral("{\"error\": \"stopped\"}"), now).value(), 1);
        QVERIFY(requests.find(first).value()->state == store::ActionRequest::State::Interrupted);
        // The new engine takes the one still waiting, never the interrupted one.
        QCOMPARE(requests.take(5, now).value()->id, second);
        QVERIFY(!requests.take(5, now).value().has_value());
        QVERIFY(!requests.finish(first, QStringLiteral("{}"), now).ok()); // the old engine's late answer is refused
        QCOMPARE(requests.interruptOthers(5, QStringLiteral("{}"), now).value(), 0); // its own are left running
    }

    void aResultTheStoreRefusedIsWrittenBackAtTheNextLook()
    {
        test::TempStore store;
        store::ActionRequestRepository requests(store.db);
        const qint64 id = requests.add(request(7)).value();
        // The store refuses to record a request as done, as a full disk or a server gone away would.
        const bool postgres = store.db.dialect() == store::Dialect::Postgres;
        LOCKSTEP_VERIFY_OK(store.db.exec(postgres
                ? QStringLiteral("CREATE FUNCTION refuse_done() RETURNS trigger LANGUAGE plpgsql AS "
                                 "$$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$; "
                                 "CREATE TRIGGER refuse_done BEFORE UPDATE ON action_requests FOR EACH ROW "
                                 "WHEN (NEW.state = 'done') EXECUTE FUNCTION refuse_done()")
                : QStringLiteral(
                    "CREATE TRIGGER refuse_done BEFORE UPDATE ON action_requests "
                    "WHEN NEW.state = 'done' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));

        SystemClock clock;
        int runs = 0;
        engine::RequestedActions engine(store.db, clock, 5, [&](const actions::ActionCommand& c, auto, auto finished) {
            ++runs;
            actions::ActionResult r;
            r.requestId = c.requestId;
            r.kind = c.kind;
            r.error = QStringLiteral("the warehouse answered 503");
            finished(r);
        });
        engine.start(std::chrono::milliseconds(50));
        QTRY_COMPARE(runs, 1);
        QTest::qWait(300); // several looks, each refused
        QCOMPARE(engine.unwrittenResults(), 1);
        QVERIFY(requests.find(id).value()->state == store::ActionRequest::State::Running);

        LOCKSTEP_VERIFY_OK(store.db.exec(postgres ? QStringLiteral("DROP TRIGGER refuse_done ON action_requests")
                                                  : QStringLiteral("DROP TRIGGER refuse_done")));
        QTRY_VERIFY(requests.find(id).value()->state == store::ActionRequest::State::Done);
        QCOMPARE(engine.unwrittenResults(), 0);
        QCOMPARE(runs, 1); // answered from what it kept, never run again
        auto result = actions::resultFromJson(requests.find(id).value()->result);
        LOCKSTEP_VERIFY_OK(result);
        QCOMPARE(result->error, QStringLiteral("the warehouse answered 503"));
        engine.stop();
    }

    void takersRacingForManyRequestsTakeEachOnce()
    {
        test::TempStore store;
        constexpr int kRequests = 300;
        {
            store::Transaction tx(store.db);
            store::ActionRequestRepository requests(store.db);
            for (int i = 0; i < kRequests; ++i)
                QVERIFY(requests.add(request(i)).ok());
            LOCKSTEP_VERIFY_OK(tx.commit());
        }
        // Three takers, each on its own thread and connection, take until none is left.
        constexpr int kTakers = 3;
        std::vector<QList<qint64>> taken(kTakers);
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kTakers; ++t) {
            threads.emplace_back([&, t] {
                auto db = store.open();
                store::ActionRequestRepository requests(db);
                for (;;) {
                    store::Transaction tx(db);
                    auto one = tx.isActive() ? requests.take(t + 1, QDateTime::currentDateTimeUtc())
                                             : Result<std::optional<store::ActionRequest>>(tx.error());
                    if (!one.ok()) {
                        qWarning("taker %d: %s", t, qPrintable(one.error().toString()));
                        if (++failures > 20)
                            return;
                        continue;
                    }
                    if (!one.value())
                        return;
                    if (tx.commit().ok())
                        taken[t].append(one.value()->id);
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        QSet<qint64> all;
        int count = 0;
        for (const QList<qint64>& ids : taken) {
            count += int(ids.size());
            for (qint64 id : ids)
                all.insert(id);
        }
        QCOMPARE(count, kRequests); // none taken twice
        QCOMPARE(int(all.size()), kRequests); // none left
        qInfo("%d requests taken by %d racing takers: %lld, %lld and %lld, each once",
            kRequests,
            kTakers,
            static_cast<long long>(taken[0].size()),
            static_cast<long long>(taken[1].size()),
            static_cast<long long>(taken[2].size()));
    }
};

QTEST_GUILESS_MAIN(TestActionRequests)
#include "test_action_requests.moc"
