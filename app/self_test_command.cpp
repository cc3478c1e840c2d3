// SPDX-License-Identifier: GPL-3.0-or-later
#include "self_test_command.h"

#include "engine_host.h"
#include "keychain_store.h"
#include "service/self_test.h"
#include "settings/self_test_text.h"

#include <cstdio>
#include <memory>

namespace lockstep::app {

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

int runSelfTest(QCoreApplication& application, const CommandLine& command, const QString& scenario)
{
    core::engine::SelfTestSetup setup;
    setup.databasePath = command.databasePath;
    setup.configPath = command.configPath;
    std::unique_ptr<DemoSandbox> sandbox;
    if (command.demo) {
        sandbox = std::make_unique<DemoSandbox>();
        auto endpoints = sandbox->start(scenario);
        if (!endpoints.ok()) {
            printLine(stderr,
                QCoreApplication::translate("main", "lockstep: the sandbox did not start: %1")
                    .arg(endpoints.error().toString()));
            return 2;
        }
        setup.config = sandbox->engineConfig();
        setup.httpTimeout = std::chrono::milliseconds(5000); // the sandbox is on this computer
    }

    // The keychain is asked with a short timeout: a self-test that hangs on an unlock prompt helps no one.
    KeychainStore keychain(QStringLiteral("Lockstep"), std::chrono::seconds(10));
    core::engine::SelfTest test(setup, &keychain);
    int failures = 0;
    QObject::connect(&test,
        &core::engine::SelfTest::finished,
        &application,
        [&](const QList<core::engine::SelfTestResult>& results) {
            for (const auto& r : results) {
                printLine(stdout, ui::SelfTestText::line(r));
                failures += r.failed() ? 1 : 0;
            }
            application.exit(0);
        });
    QMetaObject::invokeMethod(&test, &core::engine::SelfTest::run, Qt::QueuedConnection);
    application.exec();
    if (failures == 0) {
        printLine(stdout, QCoreApplication::translate("main", "lockstep: self-test passed."));
        return 0;
    }
    printLine(stdout,
        QCoreApplication::translate("main", "lockstep: self-test failed: %n check(s) failed.", nullptr, failures));
    return 1;
}

} // namespace lockstep::app
