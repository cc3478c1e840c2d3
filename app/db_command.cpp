// SPDX-License-Identifier: GPL-3.0-or-later
#include "db_command.h"

#include "config/secrets.h"
#include "keychain_store.h"
#include "print_line.h"
#include "store/schema.h"
#include "store/server_check.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QUrl>

#include <cstring>

namespace lockstep::app {

namespace store = core::store;

bool isDbCommand(int argc, char** argv)
{
    return argc > 1 && std::strcmp(argv[1], "db") == 0;
}

void useDatabasePasswordFromKeychain(const QString& location)
{
    if (!store::isServerLocation(location) || !QUrl(location).password().isEmpty()
        || qEnvironmentVariableIsSet("LOCKSTEP_DB_PASSWORD") || qEnvironmentVariableIsSet("PGPASSWORD"))
        return;
    // A service's credential of that name first (systemd's LoadCredentialEncrypted=), then the keychain.
    if (const QString credential = core::engine::environmentSecret(QStringLiteral("LOCKSTEP_DB_PASSWORD"));
        !credential.isEmpty()) {
        qputenv("LOCKSTEP_DB_PASSWORD", credential.toUtf8());
        return;
    }
    KeychainStore keychain;
    const auto password = keychain.read(QStringLiteral("lockstep/database"));
    if (password.ok() && !password.value().isEmpty())
        qputenv("LOCKSTEP_DB_PASSWORD", password.value().toUtf8());
}

int runDbCommand(QCoreApplication& application, const QStringList& arguments)
{
    Q_UNUSED(application)
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("db",
        "Migrates or checks a store: a SQLite file, or a team's PostgreSQL database (postgresql://USER@HOST/DB)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("db", "The db command."));
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("db", "migrate or check."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("db", "The store: a file, or a postgresql:// URL (default: %1).")
            .arg(store::displayLocation(store::defaultDatabasePath())),
        QStringLiteral("URL"));
    parser.addOption(dbOption);
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (args.size() != 2 || (action != QLatin1String("migrate") && action != QLatin1String("check"))) {
        printLine(stderr, QCoreApplication::translate("db", "usage: lockstep db migrate|check [--db URL|FILE]"));
        return 2;
    }
    const QString location = parser.isSet(dbOption) ? parser.value(dbOption) : store::defaultDatabasePath();
    const QString shown = store::displayLocation(location);
    useDatabasePasswordFromKeychain(location);

    if (action == QLatin1String("migrate")) {
        auto db = store::openStore(location); // a writer's open migrates, under the store's writer lock
        if (!db.ok()) {
            printLine(stderr,
                QCoreApplication::translate("db", "lockstep: cannot migrate %1: %2").arg(shown, db.error().toString()));
            return 2;
        }
        printLine(stdout,
            QCoreApplication::translate("db", "lockstep: %1 is at schema %2.").arg(shown).arg(db->userVersion()));
        return 0;
    }

    auto db = store::openStore(location, store::Database::Mode::ReadOnly);
    if (!db.ok()) {
        printLine(
            stderr, QCoreApplication::translate("db", "lockstep: cannot use %1: %2").arg(shown, db.error().toString()));
        return db.error().code == core::ErrorCode::NotFound ? 1 : 2;
    }
    if (db->dialect() == store::Dialect::Sqlite) {
        const auto sound = store::checkIntegrity(db.value());
        printLine(sound.ok() ? stdout : stderr,
            sound.ok() ? QCoreApplication::translate("db", "lockstep: %1: SQLite file, schema %2, sound.")
                             .arg(shown)
                             .arg(db->userVersion())
                       : QCoreApplication::translate("db", "lockstep: %1: %2").arg(shown, sound.error().toString()));
        return sound.ok() ? 0 : 1;
    }
    const auto check = store::checkServer(db.value());
    if (!check.ok()) {
        printLine(stderr, QCoreApplication::translate("db", "lockstep: %1: %2").arg(shown, check.error().toString()));
        return 2;
    }
    printLine(stdout, QCoreApplication::translate("db", "lockstep: %1: %2").arg(shown, check->summary()));
    for (const QString& problem : check->problems)
        printLine(stderr, QCoreApplication::translate("db", "lockstep: problem: %1").arg(problem));
    return check->ok() ? 0 : 1;
}

} // namespace lockstep::app
