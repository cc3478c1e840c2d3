// SPDX-License-Identifier: GPL-3.0-or-later
// The self-test against the in-process sandbox over real HTTP on 127.0.0.1 and a real SQLite file: every check
// passes on a sound setup, and each kind of trouble (a 500, a timeout, a closed port, wrong credentials, an
// unwritable database, a broken configuration, a missing keychain entry) fails its own check with its cause.
#include "config/secrets.h"
#include "memory_credential_store.h"
#include "service/self_test.h"
#include "sim/sandbox.h"
#include "sim_test_client.h"
#include "support.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>

using namespace lockstep;
using namespace lockstep::test;
using core::engine::SelfTest;
using core::engine::SelfTestCause;
using core::engine::SelfTestCheck;
using core::engine::SelfTestOutcome;
using core::engine::SelfTestResult;
using core::engine::SelfTestSetup;

namespace {

/// The OS keychain stands outside core; here a map answers through the same interface. `answers` false plays a
/// keychain that is not there (no Secret Service on the session bus).
using MapKeychain = lockstep::test::MemoryCredentialStore;

const SelfTestResult* find(const QList<SelfTestResult>& results, const QString& name)
{
    for (const auto& r : results) {
        if (r.name() == name)
            return &r;
    }
    return nullptr;
}

QString dump(const QList<SelfTestResult>& results)
{
    QStringList lines;
    for (const auto& r : results)
        lines << QStringLiteral("%1 outcome=%2 cause=%3 status=%4 %5")
                     .arg(r.name())
                     .arg(static_cast<int>(r.outcome))
                     .arg(static_cast<int>(r.cause))
                     .arg(r.httpStatus)
                     .arg(r.context);
    return lines.join(u'\n');
}

} // namespace

class TestSelfTest : public QObject
{
    Q_OBJECT

private:
    core::sim::Sandbox m_sandbox;
    QTemporaryDir m_dir;

    core::engine::Config config() const
    {
        auto load = core::engine::parseConfig(
            QByteArray::fromStdString(m_sandbox.endpoints().toConfigJson(QStringLiteral("demo")).dump()));
        if (!load.ok())
            qFatal("sandbox config: %s", qPrintable(load.issues.constFirst().toString()));
        return *load.config;
    }

    SelfTestSetup setup(std::optional<core::engine::Config> c = {}) const
    {
        SelfTestSetup s;
        s.databasePath = m_dir.filePath(QStringLiteral("self-test.sqlite"));
        s.config = c ? c : config();
        s.httpTimeout = std::chrono::milliseconds(3000);
        return s;
    }

    static QList<SelfTestResult> run(const SelfTestSetup& s, core::engine::CredentialStore* keychain)
    {
        SelfTest test(s, keychain);
        QSignalSpy finished(&test, &SelfTest::finished);
        test.run();
        if (!lockstep::test::waitForSignal(finished, 60000))
            return {};
        return finished.takeFirst().at(0).value<QList<SelfTestResult>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start(quietScenario()).ok());
    }

    void cleanup() { m_sandbox.setFaultProfile(core::sim::FaultProfile{}); }

    void everyCheckPassesAgainstTheSandbox()
    {
        MapKeychain keychain;
        const auto results = run(setup(), &keychain);
        QVERIFY2(results.size() == 7, qPrintable(dump(results))); // database, configuration, keychain, 4 systems
        for (const auto& r : results)
            QVERIFY2(r.outcome == SelfTestOutcome::Passed, qPrintable(dump(results)));
        QStringList names;
        for (const auto& r : results)
            names << r.name();
        QCOMPARE(names,
            QStringList({"database",
                "configuration",
                "keychain",
                "connector.wms",
                "connector.woocommerce",
                "connector.commercetools",
                "connector.pos"}));
        QVERIFY(find(results, QStringLiteral("database"))->context.contains(QStringLiteral("schema")));
    }

    void aServerErrorIsReportedWithItsStatus()
    {
        core::sim::FaultProfile broken;
        broken.serverErrorRate = 1.0;
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, broken);
        MapKeychain keychain;
        const auto results = run(setup(), &keychain);
        const SelfTestResult* wms = find(results, QStringLiteral("connector.wms"));
        QVERIFY2(wms, qPrintable(dump(results)));
        QVERIFY(wms->failed());
        QVERIFY2(wms->cause == SelfTestCause::ConnectorServerError, qPrintable(dump(results)));
        QVERIFY2(wms->httpStatus >= 500 && wms->httpStatus < 600, qPrintable(dump(results)));
        // The other systems are not dragged down with it.
        QVERIFY(!find(results, QStringLiteral("connector.woocommerce"))->failed());
    }

    void aSystemThatNeverAnswersIsATimeout()
    {
        core::sim::FaultProfile silent;
        silent.timeoutRate = 1.0;
        silent.timeoutHoldMs = 5000;
        m_sandbox.setFaultProfile(core::sim::SimSystem::WooCommerce, silent);
        SelfTestSetup s = setup();
        s.httpTimeout = std::chrono::milliseconds(400);
        const auto results = run(s, nullptr);
        const SelfTestResult* woo = find(results, QStringLiteral("connector.woocommerce"));
        QVERIFY2(woo && woo->cause == SelfTestCause::ConnectorTimeout, qPrintable(dump(results)));
        QVERIFY(woo->context.contains(QStringLiteral("127.0.0.1")));
    }

    void aClosedPortIsUnreachable()
    {
        QTcpServer probe; // a port that was free a moment ago and is closed again: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        core::engine::Config c = config();
        c.pos.baseUrl.setPort(port);
        const auto results = run(setup(c), nullptr);
        const SelfTestResult* pos = find(results, QStringLiteral("connector.pos"));
        QVERIFY2(pos && pos->cause == SelfTestCause::ConnectorUnreachable, qPrintable(dump(results)));
        QVERIFY(pos->context.contains(QString::number(port)));
    }

    void wrongCredentialsAreRefusedWithoutShowingThem()
    {
        core::engine::Config c = config();
        c.woocommerce.secret.name = QStringLiteral("cs_wrong-secret-value");
        c.commercetools.secret.name = QStringLiteral("wrong-ct-secret-value");
        const auto results = run(setup(c), nullptr);
        for (const char* name : {"connector.woocommerce", "connector.commercetools"}) {
            const SelfTestResult* r = find(results, QString::fromLatin1(name));
            QVERIFY2(r && r->cause == SelfTestCause::ConnectorSignInRefused, qPrintable(dump(results)));
            QVERIFY2(r->httpStatus == 401 || r->httpStatus == 403 || r->httpStatus == 400, qPrintable(dump(results)));
        }
        QVERIFY(!dump(results).contains(QStringLiteral("wrong-secret-value")));
        QVERIFY(!dump(results).contains(QStringLiteral("wrong-ct-secret-value")));
    }

    void aHostThatStripsTheAuthorizationHeaderIsNamedAndQueryStringCredentialsPass()
    {
        core::sim::Sandbox stripping;
        core::sim::Scenario scenario = quietScenario();
        scenario.wooStripsAuthorization = true;
        QVERIFY(stripping.start(scenario).ok());
        auto load = core::engine::parseConfig(
            QByteArray::fromStdString(stripping.endpoints().toConfigJson(QStringLiteral("demo")).dump()));
        QVERIFY(load.ok());
        core::engine::Config c = *load.config;
        const auto results = run(setup(c), nullptr);
        const SelfTestResult* woo = find(results, QStringLiteral("connector.woocommerce"));
        QVERIFY2(woo && woo->cause == SelfTestCause::ConnectorCredentialsStripped, qPrintable(dump(results)));
        QCOMPARE(woo->httpStatus, 401);

        c.woocommerce.auth = QStringLiteral("query_string");
        const auto again = run(setup(c), nullptr);
        const SelfTestResult* passed = find(again, QStringLiteral("connector.woocommerce"));
        QVERIFY2(passed && !passed->failed(), qPrintable(dump(again)));
        // Wrong credentials in the query are refused as such, and the secret is not shown.
        c.woocommerce.secret.name = QStringLiteral("cs_wrong-query-secret");
        const auto wrong = run(setup(c), nullptr);
        const SelfTestResult* refused = find(wrong, QStringLiteral("connector.woocommerce"));
        QVERIFY2(refused && refused->cause == SelfTestCause::ConnectorSignInRefused, qPrintable(dump(wrong)));
        QVERIFY(!dump(wrong).contains(QStringLiteral("wrong-query-secret")));
    }

    void anUnwritableDatabasePathFailsTheDatabaseCheck()
    {
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        SelfTestSetup s = setup();
        s.databasePath =
            file + QStringLiteral("/lockstep.sqlite"); // a folder that is a file: never creatable, even as root
        const auto results = run(s, nullptr);
        const SelfTestResult* db = find(results, QStringLiteral("database"));
        QVERIFY2(db && db->cause == SelfTestCause::DatabaseUnavailable, qPrintable(dump(results)));
        QVERIFY(db->context.contains(QStringLiteral("a-file")));
    }

    void aBrokenConfigurationNamesTheField()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // An http:// WMS that is not on this computer: refused, with the field named.
        f.write("{\"connectors\": {\"wms\": {\"base_url\": \"http://wms.example.com\", \"client_id\": \"x\", "
                "\"client_secret\": \"y\"}}}");
        f.close();
        SelfTestSetup s = setup();
        s.config.reset();
        s.configPath = path;
        const auto results = run(s, nullptr);
        const SelfTestResult* cfg = find(results, QStringLiteral("configuration"));
        QVERIFY2(cfg && cfg->cause == SelfTestCause::ConfigInvalid, qPrintable(dump(results)));
        QVERIFY(cfg->context.contains(QStringLiteral("connectors.wms.base_url")));
        QVERIFY(!find(results, QStringLiteral("connector.wms"))); // nothing to call with a broken configuration

        s.configPath = m_dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(find(run(s, nullptr), QStringLiteral("configuration"))->cause == SelfTestCause::ConfigMissing);
        s.configPath.clear();
        QVERIFY(find(run(s, nullptr), QStringLiteral("configuration"))->cause == SelfTestCause::NoConfiguration);
    }

    void aMissingKeychainEntryIsNamed()
    {
        core::engine::Config c = config();
        const QString realSecret = c.wms.secret.name;
        c.wms.secret = {core::engine::SecretRef::Kind::Keychain, QStringLiteral("lockstep/wms/secret")};
        MapKeychain keychain;
        auto results = run(setup(c), &keychain);
        const SelfTestResult* k = find(results, QStringLiteral("keychain"));
        QVERIFY2(k && k->cause == SelfTestCause::SecretMissing, qPrintable(dump(results)));
        QVERIFY(k->context.startsWith(QStringLiteral("lockstep/wms/secret")));
        QVERIFY(find(results, QStringLiteral("connector.wms"))->cause == SelfTestCause::SecretUnavailable);

        keychain.entries.insert(QStringLiteral("lockstep/wms/secret"), realSecret); // stored: now all is well
        results = run(setup(c), &keychain);
        for (const auto& r : results)
            QVERIFY2(r.outcome == SelfTestOutcome::Passed, qPrintable(dump(results)));
    }

    void aKeychainThatDoesNotAnswerMattersOnlyWhenUsed()
    {
        MapKeychain absent;
        absent.answers = false;
        auto results = run(setup(), &absent); // every secret is a sandbox literal
        QVERIFY(find(results, QStringLiteral("keychain"))->outcome == SelfTestOutcome::NotNeeded);
        for (const auto& r : results)
            QVERIFY(!r.failed());

        core::engine::Config c = config();
        c.woocommerce.key = {core::engine::SecretRef::Kind::Keychain, QStringLiteral("lockstep/woo/key")};
        results = run(setup(c), &absent);
        const SelfTestResult* k = find(results, QStringLiteral("keychain"));
        QVERIFY2(k->failed() && k->cause == SelfTestCause::KeychainUnavailable, qPrintable(dump(results)));
    }

    void nothingIsWrittenToTheDatabase()
    {
        SelfTestSetup s = setup();
        QVERIFY(!run(s, nullptr).isEmpty());
        auto db = core::store::openStore(s.databasePath);
        QVERIFY(db.ok());
        auto count = db->prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(count.ok());
        QVERIFY(count->step().valueOr(false));
        QCOMPARE(count->int64(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "test_self_test.moc"
