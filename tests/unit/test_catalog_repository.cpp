// SPDX-License-Identifier: GPL-3.0-or-later
// The item master with bundles, SKU mappings, stock per facility and sync cursors.
#include "store/catalog_repository.h"
#include "store/cursor_repository.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

class TestCatalogRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsAndBundlesRoundTrip()
    {
        TempStore s;
        CatalogRepository repo(s.db);
        const Item bundle{QStringLiteral("4711"),
            QStringLiteral("GIFTBOX-3"),
            QStringLiteral("Gift box of three"),
            true,
            {{QStringLiteral("MUG-WHT"), 1}, {QStringLiteral("TEA-EARLGREY"), 2}}};
        LOCKSTEP_VERIFY_OK(repo.upsertItem(bundle));
        auto back = repo.findItem(QStringLiteral("GIFTBOX-3"));
        LOCKSTEP_VERIFY_OK(back);
        QCOMPARE(back.value().value(), bundle);
        QVERIFY(back.value()->isBundle());

        // Re-importing the item master replaces the components rather than adding to them.
        Item changed = bundle;
        changed.components = {{QStringLiteral("MUG-WHT"), 2}};
        LOCKSTEP_VERIFY_OK(repo.upsertItem(changed));
        QCOMPARE(repo.findItem(QStringLiteral("GIFTBOX-3")).value().value().components, changed.components);
        QVERIFY(!repo.findItem(QStringLiteral("NOPE")).value().has_value());
    }

    void searchesItemsBySkuOrName()
    {
        TempStore s;
        CatalogRepository repo(s.db);
        LOCKSTEP_VERIFY_OK(repo.upsertItem(
            {QStringLiteral("1"), QStringLiteral("TSHIRT-M-BLK"), QStringLiteral("T-shirt"), true, {}}));
        LOCKSTEP_VERIFY_OK(
            repo.upsertItem({QStringLiteral("2"), QStringLiteral("MUG-WHT"), QStringLiteral("Mug, white"), true, {}}));
        LOCKSTEP_VERIFY_OK(
            repo.upsertItem({QStringLiteral("3"), QStringLiteral("100%_COTTON"), QStringLiteral("Odd"), true, {}}));
        QCOMPARE(repo.searchItems(QStringLiteral("shirt")).value().size(), 1);
        QCOMPARE(repo.searchItems(QStringLiteral("white")).value().constFirst().sku, QStringLiteral("MUG-WHT"));
        // LIKE wildcards in the search text are literal characters.
        QCOMPARE(repo.searchItems(QStringLiteral("%_")).value().size(), 1);
        QCOMPARE(repo.searchItems(QStringLiteral("_")).value().size(), 1);
    }

    void skuMappingResolves()
    {
        TempStore s;
        CatalogRepository repo(s.db);
        QCOMPARE(repo.resolveSku(SourceSystem::WooCommerce, QStringLiteral("TSHIRT-M-BLACK")).value(),
            QStringLiteral("TSHIRT-M-BLACK"));
        const SkuMapping m{SourceSystem::WooCommerce,
            QStringLiteral("TSHIRT-M-BLACK"),
            QStringLiteral("TSHIRT-M-BLK"),
            QStringLiteral("supervisor"),
            utc("2026-11-23T09:00:00Z")};
        LOCKSTEP_VERIFY_OK(repo.upsertSkuMapping(m));
        QCOMPARE(repo.findSkuMapping(SourceSystem::WooCommerce, QStringLiteral("TSHIRT-M-BLACK")).value().value(), m);
        QCOMPARE(repo.resolveSku(SourceSystem::WooCommerce, QStringLiteral("TSHIRT-M-BLACK")).value(),
            QStringLiteral("TSHIRT-M-BLK"));
        // A mapping is per storefront.
        QCOMPARE(repo.resolveSku(SourceSystem::Commercetools, QStringLiteral("TSHIRT-M-BLACK")).value(),
            QStringLiteral("TSHIRT-M-BLACK"));
    }

    void stockPerFacility()
    {
        TempStore s;
        CatalogRepository repo(s.db);
        const Stock dal{QStringLiteral("MUG-WHT"), QStringLiteral("DAL-1"), 40, 12, 28, utc("2026-11-23T08:00:00Z")};
        const Stock rno{QStringLiteral("MUG-WHT"), QStringLiteral("RNO-2"), 5, 5, 0, utc("2026-11-23T08:00:00Z")};
        LOCKSTEP_VERIFY_OK(repo.upsertStock(dal));
        LOCKSTEP_VERIFY_OK(repo.upsertStock(rno));
        Stock dalLater = dal;
        dalLater.availableToSell = 27;
        dalLater.allocated = 13;
        LOCKSTEP_VERIFY_OK(repo.upsertStock(dalLater));
        QCOMPARE(repo.findStock(QStringLiteral("MUG-WHT"), QStringLiteral("DAL-1")).value().value(), dalLater);
        QCOMPARE(repo.stockForSku(QStringLiteral("MUG-WHT")).value(), (QList<Stock>{dalLater, rno}));
    }

    void cursorsAdvance()
    {
        TempStore s;
        CursorRepository repo(s.db);
        QVERIFY(!repo.get(QStringLiteral("woocommerce.orders")).value().has_value());
        LOCKSTEP_VERIFY_OK(repo.set(
            QStringLiteral("woocommerce.orders"), QStringLiteral("2026-11-23T08:00:00"), utc("2026-11-23T08:00:01Z")));
        LOCKSTEP_VERIFY_OK(repo.set(
            QStringLiteral("woocommerce.orders"), QStringLiteral("2026-11-23T09:00:00"), utc("2026-11-23T09:00:01Z")));
        QCOMPARE(repo.get(QStringLiteral("woocommerce.orders")).value().value(), QStringLiteral("2026-11-23T09:00:00"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "test_catalog_repository.moc"
