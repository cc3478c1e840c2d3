// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox_command.h"

#include "quit_on_signals.h"
#include "sandbox.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace lockstep::app {

namespace {

void printLine(FILE* stream, const QByteArray& text)
{
    std::fputs(text.constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

bool isSandboxCommand(int argc, char** argv)
{
    return argc > 1 && std::strcmp(argv[1], "sandbox") == 0;
}

int runSandboxCommand(QCoreApplication& application, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("sandbox",
        "Runs simulated WooCommerce, commercetools, Deposco WMS and POS servers on 127.0.0.1.\n"
        "The first line on stdout is a JSON object with every system's endpoints and credentials."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("sandbox"), QCoreApplication::translate("sandbox", "The sandbox command."));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
        QCoreApplication::translate("sandbox", "Scenario FILE, or NAME of a shipped one (%1).")
            .arg(core::sim::shippedScenarioNames().join(QStringLiteral(", "))),
        QStringLiteral("FILE|NAME"));
    const QCommandLineOption configOption(QStringLiteral("write-config"),
        QCoreApplication::translate("sandbox", "Also write a Lockstep configuration pointing every connector here."),
        QStringLiteral("FILE"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
        QCoreApplication::translate("sandbox", "Simulated seconds per real second (default: the scenario's)."),
        QStringLiteral("X"));
    const QCommandLineOption exitOption(QStringLiteral("exit-after"),
        QCoreApplication::translate("sandbox", "Stop after SECONDS of real time (default: run until stopped)."),
        QStringLiteral("SECONDS"));
    parser.addOptions({scenarioOption, configOption, speedOption, exitOption});
    parser.process(arguments);

    if (!parser.isSet(scenarioOption)) {
        printLine(stderr,
            QCoreApplication::translate("sandbox", "lockstep sandbox: --scenario FILE|NAME is required.")
                .toLocal8Bit());
        return 2;
    }
    auto scenario = core::sim::loadScenario(parser.value(scenarioOption));
    if (!scenario) {
        printLine(stderr,
            QCoreApplication::translate("sandbox", "lockstep sandbox: %1")
                .arg(scenario.error().toString())
                .toLocal8Bit());
        return 2;
    }
    if (parser.isSet(speedOption)) {
        bool ok = false;
        const double speed = parser.value(speedOption).toDouble(&ok);
        if (!ok || speed < 0) {
            printLine(stderr,
                QCoreApplication::translate("sandbox", "lockstep sandbox: --speed needs a number of 0 or more.")
                    .toLocal8Bit());
            return 2;
        }
        scenario->speed = speed;
    }

    // The world's day starts a few hours ago, as in the demo, so an engine's backfill finds its orders.
    core::sim::startHoursAgo(scenario.value(), QDateTime::currentDateTimeUtc());
    core::sim::Sandbox sandbox;
    const auto endpoints = sandbox.start(scenario.value());
    if (!endpoints) {
        printLine(stderr,
            QCoreApplication::translate("sandbox", "lockstep sandbox: %1")
                .arg(endpoints.error().toString())
                .toLocal8Bit());
        return 1;
    }
    printLine(stdout, QByteArray::fromStdString(endpoints->toJson().dump()));

    if (parser.isSet(configOption)) {
        QSaveFile file(parser.value(configOption));
        const QByteArray config =
            QByteArray::fromStdString(
                endpoints
                    ->toConfigJson(scenario->name,
                        scenario->facilities.isEmpty() ? QString() : scenario->facilities.constFirst().number)
                    .dump(2))
            + '\n';
        if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size() || !file.commit()) {
            printLine(stderr,
                QCoreApplication::translate("sandbox", "lockstep sandbox: cannot write %1: %2")
                    .arg(parser.value(configOption), file.errorString())
                    .toLocal8Bit());
            return 1;
        }
    }
    printLine(stderr,
        QCoreApplication::translate(
            "sandbox", "lockstep sandbox: scenario \"%1\" running at %2x; ledger at %3. Stop with Ctrl+C.")
            .arg(scenario->name)
            .arg(scenario->speed)
            .arg(endpoints->wmsRoot.toString() + QStringLiteral("/_sandbox/ledger"))
            .toLocal8Bit());

    installQuitOnSignals(application);
    if (parser.isSet(exitOption))
        QTimer::singleShot(
            static_cast<int>(parser.value(exitOption).toDouble() * 1000), &application, &QCoreApplication::quit);
    const int code = application.exec();
    sandbox.stop();
    printLine(stderr,
        QCoreApplication::translate(
            "sandbox", "lockstep sandbox: stopped; %1 orders placed, %2 sales orders received by the WMS.")
            .arg(sandbox.ledger().counter(QStringLiteral("orders.placed")))
            .arg(sandbox.ledger().counter(QStringLiteral("wms.sales_orders_received")))
            .toLocal8Bit());
    return code;
}

} // namespace lockstep::app
