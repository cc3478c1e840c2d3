// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the dashboard, a queue, reports, the order lookup and audit pages in the main window at
// 1280×720, filled with a realistic seeded store, in English, in German (*_de.png) and in the dark palette
// (*_dark.png), for people to look at (and for the README). Runs with the other UI tests:
//   ctest --preset dev -R test_page_screenshots
// and writes <build>/screenshots/*.png (LOCKSTEP_SCREENSHOT_DIR overrides).
#include "actions/action_executor.h"
#include "actions/action_result_dialog.h"
#include "actions/intercept_dialog.h"
#include "audit/audit_page.h"
#include "audit/audit_table_model.h"
#include "dashboard/dashboard_page.h"
#include "demo_store.h"
#include "lookup/order_lookup_page.h"
#include "lookup_search.h"
#include "queue_window.h"
#include "queues/queue_detail_panel.h"
#include "queues/queue_filter_bar.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "queues/queue_table_view.h"
#include "reports/reports_page.h"
#include "shell/appearance.h"
#include "shell/language.h"
#include "shell/main_window.h"
#include "store/comment_repository.h"
#include "support.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace lockstep;
using lockstep::ui::PageKind;

class TestPageScreenshots : public QObject
{
    Q_OBJECT

private:
    test::TempStore* m_store = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    QDir m_out;
    QString m_suffix; // "", "_de" or "_dark": which set of pictures is being taken

    void save(const QString& name)
    {
        // Charts lay out and repaint their scenes from posted events: let two event-loop turns pass, so the
        // picture shows the data just set rather than the frame before it.
        // Shared with the timers: a failed wait returns before they fire.
        auto settled = std::make_shared<bool>(false);
        QTimer::singleShot(0, m_window.get(), [this, settled] {
            QTimer::singleShot(0, m_window.get(), [settled] { *settled = true; });
        });
        QTRY_VERIFY(*settled);
        const QString path = m_out.filePath(name + m_suffix + QStringLiteral(".png"));
        QVERIFY2(m_window->grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(QDir::toNativeSeparators(path)));
    }

    /// A new main window at 1280×720, the smallest size the console must be fully usable at (a 1920×1080
    /// screen at 150 %), in the language and palette in effect.
    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(m_store->path);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void shootAll()
    {
        openWindow();
        dashboard();
        queue();
        intercept();
        reports();
        orderLookup();
        audit();
        actionResult();
    }

    void dashboard()
    {
        m_window->showPage({PageKind::Dashboard, std::nullopt});
        auto* page = qobject_cast<ui::DashboardPage*>(m_window->currentPageWidget());
        QVERIFY(page);
        // The dashboard reads on a worker thread: each picture waits for the read it asked for.
        QSignalSpy refreshed(page, &ui::DashboardPage::refreshed);
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 20000);
        save(QStringLiteral("dashboard"));
        refreshed.clear();
        page->setSpan(ui::DashboardPage::Span::Last14Days);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 20000);
        save(QStringLiteral("dashboard_14_days"));
        page->setSpan(ui::DashboardPage::Span::Last24Hours);
    }

    void queue()
    {
        m_window->showPage({PageKind::Queue, core::ExceptionType::StuckPending});
        auto* page = qobject_cast<ui::QueuePage*>(m_window->currentPageWidget());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 20000);
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        save(QStringLiteral("queue"));
        causeAndComments(page);
    }

    /// The queue narrowed to its commonest cause (the list names each cause with its count), all its rows selected
    /// for one bulk action, and the current one's comment thread.
    void causeAndComments(ui::QueuePage* page)
    {
        QComboBox* causes = page->filterBar()->causeBox();
        QTRY_VERIFY_WITH_TIMEOUT(causes->count() > 1, 20000);
        causes->setCurrentIndex(1);
        QTRY_COMPARE(page->model()->filter().signature, causes->itemData(1).toString());
        QVERIFY(test::settled(*page)); // the cause's rows, read off the UI thread, are in
        QVERIFY(page->model()->rowCount() > 0);
        const qint64 id = page->model()->record(0).id;
        core::store::CommentRepository comments(m_store->db);
        if (comments.forException(id)->isEmpty()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            test::must(comments.add({0,
                id,
                now.addSecs(-40 * 60),
                QStringLiteral("agent.cs"),
                QStringLiteral("customer_service"),
                QStringLiteral("Customer called: needs it before Friday, happy with a split shipment.")}));
            test::must(comments.add({0,
                id,
                now.addSecs(-12 * 60),
                QStringLiteral("supervisor.ops"),
                QStringLiteral("supervisor"),
                QStringLiteral("Warehouse says the wave ran late; retrying all of this cause after 14:00.")}));
        }
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        page->view()->selectAll();
        ui::QueueDetailPanel* panel = page->detailPanel();
        panel->reloadThread();
        QTRY_VERIFY(!panel->commentLines().isEmpty()); // read off the UI thread
        panel->tabs()->setCurrentWidget(panel->commentsTab());
        save(QStringLiteral("queue_cause_comments"));
        // Back to the whole queue for the next pictures.
        causes->setCurrentIndex(0);
        panel->tabs()->setCurrentIndex(0);
    }

    /// A cancellation past cutoff with the request to the warehouse written out, in front of its queue.
    void intercept()
    {
        m_window->showPage({PageKind::Queue, core::ExceptionType::CancellationPastCutoff});
        auto* page = qobject_cast<ui::QueuePage*>(m_window->currentPageWidget());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 20000);
        page->view()->selectionModel()->setCurrentIndex(
            page->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QAction* ask = page->action(ui::QueuePage::Action::Intercept);
        QVERIFY(ask->isEnabled());
        ask->trigger();
        auto* dialog = m_window->findChild<ui::InterceptDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setNote(QStringLiteral("Called the shift lead, 10:42"));
        auto settled = std::make_shared<bool>(false);
        QTimer::singleShot(0, dialog, [settled] { *settled = true; });
        QTRY_VERIFY(*settled);
        const QString path = m_out.filePath(QStringLiteral("intercept") + m_suffix + QStringLiteral(".png"));
        QVERIFY2(dialog->grab().save(path), qPrintable(path));
        save(QStringLiteral("queue_cancellations"));
        dialog->reject();
        delete dialog;
    }

    void reports()
    {
        m_window->showPage({PageKind::Reports, std::nullopt});
        auto* page = qobject_cast<ui::ReportsPage*>(m_window->currentPageWidget());
        QVERIFY(page);
        QSignalSpy shown(page, &ui::ReportsPage::previewShown);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        page->setRange(today.addDays(-13), today);
        page->setReport(core::reports::ReportKind::Reconciliation);
        page->refreshPreview();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        save(QStringLiteral("reports"));
    }

    void orderLookup()
    {
        m_window->showPage({PageKind::OrderLookup, std::nullopt});
        auto* page = qobject_cast<ui::OrderLookupPage*>(m_window->currentPageWidget());
        QVERIFY(page);
        QCOMPARE(test::lookUp(*page, QStringLiteral("1Z999AA10123456784")), 1);
        save(QStringLiteral("order_lookup"));
        QCOMPARE(test::lookUp(*page, QStringLiteral("repeat@example.com")), 2);
        save(QStringLiteral("order_lookup_pick"));
    }

    void audit()
    {
        m_window->showPage({PageKind::Audit, std::nullopt});
        auto* page = qobject_cast<ui::AuditPage*>(m_window->currentPageWidget());
        QVERIFY(page);
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 20000); // read off the UI thread
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        save(QStringLiteral("audit"));
    }

    /// A bulk acknowledgement's outcome as the console shows it: two acknowledged, one refused because another desk
    /// had acknowledged it a moment before. Run on a store of its own, so the other pictures keep their queues.
    void actionResult()
    {
        test::TempStore scratch;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        test::seedDemo(scratch.db, now);
        core::store::ExceptionRepository exceptions(scratch.db);
        core::store::ExceptionFilter open;
        open.type = core::ExceptionType::StuckPending;
        open.state = core::ExceptionState::Open;
        const QList<qint64> ids = test::must(exceptions.idsMatching(open, 0, 3));
        QCOMPARE(ids.size(), 3);
        core::ManualClock clock(now);
        core::actions::ActionExecutor executor(scratch.db, clock, nullptr);
        core::actions::ActionCommand first;
        first.kind = core::actions::ActionKind::Acknowledge;
        first.actor = QStringLiteral("supervisor.ops");
        first.note = QStringLiteral("Released by the warehouse after a call");
        first.targets = {{ids.at(2), 0}};
        QVERIFY(executor.execute(first).result.ok());
        core::actions::ActionCommand bulk = first;
        bulk.actor = QStringLiteral("agent.cs");
        bulk.note = QStringLiteral("Customer told; the warehouse has it now");
        bulk.targets.clear();
        QHash<qint64, QString> labels;
        for (qint64 id : ids) {
            const core::ExceptionRecord r = test::must(exceptions.findById(id)).value();
            bulk.targets.append({id, 0});
            labels.insert(id, QCoreApplication::translate("lockstep::ui::QueueActions", "Order %1").arg(r.orderRef));
        }
        const core::actions::ActionResult result = executor.execute(bulk).result;
        QCOMPARE(result.succeededCount(), 2);
        m_window->showPage({PageKind::Queue, core::ExceptionType::StuckPending});
        auto* page = qobject_cast<ui::QueuePage*>(m_window->currentPageWidget());
        QVERIFY(page);
        const QString name = page->action(ui::QueuePage::Action::Acknowledge)->iconText();
        ui::ActionResultDialog dialog(name, result, labels, m_window.get());
        dialog.resize(760, 300);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = m_out.filePath(QStringLiteral("action_result") + m_suffix + QStringLiteral(".png"));
        QVERIFY2(dialog.grab().save(path), qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_page_screenshots"));
        QSettings().clear(); // pictures of a first start, not of the window state a previous run left
        QString dir = qEnvironmentVariable("LOCKSTEP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(LOCKSTEP_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        m_out = QDir(dir);
        m_store = new test::TempStore;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        test::seedDemo(m_store->db, now);
        test::seedShippedOrder(m_store->db, now.addSecs(-7 * 3600));
        // A customer with two orders: one waiting for the warehouse, one back ordered.
        const QString email = QStringLiteral("repeat@example.com");
        test::addOrder(m_store->db, test::makeOrder(QStringLiteral("1311"), email, now.addSecs(-1500)));
        const core::Order older = test::makeOrder(QStringLiteral("1187"), email, now.addDays(-2));
        test::addOrder(m_store->db, older);
        test::acknowledge(m_store->db, older, now.addDays(-2).addSecs(600), core::WmsOrderStatus::BackOrdered, 1);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        ui::applyLanguage(QStringLiteral("en"));
        ui::Appearance::apply(*qApp, false);
        delete m_store;
    }

    void inEnglish()
    {
        m_suffix.clear();
        shootAll();
    }

    void inGerman()
    {
        QCOMPARE(ui::applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
        m_suffix = QStringLiteral("_de");
        shootAll();
        ui::applyLanguage(QStringLiteral("en"));
    }

    void inTheDarkPalette()
    {
        ui::Appearance::apply(*qApp, true);
        m_suffix = QStringLiteral("_dark");
        shootAll();
        ui::Appearance::apply(*qApp, false);
    }
};

QTEST_MAIN(TestPageScreenshots)
#include "page_screenshots.moc"
