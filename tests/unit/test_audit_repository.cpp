// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log is append-only: the schema itself refuses UPDATE and DELETE, whoever asks.
#include "store/audit_repository.h"
#include "support.h"

#include <QTest>

#include <algorithm>

using namespace lockstep::core;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

class TestAuditRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsAndReadsHistory()
    {
        TempStore s;
        AuditRepository repo(s.db);
        const AuditEntry a{0,
            utc("2026-11-23T10:00:00Z"),
            QStringLiteral("jdoe"),
            QStringLiteral("exception.acknowledge"),
            QStringLiteral("exception"),
            QStringLiteral("17"),
            QStringLiteral("{\"state\":\"open\"}"),
            QStringLiteral("{\"state\":\"acknowledged\"}"),
            QStringLiteral("Handled in the WMS"),
            {}};
        AuditEntry b = a;
        b.at = a.at.addSecs(-60);
        b.action = QStringLiteral("exception.claim");
        b.id = repo.append(b).value();
        AuditEntry a2 = a;
        a2.id = repo.append(a).value();
        const auto history = repo.forSubject(QStringLiteral("exception"), QStringLiteral("17")).value();
        QCOMPARE(history, (QList<AuditEntry>{b, a2}));
        QCOMPARE(repo.inRange(a.at.addSecs(-3600), a.at.addSecs(1), 0, 10).value().size(), 2);
        QCOMPARE(repo.inRange(a.at.addSecs(-3600), a.at.addSecs(1), b.id, 10).value().size(), 1);
    }

    void anEnginesNoteKeepsItsMessageAPersonsNoteItsWords()
    {
        TempStore s;
        AuditRepository repo(s.db);
        const Message why(
            QT_TRANSLATE_NOOP("Lockstep", "Sent to the warehouse at %1"), {Message::literal(QStringLiteral("DAL-1"))});
        AuditEntry engine{0,
            utc("2026-11-23T10:00:00Z"),
            QStringLiteral("engine"),
            QStringLiteral("exception.auto_resolved"),
            QStringLiteral("exception"),
            QStringLiteral("5"),
            {},
            {},
            why.english(),
            why};
        AuditEntry person = engine;
        person.actor = QStringLiteral("jdoe");
        person.action = QStringLiteral("exception.acknowledge");
        person.at = engine.at.addSecs(60);
        person.note = QStringLiteral("Called the shift lead");
        person.noteMessage = {};
        LOCKSTEP_VERIFY_OK(repo.append(engine));
        LOCKSTEP_VERIFY_OK(repo.append(person));
        const auto rows = repo.forSubject(QStringLiteral("exception"), QStringLiteral("5")).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].noteMessage, why);
        QCOMPARE(rows[0].note, QStringLiteral("Sent to the warehouse at DAL-1"));
        QCOMPARE(rows[0].shownNote(), QStringLiteral("Sent to the warehouse at DAL-1"));
        QVERIFY(rows[1].noteMessage.isEmpty());
        QCOMPARE(rows[1].shownNote(), QStringLiteral("Called the shift lead"));
        // The page the audit view reads carries it too.
        const auto page = repo.page({engine.at, engine.at.addDays(1), {}, false, std::nullopt, 10}).value();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page[0].noteMessage, why);
    }

    void updateAndDeleteAreRefusedByTheSchema()
    {
        TempStore s;
        AuditRepository repo(s.db);
        const qint64 id = repo.append({0,
                                          utc("2026-11-23T10:00:00Z"),
                                          QStringLiteral("engine"),
                                          QStringLiteral("exception.auto_resolve"),
                                          QStringLiteral("exception"),
                                          QStringLiteral("3"),
                                          {},
                                          {},
                                          {},
                                          {}})
                              .value();
        const Status upd =
            s.db.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = %1").arg(id));
        QVERIFY(!upd.ok());
        QVERIFY(upd.error().message.contains(QStringLiteral("append-only")));
        const Status del = s.db.exec(QStringLiteral("DELETE FROM audit_log"));
        QVERIFY(!del.ok());
        QVERIFY(del.error().message.contains(QStringLiteral("append-only")));
        const auto rows = repo.forSubject(QStringLiteral("exception"), QStringLiteral("3")).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].actor, QStringLiteral("engine"));
    }

    void pagesByKeysetInBothOrders()
    {
        TempStore s;
        AuditRepository repo(s.db);
        const QDateTime t0 = utc("2026-11-20T00:00:00Z");
        {
            Transaction tx(s.db);
            for (int i = 0; i < 1000; ++i) {
                // Many entries share a time: paging must break ties by id.
                const QString actor =
                    i % 10 == 0 ? QStringLiteral("engine") : QStringLiteral("supervisor%1").arg(i % 3);
                QVERIFY(repo.append({0,
                                        t0.addSecs(i / 4),
                                        actor,
                                        QStringLiteral("exception.acknowledge"),
                                        QStringLiteral("exception"),
                                        QString::number(i),
                                        {},
                                        {},
                                        {},
                                        {}})
                            .ok());
            }
            QVERIFY(tx.commit().ok());
        }
        for (const bool newestFirst : {true, false}) {
            AuditQuery q{t0, t0.addDays(1), {}, newestFirst, std::nullopt, 300};
            QList<qint64> ids;
            int pages = 0;
            for (;;) {
                const auto page = repo.page(q).value();
                if (page.isEmpty())
                    break;
                ++pages;
                for (const auto& e : page)
                    ids.append(e.id);
                q.after = AuditKey{page.last().at, page.last().id};
            }
            QCOMPARE(pages, 4);
            QCOMPARE(ids.size(), 1000);
            QList<qint64> sorted = ids;
            std::sort(sorted.begin(), sorted.end());
            if (newestFirst)
                std::reverse(sorted.begin(), sorted.end());
            QCOMPARE(ids, sorted);
        }
        // The date range: [t0 + 10 s, t0 + 20 s) holds 40 entries.
        QCOMPARE(repo.page({t0.addSecs(10), t0.addSecs(20), {}, true, std::nullopt, 500}).value().size(), 40);
        // The text filter matches actor, action or "type:id"; LIKE wildcards in the text are literal.
        QCOMPARE(repo.page({t0, t0.addDays(1), QStringLiteral("ENGINE"), true, std::nullopt, 500}).value().size(), 100);
        QCOMPARE(
            repo.page({t0, t0.addDays(1), QStringLiteral("exception:99"), true, std::nullopt, 500}).value().size(), 11);
        QCOMPARE(repo.page({t0, t0.addDays(1), QStringLiteral("acknow%"), true, std::nullopt, 500}).value().size(), 0);
        QCOMPARE(
            repo.page({t0, t0.addDays(1), QStringLiteral("supervisor1"), false, std::nullopt, 10}).value().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "test_audit_repository.moc"
