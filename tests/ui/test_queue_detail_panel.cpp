// SPDX-License-Identifier: GPL-3.0-or-later
// The detail panel over a real database: reason, facts, the payload as indented JSON, and the history
// read from the audit log, oldest first.
#include "exception_samples.h"
#include "queues/queue_detail_panel.h"
#include "store/audit_repository.h"
#include "support.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

using namespace lockstep;
using namespace lockstep::core;
using lockstep::ui::QueueDetailPanel;

namespace {

const QDateTime kNewest = test::utc("2026-11-23T12:00:00Z");

store::AuditEntry entry(qint64 id, const char* at, const char* actor, const char* action, const char* note = "")
{
    store::AuditEntry e;
    e.at = test::utc(at);
    e.actor = QString::fromLatin1(actor);
    e.action = QString::fromLatin1(action);
    e.subjectType = QStringLiteral("exception");
    e.subjectId = QString::number(id);
    e.note = QString::fromLatin1(note);
    return e;
}

} // namespace

class TestQueueDetailPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsReasonFactsPrettyPayloadAndHistory()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::SkuMismatch, 3, kNewest));
        store::ExceptionRepository repo(s.db);
        const ExceptionRecord r =
            repo.findBySubject(ExceptionType::SkuMismatch, QStringLiteral("woocommerce:100001")).value().value();
        store::AuditRepository audit(s.db);
        LOCKSTEP_VERIFY_OK(audit.append(
            entry(r.id, "2026-11-23T12:20:00Z", "j.moreno", "exception.acknowledge", "Mapped in the WMS")));
        LOCKSTEP_VERIFY_OK(audit.append(entry(r.id, "2026-11-23T12:05:00Z", "engine", "exception.retry")));
        LOCKSTEP_VERIFY_OK(audit.append(entry(r.id + 1000, "2026-11-23T12:06:00Z", "engine", "exception.retry")));

        ManualClock clock(kNewest.addSecs(3600));
        QueueDetailPanel panel(s.db);
        panel.setClock(&clock);
        QCOMPARE(panel.recordId(), 0);
        panel.showRecord(r);
        QCOMPARE(panel.recordId(), r.id);
        QCOMPARE(panel.reasonText(),
            QStringLiteral("SKU HOODIE-L-GRY is not in the WMS item master; 4 open orders contain it"));
        QCOMPARE(panel.payloadText(),
            QStringLiteral("{\n    \"available\": 1,\n    \"facility\": \"RNO-2\",\n    \"order\": \"WC-100001\",\n    "
                           "\"requested\": 2,\n    \"sku\": \"HOODIE-L-GRY\"\n}"));
        // Read off the UI thread: it arrives.
        QTRY_COMPARE(panel.historyLines(),
            (QStringList{QStringLiteral("2026-11-23 12:05 · engine · Retry · "),
                QStringLiteral("2026-11-23 12:20 · j.moreno · Acknowledge · Mapped in the WMS")}));
        QStringList facts;
        for (const QLabel* l : panel.findChildren<QLabel*>())
            facts << l->text();
        QVERIFY(facts.contains(QStringLiteral("2026-11-23 11:59 (1 h 01 min ago)")));
        QVERIFY(facts.contains(QStringLiteral("Suggested: Map the storefront SKU to a WMS item, then retry.")));

        // A record with no history says so.
        const ExceptionRecord other =
            repo.findBySubject(ExceptionType::SkuMismatch, QStringLiteral("woocommerce:100002")).value().value();
        panel.showRecord(other);
        QTRY_COMPARE(panel.historyLines(), QStringList{QStringLiteral(" ·  · No actions yet · ")});

        // Every panel on the store reads on one shared thread and connection, each on its own channel: both get
        // their record's history, and a panel gone before its answer came is not called.
        {
            auto* gone = new QueueDetailPanel(s.db);
            gone->showRecord(r);
            QCOMPARE(gone->readerThread(), panel.readerThread());
            delete gone;
        }
        QueueDetailPanel second(s.db);
        second.showRecord(r);
        panel.showRecord(other);
        QCOMPARE(second.readerThread(), panel.readerThread());
        QTRY_COMPARE(second.historyLines().size(), 2);
        QTRY_COMPARE(panel.historyLines(), QStringList{QStringLiteral(" ·  · No actions yet · ")});
        panel.clear();
        QCOMPARE(panel.recordId(), 0);
    }

    void emptyPayloadIsHiddenAndReasonReadsInPlainWords()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::SkuMismatch, 3, kNewest));
        ExceptionRecord r = store::ExceptionRepository(s.db)
                                .findBySubject(ExceptionType::SkuMismatch, QStringLiteral("woocommerce:100001"))
                                .value()
                                .value();
        QueueDetailPanel panel(s.db);
        auto* tabs = panel.findChild<QTabWidget*>();
        QVERIFY(tabs);
        const int payloadTab = tabs->indexOf(panel.findChild<QPlainTextEdit*>());
        panel.showRecord(r);
        QVERIFY(tabs->isTabVisible(payloadTab));

        r.payload = QStringLiteral("{}");
        r.reason = QStringLiteral("The warehouse refused order 1072: POST https://wms.example.com/api/v1/orders?key=x: "
                                  "Connection refused (ConnectionRefusedError) (deposco)");
        panel.showRecord(r);
        QVERIFY(!tabs->isTabVisible(payloadTab));
        QCOMPARE(panel.reasonText(),
            QStringLiteral("The warehouse refused order 1072: wms.example.com: the connection was refused (deposco)"));
        r.payload.clear();
        panel.showRecord(r);
        QVERIFY(!tabs->isTabVisible(payloadTab));
    }

    void payloadThatIsNotJsonIsShownAsItIs()
    {
        QCOMPARE(QueueDetailPanel::prettyJson(QStringLiteral("HTTP 502 Bad Gateway")),
            QStringLiteral("HTTP 502 Bad Gateway"));
        QCOMPARE(QueueDetailPanel::prettyJson(QStringLiteral("[1,2]")), QStringLiteral("[\n    1,\n    2\n]"));
    }
};

QTEST_MAIN(TestQueueDetailPanel)
#include "test_queue_detail_panel.moc"
