// SPDX-License-Identifier: GPL-3.0-or-later
// Actions at desks where no engine runs: a console without an engine of its own acknowledges, claims and comments
// against the store (through its DeskExecutor, a thread and writing connection of its own), and two desks acting on
// one exception at the same moment never both win: one claim wins, one audit row is written, and the other desk is
// told who has it. Real windows (offscreen), real stores on both backends, real threads racing.
#include "actions/action_broker.h"
#include "actions/desk_executor.h"
#include "console_engine.h"
#include "shell/main_window.h"
#include "store/audit_repository.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QDeadlineTimer>
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

        // A probe reads both systems live: only an engine can, and the person is told so.
        const actions::ActionResult probed =
            act(window, command(actions::ActionKind::Probe, first, 0, QStringLiteral("ana")));
        QVERIFY(!probed.ok());
        QVERIFY2(probed.error.contains(QLatin1String("needs the engine")), qPrintable(probed.error));
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
