// SPDX-License-Identifier: GPL-3.0-or-later
// Lockstep's entry point: picks the mode from the command line, opens the store, and starts either
// the console window or the headless runner.
#include "command_line.h"
#include "config/config.h"
#include "config/log_file.h"
#include "config/secrets.h"
#include "console_engine.h"
#include "db_command.h"
#include "engine_host.h"
#include "exceptions_command.h"
#include "export_command.h"
#include "keychain_store.h"
#include "sandbox_command.h"
#include "secret_command.h"
#include "self_test_command.h"
#include "settings/settings_page.h"
#include "shell/appearance.h"
#include "shell/language.h"
#include "shell/main_window.h"
#include "shell/role.h"
#include "shell/role_dialog.h"
#include "store/engine_claim.h"
#include "store/schema.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace lockstep;

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

namespace {

int run(int argc, char** argv)
{
    const bool noWindow = app::wantsNoWindow(argc, argv) || !app::hasDisplay();
    if (noWindow)
        app::attachParentConsole();
    std::unique_ptr<QCoreApplication> application =
        noWindow ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lockstep"));
    QCoreApplication::setApplicationName(QStringLiteral("Lockstep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCKSTEP_VERSION));
    // Every mode logs to the rotating file in the app-data folder (redacted), and still to the console.
    auto log = std::make_unique<core::engine::LogFile>();
    if (const core::Status opened = log->open(); opened.ok()) {
        // Straight to the file: the console's output stays what each command promises.
        log->write(QtInfoMsg,
            "lockstep.app",
            QStringLiteral("Lockstep %1 started: %2")
                .arg(QStringLiteral(LOCKSTEP_VERSION), QCoreApplication::arguments().mid(1).join(u' ')));
        core::engine::LogFile::install(std::move(log));
    } else {
        printLine(
            stderr, QCoreApplication::translate("main", "lockstep: no log file: %1").arg(opened.error().toString()));
    }
    ui::applyLanguage(ui::savedLanguage());
    if (auto* gui = qobject_cast<QApplication*>(application.get()))
        ui::Appearance::follow(*gui);
    if (app::isSandboxCommand(argc, argv))
        return app::runSandboxCommand(*application, application->arguments());
    if (app::isSecretCommand(argc, argv))
        return app::runSecretCommand(*application, application->arguments());
    if (app::isDbCommand(argc, argv))
        return app::runDbCommand(*application, application->arguments());
    if (app::isExportCommand(argc, argv))
        return app::runExportCommand(*application, application->arguments());
    if (app::isStoreCommand(argc, argv))
        return app::runStoreCommand(*application, application->arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Lockstep keeps storefronts and the warehouse in lockstep and shows people the records that fell out of "
        "step.\nWith no options it opens the console window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("main",
            "Use the database FILE, or a team's PostgreSQL database at URL (postgresql://USER@HOST/DB) (default: %1).")
            .arg(QDir::toNativeSeparators(core::store::defaultDatabasePath())),
        QStringLiteral("FILE"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"), QCoreApplication::translate("main", "Run without a window."));
    const QCommandLineOption configOption(QStringLiteral("config"),
        QCoreApplication::translate(
            "main", "Run the engine with the configuration FILE (JSON; see the engine's README)."),
        QStringLiteral("FILE"));
    const QCommandLineOption onceOption(
        QStringLiteral("once"), QCoreApplication::translate("main", "Run every job once, then exit (headless)."));
    const QCommandLineOption standbyOption(QStringLiteral("standby"),
        QCoreApplication::translate("main",
            "With --headless: while another engine holds the database, wait and take over when it is free, instead "
            "of exiting."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run against the built-in sandbox, with its own demo database."));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
        QCoreApplication::translate("main", "Sandbox scenario NAME or FILE for --demo (default: demo)."),
        QStringLiteral("NAME"),
        QStringLiteral("demo"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
        QCoreApplication::translate("main",
            "Work as ROLE (supervisor, customer_service or finance) and remember it; skips the first-run question."),
        QStringLiteral("ROLE"));
    parser.addOption(roleOption);
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QCoreApplication::translate("main",
            "Check the database, the configuration, the keychain and every configured system, print one line per "
            "check, and exit (non-zero when a check failed)."));
    parser.addOption(selfTestOption);
    parser.addOption(dbOption);
    parser.addOption(headlessOption);
    parser.addOption(configOption);
    parser.addOption(onceOption);
    parser.addOption(standbyOption);
    parser.addOption(demoOption);
    parser.addOption(scenarioOption);
    parser.process(*application); // handles --help and --version and exits

    app::CommandLine cmd;
    cmd.demo = parser.isSet(demoOption);
    cmd.once = parser.isSet(onceOption);
    cmd.standby = parser.isSet(standbyOption);
    cmd.configPath = parser.value(configOption);
    cmd.databasePath = parser.isSet(dbOption) ? parser.value(dbOption)
        : cmd.demo                            ? core::store::defaultDatabasePath(QStringLiteral("demo"))
                                              : core::store::defaultDatabasePath();
    cmd.mode = parser.isSet(headlessOption) || noWindow ? app::Mode::Headless : app::Mode::Console;
    if (cmd.demo && !parser.isSet(dbOption)) {
        // Every demo starts a fresh sandbox world, so it starts from a fresh demo database too; never the database of a
        // demo that is running: its engine holds the store.
        if (core::store::EngineClaim::isHeld(cmd.databasePath)) {
            printLine(stderr,
                QCoreApplication::translate("main",
                    "lockstep: a demo is already running on this computer, and a new one would erase its database. "
                    "Use that window, or start another demo with its own database: --demo --db FILE"));
            return 2;
        }
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(cmd.databasePath + QLatin1String(suffix));
    }

    if (parser.isSet(selfTestOption))
        return app::runSelfTest(*application, cmd, parser.value(scenarioOption));

    app::useDatabasePasswordFromKeychain(cmd.databasePath);
    // The writer connection migrates the schema before anything else reads it.
    auto db = core::store::openStore(cmd.databasePath);
    if (!db.ok()) {
        printLine(stderr,
            QCoreApplication::translate("main", "lockstep: cannot open the database: %1").arg(db.error().toString()));
        return 2;
    }

    db = core::store::Database(); // the engine opens its own writer

    // The engine's configuration: the sandbox's in demo mode, else the file given.
    std::unique_ptr<app::DemoSandbox> sandbox;
    std::optional<core::engine::Config> config;
    std::chrono::milliseconds httpTimeout{30'000};
    if (cmd.demo) {
        sandbox = std::make_unique<app::DemoSandbox>();
        auto endpoints = sandbox->start(parser.value(scenarioOption));
        if (!endpoints.ok()) {
            printLine(stderr,
                QCoreApplication::translate("main", "lockstep: the sandbox did not start: %1")
                    .arg(endpoints.error().toString()));
            return 2;
        }
        config = sandbox->engineConfig();
        httpTimeout = std::chrono::milliseconds(5000); // the sandbox is on this computer
    } else if (!cmd.configPath.isEmpty()) {
        const core::engine::ConfigLoad load = core::engine::loadConfigFile(cmd.configPath);
        if (!load.ok()) {
            for (const auto& issue : load.issues)
                printLine(stderr,
                    QCoreApplication::translate("main", "lockstep: configuration %1: %2")
                        .arg(cmd.configPath, issue.toString()));
            return 2;
        }
        config = load.config;
    }
    std::optional<core::engine::EngineCredentials> credentials;
    if (config) {
        app::KeychainStore keychain;
        auto resolved = core::engine::resolveCredentials(*config, &keychain);
        if (!resolved.ok()) {
            printLine(stderr,
                QCoreApplication::translate("main", "lockstep: a secret could not be read: %1")
                    .arg(resolved.error().toString()));
            return 2;
        }
        credentials = resolved.value();
    }

    if (cmd.mode == app::Mode::Headless) {
        if (!parser.isSet(headlessOption))
            printLine(stderr,
                QCoreApplication::translate("main",
                    "lockstep: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the console window "
                    "cannot open; running headless instead."));
        printLine(stdout,
            QCoreApplication::translate("main", "lockstep: database %1 ready (schema %2).")
                .arg(core::store::displayLocation(cmd.databasePath))
                .arg(core::store::latestSchemaVersion()));
        if (!config) {
            printLine(stdout,
                QCoreApplication::translate(
                    "main", "lockstep: nothing to run: give --config FILE, or --demo to try the sandbox."));
            return 0;
        }
        if (cmd.once)
            config->webhooksEnabled = false; // one cycle, then exit: polling reads everything; no one to hear hints
        return app::runHeadless(
            *config, *credentials, cmd.databasePath, cmd.once, httpTimeout, sandbox.get(), cmd.standby);
    }

    if (parser.isSet(roleOption)) {
        const auto role = ui::Roles::fromKey(parser.value(roleOption));
        if (!role) {
            printLine(stderr,
                QCoreApplication::translate(
                    "main", "lockstep: unknown role %1 (supervisor, customer_service or finance)")
                    .arg(parser.value(roleOption)));
            return 2;
        }
        ui::Roles::instance().setRole(*role);
    } else if (ui::Roles::instance().shouldAsk()) {
        ui::RoleDialog::ask();
    }

    app::KeychainStore settingsKeychain; // outlives the window, whose Settings page writes secrets through it
    ui::MainWindow window(cmd.databasePath);
    window.settingsPage()->setCredentialStore(&settingsKeychain);
    if (cmd.demo)
        window.settingsPage()->showDemo(sandbox->engineConfigJson());
    else if (!cmd.configPath.isEmpty())
        window.settingsPage()->openFile(cmd.configPath);
    if (config) {
        core::engine::SelfTestSetup selfTest;
        selfTest.databasePath = cmd.databasePath;
        selfTest.configPath = cmd.configPath;
        if (cmd.demo)
            selfTest.config = *config;
        window.settingsPage()->setSelfTest(selfTest, std::make_shared<app::KeychainStore>());
    }
    app::ConsoleEngine engine(window, cmd.databasePath, httpTimeout, sandbox.get());
    window.followOtherPrograms(true); // until an engine runs here
    if (config) {
        engine.start(*config, *credentials);
        if (!cmd.demo)
            engine.followSaves(cmd.configPath); // a configuration saved in Settings applies at once
        window.setDemoMode(cmd.demo);
    }
    window.show();
    const int rc = application->exec();
    engine.stop(); // stop the engine before the window's connections close
    return rc;
}

} // namespace

int main(int argc, char** argv)
{
    const int rc = run(argc, argv);
    // Everything Lockstep owns is closed by now: the windows, the engine's and the sandbox's threads, the database,
    // the log (written through line by line). Leave without the C library's exit-time teardown of the shared
    // libraries: Qt's threads are detached, so a thread that QThread::wait() saw finish may still be freeing its
    // thread-local state, and the libraries' destructors running beside it (libproxy's, from QtNetwork) corrupted the
    // heap in about one headless demo run in eight ("malloc_consolidate(): invalid chunk size", exit 134, after the
    // cycle had finished and been reported).
    std::fflush(nullptr);
    std::_Exit(rc);
}
