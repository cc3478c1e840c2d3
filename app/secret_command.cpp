// SPDX-License-Identifier: GPL-3.0-or-later
#include "secret_command.h"

#include "keychain_store.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace lockstep::app {

namespace {

void say(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("lockstep: ") + text + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

bool isSecretCommand(int argc, char** argv)
{
    return argc > 1 && std::strcmp(argv[1], "secret") == 0;
}

int runSecretCommand(QCoreApplication& application, const QStringList& arguments)
{
    Q_UNUSED(application)
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("secret",
        "Keeps a connector's secret in the operating system's keychain. `set` reads the secret from standard "
        "input; the configuration then names the entry as {\"keychain\": \"ENTRY\"}."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("secret"), QCoreApplication::translate("secret", "The secret command."));
    parser.addPositionalArgument(
        QStringLiteral("action"), QCoreApplication::translate("secret", "set, delete or check."));
    parser.addPositionalArgument(QStringLiteral("entry"),
        QCoreApplication::translate("secret", "The keychain entry, e.g. lockstep/woocommerce/secret."));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    const QString entry = args.value(2);
    if (args.size() != 3
        || !QStringList{QStringLiteral("set"), QStringLiteral("delete"), QStringLiteral("check")}.contains(action)) {
        say(stderr, QCoreApplication::translate("secret", "usage: lockstep secret set|delete|check ENTRY"));
        return 2;
    }
    KeychainStore keychain;
    core::Status status = core::Status::success();
    if (action == QStringLiteral("set")) {
        QTextStream in(stdin);
        const QString secret = in.readLine();
        if (secret.isEmpty()) {
            say(stderr, QCoreApplication::translate("secret", "no secret on standard input; nothing stored"));
            return 2;
        }
        status = keychain.write(entry, secret);
        if (status.ok())
            say(stdout, QCoreApplication::translate("secret", "stored %1 in the keychain").arg(entry));
    } else if (action == QStringLiteral("delete")) {
        status = keychain.remove(entry);
        if (status.ok())
            say(stdout, QCoreApplication::translate("secret", "removed %1 from the keychain").arg(entry));
    } else {
        auto value = keychain.read(entry);
        status = value.ok() ? core::Status::success() : core::Status(value.error());
        if (status.ok())
            say(stdout, QCoreApplication::translate("secret", "%1 is in the keychain and can be read").arg(entry));
    }
    if (!status.ok()) {
        say(stderr, status.error().toString());
        return 1;
    }
    return 0;
}

} // namespace lockstep::app
