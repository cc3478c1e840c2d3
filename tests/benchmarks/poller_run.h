// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's order poller against the sandbox's WooCommerce, into a fresh store whose WMS item master is the
// sandbox's (as after the stock pull that precedes an order sync). Shared by the ingest and backfill benchmarks.
#pragma once

#include "bench_support.h"
#include "connectors/woocommerce/woo_connector.h"
#include "engine/order_poller.h"
#include "net/http_client.h"
#include "seed.h"
#include "sim/world.h"
#include "store/catalog_repository.h"
#include "support.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace lockstep::bench {

/// Thread: the thread that creates it (it needs that thread's event loop); the sandbox serves from its own.
struct PollerRun
{
    PollerRun(SandboxThread& sandbox, const core::sim::Endpoints& endpoints, int parallelism, int backfillDays)
        : clock(sandbox.now())
        , http(QStringLiteral("woocommerce"), &network, {}, {})
    {
        config.backfillDays = backfillDays;
        config.backfillParallelism = parallelism;
        config.defaultFacility = QStringLiteral("DC-EAST"); // the scale scenario's first facility
        QList<core::Item> items;
        sandbox.call([&] {
            for (const core::sim::WmsItem& w : sandbox.sandbox()->world()->items())
                items.append(core::Item{QString::number(w.id), w.number, w.name, true, w.components});
        });
        core::store::Transaction tx(store.db);
        core::store::CatalogRepository catalog(store.db);
        for (const core::Item& item : std::as_const(items))
            test::must(catalog.upsertItem(item));
        test::must(tx.commit());

        core::connectors::woocommerce::WooSettings settings;
        settings.baseUrl = endpoints.woocommerce.baseUrl;
        settings.consumerKey = endpoints.woocommerce.consumerKey;
        settings.consumerSecret = endpoints.woocommerce.consumerSecret;
        woo = std::make_unique<core::connectors::woocommerce::WooConnector>(settings, http);
        context = std::make_unique<core::engine::EngineContext>(
            core::engine::EngineContext{store.db, config, clock, {woo.get()}, nullptr});
    }

    /// One poll (a backfill when parallelism > 1) of at most `maxPages` pages; returns its wall time in ms.
    double run(int maxPages)
    {
        core::engine::OrderPoller poller(*context, *woo);
        QEventLoop loop;
        QElapsedTimer t;
        t.start();
        poller.run(
            [&](core::engine::CycleSummary s) {
                summary = std::move(s);
                loop.quit();
            },
            maxPages);
        loop.exec();
        return msSince(t);
    }

    qint64 count(const char* table)
    {
        auto st = test::must(store.db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        (void)st.step();
        return st.int64(0);
    }

    test::TempStore store;
    core::engine::Config config;
    core::ManualClock clock;
    QNetworkAccessManager network;
    core::net::HttpClient http;
    std::unique_ptr<core::connectors::woocommerce::WooConnector> woo;
    std::unique_ptr<core::engine::EngineContext> context;
    core::engine::CycleSummary summary;
};

} // namespace lockstep::bench
