// SPDX-License-Identifier: GPL-3.0-or-later
// The store on PostgreSQL beside SQLite, in one run, the same work on each through the same repositories:
// - ingest: N orders through OrderRepository::upsert, 200 to a transaction (the intake's path), orders/s;
// - the queue: M exceptions (default 1,000,000, one INSERT ... SELECT over a counter, the same rows on both), then a
//   queue's first page, a text filter, the sort by severity, the jump to the end: median of several reads each;
// - lookup: one order's lifecycle as the order lookup reads it (found by number, its events, its exceptions), p50
//   and p99 over many random orders;
// - export: the exceptions report of the whole range read row by row, rows/s.
// PostgreSQL is the suite's server when LOCKSTEP_TEST_POSTGRES names it (ctest), otherwise one this program starts
// with tests/postgres/server.sh and stops at the end. Targets on PostgreSQL over loopback: queue reads under 200 ms,
// lookup p99 under 10 ms, ingest at least half SQLite's.
// Thread: main.
#include "bench_support.h"
#include "seed.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/report_repository.h"
#include "support.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace lockstep;
using namespace lockstep::core;
using bench::Figures;

namespace {

struct Sizes
{
    int orders = 0;
    qint64 exceptions = 0;
    int lookups = 0;
    int reads = 0;
};

struct Measured
{
    double ingestPerSecond = 0;
    double seedMs = 0;
    double firstPageMs = 0;
    double filterMs = 0;
    double sortMs = 0;
    double endMs = 0;
    double lookupP50 = 0;
    double lookupP99 = 0;
    double exportPerSecond = 0;
};

/// The same exceptions on both stores: types, states, severities, order refs and reasons spread by the counter.
/// Every tenth is acknowledged, the rest open; one in 5,000 is about SKU-4242 (the text filter's few).
void seedExceptions(store::Database& db, qint64 count, const QDateTime& start)
{
    QStringList types;
    for (int t = 0; t < kExceptionTypeCount; ++t)
        types << u'\'' + toString(static_cast<ExceptionType>(t)) + u'\'';
    const QString sql = QStringLiteral(R"SQL(
        WITH RECURSIVE n(i) AS (SELECT ?3 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
        INSERT INTO exceptions (type, subject_key, state, severity, owner_team, order_ref, sku, facility, signature,
            reason, payload, first_seen, last_seen)
        SELECT CASE i % %1 %2 END, 'bench:' || i, CASE WHEN i % 10 = 0 THEN 'acknowledged' ELSE 'open' END,
            i % 4, 'operations', 'WC-' || (100000 + i),
            'SKU-' || (i % 5000), 'DC-' || (i % 7), 'cause-' || (i % 40),
            'The warehouse could not allocate SKU-' || (i % 5000) || ' for order WC-' || (100000 + i),
            '{}', ?2 + i * 1000, ?2 + i * 1000 + (i % 97) * 60000
        FROM n)SQL")
                            .arg(kExceptionTypeCount)
                            .arg([&] {
                                QString whens;
                                for (int t = 0; t < types.size(); ++t)
                                    whens += QStringLiteral(" WHEN %1 THEN %2").arg(t).arg(types[t]);
                                return whens;
                            }());
    // In runs of 50,000: each statement well within a server's statement timeout.
    store::Transaction tx(db);
    for (qint64 first = 1; first <= count; first += 50000) {
        auto st = test::must(db.prepare(sql));
        st.bind(1, std::min(count, first + 49999)).bind(2, start.toMSecsSinceEpoch()).bind(3, first);
        test::must(st.exec());
    }
    test::must(tx.commit());
}

double median(std::vector<double> v)
{
    return bench::quantile(v, 0.5);
}

/// The median of `reads` runs of `read`, each a page that must not be empty.
template <typename F> double pageMs(int reads, F&& read)
{
    std::vector<double> ms;
    for (int r = 0; r < reads; ++r) {
        ms.push_back(bench::timeMs([&] {
            const auto page = test::must(read());
            if (page.rows.isEmpty())
                qFatal("an empty queue page");
        }));
    }
    return median(ms);
}

Measured measure(const QString& name, const QString& location, const Sizes& sizes)
{
    Measured m;
    auto opened = store::openStore(location);
    if (!opened.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(opened.error().toString()));
    store::Database& db = opened.value();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-300);

    // Ingest: the intake's path, one order at a time, 200 to a transaction.
    const double ingestMs = bench::timeMs([&] {
        store::OrderRepository repo(db);
        for (int i = 0; i < sizes.orders;) {
            store::Transaction tx(db);
            for (int k = 0; k < 200 && i < sizes.orders; ++k, ++i) {
                Order o = test::makeOrder(QStringLiteral("WC-%1").arg(100000 + i),
                    QStringLiteral("customer%1@example.com").arg(i),
                    start.addSecs(30LL * i));
                test::must(repo.upsert(o));
            }
            test::must(tx.commit());
        }
    });
    m.ingestPerSecond = sizes.orders / (ingestMs / 1000.0);
    {
        store::Transaction tx(db);
        store::LifecycleRepository events(db);
        for (int i = 0; i < sizes.orders; ++i) {
            for (int e = 0; e < 4; ++e)
                test::must(events.append({0,
                    i + 1,
                    start.addSecs(30LL * i + 600LL * e),
                    SourceSystem::Deposco,
                    QStringLiteral("wms.step%1").arg(e),
                    QStringLiteral("Step %1").arg(e),
                    {}}));
        }
        test::must(tx.commit());
    }
    m.seedMs = bench::timeMs([&] { seedExceptions(db, sizes.exceptions, start); });
    if (db.dialect() == store::Dialect::Postgres)
        test::must(db.exec(QStringLiteral("ANALYZE")));
    Figures::say(QStringLiteral("%1: ingest %2 orders/s; %3 exceptions seeded in %4 s")
                     .arg(name)
                     .arg(m.ingestPerSecond, 0, 'f', 0)
                     .arg(sizes.exceptions)
                     .arg(m.seedMs / 1000.0, 0, 'f', 1));

    // The console reads through a read-only connection of its own.
    auto reader = store::openStore(location, store::Database::Mode::ReadOnly);
    if (!reader.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(reader.error().toString()));
    store::ExceptionRepository queue(reader.value());
    store::PageRequest first;
    first.filter.type = ExceptionType::FailedAllocation;
    first.filter.state = ExceptionState::Open;
    m.firstPageMs = pageMs(sizes.reads, [&] { return queue.page(first); });
    store::PageRequest filtered = first;
    filtered.filter.type.reset();
    filtered.filter.text = QStringLiteral("SKU-4242");
    m.filterMs = pageMs(sizes.reads, [&] { return queue.page(filtered); });
    store::PageRequest sorted = first;
    sorted.sort = store::ExceptionSort::Severity;
    sorted.descending = true;
    m.sortMs = pageMs(sizes.reads, [&] { return queue.page(sorted); });
    store::PageRequest end = first;
    end.fromEnd = true;
    m.endMs = pageMs(sizes.reads, [&] { return queue.page(end); });
    Figures::say(QStringLiteral("%1: queue of %2 rows: first page %3 ms, text filter %4 ms, sorted by severity %5 ms, "
                                "jump to the end %6 ms (medians)")
                     .arg(name)
                     .arg(sizes.exceptions)
                     .arg(m.firstPageMs, 0, 'f', 2)
                     .arg(m.filterMs, 0, 'f', 2)
                     .arg(m.sortMs, 0, 'f', 2)
                     .arg(m.endMs, 0, 'f', 2));

    QRandomGenerator random(20261207);
    std::vector<double> lookups;
    for (int n = 0; n < sizes.lookups; ++n) {
        const QString number = QStringLiteral("WC-%1").arg(100000 + random.bounded(sizes.orders));
        lookups.push_back(bench::timeMs([&] {
            const auto found = test::must(store::OrderRepository(reader.value()).lookup(number, 20));
            if (found.isEmpty())
                qFatal("order %s not found", qPrintable(number));
            (void)test::must(store::LifecycleRepository(reader.value()).forOrder(found.constFirst().id));
            (void)test::must(store::ExceptionRepository(reader.value()).forOrder(found.constFirst().id, 100));
        }));
    }
    m.lookupP50 = bench::quantile(lookups, 0.5);
    m.lookupP99 = bench::quantile(lookups, 0.99);

    qint64 exported = 0;
    const double exportMs = bench::timeMs([&] {
        auto rows = test::must(store::ReportRepository(reader.value())
                                   .exceptions(start.addDays(-1), QDateTime::currentDateTimeUtc().addDays(1), {}, {}));
        store::ExceptionReportRow row;
        while (test::must(rows.next(row)))
            ++exported;
    });
    if (exported != sizes.exceptions)
        qFatal("%s: the export read %lld of %lld rows", qPrintable(name), exported, sizes.exceptions);
    m.exportPerSecond = exported / (exportMs / 1000.0);
    Figures::say(QStringLiteral("%1: lookup p50 %2 ms, p99 %3 ms (%4 orders); export %5 rows/s")
                     .arg(name)
                     .arg(m.lookupP50, 0, 'f', 3)
                     .arg(m.lookupP99, 0, 'f', 3)
                     .arg(sizes.lookups)
                     .arg(m.exportPerSecond, 0, 'f', 0));
    return m;
}

void record(Figures& figures, const std::string& prefix, const Measured& m)
{
    figures.set((prefix + "ingest_orders_per_s").c_str(), qRound64(m.ingestPerSecond));
    figures.setMs((prefix + "first_page_ms").c_str(), m.firstPageMs);
    figures.setMs((prefix + "filter_ms").c_str(), m.filterMs);
    figures.setMs((prefix + "sort_ms").c_str(), m.sortMs);
    figures.setMs((prefix + "end_ms").c_str(), m.endMs);
    figures.setMs((prefix + "lookup_p50_ms").c_str(), m.lookupP50);
    figures.setMs((prefix + "lookup_p99_ms").c_str(), m.lookupP99);
    figures.set((prefix + "export_rows_per_s").c_str(), qRound64(m.exportPerSecond));
}

/// The suite's server, or one of this program's own (`started`: the caller stops it).
QString serverFor(QTemporaryDir& state, bool& started)
{
    const QString suite = test::testServer();
    if (!suite.isEmpty())
        return suite;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"), {QStringLiteral(LOCKSTEP_PG_SERVER_SCRIPT), QStringLiteral("start"), state.path()});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("cannot start a PostgreSQL server (tests/postgres/server.sh)");
    started = true;
    QFile url(state.filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::ReadOnly))
        qFatal("the server wrote no URL");
    return QString::fromUtf8(url.readAll()).trimmed();
}

} // namespace

int main(int argc, char** argv)
{
    bench::quietLogs();
    QCoreApplication app(argc, argv);
    const bench::Options options(argc, argv);
    const bool smoke = options.has("smoke");
    Sizes sizes;
    sizes.orders = int(options.value("orders", smoke ? 500 : 100000));
    sizes.exceptions = options.value("exceptions", smoke ? 5000 : 1000000);
    sizes.lookups = int(options.value("lookups", smoke ? 50 : 2000));
    sizes.reads = int(options.value("reads", smoke ? 3 : 15));
    Figures figures("store_backends");
    figures.set("orders", sizes.orders);
    figures.set("exceptions", sizes.exceptions);

    QTemporaryDir state;
    bool started = false;
    const QString server = serverFor(state, started);
    const auto stop = qScopeGuard([&] {
        if (started)
            QProcess::execute(QStringLiteral("bash"),
                {QStringLiteral(LOCKSTEP_PG_SERVER_SCRIPT), QStringLiteral("stop"), state.path()});
    });

    QTemporaryDir files;
    const Measured lite = measure(QStringLiteral("SQLite"), files.filePath(QStringLiteral("bench.sqlite")), sizes);
    const QString database = test::newServerDatabase(server);
    const Measured pg = measure(QStringLiteral("PostgreSQL"), database, sizes);
    test::onServer(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QUrl(database).path().mid(1)));

    Figures::say(QStringLiteral("PostgreSQL / SQLite: ingest %1× (target at least 0.5), lookup p99 %2× (target "
                                "under 10 ms: %3 ms), slowest queue read %4 ms (target under 200 ms), export %5×")
                     .arg(pg.ingestPerSecond / lite.ingestPerSecond, 0, 'f', 2)
                     .arg(pg.lookupP99 / lite.lookupP99, 0, 'f', 1)
                     .arg(pg.lookupP99, 0, 'f', 2)
                     .arg(std::max({pg.firstPageMs, pg.filterMs, pg.sortMs, pg.endMs}), 0, 'f', 1)
                     .arg(pg.exportPerSecond / lite.exportPerSecond, 0, 'f', 2));
    record(figures, "sqlite_", lite);
    record(figures, "postgres_", pg);
    figures.set("ingest_ratio", pg.ingestPerSecond / lite.ingestPerSecond);
    figures.print();
    return 0;
}
