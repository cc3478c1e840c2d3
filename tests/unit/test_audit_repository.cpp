// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log is append-only: the schema itself refuses UPDATE and DELETE, whoever asks.
#include "store/audit_repository.h"
#include "support.h"

#include <QTest>

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
        const AuditEntry a{0, utc("2026-11-23T10:00:00Z"), QStringLiteral("jdoe"), QStringLiteral("exception.acknowledge"),
            QStringLiteral("exception"), QStringLiteral("17"), QStringLiteral("{\"state\":\"open\"}"),
            QStringLiteral("{\"state\":\"acknowledged\"}"), QStringLiteral("Handled in the WMS")};
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

    void updateAndDeleteAreRefusedByTheSchema()
    {
        TempStore s;
        AuditRepository repo(s.db);
        const qint64 id = repo.append({0, utc("2026-11-23T10:00:00Z"), QStringLiteral("engine"),
                                          QStringLiteral("exception.auto_resolve"), QStringLiteral("exception"),
                                          QStringLiteral("3"), {}, {}, {}})
                              .value();
        const Status upd = s.db.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = %1").arg(id));
        QVERIFY(!upd.ok());
        QVERIFY(upd.error().message.contains(QStringLiteral("append-only")));
        const Status del = s.db.exec(QStringLiteral("DELETE FROM audit_log"));
        QVERIFY(!del.ok());
        QVERIFY(del.error().message.contains(QStringLiteral("append-only")));
        const auto rows = repo.forSubject(QStringLiteral("exception"), QStringLiteral("3")).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].actor, QStringLiteral("engine"));
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "test_audit_repository.moc"
