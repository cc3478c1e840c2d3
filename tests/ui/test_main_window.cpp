// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform: its navigation, page switching by click and keyboard,
// and live open counts read from a real database.
#include "audit/audit_page.h"
#include "common/folder_opener.h"
#include "common/message_box.h"
#include "config/log_file.h"
#include "dashboard/dashboard_page.h"
#include "demo_store.h"
#include "lookup/order_lookup_page.h"
#include "net/circuit_breaker.h"
#include "queue_window.h"
#include "queues/queue_detail_panel.h"
#include "queues/queue_filter_bar.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "queues/queue_table_view.h"
#include "settings/settings_page.h"
#include "settings_fixtures.h"
#include "shell/connector_status.h"
#include "shell/language.h"
#include "shell/main_window.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace lockstep;
using namespace lockstep::core;
using lockstep::ui::PageId;
using lockstep::ui::PageKind;

namespace {

ExceptionRecord makeRecord(
    ExceptionType type, const QString& subject, const QString& reason, const QDateTime& firstSeen)
{
    ExceptionRecord r;
    r.type = type;
    r.subjectKey = subject;
    r.reason = reason;
    r.firstSeen = firstSeen;
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The Settings page of `w` editing a copy of kConfig in `dir`, with the WooCommerce base URL retyped to `url`.
bool editSettings(ui::MainWindow& w, const QTemporaryDir& dir, const QString& url)
{
    const QString path = dir.filePath(QStringLiteral("lockstep.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(kConfig) < 0)
        return false;
    f.close();
    if (!w.settingsPage()->openFile(path))
        return false;
    w.showPage({PageKind::Settings, std::nullopt});
    auto* field = w.settingsPage()->findChild<QLineEdit*>(QStringLiteral("connectors.woocommerce.base_url"));
    if (!field)
        return false;
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, url);
    w.showPage({PageKind::Dashboard, std::nullopt});
    return w.settingsPage()->isModified();
}

/// Shows `w` as the active window with the keyboard focus in its navigation, where a click there leaves it.
bool activateWithFocusInNavigation(ui::MainWindow& w)
{
    w.show();
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        return false;
    w.navigation()->setFocus(Qt::MouseFocusReason);
    return w.navigation()->hasFocus();
}

/// Opens `w` at 1280×720 logical pixels, the smallest size the console must be fully usable at (a 1920×1080 screen at
/// 150 %).
bool showAt1280By720(ui::MainWindow& w)
{
    w.resize(1280, 720);
    w.show();
    return QTest::qWaitForWindowExposed(&w) && w.size() == QSize(1280, 720);
}

/// The demo seed's day of traffic in a store, and a main window over it at 1280×720 in the language in effect.
struct DemoDesk
{
    test::TempStore store;
    std::unique_ptr<ui::MainWindow> window;

    bool open()
    {
        test::seedDemo(store.db, QDateTime::currentDateTimeUtc());
        window = std::make_unique<ui::MainWindow>(store.path);
        return showAt1280By720(*window);
    }
};

/// Lets two event-loop turns pass, so layouts and chart scenes show what was just set rather than the frame before.
bool settle(QWidget& w)
{
    bool settled = false;
    QTimer::singleShot(0, &w, [&w, &settled] { QTimer::singleShot(0, &w, [&settled] { settled = true; }); });
    return QTest::qWaitFor([&settled] { return settled; }, 5000);
}

/// How much of `widget` its parents cut off at the sides (0 when they show its whole width).
int hiddenWidth(const QWidget* widget)
{
    int hidden = 0;
    for (const QWidget* p = widget->parentWidget(); p && !widget->isWindow(); p = p->parentWidget()) {
        const QRect r(widget->mapTo(p, QPoint(0, 0)), widget->size());
        hidden = std::max({hidden, -r.left(), r.right() - (p->width() - 1)});
        if (p->isWindow())
            break;
    }
    return hidden;
}

/// What `label` cuts off of its text, or nothing when it shows all of it: one line wider than the label, wrapped lines
/// taller than it, a part its parents hide, or an elided text ("…") whose tooltip does not carry the whole of it.
QString clipped(const QLabel* label)
{
    const QString text = label->text();
    if (text.isEmpty() || !label->isVisible())
        return {};
    const QString name = QStringLiteral("\"%1\" (%2)").arg(text, label->accessibleName());
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height())
            return QStringLiteral("%1 wraps to %2 px in %3").arg(name).arg(needed).arg(label->height());
    } else {
        int widest = 0;
        for (const QString& line : text.split(u'\n'))
            widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
        if (widest > label->contentsRect().width())
            return QStringLiteral("%1 needs %2 px, has %3").arg(name).arg(widest).arg(label->contentsRect().width());
    }
    if (const int hidden = hiddenWidth(label); hidden > 0)
        return QStringLiteral("%1 has %2 px hidden by its parents").arg(name).arg(hidden);
    if (text.endsWith(u'…')
        && !(label->toolTip().startsWith(text.chopped(1)) && label->toolTip().size() >= text.size()))
        return QStringLiteral("%1 is elided and its tooltip is \"%2\"").arg(name, label->toolTip());
    return {};
}

/// The texts of `view`'s chart cut off: elided ("...") or reaching past what the view shows of the chart.
QStringList clippedChartTexts(const QChartView* view)
{
    QStringList cut;
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect() & view->chart()->sceneBoundingRect();
    const auto items = view->scene()->items();
    for (const QGraphicsItem* item : items) {
        const auto* textItem = dynamic_cast<const QGraphicsTextItem*>(item);
        if (!textItem || !textItem->isVisible() || textItem->toPlainText().isEmpty())
            continue;
        const QString text = textItem->toPlainText();
        const qreal m = textItem->document()->documentMargin();
        const QRectF ink = textItem->sceneBoundingRect().adjusted(m, m, -m, -m);
        if (text.endsWith(QLatin1String("...")) || text.endsWith(u'…'))
            cut << QStringLiteral("chart text \"%1\" is elided").arg(text);
        else if (!shown.contains(ink))
            cut << QStringLiteral("chart text \"%1\" at x %2..%3 reaches past the chart's %4..%5")
                       .arg(text)
                       .arg(ink.left())
                       .arg(ink.right())
                       .arg(shown.left())
                       .arg(shown.right());
    }
    return cut;
}

/// The cells of `tree` too narrow for their text (which the view then elides) whose tooltip does not carry the text.
QStringList clippedCells(const QTreeWidget* tree)
{
    QStringList cut;
    // The margin an item view leaves either side of a cell's text (QCommonStyle's item text margin).
    const int padding = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        for (int c = 0; c < tree->columnCount(); ++c) {
            const QString text = item->text(c);
            const int needed = QFontMetrics(item->font(c)).horizontalAdvance(text) + padding;
            if (needed > tree->header()->sectionSize(c) && !item->toolTip(c).contains(text))
                cut << QStringLiteral("cell \"%1\" needs %2 px, has %3, tooltip \"%4\"")
                           .arg(text)
                           .arg(needed)
                           .arg(tree->header()->sectionSize(c))
                           .arg(item->toolTip(c));
        }
    }
    return cut;
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

} // namespace

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
        for (const char* expected : {"Dashboard",
                 "Queues",
                 "Failed allocations",
                 "SKU mismatches",
                 "Stuck pending orders",
                 "Cancellations past cutoff",
                 "Other exceptions",
                 "Order lookup",
                 "Reports",
                 "Audit",
                 "Settings"})
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
            QVERIFY(repo.upsert(makeRecord(ExceptionType::SkuMismatch,
                                    QStringLiteral("woocommerce:%1").arg(i),
                                    QStringLiteral("SKU TSHIRT-M-BLK is not in the WMS item master"),
                                    QDateTime::currentDateTimeUtc()))
                        .ok());
        }
        ui::MainWindow w(s.path);
        // Counted off the UI thread: shown once the count is in.
        QTRY_COMPARE(w.navigation()->queueLabel(ExceptionType::SkuMismatch), QStringLiteral("SKU mismatches (14)"));
        QCOMPARE(w.navigation()->queueLabel(ExceptionType::FailedAllocation), QStringLiteral("Failed allocations"));

        // More arrive; a refresh shows them.
        QVERIFY(repo.upsert(makeRecord(ExceptionType::FailedAllocation,
                                QStringLiteral("woocommerce:99"),
                                QStringLiteral("No stock at DAL-1"),
                                QDateTime::currentDateTimeUtc()))
                    .ok());
        w.refreshCounts();
        QTRY_COMPARE(
            w.navigation()->queueLabel(ExceptionType::FailedAllocation), QStringLiteral("Failed allocations (1)"));
    }

    void queuePagesReadTheStoreThroughTheWindowsConnection()
    {
        test::TempStore s;
        store::ExceptionRepository repo(s.db);
        for (int i = 0; i < 3; ++i) {
            ExceptionRecord r = makeRecord(ExceptionType::StuckPending,
                QStringLiteral("woocommerce:%1").arg(i),
                QStringLiteral("Paid 3 h ago and not acknowledged by the WMS"),
                QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1)));
            r.orderRef = QStringLiteral("WC-%1").arg(1040 + i);
            QVERIFY(repo.upsert(r).ok());
        }
        ui::MainWindow w(s.path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const PageId pending{PageKind::Queue, ExceptionType::StuckPending};
        w.showPage(pending);
        auto* page = qobject_cast<ui::QueuePage*>(w.currentPageWidget());
        QVERIFY(page);
        QCOMPARE(page, w.queuePage(ExceptionType::StuckPending));
        QVERIFY(test::settled(*page));
        QCOMPARE(page->model()->rowCount(), 3);
        QCOMPARE(page->model()->record(0).orderRef, QStringLiteral("WC-1042")); // oldest first

        // A new exception arrives; Refresh shows it and the count.
        ExceptionRecord r = makeRecord(ExceptionType::StuckPending,
            QStringLiteral("woocommerce:9"),
            QStringLiteral("Paid 1 h ago and not acknowledged by the WMS"),
            QDateTime::currentDateTimeUtc());
        r.orderRef = QStringLiteral("WC-1049");
        QVERIFY(repo.upsert(r).ok());
        w.refresh();
        QVERIFY(test::settled(*page));
        QCOMPARE(page->model()->rowCount(), 4);
        QTRY_COMPARE(
            w.navigation()->queueLabel(ExceptionType::StuckPending), QStringLiteral("Stuck pending orders (4)"));

        // Opening an order goes to the order lookup.
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(page->view(), Qt::Key_Return);
        LOCKSTEP_COMPARE_ENUM(w.currentPage().kind, PageKind::OrderLookup);
    }

    void anEngineChangeReReadsOnlyTheQueuesItNames()
    {
        test::TempStore s;
        store::ExceptionRepository repo(s.db);
        const auto add = [&repo](ExceptionType type, int n) {
            ExceptionRecord r = makeRecord(type,
                QStringLiteral("woocommerce:%1").arg(n),
                QStringLiteral("Held for a test"),
                QDateTime::currentDateTimeUtc().addSecs(-n));
            r.orderRef = QStringLiteral("WC-%1").arg(n);
            return repo.upsert(r).ok();
        };
        QVERIFY(add(ExceptionType::StuckPending, 1));
        QVERIFY(add(ExceptionType::SkuMismatch, 2));
        ui::MainWindow w(s.path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const PageId pendingId{PageKind::Queue, ExceptionType::StuckPending};
        const PageId skuId{PageKind::Queue, ExceptionType::SkuMismatch};
        w.showPage(pendingId);
        w.showPage(skuId);
        ui::QueuePage* pending = w.queuePage(ExceptionType::StuckPending);
        ui::QueuePage* sku = w.queuePage(ExceptionType::SkuMismatch);
        QVERIFY(test::settled(*pending) && test::settled(*sku));
        QCOMPARE(pending->model()->rowCount(), 1);
        QCOMPARE(sku->model()->rowCount(), 1);

        // One more in each queue, but the engine names only the stuck-pending one: the counts are read again, the
        // SKU page on screen is left as it is, and the stuck-pending page reads its rows when it is shown.
        QVERIFY(add(ExceptionType::StuckPending, 3));
        QVERIFY(add(ExceptionType::SkuMismatch, 4));
        w.noteExceptionsChanged({ExceptionType::StuckPending});
        QTRY_COMPARE(
            w.navigation()->queueLabel(ExceptionType::StuckPending), QStringLiteral("Stuck pending orders (2)"));
        QCOMPARE(sku->model()->rowCount(), 1);
        QCOMPARE(pending->model()->rowCount(), 1);
        w.showPage(pendingId);
        QTRY_COMPARE(pending->model()->rowCount(), 2);

        // Named, the SKU queue re-reads its page on screen.
        w.showPage(skuId);
        QCOMPARE(sku->model()->rowCount(), 1);
        w.noteExceptionsChanged({ExceptionType::SkuMismatch});
        QTRY_COMPARE(sku->model()->rowCount(), 2);
    }

    void anActionsOwnRefreshIsTheOnlyReadOfItsQueue()
    {
        test::TempStore s;
        store::ExceptionRepository repo(s.db);
        const auto add = [&repo](int n) {
            ExceptionRecord r = makeRecord(ExceptionType::SkuMismatch,
                QStringLiteral("woocommerce:%1").arg(n),
                QStringLiteral("Held for a test"),
                QDateTime::currentDateTimeUtc().addSecs(-n));
            r.orderRef = QStringLiteral("WC-%1").arg(n);
            return repo.upsert(r).ok();
        };
        QVERIFY(add(1));
        ui::MainWindow w(s.path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage({PageKind::Queue, ExceptionType::SkuMismatch});
        ui::QueuePage* sku = w.queuePage(ExceptionType::SkuMismatch);
        QVERIFY(test::settled(*sku));
        QCOMPARE(sku->model()->rowCount(), 1);

        // An action ends as the engine delivers it: its change signal, then its result, whose handler re-reads the
        // page. The window's re-read of the named queue comes after and finds the page already read: one read.
        QVERIFY(add(2));
        w.noteExceptionsChanged({ExceptionType::SkuMismatch});
        sku->refresh();
        QVERIFY(test::settled(*sku));
        const quint64 reads = sku->model()->windowReads();
        QTRY_COMPARE(w.navigation()->queueLabel(ExceptionType::SkuMismatch), QStringLiteral("SKU mismatches (2)"));
        QTest::qWait(50);
        QCOMPARE(sku->model()->windowReads(), reads);
        QCOMPARE(sku->model()->rowCount(), 2);

        // A change nobody has read yet is read, once.
        QVERIFY(add(3));
        w.noteExceptionsChanged({ExceptionType::SkuMismatch});
        QTRY_COMPARE(sku->model()->rowCount(), 3);
        QTest::qWait(50);
        QCOMPARE(sku->model()->windowReads(), reads + 1);
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

    void statusBarSaysWhenEachJobLastRanAndWhoRunsTheEngine()
    {
        test::TempStore s;
        ui::MainWindow w(s.path);
        const QDateTime orders = QDateTime(QDate(2026, 12, 5), QTime(8, 14, 5), Qt::LocalTime).toUTC();
        w.noteJobRun(QStringLiteral("orders:woocommerce"), orders);
        w.noteJobRun(QStringLiteral("sweep"), orders.addSecs(60));
        w.noteJobRun(QStringLiteral("action"), orders.addSecs(90)); // a person's action is not a job of the schedule
        QCOMPARE(w.jobsLabel()->text(), QStringLiteral("Last job: Checks at 08:15:05"));
        const QString tip = w.jobsLabel()->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Orders from woocommerce: last ran at 08:14:05")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Checks: last ran at 08:15:05")), qPrintable(tip));
        QCOMPARE(w.jobRuns().size(), 2);

        w.setEngineHeldElsewhere(QStringLiteral("another engine holds this store: pid 4242 on desk-2 (lockstep)"));
        const auto labels = w.statusBar()->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
            return l->text().contains(QStringLiteral("pid 4242 on desk-2"))
                && l->text().contains(QStringLiteral("this console shows its work"));
        }));
    }

    void statusBarTextTooWideForItsPlaceIsWholeInATooltip()
    {
        test::TempStore s;
        ui::MainWindow w(s.path);
        const auto labelNamed = [&](const QString& name) {
            for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
                if (l->accessibleName() == name)
                    return l;
            return static_cast<QLabel*>(nullptr);
        };
        QLabel* engine = labelNamed(QStringLiteral("Engine activity"));
        QVERIFY(engine);
        const QString activity = QStringLiteral("sending 48 orders to the warehouse, then reading stock at DAL-1, "
                                                "RNO-2 and the three stores; the storefront answers slowly today");
        w.setEngineActivity(activity);
        QCOMPARE(engine->toolTip(), QStringLiteral("Engine: ") + activity);
        QVERIFY(engine->minimumSizeHint().width() < engine->fontMetrics().horizontalAdvance(activity) / 4
            || engine->minimumWidth() < engine->fontMetrics().horizontalAdvance(activity) / 4);

        QLabel* database = labelNamed(QStringLiteral("Database"));
        QVERIFY(database);
        QCOMPARE(database->text(), QStringLiteral("Database: ") + QFileInfo(s.path).fileName());
        QCOMPARE(database->toolTip(), QStringLiteral("Database: ") + QDir::toNativeSeparators(s.path));

        w.statusBar()->showMessage(QStringLiteral("Retry: 48 done, 2 refused: 1 claimed by another person"));
        QCOMPARE(w.statusBar()->toolTip(), QStringLiteral("Retry: 48 done, 2 refused: 1 claimed by another person"));
    }

    void statusBarShowsAConnectorsCircuitOpenThenHealthy()
    {
        test::TempStore s;
        ui::MainWindow w(s.path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // A real breaker on a manual clock, reported to the window as the engine reports it.
        ManualClock clock(test::utc("2026-11-23T12:00:00Z"));
        net::CircuitBreaker breaker(QStringLiteral("wms"), net::BreakerPolicy{3, std::chrono::seconds(30)}, clock);
        int pending = 0;
        connect(&breaker, &net::CircuitBreaker::stateChanged, &w, [&w, &pending](const net::BreakerSnapshot& snapshot) {
            w.setConnectorHealth({snapshot, pending});
        });
        ui::ConnectorStatus* status = w.connectorStatus();
        QVERIFY(status->accessibleName() == QStringLiteral("Connectors"));

        breaker.recordSuccess();
        QTRY_VERIFY(status->status(QStringLiteral("wms")).has_value());
        LOCKSTEP_COMPARE_ENUM(*status->status(QStringLiteral("wms")), net::HealthStatus::Healthy);
        QCOMPARE(status->text(QStringLiteral("wms")), QStringLiteral("wms: healthy · last sync 2026-11-23 12:00"));

        pending = 2;
        clock.advanceMSecs(60'000);
        breaker.recordFailure(QStringLiteral("HTTP 503"));
        LOCKSTEP_COMPARE_ENUM(*status->status(QStringLiteral("wms")), net::HealthStatus::Retrying);
        QCOMPARE(status->text(QStringLiteral("wms")),
            QStringLiteral("wms: retrying 2 call(s) · last sync 2026-11-23 12:00"));
        breaker.recordFailure(QStringLiteral("HTTP 503"));
        breaker.recordFailure(QStringLiteral("HTTP 503"));
        LOCKSTEP_COMPARE_ENUM(*status->status(QStringLiteral("wms")), net::HealthStatus::CircuitOpen);
        QCOMPARE(status->text(QStringLiteral("wms")),
            QStringLiteral("wms: circuit open until 2026-11-23 12:01 · last sync 2026-11-23 12:00"));
        auto* badge = status->findChild<QLabel*>(QStringLiteral("connector_wms"));
        QVERIFY(badge);
        QCOMPARE(badge->accessibleName(), QStringLiteral("Connector wms"));
        QVERIFY(badge->toolTip().contains(QStringLiteral("Last error: HTTP 503")));

        // The cool-down passes, the trial succeeds: healthy again, with the new last sync.
        pending = 0;
        clock.advanceMSecs(31'000);
        QVERIFY(breaker.tryAcquire());
        breaker.recordSuccess();
        LOCKSTEP_COMPARE_ENUM(*status->status(QStringLiteral("wms")), net::HealthStatus::Healthy);
        QCOMPARE(status->text(QStringLiteral("wms")), QStringLiteral("wms: healthy · last sync 2026-11-23 12:01"));
        QCOMPARE(status->connectors(), QStringList{QStringLiteral("wms")});
    }

    void findReachesThePageAfterAClickInTheNavigation()
    {
        test::TempStore s;
        ui::MainWindow w(s.path);
        QVERIFY(activateWithFocusInNavigation(w));
        w.navigation()->setCurrentPage({PageKind::Queue, ExceptionType::SkuMismatch});
        ui::QueuePage* page = w.queuePage(ExceptionType::SkuMismatch);
        QCOMPARE(w.currentPageWidget(), page);
        QCOMPARE(QApplication::focusWidget(), w.navigation());
        QTest::keyClick(w.navigation(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), page->filterBar()->searchField());
    }

    void orderLookupOpensWithTheCursorInItsSearchBox()
    {
        test::TempStore s;
        ui::MainWindow w(s.path);
        QVERIFY(activateWithFocusInNavigation(w));
        w.navigation()->setCurrentPage({PageKind::OrderLookup, std::nullopt});
        auto* lookup = qobject_cast<ui::OrderLookupPage*>(w.currentPageWidget());
        QVERIFY(lookup);
        QCOMPARE(QApplication::focusWidget(), lookup->searchField());
    }

    void quittingWithUnsavedSettingsAsksToSaveDiscardOrCancel()
    {
        test::TempStore s;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lockstep.json"));
        {
            ui::MainWindow w(s.path);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(editSettings(w, dir, QStringLiteral("https://shop2.example.com")));

            // Cancel: the window stays, on the Settings page, and nothing is written.
            ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
            QVERIFY(!w.close());
            QVERIFY(w.isVisible());
            QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("not saved")),
                qPrintable(ui::MessageBox::lastText()));
            LOCKSTEP_COMPARE_ENUM(w.currentPage().kind, PageKind::Settings);
            QCOMPARE(readAll(path), QByteArray(kConfig));

            // Save: written, then closed.
            ui::MessageBox::setNextAnswer(QMessageBox::Save);
            QVERIFY(w.close());
            QVERIFY(readAll(path).contains("https://shop2.example.com"));
        }
        {
            // Discard: closed, the file as it was.
            ui::MainWindow w(s.path);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(editSettings(w, dir, QStringLiteral("https://shop3.example.com")));
            ui::MessageBox::setNextAnswer(QMessageBox::Discard);
            QVERIFY(w.close());
            QCOMPARE(readAll(path), QByteArray(kConfig));
        }
        ui::MessageBox::clearLastText();
    }

    void windowFitsA1280By720ScreenInEnglishAndGerman_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void windowFitsA1280By720ScreenInEnglishAndGerman()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::applyLanguage(language), language);
        test::TempStore s;
        ui::MainWindow w(s.path);
        // Every page, the widest (a queue with its filter bar, Settings, Reports) included.
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < core::kExceptionTypeCount; ++i)
            w.showPage({PageKind::Queue, static_cast<ExceptionType>(i)});
        for (PageKind kind :
            {PageKind::Dashboard, PageKind::OrderLookup, PageKind::Reports, PageKind::Audit, PageKind::Settings})
            w.showPage({kind, std::nullopt});
        const QSize hint = w.minimumSizeHint().expandedTo(w.minimumSize());
        ui::applyLanguage(QStringLiteral("en"));
        QVERIFY2(hint.width() <= 1280 && hint.height() <= 720,
            qPrintable(QStringLiteral("%1×%2").arg(hint.width()).arg(hint.height())));
    }

    void detailFactsShowTheirWholeTextAt1280By720_data() { addLanguageRows(); }

    void detailFactsShowTheirWholeTextAt1280By720()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::applyLanguage(language), language);
        DemoDesk desk;
        QVERIFY(desk.open());
        ui::MainWindow& w = *desk.window;
        w.showPage({PageKind::Queue, ExceptionType::StuckPending});
        auto* page = qobject_cast<ui::QueuePage*>(w.currentPageWidget());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 20000);
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        const QString note =
            QStringLiteral("Order 2147: sent again; the warehouse took it as SO-2147-1 and allocates it "
                           "from DAL-1 with the next wave, after 14:00");
        page->setActionNote(note);
        QVERIFY(settle(w));
        QStringList cut;
        const auto labels = page->detailPanel()->findChildren<QLabel*>();
        for (const QLabel* label : labels)
            cut << clipped(label);
        bool noteSeen = false;
        for (const QLabel* label : page->findChildren<QLabel*>()) {
            if (label->text() == note || label->toolTip() == note) {
                noteSeen = true;
                cut << clipped(label);
            }
        }
        cut.removeAll(QString());
        ui::applyLanguage(QStringLiteral("en"));
        QVERIFY(noteSeen);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    void dashboardLabelsFitAt1280By720_data() { addLanguageRows(); }

    void dashboardLabelsFitAt1280By720()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::applyLanguage(language), language);
        DemoDesk desk;
        QVERIFY(desk.open());
        ui::MainWindow& w = *desk.window;
        w.showPage({PageKind::Dashboard, std::nullopt});
        auto* page = qobject_cast<ui::DashboardPage*>(w.currentPageWidget());
        QVERIFY(page);
        QSignalSpy refreshed(page, &ui::DashboardPage::refreshed);
        QStringList cut;
        for (const auto span : {ui::DashboardPage::Span::Last24Hours, ui::DashboardPage::Span::Last14Days}) {
            refreshed.clear();
            page->setSpan(span);
            QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 20000);
            QVERIFY(settle(w));
            for (const QLabel* label : page->findChildren<QLabel*>())
                cut << clipped(label);
            for (const QToolButton* tile : page->findChildren<QToolButton*>()) {
                if (tile->isVisible() && tile->sizeHint().width() > tile->width())
                    cut << QStringLiteral("tile \"%1\" needs %2 px, has %3")
                               .arg(tile->text())
                               .arg(tile->sizeHint().width())
                               .arg(tile->width());
            }
            for (const QChartView* view : page->findChildren<QChartView*>()) {
                if (view->isVisible())
                    cut << clippedChartTexts(view);
            }
            cut << clippedCells(page->oldestTable());
        }
        cut.removeAll(QString());
        cut.removeDuplicates();
        ui::applyLanguage(QStringLiteral("en"));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    void mainQueueActionsStayOnTheToolBarAt1280By720_data() { addLanguageRows(); }

    void mainQueueActionsStayOnTheToolBarAt1280By720()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::applyLanguage(language), language);
        DemoDesk desk; // counts beside All / Mine / Unassigned take room too
        QVERIFY(desk.open());
        ui::MainWindow& w = *desk.window;
        using Action = ui::QueuePage::Action;
        QStringList folded;
        for (int i = 0; i < core::kExceptionTypeCount; ++i) {
            const auto type = static_cast<ExceptionType>(i);
            w.showPage({PageKind::Queue, type});
            auto* page = qobject_cast<ui::QueuePage*>(w.currentPageWidget());
            QVERIFY(page);
            const QAbstractButton* unassigned = page->filterBar()->viewButton(ui::AssigneeView::Unassigned);
            QTRY_VERIFY_WITH_TIMEOUT(unassigned->text().contains(u'('), 20000); // counted
            QVERIFY(settle(w));
            auto* toolBar = page->findChild<QToolBar*>();
            QVERIFY(toolBar);
            for (const Action a :
                {Action::Intercept, Action::Retry, Action::Edit, Action::Acknowledge, Action::Assign, Action::Claim}) {
                // An action that means nothing for the queue's records is not shown at all.
                if (page->action(a)->isVisible() != ui::QueuePage::fits(type, a))
                    folded << QStringLiteral("%1: %2 shown where it does not fit")
                                  .arg(core::toString(type), page->action(a)->text());
                if (!ui::QueuePage::fits(type, a))
                    continue;
                const QWidget* button = toolBar->widgetForAction(page->action(a));
                if (!button || !button->isVisible() || hiddenWidth(button) > 0)
                    folded << QStringLiteral("%1: %2").arg(core::toString(type), page->action(a)->text());
            }
        }
        ui::applyLanguage(QStringLiteral("en"));
        QVERIFY2(folded.isEmpty(), qPrintable(folded.join(u'\n')));
    }

    void helpMenuOpensTheLogFolder()
    {
        QTemporaryDir dir;
        core::engine::LogFileOptions options;
        options.directory = dir.filePath(QStringLiteral("logs"));
        core::engine::LogFile::install(std::make_unique<core::engine::LogFile>(options));
        QList<QUrl> opened;
        ui::FolderOpener::setTestHook([&opened](const QUrl& url) {
            opened.append(url);
            return true;
        });
        test::TempStore s;
        ui::MainWindow w(s.path);
        auto* action = w.findChild<QAction*>(QStringLiteral("openLogFolder"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Open &log folder"));
        action->trigger();
        ui::FolderOpener::setTestHook({});
        core::engine::LogFile::install(nullptr);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst(), QUrl::fromLocalFile(options.directory));
        QVERIFY(QFileInfo(options.directory).isDir()); // created if it was not there yet
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
