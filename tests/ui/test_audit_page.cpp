// SPDX-License-Identifier: GPL-3.0-or-later
// The audit page on the offscreen platform: keyset paging through a thousand entries exactly once, newest
// or oldest first, the date and text filters, and the before/after details pretty-printed.
#include "audit/audit_page.h"
#include "audit/audit_table_model.h"
#include "seed.h"
#include "support.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace lockstep;
using namespace lockstep::core;
using namespace lockstep::test;

namespace {

const QDateTime kStart = utc("2026-11-20T08:00:00Z");

/// 1,000 entries, four a second; every tenth by the engine.
void seedThousand(core::store::Database& db)
{
    core::store::AuditRepository audit(db);
    core::store::Transaction tx(db);
    for (int i = 0; i < 1000; ++i) {
        core::store::AuditEntry e;
        e.at = kStart.addSecs(i / 4);
        e.actor = i % 10 == 0 ? QStringLiteral("engine") : QStringLiteral("supervisor.ops");
        e.action = QStringLiteral("exception.acknowledge");
        e.subjectType = QStringLiteral("exception");
        e.subjectId = QString::number(i);
        e.before = QStringLiteral("{\"state\":\"open\",\"assignee\":\"\"}");
        e.after = QStringLiteral("{\"state\":\"acknowledged\",\"assignee\":\"ops\"}");
        must(audit.append(e));
    }
    must(tx.commit());
}

QList<qint64> idsOf(const ui::AuditTableModel* model)
{
    QList<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids << model->index(r, 0).data(ui::AuditTableModel::IdRole).toLongLong();
    return ids;
}

/// Waits for the page on its way (the model reads off the UI thread); false when it has not come in 10 s.
bool settled(const ui::AuditTableModel* model)
{
    return QTest::qWaitFor([model] { return !model->isReading(); }, 10000);
}

void fetchAll(ui::AuditTableModel* model)
{
    while (settled(model) && model->canFetchMore({}))
        model->fetchMore({});
}

} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_audit_page"));
    }

    void pagesThroughAThousandEntriesExactlyOnce()
    {
        TempStore s;
        seedThousand(s.db);
        ui::AuditPage page(s.path);
        new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        page.model()->setPageSize(100);
        for (const bool newestFirst : {true, false}) {
            page.setNewestFirst(newestFirst);
            // Every read, whoever asks for it (the page, the view, the model tester), is counted.
            QSignalSpy fetched(page.model(), &ui::AuditTableModel::pageFetched);
            page.setRange(kStart.toLocalTime().date(), kStart.toLocalTime().date().addDays(1));
            QVERIFY(page.model()->rowCount() < 1000); // the first pages only
            fetchAll(page.model());
            QCOMPARE(fetched.count(), 10); // ten pages of 100, and no empty read at the end
            for (const auto& args : fetched)
                QCOMPARE(args.at(0).toInt(), 100);
            const QList<qint64> ids = idsOf(page.model());
            QCOMPARE(ids.size(), 1000);
            QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 1000);
            QList<qint64> sorted = ids;
            std::sort(sorted.begin(), sorted.end());
            if (newestFirst)
                std::reverse(sorted.begin(), sorted.end());
            QCOMPARE(ids, sorted);
            QVERIFY(!page.model()->canFetchMore({}));
        }
    }

    void filtersByTextAndDate()
    {
        TempStore s;
        seedThousand(s.db);
        ui::AuditPage page(s.path);
        page.model()->setPageSize(500);
        page.setRange(kStart.toLocalTime().date(), kStart.toLocalTime().date());
        page.setFilterText(QStringLiteral("ENGINE"));
        fetchAll(page.model());
        QCOMPARE(page.model()->rowCount(), 100);
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->index(r, int(ui::AuditTableModel::Column::Actor)).data().toString(),
                QStringLiteral("engine"));
        page.setFilterText(QStringLiteral("exception:999"));
        QVERIFY(settled(page.model()));
        QCOMPARE(page.model()->rowCount(), 1);
        // A range without entries is empty, and says so.
        page.setFilterText({});
        page.setRange(kStart.toLocalTime().date().addDays(-3), kStart.toLocalTime().date().addDays(-2));
        QVERIFY(settled(page.model()));
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void typingFiltersAfterAPause()
    {
        TempStore s;
        seedThousand(s.db);
        ui::AuditPage page(s.path);
        page.setRange(kStart.toLocalTime().date(), kStart.toLocalTime().date());
        QVERIFY(settled(page.model()));
        QVERIFY(page.model()->rowCount() > 0);
        auto* field = page.findChild<QLineEdit*>(QStringLiteral("auditFilter"));
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("exception:998"));
        QCOMPARE(page.model()->rowCount(), 200); // not yet: the search waits for typing to pause
        QTRY_COMPARE(page.model()->rowCount(), 1);
    }

    void rowsShowPeoplesWordsNotKeys()
    {
        TempStore s;
        seedThousand(s.db);
        ui::AuditPage page(s.path);
        page.setRange(kStart.toLocalTime().date(), kStart.toLocalTime().date());
        // The rows are read off the UI thread: none yet, one page on its way.
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.model()->isReading());
        QVERIFY(settled(page.model()));
        const auto cell = [&](ui::AuditTableModel::Column c) {
            return page.model()->index(0, int(c)).data().toString();
        };
        QCOMPARE(cell(ui::AuditTableModel::Column::Action), QStringLiteral("Acknowledge"));
        QVERIFY2(cell(ui::AuditTableModel::Column::Subject).startsWith(QStringLiteral("Exception ")),
            qPrintable(cell(ui::AuditTableModel::Column::Subject)));
        QCOMPARE(
            cell(ui::AuditTableModel::Column::Change), QStringLiteral("Assignee: — → ops; State: Open → Acknowledged"));
        // The key stays in reach for filters and copies.
        QCOMPARE(page.model()
                     ->index(0, int(ui::AuditTableModel::Column::Action))
                     .data(ui::AuditTableModel::RawValueRole)
                     .toString(),
            QStringLiteral("exception.acknowledge"));
    }

    void detailsShowBeforeAndAfterPrettyPrinted()
    {
        TempStore s;
        seedThousand(s.db);
        ui::AuditPage page(s.path);
        page.setRange(kStart.toLocalTime().date(), kStart.toLocalTime().date());
        QVERIFY(settled(page.model()));
        const QModelIndex first = page.model()->index(0, 0);
        QCOMPARE(page.model()->index(0, int(ui::AuditTableModel::Column::Change)).data().toString(),
            QStringLiteral("Assignee: — → ops; State: Open → Acknowledged"));
        QSignalSpy selected(&page, &ui::AuditPage::entrySelected);
        page.view()->setCurrentIndex(first);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).toLongLong(), first.data(ui::AuditTableModel::IdRole).toLongLong());
        QCOMPARE(page.beforeText(), QStringLiteral("{\n    \"assignee\": \"\",\n    \"state\": \"open\"\n}"));
        QCOMPARE(page.afterText(), QStringLiteral("{\n    \"assignee\": \"ops\",\n    \"state\": \"acknowledged\"\n}"));
    }
};

QTEST_MAIN(TestAuditPage)
#include "test_audit_page.moc"
