// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "actions/action_broker.h"
#include "actions/queue_actions.h"
#include "alerts/alert_monitor.h"
#include "alerts/alert_tray.h"
#include "audit/audit_page.h"
#include "common/background_reader.h"
#include "common/display_format.h"
#include "common/folder_opener.h"
#include "common/message_box.h"
#include "common/read_connection.h"
#include "config/log_file.h"
#include "connector_status.h"
#include "dashboard/dashboard_page.h"
#include "lookup/order_lookup_page.h"
#include "page_shortcuts.h"
#include "placeholder_page.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "reports/reports_page.h"
#include "role.h"
#include "settings/settings_page.h"
#include "store/change_feed.h"
#include "store/engine_claim.h"
#include "store/exception_repository.h"
#include "store/store.h"
#include "store_health.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace lockstep::ui {

namespace {

/// The window reader's channels: a newer read of each overtakes an older one.
constexpr int kHolderChannel = 0;
constexpr int kCountsChannel = 1;

/// A status-bar label may be narrower than its text: the tooltip always holds all of it.
void setWholeText(QLabel* label, const QString& text, const QString& whole = {})
{
    label->setText(text);
    label->setToolTip(whole.isEmpty() ? text : whole);
}

} // namespace

MainWindow::MainWindow(const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
{
    setWindowIcon(QIcon(QStringLiteral(":/lockstep/icons/lockstep.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    // One read-only connection for every page; the engine owns the writer.
    auto db = core::store::openStore(databasePath, core::store::Database::Mode::ReadOnly);
    QString databaseProblem;
    if (db.ok()) {
        m_db = std::make_unique<core::store::Database>(std::move(db).value());
        m_db->setResponseDeadline(kWindowResponseDeadline);
    } else
        databaseProblem = db.error().toString();

    m_broker = new ActionBroker(this);
    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, &MainWindow::refreshChanged);

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

    m_databaseLabel = new QLabel(this);
    m_engineLabel = new QLabel(this);
    m_engineLabel->setAccessibleName(tr("Engine activity"));
    // The activity gives up width before the window does; its tooltip has the rest.
    m_engineLabel->setMinimumWidth(1);
    m_databaseLabel->setAccessibleName(tr("Database"));
    m_connectors = new ConnectorStatus(this);
    m_jobsLabel = new QLabel(this);
    m_jobsLabel->setAccessibleName(tr("Engine jobs"));
    statusBar()->addWidget(m_engineLabel, 1);
    statusBar()->addPermanentWidget(m_jobsLabel);
    statusBar()->addPermanentWidget(m_connectors);
    statusBar()->addPermanentWidget(m_databaseLabel);
    if (!databaseProblem.isEmpty())
        statusBar()->showMessage(tr("Cannot read the database: %1").arg(databaseProblem));
    if (m_db && core::store::isServerLocation(databasePath)) {
        // A server can go away while the window is open: the window learns of it off the UI thread, says so, and
        // reads everything again once the server answers.
        m_storeHealth = new StoreHealth(databasePath, this);
        connect(m_storeHealth, &StoreHealth::lost, this, [this](const QString& problem) {
            retranslate();
            statusBar()->showMessage(tr("The database server does not answer: %1").arg(problem));
        });
        connect(m_storeHealth, &StoreHealth::back, this, [this] {
            retranslate();
            statusBar()->showMessage(tr("The database server answers again; everything is read again."), 10000);
            refresh();
        });
    }
    if (m_db) {
        // What another desk or an engine in another program commits reaches the window as it happens.
        m_changes = new core::store::ChangeFeed(databasePath, this);
        m_changes->setPolling(false); // until followOtherPrograms(): an engine here tells the window itself
        connect(m_changes, &core::store::ChangeFeed::changed, this, &MainWindow::noteStoreChanges);
        connect(m_changes, &core::store::ChangeFeed::resumed, this, &MainWindow::refresh);
        // The window's own reads off the UI thread: the open counts per queue, and which program runs the engine, read
        // when the claim changes (a server tells) and every few seconds (a file's holder can end without writing
        // anything; its data version moves with every write, too often).
        m_windowReader = new BackgroundReader(databasePath, QStringLiteral("window"), this);
        m_holderTimer = new QTimer(this);
        m_holderTimer->setInterval(std::chrono::seconds(10));
        connect(m_holderTimer, &QTimer::timeout, this, &MainWindow::readEngineHolder);
        connect(m_changes, &core::store::ChangeFeed::resumed, this, &MainWindow::readEngineHolder);
        connect(m_changes, &core::store::ChangeFeed::changed, this, [this](const QStringList& topics) {
            if (topics.contains(QStringLiteral("engine_claim")))
                readEngineHolder();
        });
        connect(m_changes, &core::store::ChangeFeed::changed, this, [this] {
            if (m_alerts)
                m_alerts->refresh();
        });
    }
    // A message in the status bar is clipped to its width like the labels: hovering shows it whole.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& message) {
        statusBar()->setToolTip(message);
    });

    connect(m_navigation, &Navigation::pageSelected, this, &MainWindow::showPage);
    // A quit that waited for Settings to be saved goes on once the file is written (not when the save failed).
    connect(m_settingsPage, &SettingsPage::saved, this, [this] {
        if (std::exchange(m_closeAfterSave, false))
            close();
    });
    connect(m_settingsPage, &SettingsPage::saveFailed, this, [this] { m_closeAfterSave = false; });
    // After a click in the navigation the focus stays there, outside every page: Find still reaches the page's search.
    addPageShortcut(m_navigation, QKeySequence::Find, [this] {
        if (QLineEdit* field = searchFieldOf(m_stack->currentWidget()))
            focusSearchField(field);
    });
    connect(&Roles::instance(), &Roles::roleChanged, this, &MainWindow::applyRole);
    buildAlerts();
    retranslate();
    applyRole();
    showStartPage();
    refreshCounts();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry"))) {
        // A first start on a small screen (1280×720 logical pixels: 1920×1080 at 150 %) opens within it.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1200, 760);
        resize(QSize(1200, 760).boundedTo(available).expandedTo(minimumSizeHint()));
    }
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
    auto* lookup = new OrderLookupPage(m_databasePath, m_stack);
    addPage({PageKind::OrderLookup, std::nullopt}, lookup);
    // The lookup's inline exception actions go through the same commands as the queues', at the version the person
    // saw in the lookup: a record someone changed since is refused, never acted on as it is now.
    // The queue is the one the lookup read with the record: nothing is read again on the UI thread.
    const auto viaQueue = [this](core::ExceptionType type,
                              const ExceptionRef& exception,
                              void (QueueActions::*act)(const QList<ExceptionRef>&)) {
        if (QueueActions* actions = m_queueActions.value(type))
            (actions->*act)({exception});
    };
    connect(lookup, &OrderLookupPage::retryRequested, this, [viaQueue](const ExceptionRef& e, core::ExceptionType t) {
        viaQueue(t, e, &QueueActions::retry);
    });
    connect(
        lookup, &OrderLookupPage::acknowledgeRequested, this, [viaQueue](const ExceptionRef& e, core::ExceptionType t) {
            viaQueue(t, e, &QueueActions::acknowledge);
        });
    connect(
        lookup, &OrderLookupPage::interceptRequested, this, [viaQueue](const ExceptionRef& e, core::ExceptionType t) {
            viaQueue(t, e, &QueueActions::intercept);
        });
    addPage({PageKind::Reports, std::nullopt}, new ReportsPage(m_databasePath, m_stack));
    addPage({PageKind::Audit, std::nullopt}, new AuditPage(m_databasePath, m_stack));
    m_settingsPage = new SettingsPage(m_stack);
    addPage({PageKind::Settings, std::nullopt}, m_settingsPage);
}

void MainWindow::buildAlerts()
{
    m_alerts = new AlertMonitor(m_databasePath, AlertPolicy{}, this);
    if (!AlertTray::isAvailable())
        return; // no tray here (or offscreen): the monitor still runs, for a tray that may come later
    m_tray = new AlertTray(this);
    connect(m_alerts, &AlertMonitor::countsChanged, m_tray, &AlertTray::setCounts);
    connect(m_alerts, &AlertMonitor::alertRaised, m_tray, &AlertTray::showAlert);
    connect(m_tray, &AlertTray::pageRequested, this, &MainWindow::showPage);
    connect(m_tray, &AlertTray::quitRequested, this, &QWidget::close);
    connect(m_tray, &AlertTray::showWindowRequested, this, [this] {
        if (isMinimized())
            showNormal();
        show();
        raise();
        activateWindow();
    });
}

void MainWindow::showStartPage()
{
    const std::optional<Role> role = Roles::instance().role();
    showPage(role ? Roles::startPage(*role) : PageId{PageKind::Dashboard, std::nullopt});
}

void MainWindow::applyRole()
{
    // The role's pages stand out in the navigation; every page stays reachable.
    QList<PageId> pages;
    switch (Roles::instance().effectiveRole()) {
    case Role::Supervisor:
        pages << PageId{PageKind::Dashboard, std::nullopt};
        for (int i = 0; i < core::kExceptionTypeCount; ++i) {
            if (core::isPrimaryQueue(static_cast<core::ExceptionType>(i)))
                pages << PageId{PageKind::Queue, static_cast<core::ExceptionType>(i)};
        }
        break;
    case Role::CustomerService:
        pages << PageId{PageKind::OrderLookup, std::nullopt};
        break;
    case Role::Finance:
        pages << PageId{PageKind::Reports, std::nullopt}
              << PageId{PageKind::Queue, core::ExceptionType::TotalsMismatch};
        break;
    }
    m_navigation->setEmphasised(Roles::instance().role() ? pages : QList<PageId>{});
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_demo ? tr("Lockstep — demo (sandbox)") : tr("Lockstep"));
    // The file's name (a shared server's database name and host); the whole path or URL, never with a password, is in
    // the tooltip, so a deep folder does not widen the window.
    const bool server = core::store::isServerLocation(m_databasePath);
    const QUrl url(server ? m_databasePath : QString());
    const QString name = server ? url.path().mid(1) + u'@' + url.host() : QFileInfo(m_databasePath).fileName();
    if (m_storeHealth && !m_storeHealth->isAnswering()) {
        setWholeText(m_databaseLabel,
            tr("Database: %1 not answering since %2")
                .arg(name, m_storeHealth->lostSince().toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
            tr("Database: %1").arg(core::store::displayLocation(m_databasePath)));
        m_databaseLabel->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e;"));
    } else {
        setWholeText(m_databaseLabel,
            tr("Database: %1").arg(name),
            tr("Database: %1").arg(core::store::displayLocation(m_databasePath)));
        m_databaseLabel->setStyleSheet({});
    }
    setWholeText(m_engineLabel, engineText());
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_helpMenu->setTitle(tr("&Help"));
    m_logsAction->setText(tr("Open &log folder"));
    m_aboutAction->setText(tr("&About Lockstep"));
    if (m_tray)
        m_tray->retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::connectQueuePage(QueuePage* page)
{
    // Retry, Edit, Acknowledge, Assign and Claim become engine commands through the broker.
    auto* actions = new QueueActions(page, *m_db, m_broker);
    m_queueActions.insert(page->type(), actions);
    // An action asked from elsewhere (the order lookup's inline buttons) reports where the person is.
    connect(actions, &QueueActions::actionFinished, this, [this, page] {
        if (m_stack->currentWidget() == page)
            return;
        statusBar()->showMessage(page->actionNote(), 10000);
        if (auto* lookup = qobject_cast<OrderLookupPage*>(m_stack->currentWidget()))
            lookup->reload();
    });
    connect(page, &QueuePage::openOrderRequested, this, [this](const ExceptionRef&, const QString& orderRef) {
        showPage({PageKind::OrderLookup, std::nullopt});
        if (auto* lookup =
                qobject_cast<OrderLookupPage*>(m_pages.value(PageId{PageKind::OrderLookup, std::nullopt}.toInt())))
            lookup->search(orderRef);
        statusBar()->showMessage(tr("Order %1").arg(orderRef), 8000);
    });
}

void MainWindow::setRecordLinks(const RecordLinks& links)
{
    if (auto* lookup =
            qobject_cast<OrderLookupPage*>(m_pages.value(PageId{PageKind::OrderLookup, std::nullopt}.toInt())))
        lookup->setRecordLinks(links);
}

void MainWindow::setRuleSettings(const core::rules::RuleSettings& settings)
{
    if (auto* lookup =
            qobject_cast<OrderLookupPage*>(m_pages.value(PageId{PageKind::OrderLookup, std::nullopt}.toInt())))
        lookup->setRuleSettings(settings);
}

QueuePage* MainWindow::queuePage(core::ExceptionType type) const
{
    return m_queuePages.value(type);
}

QueueActions* MainWindow::queueActions(core::ExceptionType type) const
{
    return m_queueActions.value(type);
}

void MainWindow::noteExceptionsChanged(const QList<core::ExceptionType>& queues)
{
    for (core::ExceptionType queue : queues) {
        QueuePage* page = m_queuePages.value(queue);
        m_changedQueues.insert(queue, page ? page->model()->windowReads() : 0);
    }
    m_refreshSoon->start();
}

void MainWindow::followOtherPrograms(bool on)
{
    m_following = on;
    if (m_changes)
        m_changes->setPolling(on);
    if (!m_holderTimer)
        return;
    if (on) {
        m_holderTimer->start();
        readEngineHolder();
    } else {
        m_holderTimer->stop();
        m_otherEngine = {};
    }
}

void MainWindow::readEngineHolder()
{
    if (!m_following || !m_windowReader)
        return;
    m_windowReader->read<OtherEngine>(
        kHolderChannel,
        [path = m_databasePath](core::store::Database& db) -> core::Result<OtherEngine> {
            auto recorded = core::store::EngineClaim::recorded(db);
            if (!recorded.ok())
                return recorded.error();
            OtherEngine other;
            other.known = true;
            other.running = recorded.value() && core::store::EngineClaim::isHeld(path);
            if (other.running) {
                other.program = recorded.value()->holder;
                other.host = recorded.value()->host;
                other.since = recorded.value()->since;
            }
            return other;
        },
        [this](const core::Result<OtherEngine>& read) {
            if (!read.ok() || !m_following)
                return; // the label keeps what it said; a server gone away is the database label's to say
            m_otherEngine = read.value();
            setWholeText(m_engineLabel, engineText());
        });
}

QString MainWindow::engineText() const
{
    if (m_following && m_otherEngine.known) {
        if (!m_otherEngine.running)
            return tr("Engine: none runs on this store (actions work; sends wait for an engine)");
        const QDateTime since = m_otherEngine.since.toLocalTime();
        const QString when = since.date() == QDate::currentDate()
            ? QLocale().toString(since.time(), QLocale::ShortFormat)
            : QLocale().toString(since, QLocale::ShortFormat);
        return tr("Engine: %1 on %2, since %3").arg(m_otherEngine.program, m_otherEngine.host, when);
    }
    return m_engineActivity.isEmpty() ? tr("Engine: not running") : tr("Engine: %1").arg(m_engineActivity);
}

void MainWindow::noteStoreChanges(const QStringList& topics)
{
    static const QString kExceptions = QStringLiteral("exceptions:");
    QList<core::ExceptionType> queues;
    for (const QString& topic : topics) {
        if (topic == QLatin1String(core::store::ChangeFeed::kAnything))
            queues = m_queuePages.keys();
        else if (topic.startsWith(kExceptions)) {
            if (auto type = core::exceptionTypeFromString(topic.mid(kExceptions.size()));
                type && !queues.contains(*type))
                queues.append(*type);
        }
    }
    if (queues.isEmpty()) {
        // Orders, the audit log, comments: no queue's rows or counts change; the dashboard (read off the UI thread)
        // does.
        if (auto* dashboard = qobject_cast<DashboardPage*>(m_stack->currentWidget()))
            dashboard->refresh();
        return;
    }
    noteExceptionsChanged(queues);
}

void MainWindow::refreshChanged()
{
    if (m_storeHealth && !m_storeHealth->isAnswering())
        return; // read on the UI thread, each would wait for the server in vain; all is read again once it is back
    const QHash<core::ExceptionType, quint64> changed = std::exchange(m_changedQueues, {});
    refreshCounts();
    for (QueuePage* queue : std::as_const(m_queuePages)) {
        const auto named = changed.constFind(queue->type());
        if (named == changed.constEnd() || queue->model()->windowReads() > named.value())
            continue;
        if (queue == m_stack->currentWidget())
            queue->refresh();
        else
            queue->markStale(); // read again when next shown
    }
    if (auto* dashboard = qobject_cast<DashboardPage*>(m_stack->currentWidget()))
        dashboard->refresh();
}

void MainWindow::setConnectorHealth(const core::net::ConnectorHealth& health)
{
    m_connectors->setHealth(health);
}

void MainWindow::refresh()
{
    refreshCounts();
    // Pages not on screen read their rows again when next shown.
    for (QueuePage* queue : std::as_const(m_queuePages)) {
        if (queue != m_stack->currentWidget())
            queue->markStale();
    }
    if (auto* page = qobject_cast<QueuePage*>(m_stack->currentWidget()))
        page->refresh();
    else if (auto* dashboard = qobject_cast<DashboardPage*>(m_stack->currentWidget()))
        dashboard->refresh();
}

void MainWindow::buildMenus()
{
    // Texts are set in retranslate(), so they follow a change of language.
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_helpMenu = menuBar()->addMenu(QString());
    m_logsAction = m_helpMenu->addAction(QString(), this, [this] {
        const core::engine::LogFile* log = core::engine::LogFile::installed();
        const QString folder = log ? log->directory() : core::engine::defaultLogDirectory();
        if (!FolderOpener::open(folder))
            setEngineActivity(tr("The log folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder)));
    });
    m_logsAction->setObjectName(QStringLiteral("openLogFolder"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
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
        // The lookup is for typing an order number: it opens with the cursor in its search box.
        if (auto* lookup = qobject_cast<OrderLookupPage*>(w))
            lookup->searchField()->setFocus(Qt::OtherFocusReason);
    }
}

PageId MainWindow::currentPage() const
{
    return m_navigation->currentPage();
}

QWidget* MainWindow::currentPageWidget() const
{
    return m_stack->currentWidget();
}

void MainWindow::setEngineActivity(const QString& text)
{
    m_engineActivity = text;
    setWholeText(m_engineLabel, engineText());
}

QString MainWindow::jobTitle(const QString& job)
{
    if (job.startsWith(QLatin1String("orders:")))
        return tr("Orders from %1").arg(job.section(u':', 1));
    if (job == QLatin1String("outbox"))
        return tr("Sending");
    if (job == QLatin1String("warehouse"))
        return tr("Warehouse news");
    if (job == QLatin1String("stock"))
        return tr("Stock");
    if (job == QLatin1String("sweep"))
        return tr("Checks");
    return job;
}

void MainWindow::noteJobRun(const QString& job, const QDateTime& finishedAt)
{
    if (job == QLatin1String("action") || job == QLatin1String("cycle"))
        return;
    m_jobRuns.insert(job, finishedAt);
    const auto time = &DisplayFormat::timeOfDay;
    m_jobsLabel->setText(tr("Last job: %1 at %2").arg(jobTitle(job), time(finishedAt)));
    QStringList lines;
    for (auto it = m_jobRuns.cbegin(); it != m_jobRuns.cend(); ++it)
        lines << tr("%1: last ran at %2").arg(jobTitle(it.key()), time(it.value()));
    m_jobsLabel->setToolTip(lines.join(u'\n'));
}

void MainWindow::setEngineHeldElsewhere(const QString& holder)
{
    setEngineActivity(tr("runs in another program (%1); this console shows its work").arg(holder));
}

QString MainWindow::databaseText() const
{
    return m_databaseLabel->text();
}

void MainWindow::refreshCounts()
{
    if (!m_windowReader)
        return;
    m_windowReader->read<QHash<core::ExceptionType, qint64>>(
        kCountsChannel,
        [](core::store::Database& db) { return core::store::ExceptionRepository(db).openCountsByType(); },
        [this](const core::Result<QHash<core::ExceptionType, qint64>>& counts) {
            if (counts.ok())
                m_navigation->setOpenCounts(counts.value());
        });
}

bool MainWindow::settleUnsavedSettings()
{
    if (!m_settingsPage || !m_settingsPage->isModified() || m_settingsPage->source() != SettingsPage::Source::File)
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(this,
        tr("Unsaved settings"),
        tr("The settings have changes that are not saved. Save them before quitting?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        m_settingsPage->discard();
        return true;
    }
    showPage({PageKind::Settings, std::nullopt});
    if (answer != QMessageBox::Save || !m_settingsPage->save())
        return false; // cancelled, or refused with the problem shown on the page
    if (!m_settingsPage->isSaving())
        return true;
    // The keychain is taking the typed secrets: quit once the file is written; a failure is shown on the page.
    m_closeAfterSave = true;
    return false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!settleUnsavedSettings()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace lockstep::ui
