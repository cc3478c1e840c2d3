// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions: a selection and everything matching a filter, over thousands of exceptions, with an outcome
// and a progress report per item.
#include "actions/action_executor.h"
#include "store/audit_repository.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::actions;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

class TestActionsBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgeEverythingMatchingAFilter()
    {
        TempStore store;
        ManualClock clock{utc("2026-11-23T10:00:00Z")};
        // 5,000 exceptions: 3,000 failed allocations for SKU PRINT-LTD at DAL-1 (the ones asked for), the rest
        // at another facility or for another SKU. Ten of the matching ones are claimed by someone else.
        constexpr int kTotal = 5000;
        constexpr int kMatching = 3000;
        {
            Transaction tx(store.db);
            ExceptionRepository repo(store.db);
            for (int i = 0; i < kTotal; ++i) {
                ExceptionRecord r;
                r.type = ExceptionType::FailedAllocation;
                r.subjectKey = QStringLiteral("woocommerce:%1").arg(10000 + i);
                r.orderRef = QString::number(10000 + i);
                r.sku = i < kMatching || i % 2 ? QStringLiteral("PRINT-LTD") : QStringLiteral("MUG-WHT");
                r.facility = i < kMatching ? QStringLiteral("DAL-1") : QStringLiteral("DC-EAST");
                r.reason = QStringLiteral("Back ordered");
                r.firstSeen = clock.nowUtc();
                r.lastSeen = clock.nowUtc();
                r.claimedBy = i < kMatching && i % 300 == 0 ? QStringLiteral("dave") : QString();
                LOCKSTEP_VERIFY_OK(repo.upsert(r));
            }
            LOCKSTEP_VERIFY_OK(tx.commit());
        }

        ActionCommand c;
        c.requestId = 42;
        c.kind = ActionKind::Acknowledge;
        c.actor = QStringLiteral("alice");
        c.note = QStringLiteral("Reprint arrives Monday; customers told");
        c.resolution = ResolutionKind::HandledWithCustomer;
        ExceptionFilter filter;
        filter.type = ExceptionType::FailedAllocation;
        filter.state = ExceptionState::Open;
        filter.sku = QStringLiteral("PRINT-LTD");
        filter.facility = QStringLiteral("DAL-1");
        c.filter = filter;

        int reports = 0;
        int lastDone = 0;
        int lastTotal = 0;
        QElapsedTimer timer;
        timer.start();
        ActionExecutor executor(store.db, clock, nullptr);
        const Execution e = executor.execute(c, [&](int done, int total) {
            ++reports;
            QVERIFY(done > lastDone);
            lastDone = done;
            lastTotal = total;
        });
        qInfo("acknowledged %d exceptions by filter in %lld ms", kMatching, static_cast<long long>(timer.elapsed()));

        QCOMPARE(e.result.requestId, 42);
        QCOMPARE(e.result.items.size(), kMatching);
        QCOMPARE(reports, kMatching);
        QCOMPARE(lastDone, kMatching);
        QCOMPARE(lastTotal, kMatching);
        QCOMPARE(e.result.refusedCount(), 10);
        QCOMPARE(e.result.succeededCount(), kMatching - 10);
        for (const ItemOutcome& o : e.result.items) {
            if (!o.succeeded) {
                LOCKSTEP_COMPARE_ENUM(o.refusal, Refusal::ClaimedByOther);
                QVERIFY(o.message.contains(QStringLiteral("dave")));
            }
        }

        ExceptionRepository repo(store.db);
        QCOMPARE(repo.count(filter).value(), 10); // only the claimed ones stay open
        ExceptionFilter acknowledged;
        acknowledged.state = ExceptionState::Acknowledged;
        QCOMPARE(repo.count(acknowledged).value(), kMatching - 10);
        ExceptionFilter untouched;
        untouched.state = ExceptionState::Open;
        untouched.facility = QStringLiteral("DC-EAST");
        QCOMPARE(repo.count(untouched).value(), kTotal - kMatching);
        // One audit row per change.
        const auto audit =
            AuditRepository(store.db).inRange(clock.nowUtc(), clock.nowUtc().addSecs(1), 0, 10000).value();
        QCOMPARE(audit.size(), kMatching - 10);
        QCOMPARE(audit.constFirst().action, QStringLiteral("exception.acknowledge"));

        // The same bulk again: everything matching is now the ten claimed ones, refused again.
        const Execution again = executor.execute(c);
        QCOMPARE(again.result.items.size(), 10);
        QCOMPARE(again.result.succeededCount(), 0);
    }

    void aSelectionReportsEachItem()
    {
        TempStore store;
        ManualClock clock{utc("2026-11-23T10:00:00Z")};
        ExceptionRepository repo(store.db);
        QList<ExceptionTarget> targets;
        for (int i = 0; i < 3; ++i) {
            ExceptionRecord r;
            r.subjectKey = QStringLiteral("woocommerce:%1").arg(i);
            r.reason = QStringLiteral("x");
            r.firstSeen = clock.nowUtc();
            r.lastSeen = clock.nowUtc();
            const qint64 id = repo.upsert(r).value().id;
            targets.append({id, i == 1 ? 99 : 1}); // the second was read at a version that never was
        }
        targets.append({987654, 1}); // gone
        ActionCommand c;
        c.kind = ActionKind::Assign;
        c.actor = QStringLiteral("alice");
        c.assignee = QStringLiteral("customer_service");
        c.targets = targets;
        const Execution e = ActionExecutor(store.db, clock, nullptr).execute(c);
        QCOMPARE(e.result.items.size(), 4);
        QVERIFY(e.result.items[0].succeeded);
        LOCKSTEP_COMPARE_ENUM(e.result.items[1].refusal, Refusal::StaleVersion);
        QVERIFY(e.result.items[2].succeeded);
        LOCKSTEP_COMPARE_ENUM(e.result.items[3].refusal, Refusal::NotFound);
        QCOMPARE(repo.findById(targets[0].id).value()->assignee, QStringLiteral("customer_service"));
        QVERIFY(repo.findById(targets[1].id).value()->assignee.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActionsBulk)
#include "test_actions_bulk.moc"
