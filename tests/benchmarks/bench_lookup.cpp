// SPDX-License-Identifier: GPL-3.0-or-later
// Lookup: one order's lifecycle, as the order lookup shows it (the order found by its number, its lifecycle events
// and its exceptions), in a store of N orders (default 1,000,000) and M events (default 10,000,000), p50 and p99
// over many random orders. Beside it, in the same run, the same event read without the index
// (lifecycle_by_order), on a small sample because each is a full read of the events table.
// Thread: main; the store is read through a read-only connection of its own, as the console reads it.
#include "bench_support.h"
#include "seed.h"
#include "support.h"

#include <QRandomGenerator>

using namespace lockstep;
using namespace lockstep::core;
using bench::Figures;

namespace {

const char* const kKinds[] = {"storefront.placed",
    "storefront.paid",
    "lockstep.queued_for_wms",
    "wms.acknowledged",
    "wms.allocated",
    "wms.picked",
    "wms.packed",
    "wms.shipped",
    "carrier.collected",
    "storefront.completed"};

/// N orders through the repository, then M events in rounds (every order's next event, round after round, as
/// they arrive in a real store), each round one transaction of prepared statements.
void seed(store::Database& db, int orders, qint64 events, const QDateTime& start)
{
    test::must(db.exec(QStringLiteral("PRAGMA cache_size = -262144"))); // 256 MiB while seeding only
    {
        store::Transaction tx(db);
        store::OrderRepository repo(db);
        for (int i = 0; i < orders; ++i) {
            const QString number = QStringLiteral("WC-%1").arg(100000 + i);
            Order o = test::makeOrder(number, QStringLiteral("customer%1@example.com").arg(i), start.addSecs(30LL * i));
            o.storefrontId = QString::number(100000 + i);
            o.lines.removeLast();
            if (test::must(repo.upsert(o)) != i + 1)
                qFatal("order ids are not dense");
        }
        test::must(tx.commit());
    }
    store::LifecycleRepository repo(db);
    const int rounds = int((events + orders - 1) / orders);
    qint64 left = events;
    for (int round = 0; round < rounds && left > 0; ++round) {
        store::Transaction tx(db);
        const QString kind = QString::fromLatin1(kKinds[round % 10]);
        const QString detail = QStringLiteral("Step %1 of the order's way to the customer").arg(round + 1);
        for (int i = 0; i < orders && left > 0; ++i, --left) {
            test::must(repo.append({0,
                qint64(i) + 1,
                start.addSecs(30LL * i + 600LL * round),
                round < 3 ? SourceSystem::WooCommerce : SourceSystem::Deposco,
                kind,
                detail,
                {}}));
        }
        test::must(tx.commit());
    }
}

} // namespace

int main(int argc, char** argv)
{
    bench::quietLogs();
    QCoreApplication app(argc, argv);
    const bench::Options options(argc, argv);
    const bool smoke = options.has("smoke");
    const int orders = int(options.value("orders", smoke ? 2000 : 1000000));
    const qint64 events = options.value("events", smoke ? 20000 : 10000000);
    const int lookups = int(options.value("lookups", smoke ? 200 : 2000));
    const int baselineLookups = int(options.value("baseline-lookups", smoke ? 3 : 5));
    Figures figures("lookup");
    figures.set("orders", orders);
    figures.set("events", events);

    test::TempStore store;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    const double seedMs = bench::timeMs([&] { seed(store.db, orders, events, start); });
    Figures::say(QStringLiteral("seeded %1 orders and %2 lifecycle events in %3 s")
                     .arg(orders)
                     .arg(events)
                     .arg(seedMs / 1000.0, 0, 'f', 1));
    figures.setMs("seed_ms", seedMs);

    auto opened = store::Database::open(store.path, store::Database::Mode::ReadOnly);
    if (!opened.ok())
        qFatal("cannot open the store for reading: %s", qPrintable(opened.error().toString()));
    store::Database& db = opened.value();
    QRandomGenerator random(20261201);
    std::vector<double> samples;
    std::vector<double> cpuSamples;
    qint64 eventsRead = 0;
    for (int n = 0; n < lookups; ++n) {
        const QString number = QStringLiteral("WC-%1").arg(100000 + random.bounded(orders));
        const qint64 cpuBefore = bench::threadCpuNs();
        samples.push_back(bench::timeMs([&] {
            auto found = test::must(store::OrderRepository(db).lookup(number, 20));
            if (found.size() != 1)
                qFatal("order %s not found", qPrintable(number));
            eventsRead += test::must(store::LifecycleRepository(db).forOrder(found.constFirst().id)).size();
            (void)test::must(store::ExceptionRepository(db).forOrder(found.constFirst().id, 100));
        }));
        cpuSamples.push_back(double(bench::threadCpuNs() - cpuBefore) / 1e6);
    }
    const double cpuP50 = bench::quantile(cpuSamples, 0.5);
    const double cpuP99 = bench::quantile(cpuSamples, 0.99);
    const double p50 = bench::quantile(samples, 0.5);
    const double p99 = bench::quantile(samples, 0.99);
    const double worst = samples.back();
    Figures::say(QStringLiteral("lookup of one order's lifecycle (%1 random orders, %2 events each on average): p50 "
                                "%3 ms, p99 %4 ms, slowest %5 ms (target: p99 under 5 ms)")
                     .arg(lookups)
                     .arg(double(eventsRead) / lookups, 0, 'f', 1)
                     .arg(p50, 0, 'f', 3)
                     .arg(p99, 0, 'f', 3)
                     .arg(worst, 0, 'f', 3));

    Figures::say(
        QStringLiteral("  the same lookups in CPU time of this thread (without waiting for a core): p50 %1 ms, "
                       "p99 %2 ms")
            .arg(cpuP50, 0, 'f', 3)
            .arg(cpuP99, 0, 'f', 3));

    // The baseline: the same events without their index.
    auto scan =
        test::must(db.prepare(QStringLiteral("SELECT id, order_id, at, source, kind, detail FROM lifecycle_events "
                                             "NOT INDEXED WHERE order_id = ?1 ORDER BY at, id")));
    std::vector<double> baseline;
    for (int n = 0; n < baselineLookups; ++n) {
        const qint64 id = 1 + random.bounded(orders);
        baseline.push_back(bench::timeMs([&] {
            scan.reset();
            scan.bind(1, id);
            int rows = 0;
            test::must(store::forEachRow(scan, [&](store::Statement&) { ++rows; }));
            if (rows == 0)
                qFatal("no events for order %lld", id);
        }));
    }
    const double baseP50 = bench::quantile(baseline, 0.5);
    Figures::say(QStringLiteral("baseline, the events read without their index (%1 orders): median %2 ms, %3× the "
                                "indexed p50")
                     .arg(baselineLookups)
                     .arg(baseP50, 0, 'f', 1)
                     .arg(baseP50 / p50, 0, 'f', 0));
    figures.set("lookups", lookups);
    figures.setMs("p50_ms", p50);
    figures.setMs("p99_ms", p99);
    figures.setMs("max_ms", worst);
    figures.setMs("cpu_p50_ms", cpuP50);
    figures.setMs("cpu_p99_ms", cpuP99);
    figures.setMs("baseline_unindexed_p50_ms", baseP50);
    figures.set("baseline_lookups", baselineLookups);
    figures.set("target_p99_ms", 5);
    figures.print();
    return 0;
}
