// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigation.h"
#include "net/connector_health.h"
#include "rules/rule_settings.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QMap>
#include <QSet>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;

namespace lockstep::core::store {
class ChangeFeed;
class Database;
} // namespace lockstep::core::store

namespace lockstep::ui {

class AlertMonitor;
class BackgroundReader;
class AlertTray;
class ActionBroker;
class ConnectorStatus;
class QueueActions;
class QueuePage;
class RecordLinks;
class SettingsPage;
class StoreHealth;

/// The console's main window: navigation on the left, the selected page on the right, connector and
/// engine state in the status bar. Reads the store through one read-only connection of its own, shared by
/// its pages; the connection is closed after the pages are gone. Thread: UI.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString& databasePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    Navigation* navigation() const { return m_navigation; }
    void showPage(const PageId& page);
    PageId currentPage() const;
    QWidget* currentPageWidget() const;
    /// The page of a queue, or null when the database could not be opened for reading.
    QueuePage* queuePage(core::ExceptionType type) const;
    /// The action side of a queue's page, or null when the database could not be opened for reading.
    QueueActions* queueActions(core::ExceptionType type) const;
    /// Where the pages' action commands go: the application connects it to the engine (commandPosted ->
    /// executeAction, actionProgress/actionFinished -> takeProgress/takeResult).
    ActionBroker* actionBroker() const { return m_broker; }
    ConnectorStatus* connectorStatus() const { return m_connectors; }
    /// Whether the database server answers, watched off the UI thread; null for a file.
    StoreHealth* storeHealth() const { return m_storeHealth; }
    /// What other programs change in the store, told to this window as it happens; null when the store cannot be read.
    core::store::ChangeFeed* changeFeed() const { return m_changes; }
    /// Whether the window watches a database file for what other programs commit (an engine in another program,
    /// another desk's console): on while no engine runs in this program, off while one does (its signals say what
    /// changed). A server always tells the window, whatever this says.
    void followOtherPrograms(bool on);
    /// The status bar's engine label ("Engine: lockstep --headless on warehouse-pc-2, since 08:14" while another
    /// program runs it).
    QString engineText() const;
    /// The status bar's database label (its name, or that the server does not answer).
    QString databaseText() const;
    /// Re-reads the open counts per queue (a short indexed query, off the UI thread) and shows them in the navigation
    /// when they are in.
    void refreshCounts();
    /// Shows what the engine is doing in the status bar ("Reading orders from woocommerce: page 3").
    void setEngineActivity(const QString& text);
    /// Re-reads the counts and the rows on screen in the current queue, keeping its selection.
    void refresh();
    /// Re-reads what noteExceptionsChanged() named (it runs this once the event-loop turn is over).
    void refreshChanged();
    SettingsPage* settingsPage() const { return m_settingsPage; }
    /// Where the order lookup opens an order's record in its storefront (from the engine's configuration).
    void setRecordLinks(const RecordLinks& links);
    /// The service levels Order lookup judges an order by as it reads it.
    void setRuleSettings(const core::rules::RuleSettings& settings);
    /// Decides on tray notifications; feed it the engine's connector health (setConnectorHealth).
    AlertMonitor* alertMonitor() const { return m_alerts; }
    /// The tray icon, or null where the desktop has no tray (and on the offscreen platform).
    AlertTray* tray() const { return m_tray; }
    /// Opens the role's start page (Dashboard before any role is chosen).
    void showStartPage();
    /// Marks the window as the demo against the sandbox (in its title).
    void setDemoMode(bool demo);
    /// The engine raised, resolved or acted on exceptions in `queues`: once this event-loop turn is over (a burst of
    /// changes is one re-read) the counts are read again, the page on screen re-reads its rows if it is one of those
    /// queues (keeping selection and scroll position), and the other pages of those queues re-read when next shown.
    /// Queues not named are left as they are.
    void noteExceptionsChanged(const QList<lockstep::core::ExceptionType>& queues);
    /// One of the engine's jobs finished ("orders:woocommerce", "outbox", "warehouse", "stock", "sweep"): the status
    /// bar says which ran last and when; its tooltip lists every job's last run.
    void noteJobRun(const QString& job, const QDateTime& finishedAt);
    /// Topics the store's change feed told (ChangeFeed::changed): the queues named are read again as after
    /// noteExceptionsChanged(); anything else re-reads the counts and the dashboard; "*" all queues.
    void noteStoreChanges(const QStringList& topics);
    /// Another program runs the engine on this store (`holder` names it): this console shows its work.
    void setEngineHeldElsewhere(const QString& holder);
    /// The last run of each job the engine reported, by job key (for the status bar's tooltip and tests).
    const QMap<QString, QDateTime>& jobRuns() const { return m_jobRuns; }
    QLabel* jobsLabel() const { return m_jobsLabel; }
    /// A job's key as a person reads it ("Orders from woocommerce", "Sending").
    static QString jobTitle(const QString& job);
    /// A connector's state for the status bar.
    void setConnectorHealth(const lockstep::core::net::ConnectorHealth& health);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void connectQueuePage(QueuePage* page);
    void buildAlerts();
    void retranslate();
    /// While following other programs: reads off the UI thread which program holds the store's engine, and shows it.
    void readEngineHolder();
    void applyRole();
    /// Before quitting with unsaved Settings edits: asks Save, Discard or Cancel. True when the window may close now.
    bool settleUnsavedSettings();

    QString m_databasePath;
    std::unique_ptr<core::store::Database> m_db; // read-only; outlives the pages (see ~MainWindow)
    Navigation* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_engineLabel = nullptr;
    QLabel* m_jobsLabel = nullptr;
    QMap<QString, QDateTime> m_jobRuns;
    QString m_engineActivity;
    bool m_demo = false;
    SettingsPage* m_settingsPage = nullptr;
    AlertMonitor* m_alerts = nullptr;
    AlertTray* m_tray = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    bool m_closeAfterSave = false; // a quit waits for Settings' save in the keychain
    QAction* m_refreshAction = nullptr;
    QAction* m_logsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    ConnectorStatus* m_connectors = nullptr;
    StoreHealth* m_storeHealth = nullptr;
    core::store::ChangeFeed* m_changes = nullptr;
    /// The engine of another program, as the store records it (shown while following other programs).
    struct OtherEngine
    {
        bool known = false;
        bool running = false;
        QString program;
        QString host;
        QDateTime since;
    };
    bool m_following = false;
    OtherEngine m_otherEngine;
    BackgroundReader* m_windowReader = nullptr; ///< the open counts and the engine holder, off the UI thread
    QTimer* m_holderTimer = nullptr;
    ActionBroker* m_broker = nullptr;
    QTimer* m_refreshSoon = nullptr;
    QHash<core::ExceptionType, QueueActions*> m_queueActions;
    QHash<int, QWidget*> m_pages;
    QHash<core::ExceptionType, QueuePage*> m_queuePages;
    /// The queues the engine named since the last re-read, each with its page's windowReads() when last named: a
    /// page that has read its rows since (the action's own refresh) is not read a second time.
    QHash<core::ExceptionType, quint64> m_changedQueues;
};

} // namespace lockstep::ui
