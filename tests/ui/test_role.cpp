// SPDX-License-Identifier: GPL-3.0-or-later
// Roles on the offscreen platform: the first-run question is asked only while no role is saved (and can be
// turned off), the role sets the page the main window opens on and the actions in view, and a change in
// Settings applies at once.
#include "actions/action_executor.h"
#include "actions/queue_actions.h"
#include "common/message_box.h"
#include "exception_samples.h"
#include "inline_engine.h"
#include "lookup/order_lookup_page.h"
#include "queue_desk.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "queues/queue_table_view.h"
#include "shell/main_window.h"
#include "shell/role.h"
#include "shell/role_dialog.h"
#include "store/audit_repository.h"
#include "support.h"

#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace lockstep;
using core::ExceptionType;
using ui::PageId;
using ui::PageKind;
using ui::QueuePage;
using ui::Role;
using ui::RoleAction;
using ui::Roles;

namespace {

/// Ten sample exceptions of `type` on a desk whose role is `role`, the second row selected.
bool openDesk(test::QueueDesk& desk, ExceptionType type, Role role)
{
    Roles::instance().setRole(role);
    if (!desk.open(type, 10))
        return false;
    test::selectOnly(desk.page, 1);
    return true;
}

bool buttonEnabled(QueuePage* page, QueuePage::Action action)
{
    auto* toolBar = page->findChild<QToolBar*>();
    QWidget* button = toolBar ? toolBar->widgetForAction(page->action(action)) : nullptr;
    return button && button->isEnabled();
}

} // namespace

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_role"));
    }

    void init()
    {
        QSettings().clear();
        Roles::instance().reload();
        ui::MessageBox::clearLastText();
    }

    void cleanup() { ui::MessageBox::clearLastText(); }

    void firstRunAsksUntilARoleIsSaved()
    {
        QVERIFY(!Roles::instance().role());
        QVERIFY(Roles::instance().shouldAsk());
        QSettings().setValue(QStringLiteral("ui/askRole"), false); // tests and kiosks
        QVERIFY(!Roles::instance().shouldAsk());
        QSettings().remove(QStringLiteral("ui/askRole"));

        // The dialog's choice is what gets saved.
        ui::RoleDialog dialog;
        dialog.setSelectedRole(Role::CustomerService);
        QCOMPARE(dialog.selectedRole(), Role::CustomerService);
        QSignalSpy changed(&Roles::instance(), &Roles::roleChanged);
        Roles::instance().setRole(dialog.selectedRole());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!Roles::instance().shouldAsk());
        QCOMPARE(QSettings().value(QStringLiteral("ui/role")).toString(), QStringLiteral("customer_service"));
        Roles::instance().reload();
        QVERIFY(Roles::instance().role() == Role::CustomerService);
    }

    void roleSetsTheStartPage_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("page");
        QTest::newRow("supervisor") << int(Role::Supervisor)
                                    << PageId{PageKind::Queue, core::ExceptionType::FailedAllocation}.toInt();
        QTest::newRow("customer service")
            << int(Role::CustomerService) << PageId{PageKind::OrderLookup, std::nullopt}.toInt();
        QTest::newRow("finance") << int(Role::Finance) << PageId{PageKind::Reports, std::nullopt}.toInt();
    }

    void roleSetsTheStartPage()
    {
        QFETCH(int, role);
        QFETCH(int, page);
        test::TempStore s;
        {
            ui::MainWindow before(s.path);
            LOCKSTEP_COMPARE_ENUM(before.currentPage().kind, PageKind::Dashboard); // no role yet
        }
        Roles::instance().setRole(static_cast<Role>(role));
        ui::MainWindow w(s.path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentPage().toInt(), page);
    }

    void roleDecidesTheActionsInView()
    {
        QVERIFY(Roles::allows(Role::Supervisor, RoleAction::Retry));
        QVERIFY(Roles::allows(Role::Supervisor, RoleAction::Edit));
        QVERIFY(!Roles::allows(Role::Finance, RoleAction::Retry));
        QVERIFY(!Roles::allows(Role::Finance, RoleAction::Edit));
        QVERIFY(Roles::allows(Role::Finance, RoleAction::Export));
        QVERIFY(Roles::allows(Role::CustomerService, RoleAction::OpenOrder));
        QVERIFY(!Roles::allows(Role::CustomerService, RoleAction::Edit));

        Roles::instance().setRole(Role::Finance);
        QVERIFY(!Roles::instance().allows(RoleAction::Retry));
    }

    void financeCannotRetryOrEditFromToolbarMenuOrShortcut()
    {
        test::QueueDesk desk;
        QVERIFY(openDesk(desk, ExceptionType::SkuMismatch, Role::Finance));
        QueuePage* page = desk.page;
        const test::InlineEngine& engine = *desk.engine;

        // The toolbar's buttons, the context menu and the shortcuts are the page's actions.
        QVERIFY(!page->action(QueuePage::Action::Retry)->isEnabled());
        QVERIFY(!page->action(QueuePage::Action::Edit)->isEnabled());
        QVERIFY(!buttonEnabled(page, QueuePage::Action::Retry));
        QVERIFY(!buttonEnabled(page, QueuePage::Action::Edit));
        QVERIFY(page->action(QueuePage::Action::Retry)->toolTip().contains(QStringLiteral("Finance")));
        QVERIFY(page->action(QueuePage::Action::Acknowledge)->isEnabled());
        QVERIFY(buttonEnabled(page, QueuePage::Action::Claim));
        QVERIFY(buttonEnabled(page, QueuePage::Action::Assign));

        // A box would take this answer; none is asked, no dialog opens, nothing is sent.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page->view(), Qt::Key_R, Qt::ControlModifier);
        QTest::keyClick(page->view(), Qt::Key_E, Qt::ControlModifier);
        ui::QueueActions* actions = desk.window->queueActions(ExceptionType::SkuMismatch);
        QVERIFY2(ui::MessageBox::lastText().isEmpty(), qPrintable(ui::MessageBox::lastText()));
        QVERIFY(!actions->openDialog());
        QVERIFY(engine.commands.isEmpty());

        // The order lookup's inline Retry is refused the same way, with a note saying why.
        desk.window->showPage({PageKind::OrderLookup, std::nullopt});
        auto* lookup = qobject_cast<ui::OrderLookupPage*>(desk.window->currentPageWidget());
        QVERIFY(lookup);
        Q_EMIT lookup->retryRequested(page->selectedRefs().constFirst(), ExceptionType::SkuMismatch);
        QVERIFY(ui::MessageBox::lastText().isEmpty());
        QVERIFY(engine.commands.isEmpty());
        QVERIFY2(page->actionNote().contains(QStringLiteral("Finance")), qPrintable(page->actionNote()));

        // A supervisor has them again at once.
        Roles::instance().setRole(Role::Supervisor);
        QVERIFY(page->action(QueuePage::Action::Retry)->isEnabled());
        QVERIFY(page->action(QueuePage::Action::Edit)->isEnabled());
    }

    void customerServiceCannotEditOrAssignFromToolbarMenuOrShortcut()
    {
        test::QueueDesk desk;
        QVERIFY(openDesk(desk, ExceptionType::SkuMismatch, Role::CustomerService));
        QueuePage* page = desk.page;
        const test::InlineEngine& engine = *desk.engine;
        QVERIFY(!buttonEnabled(page, QueuePage::Action::Edit));
        QVERIFY(!buttonEnabled(page, QueuePage::Action::Assign));
        QVERIFY(buttonEnabled(page, QueuePage::Action::Retry));
        QVERIFY(buttonEnabled(page, QueuePage::Action::Claim));

        QTest::keyClick(page->view(), Qt::Key_E, Qt::ControlModifier); // the SKU mapping dialog
        QTest::keyClick(page->view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); // the assign dialog
        QVERIFY(!desk.window->queueActions(ExceptionType::SkuMismatch)->openDialog());
        QVERIFY(engine.commands.isEmpty());
    }

    void theAuditRowNamesTheRole()
    {
        test::QueueDesk desk;
        QVERIFY(openDesk(desk, ExceptionType::FailedAllocation, Role::Finance));
        QueuePage* page = desk.page;
        const test::InlineEngine& engine = *desk.engine;
        int row = 0;
        while (row < page->model()->rowCount() && !page->model()->record(row).claimedBy.isEmpty())
            ++row;
        test::selectOnly(page, row);
        QCOMPARE(page->selectedRefs().size(), 1);
        const qint64 id = page->selectedRefs().constFirst().id;
        QVERIFY(page->action(QueuePage::Action::Claim)->isEnabled());
        page->action(QueuePage::Action::Claim)->trigger();
        QVERIFY2(engine.commands.size() == 1, qPrintable(page->actionNote()));
        QCOMPARE(engine.commands.constFirst().role, QStringLiteral("finance"));

        const QString actor = core::actions::currentOsUser();
        auto audit =
            core::store::AuditRepository(desk.store.db).forSubject(QStringLiteral("exception"), QString::number(id));
        QVERIFY(audit.ok());
        QVERIFY(!audit->isEmpty());
        QCOMPARE(audit->constLast().action, QStringLiteral("exception.claim"));
        QCOMPARE(audit->constLast().actor, QStringLiteral("%1 (finance)").arg(actor));
        // The claim itself is the person's, whatever role they work in.
        QTRY_COMPARE(page->model()->record(page->model()->rowOfId(id)).claimedBy, actor);
    }

    void changingTheRoleInSettingsAppliesAtOnce()
    {
        test::TempStore s;
        Roles::instance().setRole(Role::Supervisor);
        ui::MainWindow w(s.path);
        w.showPage({PageKind::Settings, std::nullopt});
        auto* combo = w.findChild<QComboBox*>(QStringLiteral("roleCombo"));
        QVERIFY(combo);
        QSignalSpy changed(&Roles::instance(), &Roles::roleChanged);
        const int finance = combo->findData(int(Role::Finance));
        combo->setCurrentIndex(finance);
        Q_EMIT combo->activated(finance);
        QCOMPARE(changed.size(), 1);
        QVERIFY(Roles::instance().role() == Role::Finance);
        QVERIFY(!Roles::instance().allows(RoleAction::Retry));
        // The next start opens on the finance page.
        ui::MainWindow next(s.path);
        LOCKSTEP_COMPARE_ENUM(next.currentPage().kind, PageKind::Reports);
    }
};

QTEST_MAIN(TestRole)
#include "test_role.moc"
