// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform: its navigation, page switching by click and keyboard,
// and live open counts read from a real database.
#include "audit_page.h"
#include "dashboard_page.h"
#include "main_window.h"
#include "order_lookup_page.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QApplication>
#include <QTest>
#include <QToolButton>

using namespace lockstep;
using namespace lockstep::core;
using lockstep::ui::PageId;
using lockstep::ui::PageKind;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
    }

    void navigationHasEveryPage()
    {
        test::TempStore s;
        ui::MainWindow w(s.path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList labels;
        for (QTreeWidgetItemIterator it(w.navigation()); *it; ++it)
            labels << (*it)->text(0);
        for (const char* expected : {"Dashboard", "Queues", "Failed allocations", "SKU mismatches", "Stuck pending orders",
                 "Cancellations past cutoff", "Other exceptions", "Order lookup", "Reports", "Audit", "Settings"})
            QVERIFY2(labels.contains(QString::fromLatin1(expected)), expected);
        LOCKSTEP_COMPARE_ENUM(w.currentPage().kind, PageKind::Dashboard);
    }

    void clickingNavigationSwitchesPage()
    {
        test::TempStore s;
        ui::MainWindow w(s.path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const PageId settings{PageKind::Settings, std::nullopt};
        QWidget* before = w.currentPageWidget();
        w.navigation()->setCurrentPage(settings);
        QCOMPARE(w.currentPage(), settings);
        QVERIFY(w.currentPageWidget() != before);
        QCOMPARE(w.currentPageWidget()->accessibleName(), QStringLiteral("Settings"));

        // Keyboard: Home goes to the first page, Down moves through the tree.
        w.navigation()->setFocus();
        QTest::keyClick(w.navigation(), Qt::Key_Home);
        LOCKSTEP_COMPARE_ENUM(w.currentPage().kind, PageKind::Dashboard);
        QTest::keyClick(w.navigation(), Qt::Key_Down); // "Queues" heading
        QTest::keyClick(w.navigation(), Qt::Key_Down); // first queue
        QCOMPARE(w.currentPage(), (PageId{PageKind::Queue, ExceptionType::FailedAllocation}));
        QCOMPARE(w.currentPageWidget()->accessibleName(), QStringLiteral("Failed allocations"));
    }

    void showsOpenCountsFromTheStore()
    {
        test::TempStore s;
        store::ExceptionRepository repo(s.db);
        for (int i = 0; i < 14; ++i) {
            ExceptionRecord r;
            r.type = ExceptionType::SkuMismatch;
            r.subjectKey = QStringLiteral("woocommerce:%1").arg(i);
            r.reason = QStringLiteral("SKU TSHIRT-M-BLK is not in the WMS item master");
            r.firstSeen = QDateTime::currentDateTimeUtc();
            QVERIFY(repo.upsert(r).ok());
        }
        ui::MainWindow w(s.path);
        QCOMPARE(w.navigation()->queueLabel(ExceptionType::SkuMismatch), QStringLiteral("SKU mismatches (14)"));
        QCOMPARE(w.navigation()->queueLabel(ExceptionType::FailedAllocation), QStringLiteral("Failed allocations"));

        // More arrive; a refresh shows them.
        ExceptionRecord r;
        r.type = ExceptionType::FailedAllocation;
        r.subjectKey = QStringLiteral("woocommerce:99");
        r.reason = QStringLiteral("No stock at DAL-1");
        r.firstSeen = QDateTime::currentDateTimeUtc();
        QVERIFY(repo.upsert(r).ok());
        w.refreshCounts();
        QCOMPARE(w.navigation()->queueLabel(ExceptionType::FailedAllocation), QStringLiteral("Failed allocations (1)"));
    }

    void dashboardTilesOpenTheirQueue()
    {
        test::TempStore s;
        ui::MainWindow w(s.path);
        auto* dashboard = qobject_cast<ui::DashboardPage*>(w.currentPageWidget());
        QVERIFY(dashboard);
        QTest::mouseClick(dashboard->tile(ExceptionType::StuckPending), Qt::LeftButton);
        QCOMPARE(w.currentPage(), (PageId{PageKind::Queue, ExceptionType::StuckPending}));
        w.showPage({PageKind::OrderLookup, std::nullopt});
        QVERIFY(qobject_cast<ui::OrderLookupPage*>(w.currentPageWidget()));
        w.showPage({PageKind::Audit, std::nullopt});
        QVERIFY(qobject_cast<ui::AuditPage*>(w.currentPageWidget()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
