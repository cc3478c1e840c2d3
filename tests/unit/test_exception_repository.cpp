// SPDX-License-Identifier: GPL-3.0-or-later
// Exception records: identity (detect again = update), reopen, filters, and keyset paging that visits
// every row exactly once, forwards and backwards, under every sort.
#include "seed.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QSet>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

Q_DECLARE_METATYPE(lockstep::core::store::ExceptionSort)

namespace {

ExceptionRecord makeRecord(int i)
{
    ExceptionRecord r;
    r.type = static_cast<ExceptionType>(i % 3); // three types mixed together
    r.subjectKey = QStringLiteral("woocommerce:%1").arg(i);
    r.state = i % 10 == 0 ? ExceptionState::Acknowledged : ExceptionState::Open;
    r.severity = static_cast<Severity>(1 + i % 4); // many ties: paging must break them by id
    r.ownerTeam = i % 2 ? OwnerTeam::Operations : OwnerTeam::ECommerce;
    r.orderRef = QStringLiteral("WC-%1").arg(i % 997, 4, 10, QChar(u'0')); // duplicates too
    r.sku = QStringLiteral("SKU-%1").arg(i % 50);
    r.facility = i % 2 ? QStringLiteral("DAL-1") : QStringLiteral("RNO-2");
    r.signature = QStringLiteral("missing-sku:SKU-%1").arg(i % 50);
    r.reason = QStringLiteral("SKU SKU-%1 is not in the WMS item master").arg(i % 50);
    r.firstSeen = utc("2026-11-01T00:00:00Z").addSecs((i * 7919) % 5000); // ties in time as well
    r.lastSeen = r.firstSeen.addSecs(i % 13);
    return r;
}

} // namespace

class TestExceptionRepository : public QObject
{
    Q_OBJECT

private:
    TempStore* m_big = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        m_big = new TempStore;
        ExceptionRepository repo(m_big->db);
        Transaction tx(m_big->db);
        for (int i = 0; i < 10000; ++i)
            QVERIFY(repo.upsert(makeRecord(i)).ok());
        QVERIFY(tx.commit().ok());
    }

    void cleanupTestCase() { delete m_big; }

    void findsExceptionsOfOneOrder()
    {
        TempStore s;
        ExceptionRepository repo(s.db);
        const qint64 orderId = lockstep::test::addOrder(
            s.db, lockstep::test::makeOrder(QStringLiteral("1042"), {}, utc("2026-11-23T10:00:00Z")));
        const qint64 otherId = lockstep::test::addOrder(
            s.db, lockstep::test::makeOrder(QStringLiteral("1043"), {}, utc("2026-11-23T10:00:00Z")));
        ExceptionRecord a = makeRecord(1);
        a.orderId = orderId;
        ExceptionRecord b = makeRecord(2);
        b.orderId = orderId;
        b.lastSeen = a.lastSeen.addSecs(3600);
        ExceptionRecord other = makeRecord(3);
        other.orderId = otherId;
        a.id = repo.upsert(a).value().id;
        b.id = repo.upsert(b).value().id;
        LOCKSTEP_VERIFY_OK(repo.upsert(other));
        const auto found = repo.forOrder(orderId).value();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].id, b.id); // newest first
        QCOMPARE(found[1].id, a.id);
        QCOMPARE(repo.forOrder(orderId, 1).value().size(), 1);
        QVERIFY(repo.forOrder(999).value().isEmpty());
    }

    void detectingAgainUpdatesNotDuplicates()
    {
        TempStore s;
        ExceptionRepository repo(s.db);
        ExceptionRecord r = makeRecord(1);
        auto first = repo.upsert(r);
        LOCKSTEP_VERIFY_OK(first);
        QVERIFY(first->created);
        const auto v1 = repo.findById(first->id).value()->version;

        // Same facts seen later: same row, last seen moves, version unchanged (nobody's view went stale).
        r.lastSeen = r.lastSeen.addSecs(600);
        auto again = repo.upsert(r);
        QCOMPARE(again->id, first->id);
        QVERIFY(!again->created);
        auto stored = repo.findById(first->id).value().value();
        QCOMPARE(stored.lastSeen, r.lastSeen);
        QCOMPARE(stored.firstSeen, r.firstSeen);
        QCOMPARE(stored.version, v1);

        // New facts: the version moves so a person acting on the old text is told.
        r.reason = QStringLiteral("SKU SKU-1 is not in the WMS item master; 14 open orders contain it");
        LOCKSTEP_VERIFY_OK(repo.upsert(r));
        QCOMPARE(repo.findById(first->id).value()->version, v1 + 1);
        QCOMPARE(repo.count({}).value(), 1);
    }

    void resolvedRecordReopens()
    {
        TempStore s;
        ExceptionRepository repo(s.db);
        const auto out = repo.upsert(makeRecord(3)).value();
        LOCKSTEP_VERIFY_OK(
            s.db.exec(QStringLiteral("UPDATE exceptions SET state = 'resolved' WHERE id = %1").arg(out.id)));
        const auto again = repo.upsert(makeRecord(3)).value();
        QVERIFY(again.reopened);
        LOCKSTEP_COMPARE_ENUM(repo.findById(out.id).value()->state, ExceptionState::Open);
    }

    void roundTripsEveryField()
    {
        TempStore s;
        ExceptionRepository repo(s.db);
        ExceptionRecord r = makeRecord(5);
        r.orderId = 0;
        r.suggestedAction = QStringLiteral("Map the storefront SKU to a WMS item, then retry.");
        r.payload = QStringLiteral("{\"line\":1}");
        r.attempts = 3;
        r.slaDue = utc("2026-11-02T00:00:00Z");
        r.cutoffAt = utc("2026-11-02T14:00:00Z");
        r.assignee = QStringLiteral("operations");
        r.claimedBy = QStringLiteral("jdoe");
        r.id = repo.upsert(r).value().id;
        r.version = 1;
        QCOMPARE(repo.findById(r.id).value().value(), r);
        QCOMPARE(repo.findBySubject(r.type, r.subjectKey).value().value(), r);
    }

    void pagesEveryRowOnceInBothDirections_data()
    {
        QTest::addColumn<ExceptionSort>("sort");
        QTest::addColumn<bool>("descending");
        for (auto [sort, name] : {std::pair{ExceptionSort::LastSeen, "last seen"},
                 std::pair{ExceptionSort::FirstSeen, "first seen"},
                 std::pair{ExceptionSort::Severity, "severity"},
                 std::pair{ExceptionSort::OrderRef, "order ref"}}) {
            QTest::addRow("%s asc", name) << sort << false;
            QTest::addRow("%s desc", name) << sort << true;
        }
    }

    void pagesEveryRowOnceInBothDirections()
    {
        QFETCH(ExceptionSort, sort);
        QFETCH(bool, descending);
        ExceptionRepository repo(m_big->db);

        // Forwards from the first page to the end.
        PageRequest req;
        req.sort = sort;
        req.descending = descending;
        req.limit = 137; // not a divisor of 10,000
        QList<qint64> forward;
        std::optional<PageKey> lastKey;
        PageKey prev;
        bool havePrev = false;
        for (;;) {
            req.after = lastKey;
            auto page = repo.page(req);
            LOCKSTEP_VERIFY_OK(page);
            for (const auto& r : page->rows) {
                const PageKey k = ExceptionRepository::keyOf(r, sort);
                if (havePrev) {
                    // Display order is strict: (value, id) moves in the requested direction.
                    const bool inOrder = descending ? std::tie(k.value, k.id) < std::tie(prev.value, prev.id)
                                                    : std::tie(prev.value, prev.id) < std::tie(k.value, k.id);
                    QVERIFY(inOrder);
                }
                prev = k;
                havePrev = true;
                forward << r.id;
            }
            if (!page->hasMore)
                break;
            lastKey = ExceptionRepository::keyOf(page->rows.constLast(), sort);
        }
        QCOMPARE(forward.size(), 10000);
        QCOMPARE(QSet<qint64>(forward.cbegin(), forward.cend()).size(), 10000);

        // Backwards from the last page to the start: the same rows in the same order.
        req.after.reset();
        req.fromEnd = true;
        QList<qint64> backward;
        std::optional<PageKey> firstKey;
        for (;;) {
            req.before = firstKey;
            auto page = repo.page(req);
            LOCKSTEP_VERIFY_OK(page);
            QList<qint64> ids;
            for (const auto& r : page->rows)
                ids << r.id;
            backward = ids + backward;
            if (!page->hasMore)
                break;
            firstKey = ExceptionRepository::keyOf(page->rows.constFirst(), sort);
        }
        QCOMPARE(backward, forward);
    }

    void textSearchPagesTheSameWhetherItMatchesFewOrMany()
    {
        // A text matching few rows is read by id from the trigram index, one matching many through the queue's
        // index; both must page every match once, in order, under every sort.
        ExceptionRepository repo(m_big->db);
        for (const auto& [text, suffix] :
            {std::pair{"SKU-7", QStringLiteral("7")}, std::pair{"sku-4", QStringLiteral("4")}}) {
            ExceptionFilter f;
            f.state = ExceptionState::Open;
            f.text = QString::fromLatin1(text);
            QSet<qint64> expected;
            int matches = 0; // in any state: what the trigram index holds
            for (int i = 0; i < 10000; ++i) {
                if (!QString::number(i % 50).startsWith(suffix))
                    continue;
                ++matches;
                if (i % 10 != 0)
                    expected.insert(i + 1); // ids follow insertion order
            }
            const bool few = matches <= ExceptionRepository::kFewTextMatches; // 200 and 2,200
            QCOMPARE(repo.fewTextMatches(f).value(), few);
            QCOMPARE(repo.count(f).value(), qint64(expected.size()));
            for (ExceptionSort sort :
                {ExceptionSort::LastSeen, ExceptionSort::FirstSeen, ExceptionSort::Severity, ExceptionSort::OrderRef}) {
                for (bool descending : {false, true}) {
                    PageRequest req;
                    req.filter = f;
                    req.sort = sort;
                    req.descending = descending;
                    req.limit = 37;
                    QList<qint64> seen;
                    std::optional<PageKey> prev;
                    for (;;) {
                        auto page = repo.page(req);
                        LOCKSTEP_VERIFY_OK(page);
                        for (const auto& r : page->rows) {
                            const PageKey k = ExceptionRepository::keyOf(r, sort);
                            if (prev) {
                                QVERIFY(descending ? std::tie(k.value, k.id) < std::tie(prev->value, prev->id)
                                                   : std::tie(prev->value, prev->id) < std::tie(k.value, k.id));
                            }
                            prev = k;
                            seen << r.id;
                        }
                        if (!page->hasMore)
                            break;
                        req.after = ExceptionRepository::keyOf(page->rows.constLast(), sort);
                    }
                    QCOMPARE(seen.size(), expected.size());
                    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()), expected);
                }
            }
        }
    }

    void filtersCombine()
    {
        ExceptionRepository repo(m_big->db);
        ExceptionFilter f;
        f.type = ExceptionType::SkuMismatch; // i % 3 == 1
        f.state = ExceptionState::Open;
        f.facility = QStringLiteral("DAL-1"); // odd i
        // Expected by brute force over the generator.
        int expected = 0;
        for (int i = 0; i < 10000; ++i)
            expected += (i % 3 == 1 && i % 10 != 0 && i % 2 == 1) ? 1 : 0;
        QCOMPARE(repo.count(f).value(), expected);

        f.text = QStringLiteral("sku-7 "); // trailing space trimmed; "SKU-7" matches SKU-7, SKU-70.. no: i%50 in 0..49
        int withText = 0;
        for (int i = 0; i < 10000; ++i)
            withText += (i % 3 == 1 && i % 10 != 0 && i % 2 == 1 && QString::number(i % 50).startsWith(u'7')) ? 1 : 0;
        QCOMPARE(repo.count(f).value(), withText);

        // Short text falls back to LIKE and still filters.
        ExceptionFilter shortText;
        shortText.text = QStringLiteral("49");
        int with49 = 0;
        for (int i = 0; i < 10000; ++i) {
            const QString ref = QStringLiteral("WC-%1").arg(i % 997, 4, 10, QChar(u'0'));
            with49 += (ref.contains(QLatin1String("49")) || i % 50 == 49) ? 1 : 0;
        }
        QCOMPARE(repo.count(shortText).value(), with49);

        ExceptionFilter old;
        old.firstSeenBefore = utc("2026-11-01T00:00:10Z");
        int older = 0;
        for (int i = 0; i < 10000; ++i)
            older += ((i * 7919) % 5000) < 10 ? 1 : 0;
        QCOMPARE(repo.count(old).value(), older);

        ExceptionFilter owner;
        owner.owner = OwnerTeam::ECommerce;
        QCOMPARE(repo.count(owner).value(), 5000);
    }

    void assigneeViewsAndCausesCombineWithTheFilter()
    {
        TempStore s;
        ExceptionRepository repo(s.db);
        // 12 of one cause and 3 of another in DAL-1, 2 more of the first in RNO-2; some assigned.
        for (int i = 0; i < 17; ++i) {
            ExceptionRecord r = makeRecord(i);
            r.type = ExceptionType::SkuMismatch;
            r.state = ExceptionState::Open;
            r.facility = i < 15 ? QStringLiteral("DAL-1") : QStringLiteral("RNO-2");
            r.signature = (i < 12 || i >= 15) ? QStringLiteral("sku-missing:MUG") : QStringLiteral("no-facility:pos");
            r.assignee =
                i % 4 == 0 ? QStringLiteral("desk.a") : (i % 4 == 1 ? QStringLiteral("operations") : QString());
            LOCKSTEP_VERIFY_OK(repo.upsert(r));
        }
        ExceptionFilter f;
        f.type = ExceptionType::SkuMismatch;
        f.state = ExceptionState::Open;
        f.facility = QStringLiteral("DAL-1");
        // i in 0..14: desk.a at 0,4,8,12; operations at 1,5,9,13; nobody at the other 7.
        auto counts = repo.assigneeCounts(f, QStringLiteral("desk.a"));
        LOCKSTEP_VERIFY_OK(counts);
        QCOMPARE(counts->mine, 4);
        QCOMPARE(counts->unassigned, 7);

        f.assignee = QStringLiteral("desk.a");
        QCOMPARE(repo.count(f).value(), 4);
        PageRequest mine;
        mine.filter = f;
        auto page = repo.page(mine);
        LOCKSTEP_VERIFY_OK(page);
        QCOMPARE(page->rows.size(), 4);
        for (const ExceptionRecord& r : page->rows)
            QCOMPARE(r.assignee, QStringLiteral("desk.a"));
        f.assignee = QString();
        QCOMPARE(repo.count(f).value(), 7);
        QCOMPARE(repo.idsMatching(f, 0, 100).value().size(), 7);
        // The counts beside the views ignore the view chosen.
        QCOMPARE(repo.assigneeCounts(f, QStringLiteral("desk.a")).value(), counts.value());

        // Causes under the same filter (the facility counts; the view chosen and the cause chosen do not).
        f.assignee.reset();
        f.signature = QStringLiteral("no-facility:pos");
        auto causes = repo.causes(f);
        LOCKSTEP_VERIFY_OK(causes);
        QCOMPARE(causes->size(), 2);
        QCOMPARE(causes->at(0).signature, QStringLiteral("sku-missing:MUG"));
        QCOMPARE(causes->at(0).count, 12);
        QCOMPARE(causes->at(1).signature, QStringLiteral("no-facility:pos"));
        QCOMPARE(causes->at(1).count, 3);
        QCOMPARE(repo.count(f).value(), 3);
        f.facility.clear();
        QCOMPARE(repo.causes(f).value().at(0).count, 14);
    }

    void assigneeViewsUseTheirIndex()
    {
        LOCKSTEP_SKIP_PLAN_ON_SERVER(m_big->db);
        auto st = m_big->db.prepare(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM exceptions WHERE type = ?1 AND state = ?2 AND assignee = ?3 "
            "AND (last_seen, id) > (?4, ?5) ORDER BY last_seen, id LIMIT 200"));
        LOCKSTEP_VERIFY_OK(st);
        QStringList plan;
        LOCKSTEP_VERIFY_OK(forEachRow(st.value(), [&](const Statement& row) { plan << row.text(3); }));
        const QString joined = plan.join(u'\n');
        QVERIFY2(joined.contains(QLatin1String("INDEX exceptions_by_assignee")), qPrintable(joined));
        QVERIFY2(!joined.contains(QLatin1String("TEMP B-TREE")), qPrintable(joined));
    }

    void hostileTextIsJustText()
    {
        ExceptionRepository repo(m_big->db);
        for (const char* t : {"\" OR 1=1 --", "'; DROP TABLE exceptions; --", "sku\"", "%", "_", "NEAR(a b)", "a*"}) {
            ExceptionFilter f;
            f.text = QString::fromLatin1(t);
            auto n = repo.count(f);
            QVERIFY2(n.ok(), t);
            QCOMPARE(n.value(), 0);
        }
        QCOMPARE(repo.count({}).value(), 10000);
    }

    void openCountsPerType()
    {
        ExceptionRepository repo(m_big->db);
        auto counts = repo.openCountsByType();
        LOCKSTEP_VERIFY_OK(counts);
        qint64 total = 0;
        for (auto n : counts.value())
            total += n;
        QCOMPARE(total, 9000); // every tenth is acknowledged
        QCOMPARE(counts->size(), 3);
    }

    void pagingUsesIndexesWithoutSorting()
    {
        LOCKSTEP_SKIP_PLAN_ON_SERVER(m_big->db);
        // A queue page must walk an index: no temp B-tree sort, whatever the sort column.
        for (const char* col : {"last_seen", "first_seen", "severity", "order_ref"}) {
            auto st = m_big->db.prepare(QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT id FROM exceptions WHERE type = ?1 AND state = ?2 AND (%1, id) > (?3, ?4) "
                "ORDER BY %1, id LIMIT 200")
                                            .arg(QLatin1String(col)));
            LOCKSTEP_VERIFY_OK(st);
            QStringList plan;
            LOCKSTEP_VERIFY_OK(forEachRow(st.value(), [&](const Statement& row) { plan << row.text(3); }));
            const QString joined = plan.join(u'\n');
            QVERIFY2(!joined.contains(QLatin1String("TEMP B-TREE")), qPrintable(joined));
            QVERIFY2(joined.contains(QLatin1String("INDEX exceptions_t")), qPrintable(joined));
        }
    }

    void groupingAndCutoffQueriesUseTheirIndexes()
    {
        LOCKSTEP_SKIP_PLAN_ON_SERVER(m_big->db);
        // Causes and cases walk their covering index (only the groups are sorted); the cutoff ranking never sorts.
        const QList<QPair<QString, QString>> queries = {
            {QStringLiteral(
                 "SELECT type, signature, count(*), min(first_seen) FROM exceptions WHERE state = 'open' AND type = ?1 "
                 "GROUP BY type, signature ORDER BY count(*) DESC LIMIT 100"),
                QStringLiteral("COVERING INDEX exceptions_by_cause")},
            {QStringLiteral("SELECT order_id, max(order_ref), count(*), max(severity), min(first_seen) FROM exceptions "
                            "WHERE state = 'open' AND order_id IS NOT NULL GROUP BY order_id ORDER BY max(severity) "
                            "DESC LIMIT 100"),
                QStringLiteral("COVERING INDEX exceptions_by_case")},
            {QStringLiteral("SELECT id FROM exceptions WHERE state = 'open' AND type = ?1 AND cutoff_at IS NOT NULL "
                            "AND (cutoff_at, id) > (?2, ?3) ORDER BY cutoff_at, id LIMIT 200"),
                QStringLiteral("INDEX exceptions_by_cutoff")},
        };
        for (const auto& [sql, index] : queries) {
            auto st = m_big->db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            LOCKSTEP_VERIFY_OK(st);
            QStringList plan;
            LOCKSTEP_VERIFY_OK(forEachRow(st.value(), [&](const Statement& row) { plan << row.text(3); }));
            const QString joined = plan.join(u'\n');
            QVERIFY2(joined.contains(index), qPrintable(joined));
            QVERIFY2(!joined.contains(QLatin1String("TEMP B-TREE FOR GROUP BY")), qPrintable(joined));
            if (sql.contains(QLatin1String("cutoff_at, id LIMIT")))
                QVERIFY2(!joined.contains(QLatin1String("TEMP B-TREE")), qPrintable(joined));
        }
    }
};

QTEST_GUILESS_MAIN(TestExceptionRepository)
#include "test_exception_repository.moc"
