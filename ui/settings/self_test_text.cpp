// SPDX-License-Identifier: GPL-3.0-or-later
#include "self_test_text.h"

namespace lockstep::ui {

using core::engine::SelfTestCause;
using core::engine::SelfTestCheck;
using core::engine::SelfTestOutcome;
using core::engine::SelfTestResult;

QString SelfTestText::title(const SelfTestResult& r)
{
    switch (r.check) {
    case SelfTestCheck::Database:
        return tr("Database");
    case SelfTestCheck::Keychain:
        return tr("Keychain");
    case SelfTestCheck::Configuration:
        return tr("Configuration");
    case SelfTestCheck::Connector:
        break;
    }
    if (r.connector == QLatin1String("wms"))
        return tr("Connection to the warehouse (Deposco)");
    if (r.connector == QLatin1String("woocommerce"))
        return tr("Connection to WooCommerce");
    if (r.connector == QLatin1String("commercetools"))
        return tr("Connection to commercetools");
    if (r.connector == QLatin1String("pos"))
        return tr("Connection to the store tills (Square)");
    return tr("Connection to %1").arg(r.connector);
}

QString SelfTestText::outcome(const SelfTestResult& r)
{
    switch (r.outcome) {
    case SelfTestOutcome::Passed:
        return tr("OK");
    case SelfTestOutcome::Failed:
        return tr("Failed");
    case SelfTestOutcome::NotNeeded:
        return tr("Not needed");
    }
    return {};
}

QString SelfTestText::cause(const SelfTestResult& r)
{
    if (r.outcome == SelfTestOutcome::Passed)
        return {};
    if (r.outcome == SelfTestOutcome::NotNeeded)
        return tr("No secret of this configuration is kept in the keychain, and it does not answer here.");
    switch (r.cause) {
    case SelfTestCause::None:
        return {};
    case SelfTestCause::DatabaseUnavailable:
        return tr("The database file cannot be opened or created.");
    case SelfTestCause::DatabaseTooNew:
        return tr("The database was written by a newer version of Lockstep.");
    case SelfTestCause::DatabaseNotMigrated:
        return tr("The database's schema is not the one this version uses.");
    case SelfTestCause::DatabaseReadOnly:
        return tr("The database opens, but refuses to be written.");
    case SelfTestCause::DatabaseDamaged:
        return tr("The database file is damaged: parts of it are not what SQLite wrote.");
    case SelfTestCause::KeychainUnavailable:
        return tr("The operating system's keychain does not answer.");
    case SelfTestCause::SecretMissing:
        return tr("A secret the configuration names is not in the keychain.");
    case SelfTestCause::SecretUnavailable:
        return tr("A secret of this connection cannot be read.");
    case SelfTestCause::NoConfiguration:
        return tr("No configuration was given, so no system can be checked.");
    case SelfTestCause::ConfigMissing:
        return tr("The configuration file does not exist or cannot be read.");
    case SelfTestCause::ConfigInvalid:
        return tr("The configuration has mistakes.");
    case SelfTestCause::ConnectorBadAddress:
        return tr("The address cannot be used.");
    case SelfTestCause::ConnectorUnreachable:
        return tr("No connection could be made.");
    case SelfTestCause::ConnectorTimeout:
        return tr("The system did not answer in time.");
    case SelfTestCause::ConnectorTls:
        return tr("The secure connection failed (certificate or TLS).");
    case SelfTestCause::ConnectorSignInRefused:
        return tr("The system refused the credentials (HTTP %1).").arg(r.httpStatus);
    case SelfTestCause::ConnectorCredentialsStripped:
        return tr("The store answered as if no credentials were sent: the web server in front of it drops the "
                  "Authorization header (HTTP 401).");
    case SelfTestCause::ConnectorNotFound:
        return tr("The address answers, but not as this system's API (HTTP 404).");
    case SelfTestCause::ConnectorRateLimited:
        return tr("The system asks Lockstep to slow down (HTTP 429).");
    case SelfTestCause::ConnectorServerError:
        return tr("The system answers with a server error (HTTP %1).").arg(r.httpStatus);
    case SelfTestCause::ConnectorRefused:
        return tr("The system refused the request (HTTP %1).").arg(r.httpStatus);
    case SelfTestCause::ConnectorBadAnswer:
        return tr("The address answers with something other than the API (a web page?).");
    }
    return {};
}

QString SelfTestText::remedy(const SelfTestResult& r)
{
    if (r.outcome != SelfTestOutcome::Failed)
        return {};
    switch (r.cause) {
    case SelfTestCause::None:
        return {};
    case SelfTestCause::DatabaseUnavailable:
        return tr("Choose a file in a folder you can write to (--db FILE), or make the folder writable.");
    case SelfTestCause::DatabaseTooNew:
        return tr("Install that version of Lockstep (or a newer one), or use another database file.");
    case SelfTestCause::DatabaseNotMigrated:
        return tr("Open the database once with this version (lockstep --headless --once), or restore a backup.");
    case SelfTestCause::DatabaseReadOnly:
        return tr("Make the file and its folder writable, free some disk space, or close the other program using it.");
    case SelfTestCause::DatabaseDamaged:
        return tr("Restore the file from a backup (stop Lockstep first), or move it aside and let Lockstep start a "
                  "new one; permissions will not repair it.");
    case SelfTestCause::KeychainUnavailable:
        return tr(
            "Unlock the keychain (Windows Credential Manager, GNOME Keyring or KWallet) and try again; on a server "
            "without one, name environment variables for the secrets instead.");
    case SelfTestCause::SecretMissing:
        return tr("Store it with: lockstep secret set %1 (the secret is read from standard input).")
            .arg(r.context.section(QStringLiteral(": "), 0, 0));
    case SelfTestCause::SecretUnavailable:
        return tr("Set the environment variable or keychain entry named in the detail, then try again.");
    case SelfTestCause::NoConfiguration:
        return tr("Give the configuration file with --config FILE, or try the sandbox with --demo.");
    case SelfTestCause::ConfigMissing:
        return tr("Check the path of the configuration file.");
    case SelfTestCause::ConfigInvalid:
        return tr("Correct each field named in the detail.");
    case SelfTestCause::ConnectorBadAddress:
        return tr("Give the full address in the configuration, starting with https://.");
    case SelfTestCause::ConnectorUnreachable:
        return tr(
            "Check the address in the configuration, that the system is up, and that no firewall or proxy blocks it.");
    case SelfTestCause::ConnectorTimeout:
        return tr("Check that the system is up and reachable from this computer, then try again.");
    case SelfTestCause::ConnectorTls:
        return tr("Check the address and the system's certificate; behind a company proxy, its certificate may need "
                  "installing.");
    case SelfTestCause::ConnectorSignInRefused:
        return tr("Check the key and secret and their permissions; store new ones with lockstep secret set ENTRY.");
    case SelfTestCause::ConnectorCredentialsStripped:
        return tr("Set \"auth\": \"query_string\" for this storefront in the configuration (HTTPS only), or have "
                  "the host pass the Authorization header on.");
    case SelfTestCause::ConnectorNotFound:
        return tr("Check the address in the configuration (and the project key or business unit).");
    case SelfTestCause::ConnectorRateLimited:
        return tr("Wait a few minutes and run the self-test again.");
    case SelfTestCause::ConnectorServerError:
        return tr("The fault is on the system's side: try again later, or ask its administrator.");
    case SelfTestCause::ConnectorRefused:
        return tr("Check the connection settings named in the detail (business unit, project key, permissions).");
    case SelfTestCause::ConnectorBadAnswer:
        return tr("Give the API's address, not a web page or a sign-in page.");
    }
    return {};
}

QString SelfTestText::line(const SelfTestResult& r)
{
    const QString head = tr("[%1] %2").arg(outcome(r), title(r));
    if (r.outcome == SelfTestOutcome::Passed)
        return r.context.isEmpty() ? head : tr("%1: %2").arg(head, r.context);
    QString text = tr("%1: %2").arg(head, cause(r));
    if (!r.context.isEmpty())
        text = tr("%1 (%2)").arg(text, r.context);
    const QString what = remedy(r);
    return what.isEmpty() ? text : tr("%1 Remedy: %2").arg(text, what);
}

} // namespace lockstep::ui
