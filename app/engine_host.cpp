// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine_host.h"

#include "quit_on_signals.h"
#include "sim/sandbox.h"
#include "store/engine_claim.h"

#include <QCoreApplication>

#include <cstdio>

namespace lockstep::app {

using namespace lockstep::core;

namespace {
const QByteArray kDemoWebhookSecret = QByteArrayLiteral("demo-webhook-secret");
}

DemoSandbox::DemoSandbox()
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

DemoSandbox::~DemoSandbox()
{
    // The sandbox and its servers are deleted on the thread they live in.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_sandbox;
            m_sandbox = nullptr;
            delete m_anchor;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Result<sim::Endpoints> DemoSandbox::start(const QString& scenarioName)
{
    auto scenario = sim::loadScenario(scenarioName);
    if (!scenario.ok())
        return scenario.error();
    m_scenario = scenario.value();
    // The demo's day starts a few hours ago, so its orders sit on today's charts.
    sim::startHoursAgo(m_scenario, QDateTime::currentDateTimeUtc());
    Result<sim::Endpoints> result = makeError(ErrorCode::Refused, QStringLiteral("sandbox did not start"));
    // The sandbox is created, started and later deleted on its own thread.
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &result] {
            m_sandbox = new sim::Sandbox;
            result = m_sandbox->start(m_scenario);
        },
        Qt::BlockingQueuedConnection);
    if (result.ok())
        m_endpoints = result.value();
    return result;
}

QByteArray DemoSandbox::engineConfigJson() const
{
    sim::Json c = m_endpoints.toConfigJson(m_scenario.name);
    c["environment"] = "demo";
    // The stores' tills take part: their returns go to the warehouse as customer returns (their sales stay at the
    // till); the stores' channels route like every other to the default facility.
    if (!m_scenario.facilities.isEmpty()) {
        const std::string first = m_scenario.facilities.constFirst().number.toStdString();
        c["mappings"]["default_facility"] = first;
        // Web checkout ships from the first facility; orders staff key in by phone (created in the admin) have no
        // facility on purpose, so each waits for a person to choose one (stock still counts at the default).
        c["mappings"]["facility_by_channel"] = {{"checkout", first}, {"admin", ""}};
        // Each store is a facility of its own at the warehouse, where its sales are taken off its stock and from which
        // its tills' stock is set. The last store opened lately: the warehouse has not set up its facility yet, so it
        // refuses that store's returns and sales, which wait in their queues for a person.
        for (const QString& store : m_scenario.pos.stores)
            c["mappings"]["facility_by_channel"][store.toStdString()] = store.toStdString();
    }
    c["connectors"]["pos"]["stock_at_wms"] = true;
    c["backfill"]["days"] = 3650;
    c["schedules"]["order_poll_seconds"] = 5;
    c["schedules"]["shipment_poll_seconds"] = 5;
    c["schedules"]["stock_pull_seconds"] = 20;
    c["schedules"]["stock_move_check_seconds"] = 5; // a sync loop shows within the demo's first minute
    // Webhooks on a free loopback port, signed with a sandbox-only secret; registered once the engine listens.
    c["webhooks"] = {{"listen", "127.0.0.1"}, {"port", 0}};
    c["connectors"]["woocommerce"]["webhook_secret"] = kDemoWebhookSecret.toStdString();
    return QByteArray::fromStdString(c.dump(2));
}

engine::Config DemoSandbox::engineConfig() const
{
    engine::ConfigLoad load = engine::parseConfig(engineConfigJson());
    if (!load.ok()) {
        for (const auto& issue : load.issues)
            qWarning("demo configuration: %s", qPrintable(issue.toString()));
    }
    return load.config.value_or(engine::Config{});
}

void DemoSandbox::registerWebhooks(quint16 port)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhooks/woocommerce").arg(port));
    QMetaObject::invokeMethod(m_anchor, [this, url] {
        if (!m_sandbox)
            return;
        for (const char* topic : {"order.created", "order.updated"})
            m_sandbox->addWebhook(QString::fromLatin1(topic), url, kDemoWebhookSecret);
    });
}

EngineHost::EngineHost(engine::Config config,
    engine::EngineCredentials credentials,
    QString databasePath,
    std::chrono::milliseconds httpTimeout,
    QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("engine"));
    m_engine = new engine::SyncEngine(std::move(config), std::move(credentials), std::move(databasePath));
    m_engine->setHttpTimeout(httpTimeout);
    m_engine->setCredentialStore(&m_keychain); // where a rotated WMS refresh token is kept
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &engine::SyncEngine::started, this, &EngineHost::started);
    connect(m_engine, &engine::SyncEngine::startFailed, this, &EngineHost::startFailed);
    connect(m_engine, &engine::SyncEngine::heldElsewhere, this, &EngineHost::heldElsewhere);
    connect(m_engine, &engine::SyncEngine::jobFinished, this, &EngineHost::jobFinished);
    connect(m_engine, &engine::SyncEngine::stoppedOnError, this, &EngineHost::stoppedOnError);
    connect(m_engine, &engine::SyncEngine::activity, this, &EngineHost::activity);
    connect(m_engine, &engine::SyncEngine::cycleFinished, this, &EngineHost::cycleFinished);
    connect(m_engine, &engine::SyncEngine::exceptionsChanged, this, &EngineHost::exceptionsChanged);
    connect(m_engine, &engine::SyncEngine::connectorHealthChanged, this, &EngineHost::connectorHealthChanged);
    connect(m_engine, &engine::SyncEngine::webhooksListening, this, &EngineHost::webhooksListening);
    connect(m_engine, &engine::SyncEngine::actionProgress, this, &EngineHost::actionProgress);
    connect(m_engine, &engine::SyncEngine::actionFinished, this, &EngineHost::actionFinished);
    m_thread.start();
}

EngineHost::~EngineHost()
{
    QMetaObject::invokeMethod(m_engine, &engine::SyncEngine::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EngineHost::start(bool scheduled)
{
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, scheduled] { e->start(scheduled); }, Qt::QueuedConnection);
}

void EngineHost::executeAction(const actions::ActionCommand& command)
{
    QMetaObject::invokeMethod(
        m_engine, [e = m_engine, command] { e->executeAction(command); }, Qt::QueuedConnection);
}

void EngineHost::runOnce()
{
    QMetaObject::invokeMethod(m_engine, &engine::SyncEngine::runOnce, Qt::QueuedConnection);
}

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(QStringLiteral("lockstep: ") + line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int runHeadless(const engine::Config& config,
    const engine::EngineCredentials& credentials,
    const QString& databasePath,
    bool once,
    std::chrono::milliseconds httpTimeout,
    DemoSandbox* sandbox,
    bool standby)
{
    EngineHost host(config, credentials, databasePath, httpTimeout);
    if (sandbox)
        QObject::connect(
            &host, &EngineHost::webhooksListening, &host, [sandbox](quint16 port) { sandbox->registerWebhooks(port); });
    int exitCode = 0;
    bool standingBy = false; ///< held elsewhere, waiting to try again
    QObject::connect(&host, &EngineHost::heldElsewhere, &host, [&](const QString& holder) {
        if (standby && !once) {
            // A standby: tries again a third of a lease later, so it takes over within a lease and one renewal.
            if (!std::exchange(standingBy, true))
                say(QCoreApplication::translate("main", "%1; this engine stands by to take over.").arg(holder));
            QTimer::singleShot(
                std::chrono::seconds(config.schedules.engineLeaseSeconds) / 3, &host, [&host] { host.start(true); });
            return;
        }
        // Exactly one engine sends: this one leaves the store to the one that holds it.
        say(QCoreApplication::translate("main", "%1; this engine does not start.").arg(holder));
        exitCode = 4;
        QCoreApplication::exit(4);
    });
    QObject::connect(&host, &EngineHost::startFailed, &host, [&exitCode, &standingBy](const QString& message) {
        if (exitCode != 0 || standingBy)
            return;
        say(QCoreApplication::translate("main", "the engine could not start: %1").arg(message));
        exitCode = 3;
        QCoreApplication::exit(3);
    });
    if (!once) {
        QObject::connect(&host, &EngineHost::jobFinished, &host, [](const engine::JobRun& run) {
            say(QCoreApplication::translate(
                "main", "job %1 finished at %2 (run %3, %4 ms, started %5 ms after it was due)")
                    .arg(run.name, run.finishedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                    .arg(run.runs)
                    .arg(run.startedAt.msecsTo(run.finishedAt))
                    .arg(run.lateMs));
        });
    }
    QObject::connect(&host, &EngineHost::stoppedOnError, &host, [&exitCode](const QString& message) {
        say(QCoreApplication::translate("main", "the engine stopped: %1").arg(message));
        exitCode = 5;
        QCoreApplication::exit(5);
    });
    QObject::connect(&host, &EngineHost::started, &host, [&host, once, &standingBy] {
        standingBy = false;
        say(QCoreApplication::translate("main", "engine started"));
        if (once)
            host.runOnce();
    });
    QObject::connect(&host, &EngineHost::activity, &host, [](const QString& text) { say(text); });
    QObject::connect(&host, &EngineHost::cycleFinished, &host, [once](const engine::CycleSummary& s) {
        say(QCoreApplication::translate("main",
            "cycle done: %1 orders read, %2 sent to the warehouse (%3 found already there), %4 cancellations, "
            "%5 shipments seen, %6 customers told shipped, %7 stock levels pushed, %8 exceptions raised, %9 resolved")
                .arg(s.ordersRead)
                .arg(s.wmsCreated)
                .arg(s.wmsFoundExisting)
                .arg(s.cancelsSent)
                .arg(s.shipmentsSeen)
                .arg(s.fulfilmentsSent)
                .arg(s.stockLevelsPushed)
                .arg(s.exceptionsRaised)
                .arg(s.exceptionsResolved));
        if (const int returns = s.returnsCreated; returns > 0)
            say(QCoreApplication::translate(
                "main", "%n store return(s) sent to the warehouse as customer returns", nullptr, returns));
        // A plain int: lupdate 6.4 does not see a translate() whose count is a static_cast<int>(...).
        const int problems = static_cast<int>(s.problems.size());
        if (problems > 0)
            say(QCoreApplication::translate(
                "main", "%n problem(s) met and kept for a retry or a person (see the log)", nullptr, problems));
        if (once)
            QCoreApplication::exit(0);
    });
    installQuitOnSignals(*QCoreApplication::instance());
    host.start(!once);
    const int rc = QCoreApplication::exec();
    return exitCode != 0 ? exitCode : rc;
}

} // namespace lockstep::app
