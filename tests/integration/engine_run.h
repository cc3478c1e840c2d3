// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine in a worker thread against the in-process sandbox, as the console and the headless runner
// run it. Shared by the engine's integration tests.
#pragma once

#include "config/secrets.h"
#include "domain/clock.h"
#include "service/sync_engine.h"
#include "sim/sandbox.h"
#include "support.h"

#include <QSignalSpy>
#include <QThread>

#include <memory>

namespace lockstep::test {

/// Runs engine cycles (and actions) in a worker thread.
class EngineRun
{
public:
    /// `keychain` (not owned), when given, is where the configuration's keychain secrets are read and a rotated
    /// one is kept.
    EngineRun(const core::engine::Config& config,
        const QString& dbPath,
        const core::Clock* clock,
        core::engine::CredentialStore* keychain = nullptr)
    {
        auto credentials = core::engine::resolveCredentials(config, keychain);
        engine = new core::engine::SyncEngine(config, credentials.value(), dbPath, clock);
        engine->setCredentialStore(keychain);
        engine->setHttpTimeout(std::chrono::milliseconds(3000));
        listening = std::make_unique<QSignalSpy>(engine, &core::engine::SyncEngine::webhooksListening);
        engine->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
        thread.start();
    }
    ~EngineRun()
    {
        thread.quit();
        thread.wait();
    }

    /// Starts (unscheduled) and runs one cycle; returns its summary.
    std::optional<core::engine::CycleSummary> cycle(bool first)
    {
        QSignalSpy finished(engine, &core::engine::SyncEngine::cycleFinished);
        if (first)
            QMetaObject::invokeMethod(engine, "start", Qt::QueuedConnection, Q_ARG(bool, false));
        QMetaObject::invokeMethod(engine, "runOnce", Qt::QueuedConnection);
        if (!waitForSignal(finished, 120000))
            return std::nullopt;
        return finished.takeFirst().at(0).value<core::engine::CycleSummary>();
    }

    /// Starts the engine on its schedules, as the console and `lockstep --headless` run it; `jobRuns` counts each
    /// job's finished runs (updated on the test's thread).
    void startScheduled()
    {
        QObject::connect(
            engine, &core::engine::SyncEngine::jobFinished, &receiver, [this](const core::engine::JobRun& run) {
                jobRuns[run.name] = int(run.runs);
            });
        QMetaObject::invokeMethod(engine, "start", Qt::QueuedConnection, Q_ARG(bool, true));
    }
    int runsOf(const QString& job) const { return jobRuns.value(job); }

    /// Runs a person's action in the engine and waits for its result (empty on a time-out).
    core::actions::ActionResult act(const core::actions::ActionCommand& command)
    {
        QSignalSpy finished(engine, &core::engine::SyncEngine::actionFinished);
        auto* e = engine;
        QMetaObject::invokeMethod(
            e, [e, command] { e->executeAction(command); }, Qt::QueuedConnection);
        if (!waitForSignal(finished, 120000))
            return {};
        return finished.takeFirst().at(0).value<core::actions::ActionResult>();
    }

    /// The webhook receiver's delivery URL, once the engine has started (invalid when webhooks are off).
    QUrl webhookUrl()
    {
        if (listening->isEmpty() && !listening->wait(5000))
            return {};
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/webhooks/woocommerce").arg(listening->constFirst().at(0).toUInt()));
    }

    QThread thread;
    core::engine::SyncEngine* engine = nullptr;
    std::unique_ptr<QSignalSpy> listening;
    QObject receiver; ///< lives on the test's thread: engine signals reach it queued
    QHash<QString, int> jobRuns;
};

inline const QByteArray kWebhookSecret = QByteArrayLiteral("sandbox-webhook-secret");

/// The demo scenario on a paused clock (time moves only by advance()), with no faults.
inline bool startCalmDemo(core::sim::Sandbox& sandbox)
{
    auto scenario = core::sim::loadScenario(QStringLiteral("demo")).value();
    scenario.speed = 0;
    if (!sandbox.start(scenario).ok())
        return false;
    sandbox.setFaultProfile(core::sim::FaultProfile{});
    return true;
}

/// The engine's configuration for the sandbox: WooCommerce and the WMS, the first facility as default,
/// webhooks on.
inline core::engine::Config sandboxConfig(const core::sim::Sandbox& sandbox)
{
    const auto json = sandbox.endpoints().toConfigJson(QStringLiteral("demo"));
    core::engine::ConfigLoad load = core::engine::parseConfig(QByteArray::fromStdString(json.dump()));
    if (!load.ok())
        qFatal("sandbox config does not parse: %s", qPrintable(load.issues.constFirst().toString()));
    core::engine::Config c = *load.config;
    c.commercetools.enabled = false; // this engine serves WooCommerce and the WMS
    c.pos.enabled = false;
    c.defaultFacility = sandbox.scenario().facilities.constFirst().number;
    c.backfillDays = 3650;
    // Webhooks on a free loopback port: a hint path beside the polls (registered by the tests that want them).
    c.webhooksEnabled = true;
    c.webhookPort = 0;
    c.woocommerce.webhookSecret =
        core::engine::SecretRef{core::engine::SecretRef::Kind::Literal, QString::fromLatin1(kWebhookSecret)};
    return c;
}

/// A calm demo trading day with every exchange recorded (Sandbox::exchanges()): both storefronts' orders and the
/// tills' returns go to the warehouse, webhooks off; four hours of orders, a first cycle, then eight cycles an hour of
/// simulated time apart (the engine's clock two hours on each time). Empty when the day ran, else what went wrong. For
/// the conformance tests, which hold the recorded traffic to the vendors' schemas.
inline QString runRecordedDemoDay(core::sim::Sandbox& sandbox)
{
    if (!startCalmDemo(sandbox))
        return QStringLiteral("the sandbox did not start");
    core::engine::Config config = sandboxConfig(sandbox);
    config.commercetools.enabled = true;
    config.pos.enabled = true; // the stores' returns go to the warehouse as customer returns
    config.webhooksEnabled = false;
    TempStore store;
    core::ManualClock clock(QDateTime::currentDateTimeUtc());
    sandbox.setRecordsExchanges(true);
    sandbox.advance(4 * 3600 * 1000);
    EngineRun run(config, store.path, &clock);
    const auto first = run.cycle(true);
    if (!first)
        return QStringLiteral("the first cycle did not finish");
    if (first->wmsCreated == 0)
        return QStringLiteral("the first cycle created no warehouse order: ") + first->problems.join(u'\n');
    for (int step = 0; step < 8; ++step) {
        sandbox.advance(3600 * 1000);
        clock.advanceMSecs(2 * 3600 * 1000);
        if (!run.cycle(false))
            return QStringLiteral("cycle %1 did not finish").arg(step + 2);
    }
    return {};
}

} // namespace lockstep::test
