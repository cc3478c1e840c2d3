// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"
#include "config/config.h"
#include "config/secrets.h"
#include "engine/engine_context.h"
#include "engine/job_scheduler.h"
#include "net/connector_health.h"
#include "net/retry_policy.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace lockstep::core::net {
class HttpClient;
}
namespace lockstep::core::store {
class EngineClaim;
}

namespace lockstep::core::engine {

/// The sync engine. Create it, move it to its own QThread, then start() it there (a queued call).
/// It owns the store's single writer connection, the network access and the connectors, and runs the jobs:
/// order polls (one job per storefront), the outbox, the WMS tracker, the stock sync and the detectors' sweep, each on
/// its schedule through a JobScheduler (no job starves, a hung connector delays only its own jobs), or all once in
/// order with runOnce(). It first takes the store's engine claim (store::EngineClaim): a second engine on the same
/// store does not start (startFailed, and heldElsewhere). It reports only through queued-friendly signals carrying
/// values. Thread: the worker thread it was moved to; never the UI thread.
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
    /// Where a secret the engine is handed anew is kept (the WMS's rotated refresh token), before start(): the
    /// keychain the configuration's secrets were read from. Not owned; it outlives the engine.
    void setCredentialStore(CredentialStore* keychain) { m_keychain = keychain; }

public Q_SLOTS:
    /// Opens the database and the connectors. With `scheduled`, the jobs then run on their timers.
    void start(bool scheduled = true);
    /// Runs every job once, in order; cycleFinished() follows. Ignored while a cycle runs. On schedules, makes every
    /// job due now instead.
    void runOnce();
    void stop();
    /// Executes a person's action on one or many exceptions (the engine is the single writer). Runs after
    /// a cycle in progress; actionProgress() reports along the way, actionFinished() carries every outcome.
    void executeAction(const lockstep::core::actions::ActionCommand& command);

Q_SIGNALS:
    void started();
    void startFailed(const QString& message);
    /// Another process runs the engine on this store (`holder` says which); this one runs none of the jobs.
    void heldElsewhere(const QString& holder);
    /// One job finished (periodic or a person's action): when, and what it did.
    void jobFinished(const lockstep::core::engine::JobRun& run);
    /// The engine stopped for good while running (its database file was deleted or replaced): every job has stopped
    /// and the process should end, with `message` for the person.
    void stoppedOnError(const QString& message);
    void activity(const QString& text);
    void cycleFinished(const lockstep::core::engine::CycleSummary& summary);
    /// Exceptions were raised, resolved or acted on in `queues` (each once, in ExceptionType order): the views of
    /// those queues re-read what they show, the others stay as they are.
    void exceptionsChanged(const QList<lockstep::core::ExceptionType>& queues);
    void connectorHealthChanged(const lockstep::core::net::ConnectorHealth& health);
    /// The webhook receiver listens; `port` is where (useful when the configuration asked for any free port).
    void webhooksListening(quint16 port);
    /// A storefront's first sync: `done` of `total` periods read (a progress bar's values).
    void backfillProgress(const QString& storefront, int done, int total);
    void actionProgress(qint64 requestId, int done, int total);
    void actionFinished(const lockstep::core::actions::ActionResult& result);

private:
    /// Keeps the WMS's new refresh token where the configuration names it (the keychain), and in memory for a
    /// restart in place; says in the log what to do when it cannot (an environment variable, no keychain).
    void keepRotatedRefreshToken(const QString& refreshToken);
    /// Runs a person's action in the outbox's lane (executeAction, and the actions consoles leave in the store).
    void runAction(const actions::ActionCommand& command,
        const std::function<void(int, int)>& progress,
        const std::function<void(const actions::ActionResult&)>& finished);
    void runJobs(QList<std::function<void(JobDone)>> jobs, CycleSummary total, JobDone finished);
    void reportJob(const JobRun& run);
    /// Every storefront's orders, one after another (runOnce()); on schedules each storefront is a job of its own.
    std::function<void(JobDone)> ordersJob();
    std::function<void(JobDone)> ordersJob(connectors::StorefrontConnector* storefront);
    /// Where orders are read from: the storefronts, then the tills.
    QList<connectors::StorefrontConnector*> intakeSources() const;
    /// Sends the due outbox entries: one batch (`drain` false, the schedule's job, which comes back soon when the
    /// batch was full), or every one due (`drain`, a pass that must leave nothing behind).
    std::function<void(JobDone)> outboxJob(bool drain = false);
    std::function<void(JobDone)> wmsJob();
    std::function<void(JobDone)> stockJob();
    void startWebhooks();
    /// A webhook's hint: re-read one order now and take it in; its sends follow shortly.
    void takeInOrder(SourceSystem storefront, const QString& storefrontId);
    std::function<void(JobDone)> sweepJob();
    /// Checks every few seconds that the database file is still the one at its path (store::checkStillAtPath);
    /// when it is not, stops every job and reports stoppedOnError().
    void watchDatabaseFile();
    /// On a server, renews the engine's lease (store::EngineClaim::renew); taken over, every job stops.
    void keepLease();
    /// Stops every job for good and reports stoppedOnError(message).
    void stopOnError(const QString& message);

    Config m_config;
    EngineCredentials m_credentials;
    CredentialStore* m_keychain = nullptr;
    QString m_databasePath;
    net::HttpPolicy m_httpPolicy;
    std::unique_ptr<store::Database> m_db;
    SystemClock m_systemClock;
    const Clock* m_clock = nullptr;
    std::unique_ptr<EngineContext> m_context;
    QNetworkAccessManager* m_network = nullptr;
    QList<net::HttpClient*> m_clients;
    std::unique_ptr<store::EngineClaim> m_claim;
    JobScheduler* m_scheduler = nullptr;
    bool m_scheduled = false;
    bool m_cycleRunning = false; ///< runOnce()'s sequence is under way
    class WebhookReceiver* m_webhooks = nullptr;
    class RequestedActions* m_requests = nullptr; ///< the actions consoles leave in the store, on schedules only
    QTimer* m_sendSoon = nullptr; ///< coalesces the sends that webhook intakes queued
};

} // namespace lockstep::core::engine

Q_DECLARE_METATYPE(lockstep::core::engine::CycleSummary)
