// SPDX-License-Identifier: GPL-3.0-or-later
// The storefront listing read by the engine against the sandbox over real HTTP: inventory drift is raised when a
// storefront's stock is edited by hand away from what Lockstep pushed (beyond the tolerance), resolved when it
// agrees again; the listing SKU checks raise the sandbox's planted duplicate SKU and variation with its parent's
// SKU from a real product read; a retry of drift pushes the warehouse figure for that SKU again.
#include "actions/action_command.h"
#include "engine_run.h"
#include "rules/inventory_drift.h"
#include "rules/sku_mismatch.h"
#include "sim/world.h"
#include "store/audit_repository.h"
#include "store/exception_repository.h"
#include "store/wms_order_repository.h"
#include "support.h"

#include <QSignalSpy>
#include <QTest>

using namespace lockstep::core;
using lockstep::test::EngineRun;
using lockstep::test::sandboxConfig;

namespace {

/// A SKU the storefront lists once, as a simple product with its own stock, and that Lockstep pushed.
QString singleListedSku(const sim::Sandbox& sandbox, const QHash<QString, store::StockPush>& pushed)
{
    QHash<QString, int> listings;
    for (const auto& p : sandbox.world()->products())
        ++listings[p.sku];
    for (const auto& p : sandbox.world()->products()) {
        if (!p.variable && !p.bundle && listings.value(p.sku) == 1 && pushed.contains(p.sku)
            && pushed.value(p.sku).quantity > 10)
            return p.sku;
    }
    return {};
}

std::optional<ExceptionRecord> find(store::Database& db, ExceptionType type, const QString& subject)
{
    auto r = store::ExceptionRepository(db).findBySubject(type, subject);
    return r.ok() ? r.value() : std::nullopt;
}

} // namespace

class TestListingCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void driftIsRaisedAndResolvedFromTheStorefrontsStock()
    {
        sim::Sandbox sandbox;
        QVERIFY(lockstep::test::startCalmDemo(sandbox)); // paused: no sale moves the stock, only the edits below
        engine::Config config = sandboxConfig(sandbox);
        config.webhooksEnabled = false;
        config.stockDriftToleranceUnits = 2;
        lockstep::test::TempStore store;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        EngineRun run(config, store.path, &clock);

        QVERIFY(run.cycle(true).has_value());
        const auto pushed = store::WmsOrderRepository(store.db).stockPushes(SourceSystem::WooCommerce).value();
        const QString sku = singleListedSku(sandbox, pushed);
        QVERIFY2(!sku.isEmpty(), "the demo catalogue has simple products with stock");
        const qint64 quantity = pushed.value(sku).quantity;
        const QString subject = SubjectKey::stock(SourceSystem::WooCommerce, sku).toString();
        // Just pushed and read back: the storefront agrees everywhere.
        QCOMPARE(store::ExceptionRepository(store.db).open(ExceptionType::InventoryDrift).value().size(), 0);

        // Within the tolerance: not drift.
        QVERIFY(sandbox.editListedStock(sim::SimSystem::WooCommerce, sku, quantity + 2));
        QVERIFY(run.cycle(false).has_value());
        QVERIFY(!find(store.db, ExceptionType::InventoryDrift, subject));

        // Someone adds 9 units by hand in the back office: the storefront may oversell.
        QVERIFY(sandbox.editListedStock(sim::SimSystem::WooCommerce, sku, quantity + 9));
        clock.advanceMSecs(10 * 60 * 1000);
        QVERIFY(run.cycle(false).has_value());
        auto drift = find(store.db, ExceptionType::InventoryDrift, subject);
        QVERIFY(drift);
        LOCKSTEP_COMPARE_ENUM(drift->state, ExceptionState::Open);
        LOCKSTEP_COMPARE_ENUM(drift->severity, Severity::High);
        QCOMPARE(drift->signature, QStringLiteral("drift:woocommerce:over"));
        QCOMPARE(drift->sku, sku);
        QVERIFY2(
            drift->reason.contains(QString::number(quantity + 9)) && drift->reason.contains(QString::number(quantity)),
            qPrintable(drift->reason));

        // Put back as pushed: resolved, with the engine's audit row.
        QVERIFY(sandbox.editListedStock(sim::SimSystem::WooCommerce, sku, quantity));
        QVERIFY(run.cycle(false).has_value());
        drift = find(store.db, ExceptionType::InventoryDrift, subject);
        QVERIFY(drift);
        LOCKSTEP_COMPARE_ENUM(drift->state, ExceptionState::Resolved);
        const auto audit = store::AuditRepository(store.db)
                               .forSubject(QStringLiteral("exception"), QString::number(drift->id))
                               .value();
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const store::AuditEntry& e) {
            return e.action == QLatin1String("exception.auto_resolved") && e.actor == QLatin1String("engine");
        }));

        // Fewer units by hand, then a person retries: the warehouse figure is pushed again for that SKU at once.
        QVERIFY(sandbox.editListedStock(sim::SimSystem::WooCommerce, sku, quantity - 6));
        QVERIFY(run.cycle(false).has_value());
        drift = find(store.db, ExceptionType::InventoryDrift, subject);
        QVERIFY(drift);
        LOCKSTEP_COMPARE_ENUM(drift->state, ExceptionState::Open); // reopened
        QCOMPARE(drift->signature, QStringLiteral("drift:woocommerce:under"));
        const qint64 updatesBefore = sandbox.ledger().counter(QStringLiteral("woocommerce.stock_updates"));
        actions::ActionCommand retry;
        retry.kind = actions::ActionKind::Retry;
        retry.actor = QStringLiteral("supervisor");
        retry.targets = {{drift->id, drift->version}};
        const actions::ActionResult result = run.act(retry);
        QCOMPARE(result.items.size(), 1);
        QVERIFY2(result.items[0].succeeded, qPrintable(result.items[0].message));
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("woocommerce.stock_updates")), updatesBefore + 1);
        const auto listed = std::find_if(sandbox.world()->products().cbegin(),
            sandbox.world()->products().cend(),
            [&](const auto& p) { return p.sku == sku; });
        QCOMPARE(qint64(listed->storeStock), quantity);
        LOCKSTEP_COMPARE_ENUM(find(store.db, ExceptionType::InventoryDrift, subject)->state, ExceptionState::Resolved);
    }

    void aScenarioPlantsDriftAtItsTime()
    {
        // The file form: checked, then applied when simulated time reaches it.
        auto parsed = sim::Scenario::fromJson(QByteArrayLiteral(
            "{\"stock_edits\": [{\"after_minutes\": 90, \"storefront\": \"woocommerce\", \"sku\": \"PRINT-LTD\", "
            "\"quantity\": 40}]}"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->stockEdits.size(), 1);
        QVERIFY(!sim::Scenario::fromJson(
            QByteArrayLiteral("{\"stock_edits\": [{\"storefront\": \"pos\", \"sku\": \"X\"}]}"))
                     .ok());

        sim::Sandbox sandbox;
        auto scenario = sim::loadScenario(QStringLiteral("demo")).value();
        scenario.speed = 0;
        scenario.stockEdits = parsed->stockEdits;
        QVERIFY(sandbox.start(scenario).ok());
        sandbox.setFaultProfile(sim::FaultProfile{});
        engine::Config config = sandboxConfig(sandbox);
        config.webhooksEnabled = false;
        lockstep::test::TempStore store;
        ManualClock clock(sandbox.now());
        EngineRun run(config, store.path, &clock);
        // Sold out in the warehouse: the storefront is told 0, and shows it.
        QVERIFY(run.cycle(true).has_value());
        const QString subject = SubjectKey::stock(SourceSystem::WooCommerce, QStringLiteral("PRINT-LTD")).toString();
        QVERIFY(!find(store.db, ExceptionType::InventoryDrift, subject));
        sandbox.advance(2 * 3600 * 1000);
        clock.advanceMSecs(2 * 3600 * 1000);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("woocommerce.stock_edited_by_hand")), 1);
        QVERIFY(run.cycle(false).has_value());
        const auto drift = find(store.db, ExceptionType::InventoryDrift, subject);
        QVERIFY(drift);
        QCOMPARE(drift->signature, QStringLiteral("drift:woocommerce:over"));
        QVERIFY2(drift->reason.contains(QStringLiteral("40")), qPrintable(drift->reason));
    }

    void listingSkuProblemsComeFromARealProductRead()
    {
        sim::Sandbox sandbox;
        QVERIFY(lockstep::test::startCalmDemo(sandbox));
        engine::Config config = sandboxConfig(sandbox);
        config.webhooksEnabled = false;
        config.commercetools.enabled = true; // both storefronts' listings
        lockstep::test::TempStore store;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        EngineRun run(config, store.path, &clock);
        QVERIFY(run.cycle(true).has_value());

        // WooCommerce: "LS-1001" on two products, and the Navy beanie showing its parent's "BEANIE".
        const auto duplicate = find(store.db,
            ExceptionType::SkuMismatch,
            SubjectKey::sku(SourceSystem::WooCommerce, QStringLiteral("LS-1001")).toString());
        QVERIFY(duplicate);
        QCOMPARE(duplicate->signature, QStringLiteral("sku-duplicate:LS-1001"));
        QVERIFY2(duplicate->reason.contains(QStringLiteral("(second listing)")), qPrintable(duplicate->reason));
        const auto borrowed = find(store.db,
            ExceptionType::SkuMismatch,
            SubjectKey::sku(SourceSystem::WooCommerce, QStringLiteral("BEANIE")).toString());
        QVERIFY(borrowed);
        QCOMPARE(borrowed->signature, QStringLiteral("sku-variation-parent:BEANIE"));
        QVERIFY2(borrowed->reason.contains(QStringLiteral("Navy")), qPrintable(borrowed->reason));
        // commercetools refuses a SKU twice and leaves the Navy variant without one: nothing to raise there.
        QCOMPARE(store::ExceptionRepository(store.db)
                     .open(ExceptionType::SkuMismatch, QStringLiteral("sku:commercetools:"))
                     .value()
                     .size(),
            0);
        // The order-level mismatches stay apart from the listing ones.
        QVERIFY(!store::ExceptionRepository(store.db)
                     .open(ExceptionType::SkuMismatch, QStringLiteral("sku:"))
                     .value()
                     .isEmpty());

        // commercetools drift, read from its supply channel's inventory entries.
        const auto pushed = store::WmsOrderRepository(store.db).stockPushes(SourceSystem::Commercetools).value();
        const QString sku = singleListedSku(sandbox, pushed);
        QVERIFY(!sku.isEmpty());
        QVERIFY(sandbox.editListedStock(
            sim::SimSystem::Commercetools, sku, pushed.value(sku).quantity + 5, config.defaultFacility));
        QVERIFY(run.cycle(false).has_value());
        const auto drift = find(
            store.db, ExceptionType::InventoryDrift, SubjectKey::stock(SourceSystem::Commercetools, sku).toString());
        QVERIFY(drift);
        QCOMPARE(drift->signature, QStringLiteral("drift:commercetools:over"));
        // WooCommerce was not touched: no drift there.
        QCOMPARE(store::ExceptionRepository(store.db)
                     .open(ExceptionType::InventoryDrift, QStringLiteral("stock:woocommerce:"))
                     .value()
                     .size(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestListingCheck)
#include "test_listing_check.moc"
