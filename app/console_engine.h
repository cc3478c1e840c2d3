// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_host.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace lockstep::ui {
class DeskExecutor;
class MainWindow;
} // namespace lockstep::ui

namespace lockstep::app {

/// The console's engine: an EngineHost wired to the window (status bar, queues, alerts, actions), and restarted in
/// place when Settings saves a configuration, so a saved change applies at once. People's actions go to that engine
/// while it runs; otherwise (no configuration, another program holds the store, stopped) to a DeskExecutor that runs
/// them against the store, so the window's actions work at every desk. Thread: main.
class ConsoleEngine : public QObject
{
    Q_OBJECT

public:
    ConsoleEngine(ui::MainWindow& window,
        QString databasePath,
        std::chrono::milliseconds httpTimeout,
        DemoSandbox* sandbox = nullptr,
        QObject* parent = nullptr);
    ~ConsoleEngine() override;

    /// Starts an engine with this configuration, stopping the one running first.
    void start(const core::engine::Config& config, const core::engine::EngineCredentials& credentials);
    /// Reads the configuration file and its secrets again and restarts the engine with them. A file that does not
    /// load, or a secret that cannot be read, leaves the running engine as it is; the status bar says why.
    void restartFrom(const QString& configPath);
    /// From now on a save of `configPath` in Settings restarts the engine with it (a save of another file does not).
    void followSaves(const QString& configPath);
    /// Stops the engine (before the window closes).
    void stop();
    EngineHost* host() const { return m_host.get(); }
    /// Whether this program's engine runs the jobs now (it started and holds the store).
    bool engineRuns() const { return m_engineRuns; }

Q_SIGNALS:
    /// An engine was started again with a saved configuration.
    void restarted();

private:
    /// Sends a person's command to the engine while it runs here, else to the desk's executor.
    void route(const core::actions::ActionCommand& command);

    ui::MainWindow& m_window;
    QString m_databasePath;
    std::chrono::milliseconds m_httpTimeout;
    DemoSandbox* m_sandbox = nullptr;
    std::unique_ptr<EngineHost> m_host;
    ui::DeskExecutor* m_desk = nullptr;
    bool m_engineRuns = false;
};

} // namespace lockstep::app
