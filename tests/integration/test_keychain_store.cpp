// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain store against a real Secret Service (GNOME Keyring in a private D-Bus session, started by
// with_secret_service.sh), and without one: secrets round-trip, resolve through the configuration's
// {"keychain": ...} references, disappear when removed, and every failure names the entry and the remedy,
// never the value.
#include "config/config.h"
#include "keychain_store.h"
#include "service/sync_engine.h"
#include "support.h"

#include <QTest>
#include <QUuid>

using namespace lockstep;
using namespace lockstep::core;

class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsRoundTripThroughTheSecretService()
    {
        // A service name of its own, so nothing of a real installation is touched.
        app::KeychainStore keychain(
            QStringLiteral("Lockstep test ") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString entry = QStringLiteral("lockstep/woocommerce/secret");
        const QString secret = QStringLiteral("cs_0f1e2d3c4b5a69788796a5b4c3d2e1f0 ünïcödé");

        auto missing = keychain.read(entry);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().code == ErrorCode::NotFound);
        QVERIFY(missing.error().context.contains(entry));

        LOCKSTEP_VERIFY_OK(keychain.write(entry, secret));
        auto back = keychain.read(entry);
        LOCKSTEP_VERIFY_OK(back);
        QCOMPARE(back.value(), secret);

        // The engine's credentials come from the entries the configuration names.
        const QByteArray json = "{\"connectors\": {"
                                "\"woocommerce\": {\"base_url\": \"https://shop.example.com\", \"consumer_key\": "
                                "{\"keychain\": \"lockstep/woocommerce/key\"},"
                                " \"consumer_secret\": {\"keychain\": \"lockstep/woocommerce/secret\"}},"
                                "\"wms\": {\"base_url\": \"https://api.deposco.com/latest\", \"client_id\": "
                                "{\"keychain\": \"lockstep/wms/id\"},"
                                " \"client_secret\": {\"keychain\": \"lockstep/wms/secret\"}}}}";
        const engine::ConfigLoad load = engine::parseConfig(json);
        QVERIFY2(load.ok(), load.issues.isEmpty() ? "" : qPrintable(load.issues.constFirst().toString()));
        auto incomplete = engine::resolveCredentials(*load.config, &keychain);
        QVERIFY(!incomplete.ok()); // the key is not stored yet: the error names it, not any value
        QVERIFY(incomplete.error().toString().contains(QStringLiteral("lockstep/woocommerce/key")));
        QVERIFY(!incomplete.error().toString().contains(secret));
        LOCKSTEP_VERIFY_OK(keychain.write(QStringLiteral("lockstep/woocommerce/key"), QStringLiteral("ck_key")));
        LOCKSTEP_VERIFY_OK(keychain.write(QStringLiteral("lockstep/wms/id"), QStringLiteral("wms-id")));
        LOCKSTEP_VERIFY_OK(keychain.write(QStringLiteral("lockstep/wms/secret"), QStringLiteral("wms-secret")));
        auto credentials = engine::resolveCredentials(*load.config, &keychain);
        LOCKSTEP_VERIFY_OK(credentials);
        QCOMPARE(credentials->wooKey, QStringLiteral("ck_key"));
        QCOMPARE(credentials->wooSecret, secret);
        QCOMPARE(credentials->wmsClientSecret, QStringLiteral("wms-secret"));

        // Overwrite, then remove: gone.
        LOCKSTEP_VERIFY_OK(keychain.write(entry, QStringLiteral("rotated")));
        QCOMPARE(keychain.read(entry).value(), QStringLiteral("rotated"));
        for (const QString& e : {entry,
                 QStringLiteral("lockstep/woocommerce/key"),
                 QStringLiteral("lockstep/wms/id"),
                 QStringLiteral("lockstep/wms/secret")})
            LOCKSTEP_VERIFY_OK(keychain.remove(e));
        QVERIFY(keychain.read(entry).error().code == ErrorCode::NotFound);
    }

    void withoutAKeychainTheErrorSaysWhatToDo()
    {
        // Run without a session bus (the second ctest entry): no Secret Service answers.
        app::KeychainStore keychain(QStringLiteral("Lockstep test"), std::chrono::seconds(5));
        auto value = keychain.read(QStringLiteral("lockstep/wms/secret"));
        QVERIFY(!value.ok());
        QVERIFY(value.error().context.contains(QStringLiteral("lockstep/wms/secret")));
        QVERIFY(value.error().message.contains(QStringLiteral("environment variable")));
        auto write =
            keychain.write(QStringLiteral("lockstep/wms/secret"), QStringLiteral("never stored in plain text"));
        QVERIFY(!write.ok()); // no plain-text fallback
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "test_keychain_store.moc"
