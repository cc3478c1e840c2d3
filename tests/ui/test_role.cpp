// SPDX-License-Identifier: GPL-3.0-or-later
// Roles on the offscreen platform: the first-run question is asked only while no role is saved (and can be
// turned off), the role sets the page the main window opens on and the actions in view, and a change in
// Settings applies at once.
#include "main_window.h"
#include "role.h"
#include "role_dialog.h"
#include "support.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace lockstep;
using ui::PageId;
using ui::PageKind;
using ui::Role;
using ui::RoleAction;
using ui::Roles;

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
    }

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
