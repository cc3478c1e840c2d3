// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "net/http_types.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace lockstep::core::engine {

class CredentialStore;

/// What one check looked at.
enum class SelfTestCheck
{
    Database, ///< the file is sound, opens for writing, is migrated to this program's schema, and takes a write
    Keychain, ///< the OS keychain answers, and holds every entry the configuration names
    Configuration, ///< the configuration file exists and is valid
    Connector, ///< one configured system answers its health call over the HTTP policy
};

enum class SelfTestOutcome
{
    Passed,
    Failed,
    NotNeeded, ///< the check does not apply to this setup (no keychain, but no secret comes from it); not a failure
};

/// Why a check failed (or, for NotNeeded, why it did not apply). The UI and the command line turn it into a cause
/// and a remedy in the user's language; core keeps codes and untranslated context only.
enum class SelfTestCause
{
    None,
    DatabaseUnavailable, ///< the file (or its folder) cannot be opened or created
    DatabaseTooNew, ///< written by a newer Lockstep
    DatabaseNotMigrated, ///< the schema version is not this program's after migrating
    DatabaseReadOnly, ///< opens, but refuses a write (read-only file or folder, full disk, a lock held elsewhere)
    DatabaseDamaged, ///< the file is not a sound SQLite database (PRAGMA quick_check found damage)
    KeychainUnavailable, ///< the keychain does not answer (no Secret Service, locked, refused)
    SecretMissing, ///< a keychain entry the configuration names does not exist
    SecretUnavailable, ///< an environment variable the configuration names is unset, or another secret failure
    NoConfiguration, ///< no --config file given (and not a demo)
    ConfigMissing, ///< the file does not exist or cannot be read
    ConfigInvalid, ///< the file has mistakes: context lists each field and what is wrong
    ConnectorBadAddress, ///< the URL cannot be used (no scheme, unsupported scheme)
    ConnectorUnreachable, ///< no connection: refused, unknown host, reset
    ConnectorTimeout, ///< connected (or tried to) but no answer within the timeout
    ConnectorTls, ///< TLS handshake or certificate verification failed
    ConnectorSignInRefused, ///< 401 or 403: credentials wrong, revoked, or without the permission
    /// 401 as to a request without credentials (WooCommerce `woocommerce_rest_cannot_view`): the host strips the
    /// Authorization header; the remedy is query-string credentials (`auth: "query_string"`, HTTPS only)
    ConnectorCredentialsStripped,
    ConnectorNotFound, ///< 404: the base URL, API path or project key is wrong
    ConnectorRateLimited, ///< 429 even after waiting as asked
    ConnectorServerError, ///< 5xx after the policy's retries
    ConnectorRefused, ///< another 4xx
    ConnectorBadAnswer, ///< 2xx, but not the API's JSON (the URL points at another web site)
};

/// The result of one check. `context` is untranslated detail for the person and the log (a path, a URL, an entry
/// name, the failing field, the remote system's message), secrets redacted.
struct SelfTestResult
{
    SelfTestCheck check = SelfTestCheck::Database;
    QString connector; ///< for Connector: the configuration key ("woocommerce", "commercetools", "wms", "pos")
    SelfTestOutcome outcome = SelfTestOutcome::Passed;
    SelfTestCause cause = SelfTestCause::None;
    QString context;
    int httpStatus = 0; ///< for Connector: the last HTTP status, 0 when none came

    bool failed() const { return outcome == SelfTestOutcome::Failed; }
    /// A stable machine name: "database", "keychain", "configuration", "connector.wms".
    QString name() const;
};

/// What to check.
struct SelfTestSetup
{
    QString databasePath;
    QString configPath; ///< the file to load and validate; empty and no `config`: NoConfiguration
    std::optional<Config> config; ///< a configuration already in memory (demo mode); wins over configPath
    std::chrono::milliseconds httpTimeout{10'000}; ///< per attempt
    int httpAttempts = 3; ///< attempts per health call, first included (the policy's backoff between them)
};

/// Checks a setup: database, configuration, keychain, then every configured connector's health call over the HTTP
/// policy, side by side. Each result is reported as it is known (checkFinished), then all of them in a fixed order
/// (database, configuration, keychain, wms, woocommerce, commercetools, pos) with finished(). Nothing is written to
/// the database or to any remote system.
///
/// One object runs once: create it, move it to a worker thread if the caller has an event loop to keep free (the
/// keychain and the database are read synchronously), then call run() there. `keychain` (not owned, may be null)
/// is called from that thread. Thread: the thread run() is called in.
class SelfTest : public QObject
{
    Q_OBJECT

public:
    SelfTest(SelfTestSetup setup, CredentialStore* keychain, QObject* parent = nullptr);
    ~SelfTest() override;

    const QList<SelfTestResult>& results() const { return m_results; }
    /// True once finished() was emitted and any check failed.
    bool anyFailed() const;

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void checkFinished(const lockstep::core::engine::SelfTestResult& result);
    void finished(const QList<lockstep::core::engine::SelfTestResult>& results);

private:
    void add(SelfTestResult result);
    SelfTestResult checkDatabase() const;
    std::optional<Config> checkConfiguration();
    SelfTestResult checkKeychain(const Config* config) const;
    void checkConnectors(const Config& config);
    void finishIfDone();

    SelfTestSetup m_setup;
    CredentialStore* m_keychain;
    QNetworkAccessManager* m_network = nullptr;
    QList<SelfTestResult> m_results;
    int m_pending = 0;
    bool m_started = false;
    bool m_finished = false;
};

/// The cause of a failed health call, from the HTTP outcome the policy left (failure kind, status, error code).
SelfTestCause causeOfHealthFailure(const net::HttpResult& result);

} // namespace lockstep::core::engine

Q_DECLARE_METATYPE(lockstep::core::engine::SelfTestResult)
