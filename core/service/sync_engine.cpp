// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_engine.h"

#include "actions/action_runner.h"
#include "config/secrets.h"
#include "connectors/deposco/deposco_connector.h"
#include "engine/connector_set.h"
#include "engine/order_intake.h"
#include "engine/order_poller.h"
#include "engine/outbox_dispatcher.h"
#include "engine/stock_sync.h"
#include "engine/sweep.h"
#include "engine/webhook_receiver.h"
#include "engine/wms_tracker.h"
#include "net/http_client.h"
#include "requested_actions.h"
#include "store/engine_claim.h"
#include "store/outbox_repository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <algorithm>

namespace lockstep::core::engine {

Q_LOGGING_CATEGORY(lcEngine, "lockstep.engine")

SyncEngine::SyncEngine(
    Config config, EngineCredentials credentials, QString databasePath, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(std::move(credentials))
    , m_databasePath(std::move(databasePath))
    , m_clock(clock ? clock : &m_systemClock)
{
    qRegisterMetaType<CycleSummary>();
    qRegisterMetaType<net::ConnectorHealth>();
    qRegisterMetaType<actions::ActionCommand>();
    qRegisterMetaType<actions::ActionResult>();
    qRegisterMetaType<JobRun>();
}

SyncEngine::~SyncEngine()
{
    // Connectors and clients are children; the context refers to the database, so it goes first.
    m_context.reset();
}

namespace {
// Lanes: jobs in one lane run one after another, lanes side by side (JobScheduler).
const QString kOutboxLane = QStringLiteral("outbox"); ///< the outbox job and people's actions: one sender
constexpr int kInterruptedSendGraceSeconds = 15; ///< before a send cut off by a crash is looked up again

/// The queues as exceptionsChanged() names them: each once, in ExceptionType order.
QList<ExceptionType> queueList(const QSet<ExceptionType>& queues)
{
    QList<ExceptionType> list(queues.cbegin(), queues.cend());
    std::sort(list.begin(), list.end());
    return list;
}
} // namespace

void SyncEngine::start(bool scheduled)
{
    auto db = store::openStore(m_databasePath);
    if (!db.ok()) {
        Q_EMIT startFailed(db.error().toString());
        return;
    }
    m_db = std::make_unique<store::Database>(std::move(db).value());
    // One engine per store: without the claim this process runs none of the jobs (a console still shows the store).
    auto claim = store::EngineClaim::take(*m_db,
        m_databasePath,
        store::thisProcessAsHolder(QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName()
            + (scheduled ? QString() : QStringLiteral(" (one cycle)"))),
        std::chrono::seconds(m_config.schedules.engineLeaseSeconds));
    if (!claim.ok()) {
        m_db.reset();
        if (claim.error().code == ErrorCode::Conflict)
            Q_EMIT heldElsewhere(claim.error().message);
        Q_EMIT startFailed(claim.error().toString());
        return;
    }
    m_claim = std::move(claim).value();
    // Every transaction the engine commits is fenced by its lease: none commits after a takeover.
    m_db->setWriteFence(m_claim->fenceSql());
    watchDatabaseFile();
    keepLease();
    m_network = new QNetworkAccessManager(this);
    m_context.reset(new EngineContext{*m_db, m_config, *m_clock, {}, nullptr});
    m_context->epoch = m_claim->epoch();
    m_context->claimant = m_claim->holder().describe();
    const QDateTime now = m_clock->nowUtc();
    if (auto released =
            store::OutboxRepository(*m_db).releaseInterrupted(now.addSecs(kInterruptedSendGraceSeconds), now);
        released.ok() && released.value() > 0)
        qCWarning(lcEngine) << released.value()
                            << "send(s) were interrupted by the previous engine; each is looked up before any re-send";

    if (!m_config.wms.enabled) {
        Q_EMIT startFailed(QStringLiteral("connectors.wms: no warehouse is configured"));
        return;
    }
    ConnectorSet set = makeConnectors(m_config, m_credentials, m_network, m_httpPolicy, this, PosUse::Leave);
    for (auto* c : std::as_const(set.clients))
        connect(c, &net::HttpClient::healthChanged, this, &SyncEngine::connectorHealthChanged);
    m_clients = set.clients;
    m_context->wms = set.wms;
    if (auto* deposco = dynamic_cast<connectors::deposco::DeposcoConnector*>(set.wms))
        connect(deposco,
            &connectors::deposco::DeposcoConnector::refreshTokenRotated,
            this,
            &SyncEngine::keepRotatedRefreshToken);
    m_context->storefronts = set.storefronts;
    // The tills' sales were handed over at the till and never go to the warehouse; their returns do, as customer
    // returns (OrderIntake::decideTill). Stock, fulfilment and listings stay the storefronts'.
    m_context->till = set.till;
    qCInfo(lcEngine).noquote() << "engine started with" << m_context->storefronts.size() << "storefront(s),"
                               << (set.till ? "the stores' tills," : "no tills,") << "epoch" << m_claim->epoch()
                               << "held by" << m_context->claimant;
    m_scheduler = new JobScheduler(this);
    connect(m_scheduler, &JobScheduler::jobFinished, this, &SyncEngine::reportJob);
    if (m_config.webhooksEnabled)
        startWebhooks();
    Q_EMIT started();

    m_scheduled = scheduled;
    if (scheduled) {
        using std::chrono::seconds;
        const auto& every = m_config.schedules;
        // The item master first (SKUs are checked against it), then each storefront's orders on a lane of its own.
        m_scheduler->add(QStringLiteral("stock"), QStringLiteral("stock"), seconds(every.stockPullSeconds), stockJob());
        for (auto* storefront : intakeSources()) {
            const QString name = QStringLiteral("orders:") + toString(storefront->system());
            m_scheduler->add(
                name, name, seconds(every.orderPollSeconds), ordersJob(storefront), QStringLiteral("stock"));
        }
        m_scheduler->add(
            QStringLiteral("outbox"), kOutboxLane, seconds(std::max(5, every.orderPollSeconds / 2)), outboxJob());
        m_scheduler->add(
            QStringLiteral("warehouse"), QStringLiteral("warehouse"), seconds(every.shipmentPollSeconds), wmsJob());
        m_scheduler->add(QStringLiteral("sweep"),
            QStringLiteral("sweep"),
            seconds(every.sweepSeconds),
            sweepJob(),
            QStringLiteral("warehouse"));
        m_scheduler->start();
        // Retries and probes asked at consoles where the engine does not run, through the store.
        m_requests = new RequestedActions(
            *m_db,
            *m_clock,
            m_claim->epoch(),
            [this](const actions::ActionCommand& command,
                RequestedActions::Progress progress,
                RequestedActions::Finished finished) { runAction(command, progress, finished); },
            this);
        m_requests->start();
    }
}

void SyncEngine::keepRotatedRefreshToken(const QString& refreshToken)
{
    m_credentials.wmsRefreshToken = refreshToken;
    const SecretRef& ref = m_config.wms.refreshToken;
    if (ref.kind == SecretRef::Kind::Keychain && m_keychain) {
        if (const Status kept = m_keychain->write(ref.name, refreshToken); kept.ok()) {
            qCInfo(lcEngine).noquote()
                << "the WMS issued a new refresh token; it replaced the old one in keychain entry" << ref.name;
            return;
        } else {
            qCCritical(lcEngine).noquote()
                << "the WMS issued a new refresh token, and it could not be kept in keychain entry" << ref.name << "("
                << kept.error().toString() << "): this engine signs in with it until it"
                << "stops; before the next start, give the app a new refresh token (lockstep secret set" << ref.name
                << ")";
            return;
        }
    }
    if (ref.kind == SecretRef::Kind::Environment)
        qCCritical(lcEngine).noquote() << "the WMS issued a new refresh token; environment variable" << ref.name
                                       << "still holds the spent one: keep the WMS refresh token in the keychain"
                                       << "(lockstep secret set ENTRY) so it survives a restart";
}

void SyncEngine::reportJob(const JobRun& run)
{
    const CycleSummary& s = run.summary;
    for (const QString& p : std::as_const(s.problems))
        qCWarning(lcEngine).noquote() << run.name << p;
    qCInfo(lcEngine).noquote() << "job" << run.name << "ran in" << run.startedAt.msecsTo(run.finishedAt) << "ms";
    Q_EMIT jobFinished(run);
    if (!m_scheduled || run.name == QLatin1String("action") || run.name == QLatin1String("cycle"))
        return; // runOnce() and actions report on their own
    if (!s.changedQueues.isEmpty())
        Q_EMIT exceptionsChanged(queueList(s.changedQueues));
    Q_EMIT cycleFinished(s);
}

void SyncEngine::startWebhooks()
{
    WebhookLimits limits;
    limits.maxBodyBytes = m_config.webhookMaxBodyBytes;
    limits.requestTimeout = std::chrono::seconds(m_config.webhookRequestTimeoutSeconds);
    limits.maxConnections = m_config.webhookMaxConnections;
    m_webhooks = new WebhookReceiver(
        m_context->storefronts, *m_clock, std::chrono::seconds(m_config.webhookDuplicateWindowSeconds), limits, this);
    auto port = m_webhooks->listen(QHostAddress(m_config.webhookListenAddress), quint16(m_config.webhookPort));
    if (!port.ok()) {
        // Polling is the primary path: without webhooks the engine still runs, only later.
        Q_EMIT activity(tr("Webhooks are off: %1").arg(port.error().toString()));
        qCWarning(lcEngine).noquote() << "webhooks are off:" << port.error().toString();
        return;
    }
    m_sendSoon = new QTimer(this);
    m_sendSoon->setSingleShot(true);
    m_sendSoon->setInterval(250);
    connect(m_sendSoon, &QTimer::timeout, this, [this] {
        if (m_scheduled)
            return m_scheduler->runSoon(QStringLiteral("outbox"));
        if (!m_cycleRunning) // else the running cycle's outbox job sends them
            m_scheduler->runInLane(kOutboxLane, QStringLiteral("outbox"), outboxJob());
    });
    connect(m_webhooks, &WebhookReceiver::orderChanged, this, &SyncEngine::takeInOrder);
    Q_EMIT webhooksListening(port.value());
}

void SyncEngine::takeInOrder(SourceSystem storefront, const QString& storefrontId)
{
    auto* connector = m_context->storefront(storefront);
    if (!connector)
        return;
    connector->fetchOrder(storefrontId, [this, storefront](Result<Order> order) {
        if (!order.ok()) {
            // The next poll reads it anyway: a failed hint is only a delay.
            qCWarning(lcEngine).noquote() << "webhook re-read failed:" << order.error().toString();
            return;
        }
        OrderIntake intake(m_context->db, m_context->config, m_context->clock);
        auto outcome = intake.ingest(order.value());
        if (!outcome.ok()) {
            qCWarning(lcEngine).noquote() << "webhook intake failed:" << outcome.error().toString();
            return;
        }
        Q_EMIT activity(tr("Order %1 from %2 taken in (webhook)").arg(order->number, toString(storefront)));
        if (!outcome->changedQueues.isEmpty())
            Q_EMIT exceptionsChanged(queueList(outcome->changedQueues));
        if ((outcome->queuedCreate || outcome->queuedCancel) && m_sendSoon)
            m_sendSoon->start();
    });
}

void SyncEngine::watchDatabaseFile()
{
    // A deleted database file stays open and takes every write, so the loss would only show at the next start, as
    // an empty database. Stop at once instead, while the person can still restore it.
    constexpr std::chrono::seconds kWatchInterval{2};
    auto* watch = new QTimer(this);
    watch->setInterval(kWatchInterval);
    connect(watch, &QTimer::timeout, this, [this, watch] {
        if (!m_db)
            return;
        const Status here = store::checkStillAtPath(*m_db);
        if (here.ok())
            return;
        watch->stop();
        stopOnError(here.error().toString());
    });
    watch->start();
}

void SyncEngine::keepLease()
{
    if (!m_claim || !m_claim->isLease())
        return;
    // Renewed every third of its time to live: two renewals can fail (a server restarting, a network hiccup) before
    // it runs out. Taken over by another engine (this one was frozen or cut off past it): this one stops for good.
    auto* renew = new QTimer(this);
    renew->setInterval(m_claim->leaseTtl() / 3);
    connect(renew, &QTimer::timeout, this, [this, renew] {
        const Status renewed = m_claim->renew();
        if (renewed.ok())
            return;
        if (renewed.error().code != ErrorCode::Conflict) {
            qCWarning(lcEngine).noquote() << "the engine's lease could not be renewed:" << renewed.error().toString();
            return;
        }
        renew->stop();
        stopOnError(renewed.error().toString());
    });
    renew->start();
}

void SyncEngine::stopOnError(const QString& message)
{
    stop();
    qCCritical(lcEngine).noquote() << "engine stopped:" << message;
    Q_EMIT stoppedOnError(message);
}

void SyncEngine::stop()
{
    if (m_requests)
        m_requests->stop();
    if (m_scheduler)
        m_scheduler->stop();
}

std::function<void(JobDone)> SyncEngine::ordersJob()
{
    return [this](JobDone done) {
        // Each storefront in turn; the first run backfills.
        auto pollers = std::make_shared<QList<connectors::StorefrontConnector*>>(intakeSources());
        auto total = std::make_shared<CycleSummary>();
        auto step = std::make_shared<std::function<void(qsizetype)>>();
        *step = [this, pollers, total, step, done](qsizetype i) {
            if (i >= pollers->size())
                return done(*total);
            ordersJob(pollers->at(i))([total, step, i](CycleSummary s) {
                total->add(s);
                (*step)(i + 1);
            });
        };
        (*step)(0);
    };
}

QList<connectors::StorefrontConnector*> SyncEngine::intakeSources() const
{
    QList<connectors::StorefrontConnector*> sources = m_context->storefronts;
    if (m_context->till)
        sources.append(m_context->till);
    return sources;
}

std::function<void(JobDone)> SyncEngine::ordersJob(connectors::StorefrontConnector* storefront)
{
    return [this, storefront](JobDone done) {
        Q_EMIT activity(tr("Reading orders from %1").arg(toString(storefront->system())));
        auto* poller = new OrderPoller(*m_context, *storefront, this);
        connect(
            poller, &OrderPoller::backfillProgress, this, [this](const QString& sf, int done, int total, int orders) {
                Q_EMIT activity(
                    tr("First sync of %1: %2 of %3 periods read, %4 orders").arg(sf).arg(done).arg(total).arg(orders));
                Q_EMIT backfillProgress(sf, done, total);
            });
        connect(poller, &OrderPoller::progress, this, [this](const QString& sf, int page, int pages) {
            Q_EMIT activity(pages > 0 ? tr("Reading orders from %1: page %2 of %3").arg(sf).arg(page).arg(pages)
                                      : tr("Reading orders from %1: page %2").arg(sf).arg(page));
        });
        poller->run([poller, done](CycleSummary s) {
            poller->deleteLater();
            done(s);
        });
    };
}

std::function<void(JobDone)> SyncEngine::outboxJob(bool drain)
{
    return [this, drain](JobDone done) {
        Q_EMIT activity(tr("Sending to the warehouse and storefronts"));
        auto* dispatcher = new OutboxDispatcher(*m_context, this);
        auto finished = [this, dispatcher, done](CycleSummary s) {
            // A scheduled run that found a full batch comes back at once (after any action waiting for the lane),
            // not a whole period later: a backlog after a busy hour is worked off, never left to age.
            if (m_scheduled && dispatcher->leftDue())
                m_scheduler->runSoon(QStringLiteral("outbox"));
            dispatcher->deleteLater();
            done(s);
        };
        if (drain)
            dispatcher->drain(std::move(finished));
        else
            dispatcher->run(std::move(finished));
    };
}

std::function<void(JobDone)> SyncEngine::wmsJob()
{
    return [this](JobDone done) {
        Q_EMIT activity(tr("Reading orders and shipments from the warehouse"));
        auto* tracker = new WmsTracker(*m_context, this);
        tracker->run([tracker, done](CycleSummary s) {
            tracker->deleteLater();
            done(s);
        });
    };
}

std::function<void(JobDone)> SyncEngine::stockJob()
{
    return [this](JobDone done) {
        Q_EMIT activity(tr("Pulling stock from the warehouse"));
        auto* sync = new StockSync(*m_context, this);
        sync->run([sync, done](CycleSummary s) {
            sync->deleteLater();
            done(s);
        });
    };
}

void SyncEngine::executeAction(const actions::ActionCommand& command)
{
    runAction(
        command,
        [this, id = command.requestId](int done, int total) { Q_EMIT actionProgress(id, done, total); },
        [this](const actions::ActionResult& result) { Q_EMIT actionFinished(result); });
}

void SyncEngine::runAction(const actions::ActionCommand& command,
    const std::function<void(int, int)>& progress,
    const std::function<void(const actions::ActionResult&)>& finished)
{
    if (!m_context || !m_scheduler) {
        actions::ActionResult refused;
        refused.requestId = command.requestId;
        refused.kind = command.kind;
        refused.error = tr("The engine has not started, so the action was not run.");
        finished(refused);
        return;
    }
    // In the outbox's lane: after a cycle or a send in progress, never beside one (one sender at a time).
    m_scheduler->runInLane(kOutboxLane, QStringLiteral("action"), [this, command, progress, finished](JobDone done) {
        auto* runner = new actions::ActionRunner(*m_context, this);
        connect(runner, &actions::ActionRunner::progress, this, [progress](qint64, int step, int total) {
            progress(step, total);
        });
        runner->run(command, [this, runner, done, finished](actions::ActionResult result, CycleSummary summary) {
            runner->deleteLater();
            QSet<ExceptionType> queues = summary.changedQueues;
            for (const actions::ItemOutcome& item : std::as_const(result.items)) {
                if (item.queue)
                    queues.insert(*item.queue);
            }
            if (!queues.isEmpty())
                Q_EMIT exceptionsChanged(queueList(queues));
            finished(result);
            done(summary);
        });
    });
}

std::function<void(JobDone)> SyncEngine::sweepJob()
{
    return [this](JobDone done) {
        Q_EMIT activity(tr("Checking for records out of step"));
        done(Sweep(*m_context).run());
    };
}

void SyncEngine::runOnce()
{
    if (!m_context || !m_scheduler || m_cycleRunning)
        return;
    if (m_scheduled) {
        for (const JobRun& run : m_scheduler->lastRuns())
            m_scheduler->runSoon(run.name);
        return;
    }
    m_cycleRunning = true;
    // Item master and stock first (SKUs are checked against it), then orders, sends, warehouse news; then the
    // storefronts again (what changed there while the pass sent, such as a cancellation of an order the warehouse
    // has just released) and the sends all that news caused (fulfilments, cancellations); then the detectors'
    // sweep over what the store now knows. In the outbox's lane as a whole, so a person's action waits for it
    // and it for the action.
    m_scheduler->runInLane(kOutboxLane, QStringLiteral("cycle"), [this](JobDone finished) {
        runJobs({stockJob(), ordersJob(), outboxJob(true), wmsJob(), ordersJob(), outboxJob(true), sweepJob()},
            {},
            std::move(finished));
    });
}

void SyncEngine::runJobs(QList<std::function<void(JobDone)>> jobs, CycleSummary total, JobDone finished)
{
    if (jobs.isEmpty()) {
        m_cycleRunning = false;
        Q_EMIT activity(tr("Idle"));
        if (!total.changedQueues.isEmpty())
            Q_EMIT exceptionsChanged(queueList(total.changedQueues));
        Q_EMIT cycleFinished(total);
        finished(total);
        return;
    }
    auto job = jobs.takeFirst();
    job([this, jobs, total, finished](CycleSummary s) mutable {
        total.add(s);
        // The next job on a fresh event-loop turn: deep callback chains never grow the stack.
        QMetaObject::invokeMethod(
            this, [this, jobs, total, finished] { runJobs(jobs, total, finished); }, Qt::QueuedConnection);
    });
}

} // namespace lockstep::core::engine
