// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"
#include "config.h"
#include "engine_context.h"
#include "net/connector_health.h"
#include "net/retry_policy.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace lockstep::core::net {
class HttpClient;
}

namespace lockstep::core::engine {

/// Secret values resolved from the keychain or the environment before the engine starts. In memory only.
struct EngineCredentials
{
    QString wooKey;
    QString wooSecret;
    QString wooWebhookSecret;
    QString wmsClientId;
    QString wmsClientSecret;
    QString wmsRefreshToken;
    QString wmsAtpUser;
    QString wmsAtpPassword;
    QString ctClientId;
    QString ctClientSecret;
    QString posApiKey;
};

/// Resolves every secret the configuration names (keychain, environment, or a loopback-only literal).
Result<EngineCredentials> resolveCredentials(const Config& config, class CredentialStore* keychain);

/// The sync engine. Create it, move it to its own QThread, then start() it there (a queued call).
/// It owns the store's single writer connection, the network access and the connectors, and runs the jobs:
/// order polls, the outbox, the WMS tracker, the stock sync and the detectors' sweep, each on its schedule, or all once
/// with runOnce(). It reports only through queued-friendly signals carrying values. Thread: the worker thread it was
/// moved to; never the UI thread.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    /// `clock` (not owned, may be null for the system clock) decides when outbox retries are due.
    SyncEngine(Config config,
        EngineCredentials credentials,
        QString databasePath,
        const Clock* clock = nullptr,
        QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Per-attempt HTTP timeout for every connector (the default suits real systems; the sandbox uses less).
    void setHttpTimeout(std::chrono::milliseconds timeout) { m_httpPolicy.timeout = timeout; }
    /// The whole HTTP policy (timeouts, backoff, breaker) before start(): tests against a sandbox whose waits are
    /// scaled down scale these with them.
    void setHttpPolicy(const net::HttpPolicy& policy) { m_httpPolicy = policy; }

public Q_SLOTS:
    /// Opens the database and the connectors. With `scheduled`, the jobs then run on their timers.
    void start(bool scheduled = true);
    /// Runs every job once, in order; cycleFinished() follows. Ignored while a cycle runs.
    void runOnce();
    void stop();
    /// Executes a person's action on one or many exceptions (the engine is the single writer). Runs after
    /// a cycle in progress; actionProgress() reports along the way, actionFinished() carries every outcome.
    void executeAction(const lockstep::core::actions::ActionCommand& command);

Q_SIGNALS:
    void started();
    void startFailed(const QString& message);
    void activity(const QString& text);
    void cycleFinished(const lockstep::core::engine::CycleSummary& summary);
    /// Exceptions were raised or resolved: views re-read what they show.
    void exceptionsChanged();
    void connectorHealthChanged(const lockstep::core::net::ConnectorHealth& health);
    /// The webhook receiver listens; `port` is where (useful when the configuration asked for any free port).
    void webhooksListening(quint16 port);
    /// A storefront's first sync: `done` of `total` periods read (a progress bar's values).
    void backfillProgress(const QString& storefront, int done, int total);
    void actionProgress(qint64 requestId, int done, int total);
    void actionFinished(const lockstep::core::actions::ActionResult& result);

private:
    void runNextAction();
    void runJobs(QList<std::function<void(JobDone)>> jobs, CycleSummary total);
    std::function<void(JobDone)> ordersJob();
    std::function<void(JobDone)> outboxJob();
    std::function<void(JobDone)> wmsJob();
    std::function<void(JobDone)> stockJob();
    void startWebhooks();
    /// A webhook's hint: re-read one order now and take it in; its sends follow shortly.
    void takeInOrder(SourceSystem storefront, const QString& storefrontId);
    std::function<void(JobDone)> sweepJob();

    Config m_config;
    EngineCredentials m_credentials;
    QString m_databasePath;
    net::HttpPolicy m_httpPolicy;
    std::unique_ptr<store::Database> m_db;
    SystemClock m_systemClock;
    const Clock* m_clock = nullptr;
    std::unique_ptr<EngineContext> m_context;
    QNetworkAccessManager* m_network = nullptr;
    QList<net::HttpClient*> m_clients;
    bool m_cycleRunning = false;
    QList<QTimer*> m_timers;
    class WebhookReceiver* m_webhooks = nullptr;
    QTimer* m_sendSoon = nullptr; ///< coalesces the sends that webhook intakes queued
    QList<actions::ActionCommand> m_pendingActions;
};

} // namespace lockstep::core::engine

Q_DECLARE_METATYPE(lockstep::core::engine::CycleSummary)
