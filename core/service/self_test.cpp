// SPDX-License-Identifier: GPL-3.0-or-later
#include "self_test.h"

#include "config/secrets.h"
#include "domain/count_text.h"
#include "engine/connector_set.h"
#include "net/http_client.h"
#include "net/redact.h"
#include "store/schema.h"
#include "store/server_check.h"
#include "store/store.h"
#include "sync_engine.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace lockstep::core::engine {

namespace {

/// A keychain entry that never exists: reading it proves the keychain answers without touching a real secret.
const QString kProbeEntry = QStringLiteral("lockstep/self-test-probe");

/// The fixed order of finished(): what a person reads top to bottom.
int rank(const SelfTestResult& r)
{
    static const QStringList connectors = {
        QStringLiteral("wms"), QStringLiteral("woocommerce"), QStringLiteral("commercetools"), QStringLiteral("pos")};
    switch (r.check) {
    case SelfTestCheck::Database:
        return 0;
    case SelfTestCheck::Configuration:
        return 1;
    case SelfTestCheck::Keychain:
        return 2;
    case SelfTestCheck::Connector:
        return 3 + static_cast<int>(connectors.indexOf(r.connector));
    }
    return 99;
}

SelfTestResult failed(SelfTestCheck check, SelfTestCause cause, QString context)
{
    SelfTestResult r;
    r.check = check;
    r.outcome = SelfTestOutcome::Failed;
    r.cause = cause;
    r.context = net::redact(QStringView(context));
    return r;
}

SelfTestResult passed(SelfTestCheck check, QString context)
{
    SelfTestResult r;
    r.check = check;
    r.context = std::move(context);
    return r;
}

struct Named
{
    QString key;
    const ConnectorConfig* connector;
};

/// The enabled connectors in check order.
QList<Named> enabledConnectors(const Config& c)
{
    QList<Named> out;
    for (const Named& n : {Named{QStringLiteral("wms"), &c.wms},
             Named{QStringLiteral("woocommerce"), &c.woocommerce},
             Named{QStringLiteral("commercetools"), &c.commercetools},
             Named{QStringLiteral("pos"), &c.pos}}) {
        if (n.connector->enabled)
            out.append(n);
    }
    return out;
}

/// `config` with only the connector `key` enabled, so credentials and connectors are made for it alone.
Config onlyConnector(Config config, const QString& key)
{
    config.wms.enabled = key == QStringLiteral("wms");
    config.woocommerce.enabled = key == QStringLiteral("woocommerce");
    config.commercetools.enabled = key == QStringLiteral("commercetools");
    config.pos.enabled = key == QStringLiteral("pos");
    return config;
}

QString describeUrl(const ConnectorConfig& c)
{
    return net::redact(c.baseUrl);
}

} // namespace

QString SelfTestResult::name() const
{
    switch (check) {
    case SelfTestCheck::Database:
        return QStringLiteral("database");
    case SelfTestCheck::Keychain:
        return QStringLiteral("keychain");
    case SelfTestCheck::Configuration:
        return QStringLiteral("configuration");
    case SelfTestCheck::Connector:
        return QStringLiteral("connector.") + connector;
    }
    return {};
}

SelfTestCause causeOfHealthFailure(const net::HttpResult& r)
{
    if (r.error && r.error->code == ErrorCode::Parse)
        return SelfTestCause::ConnectorBadAnswer;
    switch (r.failure) {
    case net::HttpFailure::None:
        return SelfTestCause::None;
    case net::HttpFailure::Timeout:
    case net::HttpFailure::Cancelled:
        return SelfTestCause::ConnectorTimeout;
    case net::HttpFailure::Connection:
    case net::HttpFailure::CircuitOpen:
        return SelfTestCause::ConnectorUnreachable;
    case net::HttpFailure::Tls:
        return SelfTestCause::ConnectorTls;
    case net::HttpFailure::InvalidRequest:
        return SelfTestCause::ConnectorBadAddress;
    case net::HttpFailure::TooLarge:
        return SelfTestCause::ConnectorBadAnswer;
    case net::HttpFailure::HttpStatus:
        break;
    }
    const int status = r.response ? r.response->status : 0;
    if (status == 401 && r.response) {
        // WooCommerce answers a request that reached it without credentials as a reader without the permission:
        // the web server or a proxy in front of it dropped the Authorization header.
        const auto body = nlohmann::json::parse(
            r.response->body.constData(), r.response->body.constData() + r.response->body.size(), nullptr, false);
        if (body.is_object() && body.value("code", std::string()) == "woocommerce_rest_cannot_view")
            return SelfTestCause::ConnectorCredentialsStripped;
    }
    if (status == 401 || status == 403)
        return SelfTestCause::ConnectorSignInRefused;
    if (status == 404)
        return SelfTestCause::ConnectorNotFound;
    if (status == 429)
        return SelfTestCause::ConnectorRateLimited;
    if (status >= 500)
        return SelfTestCause::ConnectorServerError;
    if (status == 0) // a sign-in that failed without an answer the client kept
        return SelfTestCause::ConnectorUnreachable;
    return SelfTestCause::ConnectorRefused;
}

SelfTest::SelfTest(SelfTestSetup setup, CredentialStore* keychain, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_keychain(keychain)
{
    qRegisterMetaType<SelfTestResult>();
    qRegisterMetaType<QList<SelfTestResult>>();
}

SelfTest::~SelfTest() = default;

bool SelfTest::anyFailed() const
{
    return std::any_of(m_results.cbegin(), m_results.cend(), [](const SelfTestResult& r) { return r.failed(); });
}

void SelfTest::run()
{
    if (m_started)
        return;
    m_started = true;
    add(checkDatabase());
    const std::optional<Config> config = checkConfiguration();
    add(checkKeychain(config ? &*config : nullptr));
    if (config)
        checkConnectors(*config);
    finishIfDone();
}

void SelfTest::add(SelfTestResult result)
{
    m_results.append(result);
    Q_EMIT checkFinished(result);
}

void SelfTest::finishIfDone()
{
    if (m_pending > 0 || m_finished)
        return;
    m_finished = true;
    std::stable_sort(m_results.begin(), m_results.end(), [](const SelfTestResult& a, const SelfTestResult& b) {
        return rank(a) < rank(b);
    });
    Q_EMIT finished(m_results);
}

SelfTestResult SelfTest::checkDatabase() const
{
    const QString path = store::displayLocation(m_setup.databasePath); // a server's URL without its password
    if (m_setup.databasePath.isEmpty())
        return failed(SelfTestCheck::Database, SelfTestCause::DatabaseUnavailable, QStringLiteral("no database path"));
    auto db = store::openStore(m_setup.databasePath);
    if (!db.ok()) {
        // openStore() says which check refused the file by its error's code.
        SelfTestCause cause = SelfTestCause::DatabaseUnavailable;
        if (db.error().code == ErrorCode::SchemaTooNew)
            cause = SelfTestCause::DatabaseTooNew;
        else if (db.error().code == ErrorCode::Parse)
            cause = SelfTestCause::DatabaseDamaged;
        else if (db.error().code == ErrorCode::Refused)
            cause = SelfTestCause::DatabaseReadOnly;
        return failed(SelfTestCheck::Database, cause, path + QStringLiteral(": ") + db.error().toString());
    }
    const int version = db->userVersion();
    if (version != store::latestSchemaVersion()) {
        return failed(SelfTestCheck::Database,
            SelfTestCause::DatabaseNotMigrated,
            QStringLiteral("%1: schema %2, this program needs %3")
                .arg(path)
                .arg(version)
                .arg(store::latestSchemaVersion()));
    }
    if (db->dialect() == store::Dialect::Postgres) {
        // A shared server: also the role's rights, the search's extension and the audit log's protection.
        const auto server = store::checkServer(db.value());
        if (!server.ok())
            return failed(SelfTestCheck::Database,
                SelfTestCause::DatabaseUnavailable,
                path + QStringLiteral(": ") + server.error().toString());
        if (!server->ok())
            return failed(SelfTestCheck::Database,
                SelfTestCause::DatabaseReadOnly,
                path + QStringLiteral(": ") + server->problems.join(QStringLiteral("; ")));
        return passed(SelfTestCheck::Database, QStringLiteral("%1 (%2)").arg(path, server->summary()));
    }
    return passed(SelfTestCheck::Database, QStringLiteral("%1 (schema %2)").arg(path).arg(version));
}

std::optional<Config> SelfTest::checkConfiguration()
{
    if (m_setup.config) {
        add(passed(SelfTestCheck::Configuration, QStringLiteral("the built-in sandbox")));
        return m_setup.config;
    }
    if (m_setup.configPath.isEmpty()) {
        add(failed(SelfTestCheck::Configuration, SelfTestCause::NoConfiguration, {}));
        return std::nullopt;
    }
    const QString path = QDir::toNativeSeparators(m_setup.configPath);
    const QFileInfo info(m_setup.configPath);
    if (!info.isFile() || !info.isReadable()) {
        add(failed(SelfTestCheck::Configuration, SelfTestCause::ConfigMissing, path));
        return std::nullopt;
    }
    const ConfigLoad load = loadConfigFile(m_setup.configPath);
    if (!load.ok()) {
        QStringList issues;
        for (const ConfigIssue& issue : load.issues)
            issues.append(issue.toString());
        add(failed(SelfTestCheck::Configuration,
            SelfTestCause::ConfigInvalid,
            path + QStringLiteral(": ") + issues.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    const qsizetype systems = enabledConnectors(*load.config).size();
    add(passed(SelfTestCheck::Configuration,
        QStringLiteral("%1 (%2)").arg(
            path, countOf(systems, QLatin1String("connector"), QLatin1String("connectors")))));
    return load.config;
}

SelfTestResult SelfTest::checkKeychain(const Config* config) const
{
    QStringList entries; // the keychain entries the enabled connectors name
    if (config) {
        for (const Named& n : enabledConnectors(*config)) {
            for (const SecretRef* ref : {&n.connector->key, &n.connector->secret, &n.connector->webhookSecret}) {
                if (ref->kind == SecretRef::Kind::Keychain && !entries.contains(ref->name))
                    entries.append(ref->name);
            }
        }
    }
    if (!m_keychain) {
        if (entries.isEmpty()) {
            SelfTestResult r = passed(SelfTestCheck::Keychain, QStringLiteral("no keychain here"));
            r.outcome = SelfTestOutcome::NotNeeded;
            r.cause = SelfTestCause::KeychainUnavailable;
            return r;
        }
        return failed(SelfTestCheck::Keychain,
            SelfTestCause::KeychainUnavailable,
            QStringLiteral("no keychain here; needed for ") + entries.join(QStringLiteral(", ")));
    }
    if (entries.isEmpty()) {
        // Nothing comes from the keychain: it only has to answer ("no such entry" is an answer).
        auto probe = m_keychain->read(kProbeEntry);
        if (probe.ok() || probe.error().code == ErrorCode::NotFound)
            return passed(
                SelfTestCheck::Keychain, QStringLiteral("answers; no secret of this configuration is kept in it"));
        SelfTestResult r =
            failed(SelfTestCheck::Keychain, SelfTestCause::KeychainUnavailable, probe.error().toString());
        r.outcome = SelfTestOutcome::NotNeeded;
        return r;
    }
    for (const QString& entry : std::as_const(entries)) {
        auto value = m_keychain->read(entry);
        if (value.ok())
            continue;
        const SelfTestCause cause = value.error().code == ErrorCode::NotFound ? SelfTestCause::SecretMissing
                                                                              : SelfTestCause::KeychainUnavailable;
        return failed(SelfTestCheck::Keychain, cause, entry + QStringLiteral(": ") + value.error().message);
    }
    return passed(SelfTestCheck::Keychain, QStringLiteral("readable: ") + entries.join(QStringLiteral(", ")));
}

void SelfTest::checkConnectors(const Config& config)
{
    net::HttpPolicy policy;
    policy.timeout = m_setup.httpTimeout;
    policy.maxAttempts = std::max(1, m_setup.httpAttempts);
    for (const Named& n : enabledConnectors(config)) {
        const Config single = onlyConnector(config, n.key);
        const QString where = describeUrl(*n.connector);
        auto credentials = resolveCredentials(single, m_keychain);
        if (!credentials.ok()) {
            SelfTestResult r =
                failed(SelfTestCheck::Connector, SelfTestCause::SecretUnavailable, credentials.error().toString());
            r.connector = n.key;
            add(r);
            continue;
        }
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        const ConnectorSet set = makeConnectors(single, credentials.value(), m_network, policy, this, PosUse::Include);
        const auto done = [this, key = n.key, where](const net::HttpResult& answer) {
            SelfTestResult r = answer.ok()
                ? passed(SelfTestCheck::Connector, where)
                : failed(SelfTestCheck::Connector,
                    causeOfHealthFailure(answer),
                    where + QStringLiteral(": ") + (answer.error ? answer.error->toString() : QString()));
            r.connector = key;
            r.httpStatus = answer.response ? answer.response->status : 0;
            add(r);
            --m_pending;
            finishIfDone();
        };
        ++m_pending;
        if (set.wms)
            set.wms->checkHealth(done);
        else
            set.storefronts.constFirst()->checkHealth(done);
    }
}

} // namespace lockstep::core::engine
