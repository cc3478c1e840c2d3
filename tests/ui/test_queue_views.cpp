// SPDX-License-Identifier: GPL-3.0-or-later
// The views of a queue a person reaches in one click: "Mine" and "Unassigned" with their counts, combined with the
// other filters and remembered per queue across a restart; the causes with their counts, one of which a supervisor
// picks to act on all its rows at once; and the comment thread in the detail panel, sent to the engine and audited.
// Real widgets offscreen over a real SQLite file, the window's commands run by an InlineEngine.
#include "common/display_format.h"
#include "common/message_box.h"
#include "queue_desk.h"
#include "queues/queue_detail_panel.h"
#include "queues/queue_filter_bar.h"
#include "shell/role.h"
#include "store/audit_repository.h"
#include "store/comment_repository.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace lockstep;
using core::ExceptionType;
using ui::AssigneeView;
using ui::QueuePage;

namespace {

constexpr int kCount = 40;

/// The assignee of sample `i` (samples 3, 8, 13, … share one; 0–2, 5–7, … have none).
QString assigneeOf(int i)
{
    return test::sampleException(ExceptionType::FailedAllocation, i, QDateTime::currentDateTimeUtc()).assignee;
}

/// How many samples below kCount match `pred`.
template <typename F> int samplesWhere(F pred)
{
    int n = 0;
    for (int i = 0; i < kCount; ++i)
        n += pred(i) ? 1 : 0;
    return n;
}

bool allRows(const QueuePage* page, const std::function<bool(const core::ExceptionRecord&)>& pred)
{
    for (int row = 0; row < page->model()->rowCount(); ++row)
        if (!pred(page->model()->record(row)))
            return false;
    return true;
}

} // namespace

class TestQueueViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        ui::Roles::instance().reload();
    }

    void mineAndUnassignedCountCombineWithFiltersAndAreRemembered()
    {
        test::QueueDesk desk;
        QVERIFY(desk.open(ExceptionType::FailedAllocation, kCount));
        QueuePage* page = desk.page;
        const QString me = assigneeOf(3);
        page->model()->setPerson(me);
        ui::QueueFilterBar* bar = page->filterBar();
        QVERIFY(bar->viewSwitch()->isVisibleTo(page));

        QTest::mouseClick(bar->viewButton(AssigneeView::Mine), Qt::LeftButton);
        const int mine = samplesWhere([&](int i) { return assigneeOf(i) == me; });
        const int nobody = samplesWhere([](int i) { return assigneeOf(i).isEmpty(); });
        QTRY_COMPARE(page->model()->totalCount(), qint64(mine));
        QCOMPARE(page->model()->rowCount(), mine);
        QVERIFY(allRows(page, [&](const core::ExceptionRecord& r) { return r.assignee == me; }));
        QTRY_COMPARE(bar->viewButton(AssigneeView::Mine)->text(), QStringLiteral("Mine (%1)").arg(mine));
        QTRY_COMPARE(bar->viewButton(AssigneeView::Unassigned)->text(), QStringLiteral("Unassigned (%1)").arg(nobody));
        QVERIFY(page->statusText().contains(QStringLiteral("mine")));

        // Combined with a facility: the rows and both counts narrow.
        ui::QueueFilterState state = bar->filterState();
        state.facility = QStringLiteral("DAL-1"); // samples 0, 3, 6, …
        bar->setFilterState(state);
        const int mineHere = samplesWhere([&](int i) { return i % 3 == 0 && assigneeOf(i) == me; });
        const int nobodyHere = samplesWhere([](int i) { return i % 3 == 0 && assigneeOf(i).isEmpty(); });
        QTRY_COMPARE(page->model()->rowCount(), mineHere);
        QTRY_COMPARE(
            bar->viewButton(AssigneeView::Unassigned)->text(), QStringLiteral("Unassigned (%1)").arg(nobodyHere));
        QVERIFY(allRows(page,
            [&](const core::ExceptionRecord& r) { return r.assignee == me && r.facility == QLatin1String("DAL-1"); }));

        QTest::mouseClick(bar->viewButton(AssigneeView::Unassigned), Qt::LeftButton);
        QTRY_COMPARE(page->model()->rowCount(), nobodyHere);
        QVERIFY(allRows(page, [](const core::ExceptionRecord& r) { return r.assignee.isEmpty(); }));

        // A restart: the queue opens on the view chosen last (the facility is not kept).
        desk.window.reset();
        ui::MainWindow again(desk.store.path);
        QueuePage* reopened = test::showQueue(again, ExceptionType::FailedAllocation);
        QVERIFY(reopened);
        QVERIFY(reopened->filterBar()->viewButton(AssigneeView::Unassigned)->isChecked());
        QCOMPARE(reopened->filterBar()->filterState().view, AssigneeView::Unassigned);
        QTRY_COMPARE(reopened->model()->rowCount(), nobody);
        QVERIFY(allRows(reopened, [](const core::ExceptionRecord& r) { return r.assignee.isEmpty(); }));
        // Another queue keeps its own choice.
        QueuePage* other = test::showQueue(again, ExceptionType::SkuMismatch);
        QVERIFY(other);
        QCOMPARE(other->filterBar()->filterState().view, AssigneeView::All);
    }

    void aCauseWithItsCountIsPickedAndActedOnInBulk()
    {
        test::QueueDesk desk;
        QVERIFY(desk.open(ExceptionType::FailedAllocation, kCount));
        QueuePage* page = desk.page;
        QComboBox* causes = page->filterBar()->causeBox();
        QVERIFY(causes->isVisibleTo(page));
        // Seven SKUs, seven causes: samples i % 7 == 0..4 six each, 5 and 6 five each; the largest first.
        QTRY_COMPARE(causes->count(), 1 + 7);
        const QString first = causes->itemData(1).toString();
        // Ties in count read in the order of the cause: CAP-OS-NVY (samples 3, 10, …) before the others of six.
        QCOMPARE(first,
            test::sampleException(ExceptionType::FailedAllocation, 3, QDateTime::currentDateTimeUtc()).signature);
        QVERIFY2(causes->itemText(1).endsWith(QLatin1String("(6)")), qPrintable(causes->itemText(1)));
        QVERIFY2(causes->itemText(7).endsWith(QLatin1String("(5)")), qPrintable(causes->itemText(7)));

        // A cause the engine writes reads in words; one it does not know reads as it is stored.
        QCOMPARE(ui::DisplayFormat::cause(QStringLiteral("sku-missing:GIFTCARD-25")),
            QStringLiteral("SKU not in the item master: GIFTCARD-25"));
        QCOMPARE(ui::DisplayFormat::cause(QStringLiteral("allocation:DAL-1:PRINT-LTD")),
            QStringLiteral("No stock to allocate: DAL-1:PRINT-LTD"));
        QCOMPARE(ui::DisplayFormat::cause(QStringLiteral("no-facility:STORE-09")),
            QStringLiteral("Channel maps to no facility: STORE-09"));
        QCOMPARE(causes->itemText(1), QStringLiteral("%1 (6)").arg(first));

        causes->setCurrentIndex(1);
        QTRY_COMPARE(page->model()->rowCount(), 6);
        QTRY_COMPARE(page->model()->totalCount(), qint64(6));
        QVERIFY(allRows(page, [&](const core::ExceptionRecord& r) { return r.signature == first; }));
        // The list keeps every cause (with its count) while one is chosen.
        QCOMPARE(causes->count(), 1 + 7);
        QCOMPARE(causes->currentData().toString(), first);

        // All rows of the cause, one bulk action that asks with the count.
        page->view()->selectAll();
        QCOMPARE(page->selectedRefs().size(), 6);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        page->action(QueuePage::Action::Claim)->trigger();
        QVERIFY2(ui::MessageBox::lastText().contains(QLatin1String("6")), qPrintable(ui::MessageBox::lastText()));
        QTRY_COMPARE(desk.engine->commands.size(), 1);
        QCOMPARE(desk.engine->commands.constFirst().targets.size(), 6);

        // Or everything of the cause, however many rows are loaded: the command carries the cause in its filter.
        QTRY_COMPARE(page->actionNote().contains(QLatin1String("sent to the engine")), false);
        ui::MessageBox::clearLastText();
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        page->wholeFilterAction()->setChecked(true);
        page->action(QueuePage::Action::Claim)->trigger();
        QVERIFY2(ui::MessageBox::lastText().contains(QLatin1String("6")), qPrintable(ui::MessageBox::lastText()));
        QTRY_COMPARE(desk.engine->commands.size(), 2);
        const auto& whole = desk.engine->commands.constLast();
        QVERIFY(whole.targets.isEmpty());
        QVERIFY(whole.filter.has_value());
        QCOMPARE(whole.filter->signature, first);
        ui::MessageBox::clearLastText();
    }

    void commentsJoinTheThreadAuditedUnderTheRole()
    {
        ui::Roles::instance().setRole(ui::Role::Finance); // no Retry or Edit, but comments like everyone
        test::QueueDesk desk;
        QVERIFY(desk.open(ExceptionType::FailedAllocation, 5));
        QueuePage* page = desk.page;
        test::selectOnly(page, 0);
        const qint64 id = page->model()->record(0).id;
        ui::QueueDetailPanel* panel = page->detailPanel();
        QCOMPARE(panel->recordId(), id);
        QVERIFY(panel->commentsTab()->isVisibleTo(page));
        QVERIFY(panel->commentLines().isEmpty());
        QVERIFY(!panel->addCommentButton()->isEnabled()); // nothing written yet

        QTest::keyClicks(panel->commentField(), QStringLiteral("Credit note raised, waiting for the carrier"));
        QVERIFY(panel->addCommentButton()->isEnabled());
        QTest::mouseClick(panel->addCommentButton(), Qt::LeftButton);
        QTRY_COMPARE(desk.engine->commands.size(), 1);
        const core::actions::ActionCommand& sent = desk.engine->commands.constFirst();
        QVERIFY(sent.kind == core::actions::ActionKind::Comment);
        QCOMPARE(sent.role, QStringLiteral("finance"));
        QCOMPARE(sent.targets.size(), 1);
        QCOMPARE(sent.targets.constFirst().id, id);

        QTRY_COMPARE(panel->commentLines().size(), 1);
        QVERIFY(
            panel->commentLines().constFirst().endsWith(QLatin1String("Credit note raised, waiting for the carrier")));
        QVERIFY(panel->commentField()->text().isEmpty());
        QCOMPARE(panel->tabs()->tabText(panel->tabs()->indexOf(panel->commentsTab())), QStringLiteral("Comments (1)"));
        QVERIFY2(panel->historyLines().constLast().contains(QLatin1String("Comment")),
            qPrintable(panel->historyLines().join(u'\n')));

        const auto thread = core::store::CommentRepository(desk.store.db).forException(id);
        QCOMPARE(thread.value().size(), 1);
        QCOMPARE(thread.value().constFirst().role, QStringLiteral("finance"));
        const auto audit =
            core::store::AuditRepository(desk.store.db).forSubject(QStringLiteral("exception"), QString::number(id));
        QCOMPARE(audit.value().constLast().action, QStringLiteral("exception.comment"));
        QVERIFY(audit.value().constLast().actor.endsWith(QLatin1String("(finance)")));

        // Another row: its own (empty) thread; back again: the comment is there.
        test::selectOnly(page, 1);
        QVERIFY(panel->commentLines().isEmpty());
        test::selectOnly(page, 0);
        QTRY_COMPARE(panel->commentLines().size(), 1);
    }
};

QTEST_MAIN(TestQueueViews)
#include "test_queue_views.moc"
