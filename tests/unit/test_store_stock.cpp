// SPDX-License-Identifier: GPL-3.0-or-later
// The stores' stock when it lives at the WMS (`stock_at_wms`), against a real SQLite file: a store's facility feeds
// its tills' counts and nothing else, so the web storefronts are never offered what stands on a store's shelves.
#include "connectors/pos/square_connector.h"
#include "engine/stock_sync.h"
#include "net/http_client.h"
#include "seed.h"
#include "store/catalog_repository.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::engine;
using lockstep::test::TempStore;
using lockstep::test::utc;

class TestStoreStock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStoresFacilityStocksItsTillsAndNotTheWeb()
    {
        TempStore store;
        Config config;
        config.pos.enabled = true;
        config.pos.stockAtWms = true;
        config.pos.locationIds = {QStringLiteral("L-EAST")};
        config.facilityByChannel.insert(QStringLiteral("L-EAST"), QStringLiteral("STORE-01"));
        config.defaultSafetyBuffer = 1;
        ManualClock clock(utc("2026-11-23T10:00:00Z"));
        EngineContext context{store.db, config, clock, {}, nullptr};
        net::HttpClient http(QStringLiteral("pos"), nullptr);
        connectors::pos::SquareSettings square;
        square.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never called: the locations are configured
        square.locationIds = config.pos.locationIds;
        connectors::pos::SquareConnector till(square, http);
        context.till = &till;

        store::CatalogRepository catalog(store.db);
        lockstep::test::must(catalog.upsertItem({QStringLiteral("id-mug"), QStringLiteral("MUG"), {}, true, {}}));
        lockstep::test::must(catalog.upsertStock(
            {QStringLiteral("MUG"), QStringLiteral("DC-EAST"), 12, 2, 10, utc("2026-11-23T09:00:00Z")}));
        lockstep::test::must(catalog.upsertStock(
            {QStringLiteral("MUG"), QStringLiteral("STORE-01"), 4, 0, 4, utc("2026-11-23T09:00:00Z")}));

        StockSync sync(context);
        auto web = sync.sellableBySku();
        LOCKSTEP_VERIFY_OK(web);
        QCOMPARE(web->value(QStringLiteral("MUG")), qint64(9)); // the distribution centre's 10, less the buffer
        auto stores = sync.storeLevels();
        LOCKSTEP_VERIFY_OK(stores);
        QCOMPARE(stores->size(), 1);
        QCOMPARE(stores->constFirst(), (connectors::StockLevel{QStringLiteral("MUG"), 4, QStringLiteral("L-EAST")}));

        // Without stock_at_wms the store's mapping says only where its returns go: its facility counts for the web,
        // and no till is stocked.
        config.pos.stockAtWms = false;
        QCOMPARE(sync.sellableBySku()->value(QStringLiteral("MUG")), qint64(13));
        QVERIFY(sync.storeLevels()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreStock)
#include "test_store_stock.moc"
