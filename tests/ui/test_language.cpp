// SPDX-License-Identifier: GPL-3.0-or-later
// The console's language switch (ui/language.h) on the offscreen platform: the translations compiled into
// lockstep_ui load, the main window shows German names after applyLanguage("de") and English ones after
// applyLanguage("en"), numbers follow the chosen locale, and plural forms come out right per language, English
// included ("1 exception", "3 exceptions" where the source says "%n exception(s)").
#include "actions/action_executor.h"
#include "actions/assign_dialog.h"
#include "common/display_format.h"
#include "engine/order_intake.h"
#include "lookup/lifecycle_model.h"
#include "rules/stuck_pending.h"
#include "seed.h"
#include "shell/language.h"
#include "shell/main_window.h"
#include "shell/navigation.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "support.h"

#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidgetItemIterator>

using namespace lockstep;

namespace {

QStringList navigationLabels(ui::MainWindow& w)
{
    QStringList labels;
    for (QTreeWidgetItemIterator it(w.navigation()); *it; ++it)
        labels << (*it)->text(0);
    return labels;
}

QStringList menuTitles(ui::MainWindow& w)
{
    QStringList titles;
    for (const QAction* a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

/// A main window made now shows every name of `present` and none of `absent` in its navigation.
void verifyWindow(const QString& db, const QStringList& present, const QStringList& absent, const QStringList& menus)
{
    ui::MainWindow w(db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList labels = navigationLabels(w);
    for (const QString& name : present)
        QVERIFY2(labels.contains(name), qPrintable(name + QStringLiteral(" not in ") + labels.join(u',')));
    for (const QString& name : absent)
        QVERIFY2(!labels.contains(name), qPrintable(name));
    QCOMPARE(menuTitles(w), menus);
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_language"));
    }

    void cleanup() { ui::applyLanguage(QStringLiteral("en")); }

    void everyTranslationIsCompiledIn()
    {
        QCOMPARE(ui::availableLanguages(),
            QStringList({QStringLiteral("en"),
                QStringLiteral("de"),
                QStringLiteral("fr"),
                QStringLiteral("es"),
                QStringLiteral("pl")}));
        QCOMPARE(ui::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(ui::languageName(QStringLiteral("pl")), QStringLiteral("Polski"));
    }

    void mainWindowSwitchesToGermanAndBack()
    {
        const QStringList english{QStringLiteral("Queues"),
            QStringLiteral("Failed allocations"),
            QStringLiteral("Other exceptions"),
            QStringLiteral("Order lookup"),
            QStringLiteral("Settings")};
        const QStringList german{QStringLiteral("Warteschlangen"),
            QStringLiteral("Fehlgeschlagene Reservierungen"),
            QStringLiteral("Weitere Klärfälle"),
            QStringLiteral("Bestellsuche"),
            QStringLiteral("Einstellungen")};
        test::TempStore s;

        QCOMPARE(ui::applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        verifyWindow(
            s.path, german, english, {QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")});
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(ui::applyLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
        verifyWindow(
            s.path, english, german, {QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")});
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(ui::applyLanguage(QStringLiteral("xx")), QStringLiteral("en"));
        QCOMPARE(ui::Navigation::tr("Queues"), QStringLiteral("Queues"));
    }

    // The sources say "%n exception(s)"; English reads "1 exception" and "3 exceptions" through lockstep_en.qm (the
    // plural forms only), whether English is chosen or is what the system language falls back to.
    void englishPluralsReadAsEnglish_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::newRow("English") << "en";
        QTest::newRow("system language, not translated") << QString(); // the tests run in the C locale
    }

    void englishPluralsReadAsEnglish()
    {
        QFETCH(QString, requested);
        QCOMPARE(ui::applyLanguage(requested), QStringLiteral("en"));
        QCOMPARE(ui::AssignDialog(1, QString()).windowTitle(), QStringLiteral("Assign 1 exception"));
        QCOMPARE(ui::AssignDialog(3, QString()).windowTitle(), QStringLiteral("Assign 3 exceptions"));
        QCOMPARE(ui::AssignDialog(0, QString()).windowTitle(), QStringLiteral("Assign 0 exceptions"));
        QCOMPARE(QCoreApplication::translate(
                     "lockstep::ui::SettingsPage", "Not saved: %n problem(s) to fix first.", nullptr, 1),
            QStringLiteral("Not saved: 1 problem to fix first."));
        QCOMPARE(QCoreApplication::translate("lockstep::ui::AcknowledgeDialog",
                     "%n exception(s) leave the open queue. They stay in reports and exports.",
                     nullptr,
                     1),
            QStringLiteral("1 exception leaves the open queue. It stays in reports and exports."));
        QCOMPARE(QCoreApplication::translate("main", "lockstep: self-test failed: %n check(s) failed.", nullptr, 3),
            QStringLiteral("lockstep: self-test failed: 3 checks failed."));
        // German wins over the English forms beneath it.
        QCOMPARE(ui::applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QVERIFY(!ui::AssignDialog(1, QString()).windowTitle().contains(QStringLiteral("exception")));
    }

    // The numerus forms in each .ts file are in the order Qt's plural rules pick them at run time.
    void pluralFormsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de 1") << "de" << 1 << "1 Eintrag";
        QTest::newRow("de 0") << "de" << 0 << "0 Einträge";
        QTest::newRow("fr 0") << "fr" << 0 << "0 entrée";
        QTest::newRow("fr 1") << "fr" << 1 << "1 entrée";
        QTest::newRow("fr 2") << "fr" << 2 << "2 entrées";
        QTest::newRow("es 1") << "es" << 1 << "1 entrada";
        QTest::newRow("es 7") << "es" << 7 << "7 entradas";
        QTest::newRow("pl 1") << "pl" << 1 << "1 wpis";
        QTest::newRow("pl 3") << "pl" << 3 << "3 wpisy";
        QTest::newRow("pl 5") << "pl" << 5 << "5 wpisów";
        QTest::newRow("pl 12") << "pl" << 12 << "12 wpisów";
        QTest::newRow("pl 22") << "pl" << 22 << "22 wpisy";
    }

    void pluralFormsFollowTheLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(ui::applyLanguage(lang), lang);
        QCOMPARE(QCoreApplication::translate("lockstep::ui::AuditPage", "Entries: %n", nullptr, count), expected);
    }

    // What core writes for people (an exception's reason and suggested action, stored by the engine, and an action's
    // outcome) is kept as template and arguments: a console shows it in its own language, while the store keeps the
    // English for search and logs. Before, core wrote finished English sentences that no console could translate.
    void reasonsAndOutcomesFromCoreReadInTheConsolesLanguage()
    {
        using namespace lockstep::core;
        test::TempStore store;
        const QDateTime now = test::utc("2026-12-06T12:00:00Z");
        rules::PendingOrderFacts f;
        f.subject = QStringLiteral("woocommerce:1042");
        f.orderRef = QStringLiteral("1042");
        f.storefrontStatus = QStringLiteral("processing");
        f.payment = PaymentState::Paid;
        f.createdAt = now.addSecs(-3 * 3600 - 60);
        f.paidAt = now.addSecs(-3 * 3600);
        f.createQueued = true;
        f.sendAttempts = 3;
        f.lastSendError = QStringLiteral("HTTP 503 from wms.example");
        const auto raised = rules::detectStuckPending(f, {}, now);
        QVERIFY(raised);
        const qint64 id = store::ExceptionRepository(store.db).upsert(*raised).value().id;
        const ExceptionRecord stored = store::ExceptionRepository(store.db).findById(id).value().value();
        QCOMPARE(stored.reason,
            QStringLiteral("Order 1042 was paid 3 h 0 min ago and the warehouse has not acknowledged it (SLA 30 min). "
                           "The send to the warehouse has failed 3 times; last error: HTTP 503 from wms.example"));

        QCOMPARE(ui::applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(ui::DisplayFormat::reason(stored),
            QStringLiteral(
                "Bestellung 1042 wurde vor 3 Std. 0 Min. bezahlt, und das Lager hat sie nicht bestätigt (SLA 30 "
                "Min.). Das Senden an das Lager ist 3-mal fehlgeschlagen; letzter Fehler: HTTP 503 from "
                "wms.example"));
        QCOMPARE(ui::DisplayFormat::suggestedAction(stored),
            QStringLiteral("Prüfen Sie die Verbindung zum Lager, suchen Sie die Bestellung im WMS, dann das Senden "
                           "wiederholen."));
        // The store keeps the English, whoever reads it.
        QVERIFY(stored.reason.startsWith(QStringLiteral("Order 1042 was paid")));

        ManualClock clock(now);
        actions::ActionExecutor executor(store.db, clock, nullptr);
        actions::ActionCommand ack;
        ack.kind = actions::ActionKind::Acknowledge;
        ack.actor = QStringLiteral("alice");
        ack.note = QStringLiteral("Warehouse confirmed by phone");
        ack.targets = {{id, stored.version}};
        const auto done = executor.execute(ack).result;
        QCOMPARE(done.items.size(), 1);
        QCOMPARE(done.items.constFirst().shown(),
            QStringLiteral("Klärfall %1 ist jetzt quittiert (Version %2).").arg(id).arg(stored.version + 1));
        // The English beside it is for logs and the CLI's JSON.
        QCOMPARE(done.items.constFirst().message,
            QStringLiteral("Exception %1 is now acknowledged (version %2).").arg(id).arg(stored.version + 1));
        ack.targets = {{id, 0}};
        const auto again = executor.execute(ack).result;
        QCOMPARE(again.items.constFirst().refusal, actions::Refusal::WrongState);
        QCOMPARE(again.items.constFirst().shown(), QStringLiteral("Klärfall %1 ist bereits quittiert.").arg(id));

        // Another desk, another language: the same stored reason and the same outcome.
        QCOMPARE(ui::applyLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
        QVERIFY2(ui::DisplayFormat::reason(stored).startsWith(QStringLiteral(
                     "La commande 1042 a été payée il y a 3 h 0 min et l’entrepôt ne l’a pas confirmée")),
            qPrintable(ui::DisplayFormat::reason(stored)));
        QCOMPARE(again.items.constFirst().shown(), QStringLiteral("L’anomalie %1 est déjà acquittée.").arg(id));
    }

    void anOrdersLifeFromTheEngineReadsInTheAgentsLanguage()
    {
        using namespace lockstep::core;
        test::TempStore store;
        engine::Config config;
        config.facilityByChannel.insert(QStringLiteral("web-eu"), QStringLiteral("DAL-1"));
        ManualClock clock(test::utc("2026-12-06T12:00:00Z"));
        test::must(store::CatalogRepository(store.db).upsertItem(
            {QStringLiteral("id-mug"), QStringLiteral("MUG-WHT"), {}, true, {}}));
        Order o;
        o.storefront = SourceSystem::WooCommerce;
        o.storefrontId = QStringLiteral("1042");
        o.number = QStringLiteral("1042");
        o.status = QStringLiteral("processing");
        o.paymentState = PaymentState::Paid;
        o.currency = QStringLiteral("EUR");
        o.totals.total = Money::fromMinor(4200, o.currency);
        o.channel = QStringLiteral("web-eu");
        o.createdAt = clock.nowUtc().addSecs(-600);
        o.paidAt = clock.nowUtc().addSecs(-300);
        o.lines = {OrderLine{1,
            QStringLiteral("MUG-WHT"),
            QStringLiteral("Mug"),
            1,
            Money::fromMinor(4200, o.currency),
            {},
            {},
            QStringLiteral("1")}};
        const auto taken = engine::OrderIntake(store.db, config, clock).ingest(o);
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(taken.error().toString()));
        const auto events = store::LifecycleRepository(store.db).forOrder(taken->orderId);
        QVERIFY(events.ok());

        const auto detailOf = [&](const ui::LifecycleModel& model, const QString& kind) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.event(row).kind == kind)
                    return model.data(model.index(row, int(ui::LifecycleModel::Column::Detail))).toString();
            }
            return QString();
        };
        QCOMPARE(ui::applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
        ui::LifecycleModel german;
        german.setEvents(events.value());
        QCOMPARE(detailOf(german, QStringLiteral("storefront.paid")), QStringLiteral("Zahlung bestätigt"));
        QCOMPARE(detailOf(german, QStringLiteral("lockstep.queued_for_wms")),
            QStringLiteral("Für das Lager DAL-1 eingereiht"));
        // The store keeps the English for search and the CLI's JSON.
        QCOMPARE(german.event(0).detail, QStringLiteral("Order 1042 placed: 42.00 EUR"));

        QCOMPARE(ui::applyLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
        ui::LifecycleModel french;
        french.setEvents(events.value());
        QCOMPARE(detailOf(french, QStringLiteral("storefront.paid")), QStringLiteral("Paiement confirmé"));
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
