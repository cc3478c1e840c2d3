// SPDX-License-Identifier: GPL-3.0-or-later
// Lockstep's entry point: picks the mode from the command line, opens the store, and starts either
// the console window or the headless runner.
#include "command_line.h"
#include "language.h"
#include "main_window.h"
#include "sandbox_command.h"
#include "store/schema.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>
#include <memory>

using namespace lockstep;

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char** argv)
{
    const bool noWindow = app::wantsNoWindow(argc, argv) || !app::hasDisplay();
    std::unique_ptr<QCoreApplication> application
        = noWindow ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lockstep"));
    QCoreApplication::setApplicationName(QStringLiteral("Lockstep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCKSTEP_VERSION));
    ui::applyLanguage(ui::savedLanguage());
    if (app::isSandboxCommand(argc, argv))
        return app::runSandboxCommand(*application, application->arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Lockstep keeps storefronts and the warehouse in lockstep and shows people the records that fell out of "
        "step.\nWith no options it opens the console window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the database FILE (default: %1).")
            .arg(QDir::toNativeSeparators(core::store::defaultDatabasePath())),
        QStringLiteral("FILE"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"), QCoreApplication::translate("main", "Run without a window."));
    parser.addOption(dbOption);
    parser.addOption(headlessOption);
    parser.process(*application); // handles --help and --version and exits

    app::CommandLine cmd;
    cmd.databasePath = parser.isSet(dbOption) ? parser.value(dbOption) : core::store::defaultDatabasePath();
    cmd.mode = parser.isSet(headlessOption) || noWindow ? app::Mode::Headless : app::Mode::Console;

    // The writer connection migrates the schema before anything else reads it.
    auto db = core::store::openStore(cmd.databasePath);
    if (!db.ok()) {
        printLine(stderr,
            QCoreApplication::translate("main", "lockstep: cannot open the database: %1").arg(db.error().toString()));
        return 2;
    }

    if (cmd.mode == app::Mode::Headless) {
        if (!parser.isSet(headlessOption))
            printLine(stderr,
                QCoreApplication::translate("main",
                    "lockstep: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the console window "
                    "cannot open; running headless instead."));
        printLine(stdout,
            QCoreApplication::translate("main", "lockstep: database %1 ready (schema %2).")
                .arg(QDir::toNativeSeparators(cmd.databasePath))
                .arg(core::store::latestSchemaVersion()));
        return 0;
    }

    ui::MainWindow window(cmd.databasePath);
    window.show();
    return application->exec();
}
