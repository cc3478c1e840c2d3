// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page on the offscreen platform: a bad value is refused with its field named and the file left
// alone; a save writes the file without the secret typed, which reaches the credential store; the demo's settings
// are read-only; a switch to German applies at once, without a restart; a keychain that hangs or refuses never
// stops the window and never leaves a file naming an entry it does not have.
#include "memory_credential_store.h"
#include "settings/secret_field.h"
#include "settings/settings_page.h"
#include "settings_fixtures.h"
#include "shell/language.h"
#include "shell/main_window.h"
#include "support.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace lockstep;

namespace {

/// How long a keychain answer may take to come back from the page's keychain thread on a loaded machine.
constexpr int kWait = 30000;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// Types into a line edit as a person would (select all, type), so textEdited fires.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/// kConfig in a file of `dir`.
QString configFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("lockstep.json"));
    writeFile(path, kConfig);
    return path;
}

/// The keychain entry kConfig names for the WooCommerce consumer key.
const QString kConsumerKeyEntry = QStringLiteral("lockstep/woocommerce/consumer_key");

QPushButton* saveButton(ui::SettingsPage& page)
{
    return page.buttons()->button(QDialogButtonBox::Save);
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_settings_page"));
    }

    void refusesABadValueNamingTheField()
    {
        QTemporaryDir dir;
        const QString path = configFile(dir);
        ui::SettingsPage page;
        QVERIFY(page.openFile(path));
        page.show();

        auto* url = page.findChild<QLineEdit*>(QStringLiteral("connectors.woocommerce.base_url"));
        QVERIFY(url);
        QCOMPARE(url->text(), QStringLiteral("https://shop.example.com"));
        retype(url, QStringLiteral("ftp://shop.example.com"));
        QVERIFY(page.isModified());
        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        QCOMPARE(page.shownIssues().size(), 1);
        const QString issue = page.shownIssues().constFirst();
        QVERIFY2(issue.contains(QStringLiteral("Base URL"))
                && issue.contains(QStringLiteral("connectors.woocommerce.base_url"))
                && issue.contains(QStringLiteral("http(s) URL")),
            qPrintable(issue));
        QCOMPARE(readAll(path), QByteArray(kConfig)); // nothing written
        QVERIFY(page.isModified());
        QCOMPARE(page.focusWidget(), url); // the field in question is where the cursor is

        // A per-SKU buffer that is not a number of units is refused with its SKU named.
        retype(url, QStringLiteral("https://shop.example.com"));
        auto* perSku = page.findChild<QWidget*>(QStringLiteral("buffers.per_sku"));
        QVERIFY(perSku);
        auto* table = perSku->findChild<QTableWidget*>();
        QVERIFY(table);
        table->item(0, 1)->setText(QStringLiteral("-3"));
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QCOMPARE(page.shownIssues().size(), 1);
        QVERIFY2(page.shownIssues().constFirst().contains(
                     QStringLiteral("(buffers.per_sku.MUG-WHT): must be between 0 and")),
            qPrintable(page.shownIssues().constFirst()));
        QCOMPARE(readAll(path), QByteArray(kConfig));

        // Fixed, it saves.
        table->item(0, 1)->setText(QStringLiteral("7"));
        QVERIFY(page.save());
        QVERIFY(page.shownIssues().isEmpty());
        QVERIFY(readAll(path).contains("\"MUG-WHT\": 7"));
    }

    void savesWithoutTheSecretWhichReachesTheCredentialStore()
    {
        QTemporaryDir dir;
        const QString path = configFile(dir);
        test::MemoryCredentialStore keychain;
        keychain.entries.insert(kConsumerKeyEntry, QStringLiteral("ck_existing"));
        ui::SettingsPage page;
        page.setCredentialStore(&keychain);
        QVERIFY(page.openFile(path));
        page.show();

        auto* key = page.findChild<ui::SecretField*>(QStringLiteral("connectors.woocommerce.consumer_key"));
        auto* secret = page.findChild<ui::SecretField*>(QStringLiteral("connectors.woocommerce.consumer_secret"));
        QVERIFY(key && secret);
        // The keychain answers on the page's keychain thread.
        QTRY_VERIFY2_WITH_TIMEOUT(
            key->status().contains(QStringLiteral("Stored in the keychain")), qPrintable(key->status()), kWait);
        QVERIFY2(!key->status().contains(QStringLiteral("ck_existing")), "a stored secret is never shown");
        QVERIFY2(secret->status().contains(QStringLiteral("LOCKSTEP_WC_SECRET")), qPrintable(secret->status()));

        // Replace: a password field opens; Store hands the value on and empties the field.
        QVERIFY(!secret->passwordField()->isVisibleTo(secret));
        QTest::mouseClick(secret->replaceButton(), Qt::LeftButton);
        QVERIFY(secret->passwordField()->isVisibleTo(secret));
        QCOMPARE(secret->passwordField()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret->passwordField(), QStringLiteral("cs_live_TOPSECRET"));
        QTest::mouseClick(secret->storeButton(), Qt::LeftButton);
        QVERIFY(secret->passwordField()->text().isEmpty());
        QVERIFY(!secret->status().contains(QStringLiteral("TOPSECRET")));
        QVERIFY(keychain.entries.size() == 1); // nothing stored before Save

        // An edit elsewhere, then Save.
        auto* poll = page.findChild<QSpinBox*>(QStringLiteral("schedules.order_poll_seconds"));
        QVERIFY(poll);
        QCOMPARE(poll->value(), 30);
        poll->setValue(45);
        QSignalSpy saved(&page, &ui::SettingsPage::saved);
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QVERIFY2(page.shownIssues().isEmpty(), qPrintable(page.shownIssues().join(u'\n')));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWait);

        const QByteArray written = readAll(path);
        QVERIFY2(!written.contains("TOPSECRET"), written.constData());
        QVERIFY(!written.contains("ck_existing"));
        QVERIFY(written.contains("\"keychain\": \"lockstep/woocommerce/consumer_secret\""));
        QVERIFY(written.contains("\"order_poll_seconds\": 45"));
        QCOMPARE(keychain.entries.value(QStringLiteral("lockstep/woocommerce/consumer_secret")),
            QStringLiteral("cs_live_TOPSECRET"));
        QVERIFY2(secret->status().contains(QStringLiteral("Stored in the keychain")), qPrintable(secret->status()));
        QVERIFY(!page.isModified());

        // The file is still one the engine accepts, and it keeps what the page did not touch.
        const auto load = core::engine::loadConfigFile(path);
        QVERIFY2(load.ok(), load.issues.isEmpty() ? "" : qPrintable(load.issues.constFirst().toString()));
        QCOMPARE(load.config->wms.businessUnit, QStringLiteral("ACME"));
        QCOMPARE(load.config->woocommerce.secret.kind, core::engine::SecretRef::Kind::Keychain);
        QCOMPARE(load.config->schedules.orderPollSeconds, 45);
    }

    /// A keychain that hangs never stops the window: the check and the save wait on the page's keychain thread
    /// while the UI thread keeps turning, the field says it is checking and the save which entry it is storing,
    /// and the file is written only after the keychain has taken the secret.
    void theWindowKeepsTurningWhileTheKeychainDoesNotAnswer()
    {
        QTemporaryDir dir;
        const QString path = configFile(dir);
        test::MemoryCredentialStore keychain;
        keychain.entries.insert(kConsumerKeyEntry, QStringLiteral("ck_existing"));
        keychain.hold();
        ui::SettingsPage page;
        const auto releaseFirst = qScopeGuard([&keychain] { keychain.release(); }); // before the page waits for it
        page.setCredentialStore(&keychain);
        QVERIFY(page.openFile(path));
        QTimer ticker; // a timer on the UI thread: it fires only while that thread turns
        ticker.setInterval(10);
        QSignalSpy ticks(&ticker, &QTimer::timeout);
        ticker.start();
        page.show();

        auto* key = page.findChild<ui::SecretField*>(QStringLiteral("connectors.woocommerce.consumer_key"));
        QVERIFY(key);
        QTRY_COMPARE_WITH_TIMEOUT(keychain.waiting(), 1, kWait); // the check is inside the keychain, which hangs
        QVERIFY2(key->status().contains(QStringLiteral("checking")), qPrintable(key->status()));
        const auto before = ticks.count();
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= before + 3, kWait);
        auto* poll = page.findChild<QSpinBox*>(QStringLiteral("schedules.order_poll_seconds"));
        QVERIFY(poll);
        poll->setValue(45); // the page takes edits meanwhile
        QVERIFY(page.isModified());
        QCOMPARE(keychain.waiting(), 1);
        QVERIFY2(key->status().contains(QStringLiteral("checking")), qPrintable(key->status()));

        keychain.release();
        QTRY_VERIFY2_WITH_TIMEOUT(
            key->status().contains(QStringLiteral("Stored in the keychain")), qPrintable(key->status()), kWait);

        // A save with a typed secret, the keychain hanging again: progress, nothing written, the sections locked.
        auto* secret = page.findChild<ui::SecretField*>(QStringLiteral("connectors.woocommerce.consumer_secret"));
        QVERIFY(secret);
        QTest::mouseClick(secret->replaceButton(), Qt::LeftButton);
        QTest::keyClicks(secret->passwordField(), QStringLiteral("cs_live_TOPSECRET"));
        QTest::mouseClick(secret->storeButton(), Qt::LeftButton);
        keychain.hold();
        QSignalSpy saved(&page, &ui::SettingsPage::saved);
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QVERIFY(page.isSaving());
        QTRY_COMPARE_WITH_TIMEOUT(keychain.waiting(), 1, kWait);
        QVERIFY2(page.statusText().contains(QStringLiteral("lockstep/woocommerce/consumer_secret"))
                && page.statusText().contains(QStringLiteral("(1 of 1)")),
            qPrintable(page.statusText()));
        QVERIFY(!page.statusText().contains(QStringLiteral("TOPSECRET")));
        QVERIFY(!poll->isEnabled());
        QVERIFY(!saveButton(page)->isEnabled());
        const auto saving = ticks.count();
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= saving + 3, kWait);
        QCOMPARE(readAll(path), QByteArray(kConfig)); // the file waits for the keychain
        QCOMPARE(saved.count(), 0);

        keychain.release();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWait);
        QVERIFY(!page.isSaving());
        QVERIFY(poll->isEnabled());
        QCOMPARE(keychain.entries.value(QStringLiteral("lockstep/woocommerce/consumer_secret")),
            QStringLiteral("cs_live_TOPSECRET"));
        const QByteArray written = readAll(path);
        QVERIFY(written.contains("\"keychain\": \"lockstep/woocommerce/consumer_secret\""));
        QVERIFY(written.contains("\"order_poll_seconds\": 45"));
        QVERIFY(!written.contains("TOPSECRET"));
        QVERIFY(!page.isModified());
    }

    /// A keychain that refuses the secret: the save says which entry, never the secret, and writes no file; the
    /// typed secret and the edits stay, so a second Save once the keychain answers stores and writes everything.
    void aSaveTheKeychainRefusesNamesTheEntryAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = configFile(dir);
        test::MemoryCredentialStore keychain;
        keychain.answers = false;
        ui::SettingsPage page;
        page.setCredentialStore(&keychain);
        QVERIFY(page.openFile(path));
        page.show();
        auto* key = page.findChild<ui::SecretField*>(QStringLiteral("connectors.woocommerce.consumer_key"));
        QVERIFY(key);
        QTRY_VERIFY2_WITH_TIMEOUT(key->status().contains(QStringLiteral("did not say whether it is stored")),
            qPrintable(key->status()),
            kWait);

        auto* secret = page.findChild<ui::SecretField*>(QStringLiteral("connectors.woocommerce.consumer_secret"));
        QVERIFY(secret);
        QTest::mouseClick(secret->replaceButton(), Qt::LeftButton);
        QTest::keyClicks(secret->passwordField(), QStringLiteral("cs_live_TOPSECRET"));
        QTest::mouseClick(secret->storeButton(), Qt::LeftButton);
        page.findChild<QSpinBox*>(QStringLiteral("schedules.order_poll_seconds"))->setValue(45);
        QSignalSpy failed(&page, &ui::SettingsPage::saveFailed);
        QSignalSpy saved(&page, &ui::SettingsPage::saved);
        QVERIFY(page.save());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("lockstep/woocommerce/consumer_secret"))
                && message.contains(QStringLiteral("does not answer")),
            qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("TOPSECRET")));
        QCOMPARE(page.statusText(), message);
        QCOMPARE(readAll(path), QByteArray(kConfig)); // no file names an entry the keychain does not have
        QCOMPARE(saved.count(), 0);
        QVERIFY(!page.isSaving());
        QVERIFY(page.isModified());
        QVERIFY(saveButton(page)->isEnabled());
        QVERIFY(keychain.entries.size() == 0);

        keychain.answers = true;
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWait);
        QCOMPARE(keychain.entries.value(QStringLiteral("lockstep/woocommerce/consumer_secret")),
            QStringLiteral("cs_live_TOPSECRET"));
        QVERIFY(readAll(path).contains("\"order_poll_seconds\": 45"));
    }

    void unreadableFileIsNotOpenedForEditing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        writeFile(path, "{\"environment\": ");
        ui::SettingsPage page;
        QVERIFY(!page.openFile(path));
        QVERIFY(page.statusText().contains(QStringLiteral("is not valid JSON")));
        QCOMPARE(page.source(), ui::SettingsPage::Source::None);
        QVERIFY(!page.save());
        QCOMPARE(readAll(path), QByteArray("{\"environment\": "));
    }

    void demoSettingsAreReadOnly()
    {
        ui::SettingsPage page;
        page.showDemo(kDemoConfig);
        page.show();
        QCOMPARE(page.source(), ui::SettingsPage::Source::Demo);
        auto* url = page.findChild<QLineEdit*>(QStringLiteral("connectors.woocommerce.base_url"));
        QVERIFY(url);
        QVERIFY(url->isReadOnly());
        QVERIFY(!page.buttons()->isVisible());
        auto* secret = page.findChild<ui::SecretField*>(QStringLiteral("connectors.woocommerce.consumer_secret"));
        QVERIFY(secret);
        QVERIFY(!secret->replaceButton()->isEnabled());
        QVERIFY(!secret->status().contains(QStringLiteral("cs")));
        QVERIFY(!page.save());
    }

    void selfTestTabHoldsItsPlace()
    {
        ui::SettingsPage page;
        QWidget* tab = page.findChild<QWidget*>(QStringLiteral("selfTestTab"));
        QVERIFY(tab);
        QVERIFY(page.tabs()->indexOf(tab) >= 0);
    }

    /// Not a check but a picture: the Settings page as a person sees it, in <build>/screenshots.
    void savesScreenshots()
    {
        QString dirName = qEnvironmentVariable("LOCKSTEP_SCREENSHOT_DIR");
        if (dirName.isEmpty())
            dirName = QStringLiteral(LOCKSTEP_SCREENSHOT_DIR);
        const QDir dir(dirName);
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("lockstep.json"));
        writeFile(path, kConfig);
        test::MemoryCredentialStore keychain;
        keychain.entries.insert(QStringLiteral("lockstep/woocommerce/consumer_key"), QStringLiteral("ck"));
        ui::SettingsPage page;
        page.setCredentialStore(&keychain);
        QVERIFY(page.openFile(path));
        page.resize(1000, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* key = page.findChild<ui::SecretField*>(QStringLiteral("connectors.woocommerce.consumer_key"));
        QVERIFY(key);
        QTRY_VERIFY_WITH_TIMEOUT(key->status().contains(QStringLiteral("Stored in the keychain")), kWait);
        page.tabs()->setCurrentIndex(1); // Connections
        QVERIFY(page.grab().toImage().save(dir.filePath(QStringLiteral("settings_connections.png"))));
        // A refused save, as it looks.
        retype(page.findChild<QLineEdit*>(QStringLiteral("connectors.wms.base_url")),
            QStringLiteral("http://wms.example.com"));
        QVERIFY(!page.save());
        QVERIFY(page.grab().toImage().save(dir.filePath(QStringLiteral("settings_refused.png"))));
        page.tabs()->setCurrentIndex(0);
        QVERIFY(page.grab().toImage().save(dir.filePath(QStringLiteral("settings_general.png"))));
    }

    void switchingToGermanAppliesAtOnce()
    {
        if (!ui::availableLanguages().contains(QStringLiteral("de")))
            QSKIP("German is not compiled in");
        test::TempStore s;
        ui::MainWindow window(s.path);
        window.show();
        window.showPage({ui::PageKind::Settings, std::nullopt});
        ui::SettingsPage* page = window.settingsPage();
        QVERIFY(page);
        QTemporaryDir dir;
        const QString path = configFile(dir);
        QVERIFY(page->openFile(path));
        QCOMPARE(saveButton(*page)->text().remove(u'&'), QStringLiteral("Save"));

        auto* combo = page->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        const int german = combo->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        const QPointer<QComboBox> oldCombo(combo);
        combo->setCurrentIndex(german);
        Q_EMIT combo->activated(german);

        // Qt's own German (qtbase_de) names the standard button; the page rebuilt itself in the new language.
        QTRY_COMPARE(saveButton(*page)->text().remove(u'&'), QStringLiteral("Speichern"));
        QCOMPARE(ui::savedLanguage(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QTRY_VERIFY(oldCombo.isNull()); // the page rebuilt itself
        QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(),
            QStringLiteral("de"));
        // Unsaved edits survive the rebuild.
        QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("connectors.woocommerce.base_url"))->text(),
            QStringLiteral("https://shop.example.com"));

        // And back to English.
        ui::applyLanguage(QStringLiteral("en"));
        ui::saveLanguage(QString());
        QTRY_COMPARE(saveButton(*page)->text().remove(u'&'), QStringLiteral("Save"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "test_settings_page.moc"
