// SPDX-License-Identifier: GPL-3.0-or-later
// The console's engine follows its configuration file: a save in Settings restarts the engine in place with the
// saved settings (the next jobs are the new configuration's), and a save that does not load leaves the running
// engine alone, with the status bar saying which happened. Real window (offscreen), real engine, sandbox over HTTP.
#include "console_engine.h"
#include "settings/settings_page.h"
#include "shell/main_window.h"
#include "sim/sandbox.h"
#include "store/store.h"

#include <QFile>
#include <QLabel>
#include <QSet>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace lockstep;
using namespace lockstep::core;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString engineStatus(const ui::MainWindow& window)
{
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->text().startsWith(QLatin1String("Engine: ")))
            return label->text();
    }
    return {};
}

} // namespace

class TestConsoleEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSavedConfigurationRestartsTheEngineInPlace()
    {
        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        scenario.speed = 0;
        scenario.faults = {};
        scenario.faultsBySystem.clear();
        QVERIFY(sandbox.start(scenario).ok());
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("lockstep.json"));
        const QString dbPath = dir.filePath(QStringLiteral("lockstep.sqlite"));
        QVERIFY(store::openStore(dbPath).ok());

        // First: WooCommerce and the warehouse only.
        auto json = sandbox.endpoints().toConfigJson(QStringLiteral("demo"), scenario.facilities.constFirst().number);
        json["connectors"]["commercetools"]["enabled"] = false;
        json["connectors"]["pos"]["enabled"] = false;
        QVERIFY(writeFile(configPath, QByteArray::fromStdString(json.dump(2))));
        const auto first = engine::loadConfigFile(configPath);
        QVERIFY(first.ok());

        ui::MainWindow window(dbPath);
        app::ConsoleEngine engine(window, dbPath, std::chrono::milliseconds(5000));
        QSet<QString> jobs;
        QStringList heldElsewhere;
        const auto watch = [&] {
            jobs.clear();
            connect(engine.host(), &app::EngineHost::jobFinished, this, [&jobs](const engine::JobRun& run) {
                jobs.insert(run.name);
            });
            connect(engine.host(), &app::EngineHost::heldElsewhere, this, [&heldElsewhere](const QString& h) {
                heldElsewhere << h;
            });
        };
        engine.start(*first.config, engine::resolveCredentials(*first.config, nullptr).value());
        watch();
        engine.followSaves(configPath);
        QTRY_VERIFY_WITH_TIMEOUT(jobs.contains(QStringLiteral("orders:woocommerce")), 60000);
        QVERIFY(!jobs.contains(QStringLiteral("orders:commercetools")));

        // Settings saves the file with commercetools switched on: the engine restarts with it, at once.
        json["connectors"]["commercetools"]["enabled"] = true;
        QVERIFY(writeFile(configPath, QByteArray::fromStdString(json.dump(2))));
        const app::EngineHost* before = engine.host();
        Q_EMIT window.settingsPage()->saved(configPath);
        QVERIFY(engine.host() != before);
        QVERIFY2(engineStatus(window).contains(QLatin1String("restarted with the saved configuration")),
            qPrintable(engineStatus(window)));
        watch();
        QTRY_VERIFY_WITH_TIMEOUT(jobs.contains(QStringLiteral("orders:commercetools")), 60000);
        QVERIFY2(heldElsewhere.isEmpty(), qPrintable(heldElsewhere.join(u'\n'))); // the old engine let go first

        // A save of another file is not this engine's configuration; a save that does not load changes nothing.
        const app::EngineHost* running = engine.host();
        Q_EMIT window.settingsPage()->saved(dir.filePath(QStringLiteral("other.json")));
        QCOMPARE(engine.host(), running);
        QVERIFY(writeFile(configPath, "{\"config_version\": 1, \"connectors\": {\"wms\": "));
        Q_EMIT window.settingsPage()->saved(configPath);
        QCOMPARE(engine.host(), running);
        QVERIFY2(engineStatus(window).contains(QLatin1String("not applied")), qPrintable(engineStatus(window)));
        jobs.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isEmpty(), 60000); // still at work
        engine.stop();
    }
};

QTEST_MAIN(TestConsoleEngine)
#include "test_console_engine.moc"
