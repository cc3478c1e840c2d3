// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration as the Settings page edits it: fields it does not show survive an edit in their order,
// validation is core's own, a secret field only ever names a keychain entry, and Save is atomic.
#include "settings/config_document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;
using ui::ConfigDocument;

namespace {
const QByteArray kSandboxConfig = QByteArrayLiteral(
    "{\"config_version\": 1, \"sandbox\": {\"scenario\": \"demo\"}, \"connectors\": {\"wms\": {\"kind\": \"deposco\", "
    "\"ledger_url\": \"http://127.0.0.1:9/ledger\", \"base_url\": \"http://127.0.0.1:9/latest\", \"client_id\": "
    "\"id\", "
    "\"client_secret\": \"s\"}}}");
}

class TestConfigDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatItDoesNotShow()
    {
        auto doc = ConfigDocument::fromJson(kSandboxConfig);
        QVERIFY(doc.ok());
        ConfigDocument d = doc.value();
        d.setValue(QStringLiteral("schedules.order_poll_seconds"), 15);
        d.setValue(QStringLiteral("connectors.wms.business_unit"), QStringLiteral("ACME"));
        const QByteArray text = d.toJson();
        QVERIFY(text.contains("\"kind\": \"deposco\""));
        QVERIFY(text.contains("\"ledger_url\""));
        QVERIFY(text.indexOf("\"config_version\"") < text.indexOf("\"sandbox\"")); // file order kept
        QVERIFY(text.indexOf("\"connectors\"") < text.indexOf("\"schedules\""));
        QVERIFY2(d.validate().ok(),
            d.validate().issues.isEmpty() ? "" : qPrintable(d.validate().issues.constFirst().toString()));
        QCOMPARE(d.validate().config->schedules.orderPollSeconds, 15);

        // An empty text removes the field, so the engine's default applies again.
        d.setValue(QStringLiteral("connectors.wms.business_unit"), QString());
        QVERIFY(!d.contains(QStringLiteral("connectors.wms.business_unit")));
    }

    void entriesKeepTextThatIsNotANumberSoValidationNamesIt()
    {
        ConfigDocument d;
        d.setEntries(QStringLiteral("buffers.per_sku"),
            {{QStringLiteral("MUG"), QStringLiteral("4")}, {QStringLiteral("CUP"), QStringLiteral("lots")}},
            true);
        QCOMPARE(d.value(QStringLiteral("buffers.per_sku.MUG")).toLongLong(), 4);
        const auto load = d.validate();
        QCOMPARE(load.issues.size(), 1);
        QCOMPARE(load.issues.constFirst().field, QStringLiteral("buffers.per_sku.CUP"));
    }

    void secretFieldNamesOnlyTheKeychainEntry()
    {
        auto doc = ConfigDocument::fromJson(kSandboxConfig);
        ConfigDocument d = doc.value();
        QVERIFY(d.secretSource(QStringLiteral("connectors.wms.client_secret")).kind
            == core::engine::SecretRef::Kind::Literal);
        QVERIFY(d.secretSource(QStringLiteral("connectors.wms.client_secret"))
                    .name.isEmpty()); // a literal is never handed out
        d.setKeychainSecret(
            QStringLiteral("connectors.wms.client_secret"), QStringLiteral("lockstep/wms/client_secret"));
        const auto src = d.secretSource(QStringLiteral("connectors.wms.client_secret"));
        QVERIFY(src.kind == core::engine::SecretRef::Kind::Keychain);
        QCOMPARE(src.name, QStringLiteral("lockstep/wms/client_secret"));
        QVERIFY(!d.toJson().contains("\"client_secret\": \"s\""));
    }

    void malformedJsonIsRefusedAndSaveIsAtomic()
    {
        QVERIFY(!ConfigDocument::fromJson("{\"a\": ").ok());
        QVERIFY(!ConfigDocument::fromJson("[1, 2]").ok());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.json"));
        ConfigDocument d;
        d.setValue(QStringLiteral("environment"), QStringLiteral("test"));
        QVERIFY(d.save(path).ok());
        auto back = ConfigDocument::fromFile(path);
        QVERIFY(back.ok());
        QCOMPARE(back.value().value(QStringLiteral("environment")).toString(), QStringLiteral("test"));
        // A folder that does not exist: an error naming the path, nothing half-written.
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/c.json"));
        const auto failed = d.save(missing);
        QVERIFY(!failed.ok());
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "test_config_document.moc"
