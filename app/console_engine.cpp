// SPDX-License-Identifier: GPL-3.0-or-later
#include "console_engine.h"

#include "actions/action_broker.h"
#include "actions/desk_executor.h"
#include "alerts/alert_monitor.h"
#include "common/record_links.h"
#include "config/config.h"
#include "engine/order_judgement.h"
#include "keychain_store.h"
#include "service/sync_engine.h"
#include "settings/settings_page.h"
#include "shell/main_window.h"

#include <QFileInfo>

#include <utility>

namespace lockstep::app {

using namespace lockstep::core;

ConsoleEngine::ConsoleEngine(ui::MainWindow& window,
    QString databasePath,
    std::chrono::milliseconds httpTimeout,
    DemoSandbox* sandbox,
    QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_databasePath(std::move(databasePath))
    , m_httpTimeout(httpTimeout)
    , m_sandbox(sandbox)
    , m_desk(new ui::DeskExecutor(m_databasePath, this))
{
    ui::ActionBroker* broker = window.actionBroker();
    connect(broker, &ui::ActionBroker::commandPosted, this, &ConsoleEngine::route);
    connect(m_desk, &ui::DeskExecutor::actionProgress, broker, &ui::ActionBroker::takeProgress);
    connect(m_desk, &ui::DeskExecutor::actionFinished, broker, &ui::ActionBroker::takeResult);
}

ConsoleEngine::~ConsoleEngine()
{
    stop();
}

void ConsoleEngine::stop()
{
    m_engineRuns = false;
    if (std::exchange(m_host, nullptr)) // waits for the engine's thread: its claim is released before a new one starts
        m_window.followOtherPrograms(true);
}

void ConsoleEngine::start(const engine::Config& config, const engine::EngineCredentials& credentials)
{
    stop();
    // What the window reads with the configuration: the records' links and the service levels, saved ones too.
    m_window.setRecordLinks(ui::RecordLinks::fromConfig(config));
    m_window.setRuleSettings(engine::ruleSettings(config));
    m_host = std::make_unique<EngineHost>(config, credentials, m_databasePath, m_httpTimeout);
    EngineHost* host = m_host.get();
    ui::MainWindow* window = &m_window;
    // The engine here tells the window what it changed; the window watches for other programs only when it is not
    // the one running (held elsewhere, stopped).
    window->followOtherPrograms(false);
    m_desk->setConfig(config);
    connect(host, &EngineHost::started, this, [this] { m_engineRuns = true; });
    for (auto notRunning : {&EngineHost::heldElsewhere, &EngineHost::stoppedOnError, &EngineHost::startFailed}) {
        connect(host, notRunning, this, [this, window] {
            m_engineRuns = false;
            window->followOtherPrograms(true);
        });
    }
    connect(host, &EngineHost::activity, window, &ui::MainWindow::setEngineActivity);
    connect(host, &EngineHost::startFailed, window, &ui::MainWindow::setEngineActivity);
    connect(host, &EngineHost::heldElsewhere, window, &ui::MainWindow::setEngineHeldElsewhere);
    connect(host, &EngineHost::jobFinished, window, [window](const engine::JobRun& run) {
        window->noteJobRun(run.name, run.finishedAt);
    });
    connect(host, &EngineHost::stoppedOnError, window, &ui::MainWindow::setEngineActivity);
    connect(host, &EngineHost::cycleFinished, window, [window] { window->refresh(); });
    connect(host, &EngineHost::exceptionsChanged, window->alertMonitor(), &ui::AlertMonitor::refresh);
    connect(host, &EngineHost::connectorHealthChanged, window->alertMonitor(), &ui::AlertMonitor::setConnectorHealth);
    connect(host, &EngineHost::exceptionsChanged, window, &ui::MainWindow::noteExceptionsChanged);
    connect(host, &EngineHost::connectorHealthChanged, window, &ui::MainWindow::setConnectorHealth);
    // People's actions (route()): commands to the engine's thread, answers back to the page that asked.
    ui::ActionBroker* broker = window->actionBroker();
    connect(host, &EngineHost::actionProgress, broker, &ui::ActionBroker::takeProgress);
    connect(host, &EngineHost::actionFinished, broker, &ui::ActionBroker::takeResult);
    if (m_sandbox)
        connect(host, &EngineHost::webhooksListening, window, [demo = m_sandbox](quint16 port) {
            demo->registerWebhooks(port);
        });
    host->start(true);
}

void ConsoleEngine::route(const actions::ActionCommand& command)
{
    if (m_host && m_engineRuns)
        m_host->executeAction(command);
    else
        m_desk->execute(command);
}

void ConsoleEngine::followSaves(const QString& configPath)
{
    connect(m_window.settingsPage(),
        &ui::SettingsPage::saved,
        this,
        [this, running = QFileInfo(configPath).absoluteFilePath()](const QString& path) {
            if (QFileInfo(path).absoluteFilePath() == running)
                restartFrom(path);
        });
}

void ConsoleEngine::restartFrom(const QString& configPath)
{
    const engine::ConfigLoad load = engine::loadConfigFile(configPath);
    if (!load.ok()) {
        m_window.setEngineActivity(tr("the saved configuration was not applied (%1); running as before")
                                       .arg(load.issues.isEmpty() ? QString() : load.issues.constFirst().toString()));
        return;
    }
    KeychainStore keychain;
    const auto credentials = engine::resolveCredentials(*load.config, &keychain);
    if (!credentials.ok()) {
        m_window.setEngineActivity(
            tr("the saved configuration was not applied: a secret could not be read (%1); running as before")
                .arg(credentials.error().toString()));
        return;
    }
    start(*load.config, credentials.value());
    m_window.setEngineActivity(tr("restarted with the saved configuration"));
    Q_EMIT restarted();
}

} // namespace lockstep::app
