// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_engine.h"

#include "actions/action_runner.h"
#include "connector_set.h"
#include "net/http_client.h"
#include "order_intake.h"
#include "order_poller.h"
#include "outbox_dispatcher.h"
#include "secrets.h"
#include "stock_sync.h"
#include "store/store.h"
#include "sweep.h"
#include "webhook_receiver.h"
#include "wms_tracker.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace lockstep::core::engine {

Q_LOGGING_CATEGORY(lcEngine, "lockstep.engine")

Result<EngineCredentials> resolveCredentials(const Config& config, CredentialStore* keychain)
{
    EngineCredentials c;
    const auto one = [&](const SecretRef& ref, QString& into, const char* what) -> Status {
        if (!ref.isSet())
            return Status::success();
        auto value = resolveSecret(ref, keychain);
        if (!value.ok())
            return makeError(value.error().code,
                value.error().message,
                QString::fromLatin1(what) + QStringLiteral(": ") + value.error().context);
        into = value.value();
        return Status::success();
    };
    if (config.woocommerce.enabled) {
        for (const auto& st : {one(config.woocommerce.key, c.wooKey, "connectors.woocommerce.consumer_key"),
                 one(config.woocommerce.secret, c.wooSecret, "connectors.woocommerce.consumer_secret"),
                 one(config.woocommerce.webhookSecret, c.wooWebhookSecret, "connectors.woocommerce.webhook_secret")}) {
            if (!st.ok())
                return st.error();
        }
    }
    if (config.commercetools.enabled) {
        for (const auto& st : {one(config.commercetools.key, c.ctClientId, "connectors.commercetools.client_id"),
                 one(config.commercetools.secret, c.ctClientSecret, "connectors.commercetools.client_secret")}) {
            if (!st.ok())
                return st.error();
        }
    }
    if (config.pos.enabled) {
        if (const Status st = one(config.pos.key, c.posApiKey, "connectors.pos.api_key"); !st.ok())
            return st.error();
    }
    if (config.wms.enabled) {
        for (const auto& st : {one(config.wms.key, c.wmsClientId, "connectors.wms.client_id"),
                 one(config.wms.secret, c.wmsClientSecret, "connectors.wms.client_secret"),
                 one(config.wms.refreshToken, c.wmsRefreshToken, "connectors.wms.refresh_token"),
                 one(config.wms.atpUser, c.wmsAtpUser, "connectors.wms.atp_user"),
                 one(config.wms.atpPassword, c.wmsAtpPassword, "connectors.wms.atp_password")}) {
            if (!st.ok())
                return st.error();
        }
    }
    return c;
}

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
}

SyncEngine::~SyncEngine()
{
    // Connectors and clients are children; the context refers to the database, so it goes first.
    m_context.reset();
}

void SyncEngine::start(bool scheduled)
{
    auto db = store::openStore(m_databasePath);
    if (!db.ok()) {
        Q_EMIT startFailed(db.error().toString());
        return;
    }
    m_db = std::make_unique<store::Database>(std::move(db).value());
    m_network = new QNetworkAccessManager(this);
    m_context.reset(new EngineContext{*m_db, m_config, *m_clock, {}, nullptr});

    if (!m_config.wms.enabled) {
        Q_EMIT startFailed(QStringLiteral("connectors.wms: no warehouse is configured"));
        return;
    }
    ConnectorSet set = makeConnectors(m_config, m_credentials, m_network, m_httpPolicy, this, PosUse::Leave);
    for (auto* c : std::as_const(set.clients))
        connect(c, &net::HttpClient::healthChanged, this, &SyncEngine::connectorHealthChanged);
    m_clients = set.clients;
    m_context->wms = set.wms;
    m_context->storefronts = set.storefronts;
    // POS sales are handed over at the till: they never go to the warehouse. The POS connector feeds stock
    // and finance (reconciliation), not the order intake, so it is not started here.
    qCInfo(lcEngine) << "engine started with" << m_context->storefronts.size() << "storefront(s)";
    if (m_config.webhooksEnabled)
        startWebhooks();
    Q_EMIT started();

    if (scheduled) {
        const auto every = [this](int seconds, std::function<void(JobDone)> job) {
            auto* t = new QTimer(this);
            t->setInterval(seconds * 1000);
            connect(t, &QTimer::timeout, this, [this, job] {
                if (!m_cycleRunning)
                    runJobs({job}, {});
            });
            t->start();
            m_timers.append(t);
        };
        every(m_config.schedules.orderPollSeconds, ordersJob());
        every(m_config.schedules.shipmentPollSeconds, wmsJob());
        every(m_config.schedules.stockPullSeconds, stockJob());
        every(m_config.schedules.sweepSeconds, sweepJob());
        every(std::max(5, m_config.schedules.orderPollSeconds / 2), outboxJob());
        QTimer::singleShot(0, this, &SyncEngine::runOnce);
    }
}

void SyncEngine::startWebhooks()
{
    m_webhooks = new WebhookReceiver(
        m_context->storefronts, *m_clock, std::chrono::seconds(m_config.webhookDuplicateWindowSeconds), this);
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
        if (m_cycleRunning)
            return; // the running cycle's outbox job sends them
        runJobs({outboxJob()}, {});
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
        if (outcome->newExceptions > 0)
            Q_EMIT exceptionsChanged();
        if ((outcome->queuedCreate || outcome->queuedCancel) && m_sendSoon)
            m_sendSoon->start();
    });
}

void SyncEngine::stop()
{
    for (QTimer* t : std::as_const(m_timers))
        t->stop();
}

std::function<void(JobDone)> SyncEngine::ordersJob()
{
    return [this](JobDone done) {
        // Each storefront in turn; the first run backfills.
        auto pollers = std::make_shared<QList<connectors::StorefrontConnector*>>(m_context->storefronts);
        auto total = std::make_shared<CycleSummary>();
        auto step = std::make_shared<std::function<void(qsizetype)>>();
        *step = [this, pollers, total, step, done](qsizetype i) {
            if (i >= pollers->size())
                return done(*total);
            Q_EMIT activity(tr("Reading orders from %1").arg(toString(pollers->at(i)->system())));
            auto* poller = new OrderPoller(*m_context, *pollers->at(i), this);
            connect(poller, &OrderPoller::backfillProgress, this, [this](const QString& sf, int done, int total, int orders) {
                Q_EMIT activity(tr("First sync of %1: %2 of %3 periods read, %4 orders").arg(sf).arg(done).arg(total).arg(orders));
                Q_EMIT backfillProgress(sf, done, total);
            });
            connect(poller, &OrderPoller::progress, this, [this](const QString& sf, int page, int pages) {
                Q_EMIT activity(pages > 0 ? tr("Reading orders from %1: page %2 of %3").arg(sf).arg(page).arg(pages)
                                          : tr("Reading orders from %1: page %2").arg(sf).arg(page));
            });
            poller->run([poller, total, step, i](CycleSummary s) {
                total->add(s);
                poller->deleteLater();
                (*step)(i + 1);
            });
        };
        (*step)(0);
    };
}

std::function<void(JobDone)> SyncEngine::outboxJob()
{
    return [this](JobDone done) {
        Q_EMIT activity(tr("Sending to the warehouse and storefronts"));
        auto* dispatcher = new OutboxDispatcher(*m_context, this);
        dispatcher->run([dispatcher, done](CycleSummary s) {
            dispatcher->deleteLater();
            done(s);
        });
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
    if (!m_context) {
        actions::ActionResult refused;
        refused.requestId = command.requestId;
        refused.kind = command.kind;
        refused.error = tr("The engine has not started, so the action was not run.");
        Q_EMIT actionFinished(refused);
        return;
    }
    m_pendingActions.append(command);
    if (!m_cycleRunning)
        runNextAction();
}

void SyncEngine::runNextAction()
{
    if (m_pendingActions.isEmpty() || m_cycleRunning)
        return;
    m_cycleRunning = true; // no job starts while an action sends: one writer, one dispatcher at a time
    auto* runner = new actions::ActionRunner(*m_context, this);
    connect(runner, &actions::ActionRunner::progress, this, &SyncEngine::actionProgress);
    runner->run(m_pendingActions.takeFirst(), [this, runner](actions::ActionResult result, CycleSummary) {
        runner->deleteLater();
        m_cycleRunning = false;
        Q_EMIT exceptionsChanged();
        Q_EMIT actionFinished(result);
        QMetaObject::invokeMethod(this, &SyncEngine::runNextAction, Qt::QueuedConnection);
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
    if (!m_context || m_cycleRunning)
        return;
    // Item master and stock first (SKUs are checked against it), then orders, sends, warehouse news,
    // and the sends that news caused (fulfilments); then the detectors' sweep over what the store now knows.
    runJobs({stockJob(), ordersJob(), outboxJob(), wmsJob(), outboxJob(), sweepJob()}, {});
}

void SyncEngine::runJobs(QList<std::function<void(JobDone)>> jobs, CycleSummary total)
{
    if (jobs.isEmpty()) {
        m_cycleRunning = false;
        Q_EMIT activity(tr("Idle"));
        for (const QString& p : std::as_const(total.problems))
            qCWarning(lcEngine).noquote() << p;
        if (total.exceptionsRaised + total.exceptionsResolved > 0)
            Q_EMIT exceptionsChanged();
        Q_EMIT cycleFinished(total);
        runNextAction();
        return;
    }
    m_cycleRunning = true;
    auto job = jobs.takeFirst();
    job([this, jobs, total](CycleSummary s) mutable {
        total.add(s);
        // The next job on a fresh event-loop turn: deep callback chains never grow the stack.
        QMetaObject::invokeMethod(
            this, [this, jobs, total] { runJobs(jobs, total); }, Qt::QueuedConnection);
    });
}

} // namespace lockstep::core::engine
