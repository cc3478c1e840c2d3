// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keychain_store.h"
#include "service/sync_engine.h"
#include "sim/endpoints.h"
#include "sim/scenario.h"

#include <QObject>
#include <QThread>

namespace lockstep::core::sim {
class Sandbox;
}

namespace lockstep::app {

/// The sandbox on a thread of its own, so its servers never compete with the window or the engine.
/// Thread: created and used from the main thread; the Sandbox object lives in its own QThread.
class DemoSandbox
{
public:
    DemoSandbox();
    ~DemoSandbox();
    DemoSandbox(const DemoSandbox&) = delete;
    DemoSandbox& operator=(const DemoSandbox&) = delete;

    /// Loads the scenario (a shipped NAME or a FILE) and starts the servers; blocks the caller for the few
    /// milliseconds that takes.
    core::Result<core::sim::Endpoints> start(const QString& scenario);
    const core::sim::Scenario& scenario() const { return m_scenario; }

    /// A configuration pointing the engine at this sandbox, with demo-friendly schedules.
    core::engine::Config engineConfig() const;
    /// The same configuration as JSON, for the Settings page to show (engineConfig() is parsed from it).
    QByteArray engineConfigJson() const;
    /// Registers the engine's webhook receiver at the sandbox's WooCommerce (orders created and updated).
    void registerWebhooks(quint16 port);

private:
    QThread m_thread;
    QObject* m_anchor = nullptr; ///< lives in the sandbox thread: work is posted to it
    core::sim::Sandbox* m_sandbox = nullptr;
    core::sim::Scenario m_scenario;
    core::sim::Endpoints m_endpoints;
};

/// The sync engine on its worker thread. The host lives on the main thread and relays the engine's news
/// as its own (queued) signals; commands go to the engine as queued calls. Thread: main.
class EngineHost : public QObject
{
    Q_OBJECT

public:
    EngineHost(core::engine::Config config,
        core::engine::EngineCredentials credentials,
        QString databasePath,
        std::chrono::milliseconds httpTimeout,
        QObject* parent = nullptr);
    ~EngineHost() override;

    /// Starts the engine: on its schedules, or one cycle only (`scheduled` false, then runOnce()).
    void start(bool scheduled);
    void runOnce();
    /// Posts a person's action to the engine (a queued call); actionProgress/actionFinished answer it.
    void executeAction(const lockstep::core::actions::ActionCommand& command);

Q_SIGNALS:
    void started();
    void startFailed(const QString& message);
    /// Another process runs the engine on this store; this host runs none of the jobs.
    void heldElsewhere(const QString& holder);
    void jobFinished(const lockstep::core::engine::JobRun& run);
    void stoppedOnError(const QString& message);
    void activity(const QString& text);
    void cycleFinished(const lockstep::core::engine::CycleSummary& summary);
    void exceptionsChanged(const QList<lockstep::core::ExceptionType>& queues);
    void connectorHealthChanged(const lockstep::core::net::ConnectorHealth& health);
    void webhooksListening(quint16 port);
    void actionProgress(qint64 requestId, int done, int total);
    void actionFinished(const lockstep::core::actions::ActionResult& result);

private:
    KeychainStore m_keychain; ///< outlives the engine: declared first, destroyed last
    QThread m_thread;
    core::engine::SyncEngine* m_engine = nullptr;
};

/// `lockstep --headless`: runs the engine without a window, logging progress; with `once`, one cycle and exit.
/// With the demo's `sandbox`, the engine's webhook receiver is registered there. With `standby`, a store another
/// engine holds is tried again every few seconds, and this one takes over once it is free (the holder ended, or
/// on a server its lease ran out). Returns the process exit code.
int runHeadless(const core::engine::Config& config,
    const core::engine::EngineCredentials& credentials,
    const QString& databasePath,
    bool once,
    std::chrono::milliseconds httpTimeout,
    DemoSandbox* sandbox = nullptr,
    bool standby = false);

} // namespace lockstep::app
