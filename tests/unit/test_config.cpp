// SPDX-License-Identifier: GPL-3.0-or-later
// Engine configuration: parsing, validation messages that name the field, and secret references
// that keep secrets out of the file.
#include "config/config.h"
#include "config/secrets.h"
#include "config_fixtures.h"
#include "support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::engine;

namespace {

class MapKeychain final : public CredentialStore
{
public:
    QHash<QString, QString> entries;
    Result<QString> read(const QString& entry) override
    {
        if (!entries.contains(entry))
            return makeError(ErrorCode::NotFound, QStringLiteral("no such keychain entry"));
        return entries.value(entry);
    }
    Status write(const QString& entry, const QString& secret) override
    {
        entries.insert(entry, secret);
        return Status::success();
    }
    Status remove(const QString& entry) override
    {
        entries.remove(entry);
        return Status::success();
    }
};

QStringList fields(const ConfigLoad& load)
{
    QStringList out;
    for (const auto& i : load.issues)
        out << i.field;
    return out;
}

const char* const kProduction = kFixture1;

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAFullConfiguration()
    {
        const ConfigLoad load = parseConfig(QByteArray(kProduction));
        QVERIFY2(load.ok(), qPrintable(fields(load).join(u',')));
        const Config& c = *load.config;
        QCOMPARE(c.environment, QStringLiteral("production"));
        QVERIFY(c.woocommerce.enabled);
        QCOMPARE(c.woocommerce.baseUrl, QUrl(QStringLiteral("https://shop.example.com")));
        QCOMPARE(c.woocommerce.key, (SecretRef{SecretRef::Kind::Keychain, QStringLiteral("lockstep/wc/key")}));
        QCOMPARE(
            c.woocommerce.webhookSecret, (SecretRef{SecretRef::Kind::Environment, QStringLiteral("LOCKSTEP_WC_HOOK")}));
        QVERIFY(!c.commercetools.enabled);
        QCOMPARE(c.wms.businessUnit, QStringLiteral("ACME"));
        QCOMPARE(c.schedules.orderPollSeconds, 30);
        QCOMPARE(c.schedules.shipmentPollSeconds, 120); // default kept
        QCOMPARE(c.backfillParallelism, 8);
        QCOMPARE(c.backfillClockMarginSeconds, 120);
        QCOMPARE(c.facilityByChannel.value(QStringLiteral("store-12")), QStringLiteral("RNO-2"));
        QCOMPARE(c.safetyBufferBySku.value(QStringLiteral("MUG-WHT")), 5);
        QCOMPARE(c.defaultSafetyBuffer, 2);
        QCOMPARE(c.slas.wmsAcknowledgeMinutes, 15);
        QCOMPARE(c.ownerByExceptionType.value(QStringLiteral("totals_mismatch")), QStringLiteral("finance"));
        QCOMPARE(c.webhookPort, 8089);
    }

    void namesEveryBadField()
    {
        const ConfigLoad load = parseConfig(kFixture2);
        QVERIFY(!load.ok());
        const QStringList f = fields(load);
        for (const char* expected : {"environmnet",
                 "connectors.woocommerce.base_url",
                 "connectors.woocommerce.consumer_key",
                 "connectors.wms.base_url",
                 "schedules.order_poll_seconds",
                 "schedules.sweep_seconds",
                 "owners.not_a_type",
                 "owners.sku_mismatch",
                 "webhooks.listen"})
            QVERIFY2(f.contains(QString::fromLatin1(expected)),
                qPrintable(expected + QStringLiteral(" not in ") + f.join(u',')));
        // Plain http off this computer is refused with the reason.
        for (const auto& i : load.issues) {
            if (i.field == QLatin1String("connectors.wms.base_url"))
                QVERIFY(i.message.contains(QLatin1String("https")));
        }
    }

    void commercetoolsPaymentGateDefaultsToPaymentStateAndRefusesOthers()
    {
        const auto load = [](const char* gate) {
            QByteArray text =
                R"({"connectors": {"wms": {"base_url": "https://api.deposco.com/latest", "client_id": {"env": "A"},
                "client_secret": {"env": "B"}}, "commercetools": {"api_url": "https://api.example.com",
                "auth_url": "https://auth.example.com", "project_key": "acme", "client_id": {"env": "C"},
                "client_secret": {"env": "D"}GATE}}})";
            return parseConfig(
                text.replace("GATE", gate ? QByteArray(", \"payment_gate\": \"") + gate + '"' : QByteArray()));
        };
        const ConfigLoad byDefault = load(nullptr);
        QVERIFY2(byDefault.ok(), qPrintable(fields(byDefault).join(u',')));
        QCOMPARE(byDefault.config->commercetools.paymentGate, QStringLiteral("payment_state"));
        for (const char* gate : {"payment_state", "charge_transactions", "order_confirmed"}) {
            const ConfigLoad ok = load(gate);
            QVERIFY2(ok.ok(), gate);
            QCOMPARE(ok.config->commercetools.paymentGate, QString::fromLatin1(gate));
        }
        QCOMPARE(fields(load("paid")), QStringList{QStringLiteral("connectors.commercetools.payment_gate")});
    }

    void wooCommerceCredentialsTravelInTheHeaderUnlessTheQueryStringIsChosen()
    {
        const auto load = [](const char* auth) {
            QByteArray text =
                R"({"connectors": {"wms": {"base_url": "https://api.deposco.com/latest", "client_id": {"env": "A"},
                "client_secret": {"env": "B"}}, "woocommerce": {"base_url": "https://shop.example.com",
                "consumer_key": {"env": "C"}, "consumer_secret": {"env": "D"}AUTH}}})";
            return parseConfig(text.replace("AUTH", auth ? QByteArray(", \"auth\": \"") + auth + '"' : QByteArray()));
        };
        QCOMPARE(load(nullptr).config->woocommerce.auth, QStringLiteral("header"));
        QCOMPARE(load("query_string").config->woocommerce.auth, QStringLiteral("query_string"));
        QCOMPARE(fields(load("oauth1")), QStringList{QStringLiteral("connectors.woocommerce.auth")});
    }

    void squareTakesAnAccessTokenAndUpToTenLocations()
    {
        const auto load = [](const QByteArray& fieldsOfPos) {
            return parseConfig(
                "{\"connectors\": {\"wms\": {\"base_url\": \"https://api.deposco.com/latest\", \"client_id\": "
                "{\"env\": \"A\"}, \"client_secret\": {\"env\": \"B\"}}, \"pos\": {\"base_url\": "
                "\"https://connect.squareup.com\", "
                + fieldsOfPos + "}}}");
        };
        const QByteArray token = "\"access_token\": {\"keychain\": \"lockstep/pos/access_token\"}";
        const ConfigLoad ok = load(token + ", \"location_ids\": [\"L8H3ZB1Y5V1XW\", \"LQ9Y3J7V7KBRT\"]");
        QVERIFY2(ok.ok(), qPrintable(fields(ok).join(u',')));
        QCOMPARE(ok.config->pos.locationIds,
            (QStringList{QStringLiteral("L8H3ZB1Y5V1XW"), QStringLiteral("LQ9Y3J7V7KBRT")}));
        QCOMPARE(ok.config->pos.key.name, QStringLiteral("lockstep/pos/access_token"));
        // The token is never written in the file for a real account; the old invented API's key is not a field.
        QCOMPARE(fields(load("\"access_token\": \"EAAAsecret\"")),
            QStringList{QStringLiteral("connectors.pos.access_token")});
        QVERIFY(
            fields(load(token + ", \"api_key\": {\"env\": \"K\"}")).contains(QStringLiteral("connectors.pos.api_key")));
        QByteArray eleven = token + ", \"location_ids\": [";
        for (int i = 0; i < 11; ++i)
            eleven += (i ? ",\"L" : "\"L") + QByteArray::number(i) + '"';
        QCOMPARE(fields(load(eleven + ']')), QStringList{QStringLiteral("connectors.pos.location_ids")});
        QCOMPARE(fields(load(token + ", \"location_ids\": \"L1\"")),
            QStringList{QStringLiteral("connectors.pos.location_ids")});
    }

    void refusesMalformedJson()
    {
        for (const char* bad : {"", "{", "[1,2]", "{\"connectors\": }", "null"}) {
            const ConfigLoad load = parseConfig(QByteArray(bad));
            QVERIFY2(!load.ok(), bad);
            QVERIFY(!load.issues.isEmpty());
        }
        const ConfigLoad missing = loadConfigFile(QStringLiteral("/nonexistent/lockstep.json"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.issues.constFirst().message.contains(QLatin1String("cannot be read")));
    }

    void refusesAHugeOrDeepFileBeforeParsing()
    {
        // 50 MB of nesting once cost gigabytes in the parser: refused by its size, unread.
        const ConfigLoad huge = parseConfig(QByteArray(50 * 1024 * 1024, '['));
        QVERIFY(!huge.ok());
        QCOMPARE(huge.issues.size(), 1);
        QVERIFY2(huge.issues.constFirst().message.contains(QLatin1String("larger than the limit of 1048576 bytes")),
            qPrintable(huge.issues.constFirst().toString()));

        // A sparse 50 MB file: refused from its size (were it read, it would be "not valid JSON").
        QTemporaryDir scratch;
        const QString path = scratch.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50 * 1024 * 1024));
        file.close();
        const ConfigLoad fromFile = loadConfigFile(path);
        QVERIFY(!fromFile.ok());
        QVERIFY2(fromFile.issues.constFirst().message.contains(QLatin1String("52428800 bytes")),
            qPrintable(fromFile.issues.constFirst().toString()));

        // Small but deep: refused by its nesting; brackets inside strings do not count.
        const QByteArray deep = QByteArray(kMaxConfigDepth + 1, '[') + QByteArray(kMaxConfigDepth + 1, ']');
        const ConfigLoad tooDeep = parseConfig(deep);
        QVERIFY(!tooDeep.ok());
        QVERIFY2(tooDeep.issues.constFirst().message.contains(QLatin1String("more than 32 levels deep")),
            qPrintable(tooDeep.issues.constFirst().toString()));
        const QByteArray bracketsInText = "{\"environment\": \"" + QByteArray(100, '[') + "\\\"{{\"}";
        const ConfigLoad text = parseConfig(bracketsInText);
        QVERIFY2(text.ok(), text.issues.isEmpty() ? "" : qPrintable(text.issues.constFirst().toString()));
        QCOMPARE(text.config->environment, QString(QString(100, u'[') + QStringLiteral("\"{{")));
    }

    void webhookLimitsHaveDefaultsAndBounds()
    {
        const ConfigLoad defaults = parseConfig(QByteArray("{\"webhooks\": {}}"));
        QVERIFY(defaults.ok());
        QCOMPARE(defaults.config->webhookMaxBodyBytes, 1024 * 1024);
        QCOMPARE(defaults.config->webhookRequestTimeoutSeconds, 10);
        QCOMPARE(defaults.config->webhookMaxConnections, 64);

        const ConfigLoad set = parseConfig(QByteArray(
            "{\"webhooks\": {\"max_body_bytes\": 65536, \"request_timeout_seconds\": 3, \"max_connections\": 8}}"));
        QVERIFY(set.ok());
        QCOMPARE(set.config->webhookMaxBodyBytes, 65536);
        QCOMPARE(set.config->webhookRequestTimeoutSeconds, 3);
        QCOMPARE(set.config->webhookMaxConnections, 8);

        const ConfigLoad bad = parseConfig(QByteArray(
            "{\"webhooks\": {\"max_body_bytes\": 10, \"request_timeout_seconds\": 0, \"max_connections\": \"many\"}}"));
        QCOMPARE(fields(bad),
            (QStringList{QStringLiteral("webhooks.max_body_bytes"),
                QStringLiteral("webhooks.request_timeout_seconds"),
                QStringLiteral("webhooks.max_connections")}));
    }

    void literalSecretsOnlyForLoopbackSandboxes()
    {
        const ConfigLoad sandbox = parseConfig(kFixture3);
        QVERIFY2(sandbox.ok(), qPrintable(fields(sandbox).join(u',')));
        QCOMPARE(sandbox.config->woocommerce.secret, (SecretRef{SecretRef::Kind::Literal, QStringLiteral("cs_test")}));

        const ConfigLoad real = parseConfig(kFixture4);
        QVERIFY(!real.ok());
        QVERIFY(fields(real).contains(QStringLiteral("connectors.woocommerce.consumer_secret")));
        // The message explains what to do and never repeats the secret.
        for (const auto& i : real.issues)
            QVERIFY(!i.message.contains(QLatin1String("cs_live")));

        // A loopback API with a remote auth host is not a sandbox either.
        const ConfigLoad mixed = parseConfig(kFixture5);
        QVERIFY(fields(mixed).contains(QStringLiteral("connectors.wms.client_secret")));
    }

    void storefrontNeedsAWms()
    {
        const ConfigLoad load = parseConfig(kFixture6);
        QVERIFY(fields(load).contains(QStringLiteral("connectors.wms")));
    }

    void resolvesSecretsFromEachSource()
    {
        MapKeychain keychain;
        keychain.entries.insert(QStringLiteral("lockstep/wc/key"), QStringLiteral("ck_from_keychain"));
        QCOMPARE(resolveSecret({SecretRef::Kind::Keychain, QStringLiteral("lockstep/wc/key")}, &keychain).value(),
            QStringLiteral("ck_from_keychain"));
        auto missing = resolveSecret({SecretRef::Kind::Keychain, QStringLiteral("lockstep/none")}, &keychain);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().context.contains(QLatin1String("lockstep/none")));
        QVERIFY(!resolveSecret({SecretRef::Kind::Keychain, QStringLiteral("x")}, nullptr).ok());

        qputenv("LOCKSTEP_TEST_SECRET", "from-env");
        QCOMPARE(resolveSecret({SecretRef::Kind::Environment, QStringLiteral("LOCKSTEP_TEST_SECRET")}, nullptr).value(),
            QStringLiteral("from-env"));
        qunsetenv("LOCKSTEP_TEST_SECRET");
        auto unset = resolveSecret({SecretRef::Kind::Environment, QStringLiteral("LOCKSTEP_TEST_SECRET")}, nullptr);
        QVERIFY(!unset.ok());
        QCOMPARE(unset.error().context, QStringLiteral("LOCKSTEP_TEST_SECRET"));
        QVERIFY(!resolveSecret({}, nullptr).ok());

        // A service's credential (systemd puts each in $CREDENTIALS_DIRECTORY) when the variable is not set.
        QTemporaryDir credentials;
        QFile file(credentials.filePath(QStringLiteral("LOCKSTEP_TEST_SECRET")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from-credential\n");
        file.close();
        qputenv("CREDENTIALS_DIRECTORY", credentials.path().toUtf8());
        QCOMPARE(resolveSecret({SecretRef::Kind::Environment, QStringLiteral("LOCKSTEP_TEST_SECRET")}, nullptr).value(),
            QStringLiteral("from-credential"));
        qputenv("LOCKSTEP_TEST_SECRET", "from-env");
        QCOMPARE(resolveSecret({SecretRef::Kind::Environment, QStringLiteral("LOCKSTEP_TEST_SECRET")}, nullptr).value(),
            QStringLiteral("from-env")); // the variable, when set, comes first
        qunsetenv("LOCKSTEP_TEST_SECRET");
        // Only a name inside the folder is read.
        QVERIFY(environmentSecret(QStringLiteral("../LOCKSTEP_TEST_SECRET")).isEmpty());
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY(!resolveSecret({SecretRef::Kind::Environment, QStringLiteral("LOCKSTEP_TEST_SECRET")}, nullptr).ok());
    }

    void loopbackDetection()
    {
        QVERIFY(isLoopback(QUrl(QStringLiteral("http://127.0.0.1:80"))));
        QVERIFY(isLoopback(QUrl(QStringLiteral("http://127.1.2.3"))));
        QVERIFY(isLoopback(QUrl(QStringLiteral("http://[::1]:9"))));
        QVERIFY(isLoopback(QUrl(QStringLiteral("http://LOCALHOST"))));
        QVERIFY(!isLoopback(QUrl(QStringLiteral("http://10.0.0.1"))));
        QVERIFY(!isLoopback(QUrl(QStringLiteral("http://127.0.0.1.example.com"))));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "test_config.moc"
