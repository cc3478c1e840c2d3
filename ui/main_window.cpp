// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "audit_page.h"
#include "dashboard_page.h"
#include "engine/log_file.h"
#include "folder_opener.h"
#include "order_lookup_page.h"
#include "placeholder_page.h"
#include "queue_page.h"
#include "store/exception_repository.h"
#include "store/store.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace lockstep::ui {

MainWindow::MainWindow(const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Lockstep"));
    setWindowIcon(QIcon(QStringLiteral(":/lockstep/icons/lockstep.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    // One read-only connection for every page; the engine owns the writer.
    auto db = core::store::openStore(databasePath, core::store::Database::Mode::ReadOnly);
    QString databaseProblem;
    if (db.ok())
        m_db = std::make_unique<core::store::Database>(std::move(db).value());
    else
        databaseProblem = db.error().toString();

    auto* splitter = new QSplitter(this);
    m_navigation = new Navigation(splitter);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    setCentralWidget(splitter);

    buildPages();
    buildMenus();

    m_databaseLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    m_engineLabel = new QLabel(tr("Engine: not running"), this);
    statusBar()->addWidget(m_engineLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    if (!databaseProblem.isEmpty())
        statusBar()->showMessage(tr("Cannot read the database: %1").arg(databaseProblem));

    connect(m_navigation, &Navigation::pageSelected, this, &MainWindow::showPage);
    m_navigation->setCurrentPage({PageKind::Dashboard, std::nullopt});
    refreshCounts();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1200, 760);
}

MainWindow::~MainWindow()
{
    // The pages read through m_db: they go first.
    delete takeCentralWidget();
}

void MainWindow::buildPages()
{
    const auto add = [this](const PageId& id, const QString& title, const QString& purpose) {
        auto* page = new PlaceholderPage(title, purpose, m_stack);
        m_stack->addWidget(page);
        m_pages.insert(id.toInt(), page);
    };
    const auto addPage = [this](const PageId& id, QWidget* page) {
        m_stack->addWidget(page);
        m_pages.insert(id.toInt(), page);
    };
    auto* dashboard = new DashboardPage(m_databasePath, m_stack);
    connect(dashboard, &DashboardPage::queueRequested, this, [this](core::ExceptionType type) {
        showPage({PageKind::Queue, type});
    });
    addPage({PageKind::Dashboard, std::nullopt}, dashboard);
    for (int i = 0; i < core::kExceptionTypeCount; ++i) {
        const auto type = static_cast<core::ExceptionType>(i);
        if (m_db) {
            auto* page = new QueuePage(*m_db, type, m_stack);
            m_stack->addWidget(page);
            m_pages.insert(PageId{PageKind::Queue, type}.toInt(), page);
            m_queuePages.insert(type, page);
            connectQueuePage(page);
            continue;
        }
        add({PageKind::Queue, type},
            Navigation::queueName(type),
            tr("Every record of this kind that fell out of step, with its reason, the suggested action, and Retry, "
               "Edit and Acknowledge."));
    }
    addPage({PageKind::OrderLookup, std::nullopt}, new OrderLookupPage(m_databasePath, m_stack));
    add({PageKind::Reports, std::nullopt},
        tr("Reports"),
        tr("Discrepancy lists and the daily reconciliation of storefront sales against warehouse shipments, "
           "exported to files that open cleanly in Excel."));
    addPage({PageKind::Audit, std::nullopt}, new AuditPage(m_databasePath, m_stack));
    add({PageKind::Settings, std::nullopt},
        tr("Settings"),
        tr("Connections, schedules, mappings, safety buffers, service levels and owner teams."));
}

void MainWindow::connectQueuePage(QueuePage* page)
{
    // Until the engine runs in this window, say plainly that a request went nowhere.
    const auto notSent = [this](const QList<ExceptionRef>& refs) {
        statusBar()->showMessage(
            tr("The engine is not running: the request for %n exception(s) was not sent.", nullptr, static_cast<int>(refs.size())),
            8000);
    };
    connect(page, &QueuePage::retryRequested, this, notSent);
    connect(page, &QueuePage::editRequested, this, notSent);
    connect(page, &QueuePage::acknowledgeRequested, this, notSent);
    connect(page, &QueuePage::assignRequested, this, notSent);
    connect(page, &QueuePage::claimRequested, this, notSent);
    connect(page, &QueuePage::openOrderRequested, this, [this](const ExceptionRef&, const QString& orderRef) {
        showPage({PageKind::OrderLookup, std::nullopt});
        statusBar()->showMessage(tr("Order %1").arg(orderRef), 8000);
    });
}

QueuePage* MainWindow::queuePage(core::ExceptionType type) const { return m_queuePages.value(type); }

void MainWindow::refresh()
{
    refreshCounts();
    if (auto* page = qobject_cast<QueuePage*>(m_stack->currentWidget()))
        page->refresh();
    else if (auto* dashboard = qobject_cast<DashboardPage*>(m_stack->currentWidget()))
        dashboard->refresh();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* logs = help->addAction(tr("Open &log folder"), this, [this] {
        const core::engine::LogFile* log = core::engine::LogFile::installed();
        const QString folder = log ? log->directory() : core::engine::defaultLogDirectory();
        if (!FolderOpener::open(folder))
            setEngineActivity(tr("The log folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder)));
    });
    logs->setObjectName(QStringLiteral("openLogFolder"));
    help->addAction(tr("&About Lockstep"), this, [this] {
        QMessageBox::about(this,
            tr("About Lockstep"),
            tr("Lockstep %1\nKeeps storefronts and the warehouse in lockstep, and shows people the records that fell "
               "out of step.")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::showPage(const PageId& page)
{
    if (QWidget* w = m_pages.value(page.toInt())) {
        m_stack->setCurrentWidget(w);
        if (m_navigation->currentPage() != page)
            m_navigation->setCurrentPage(page);
    }
}

PageId MainWindow::currentPage() const { return m_navigation->currentPage(); }

QWidget* MainWindow::currentPageWidget() const { return m_stack->currentWidget(); }

void MainWindow::setEngineActivity(const QString& text) { m_engineLabel->setText(tr("Engine: %1").arg(text)); }

void MainWindow::refreshCounts()
{
    if (!m_db)
        return;
    core::store::ExceptionRepository exceptions(*m_db);
    auto counts = exceptions.openCountsByType();
    if (counts.ok())
        m_navigation->setOpenCounts(counts.value());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace lockstep::ui
