// SPDX-License-Identifier: GPL-3.0-or-later
// Backfill under latency: the engine's first sync of N WooCommerce orders, pulled in pages of 100 with 50 ms of
// sandbox latency on every answer, beside the floor: pages × latency ÷ the parallelism the engine allows (the
// time the requests alone take when every lane is always busy). Also, in the same run, a page-by-page read of
// a tenth of the orders (one lane), which shows what the lanes buy.
// Threads: the sandbox serves from its own thread; the engine's poller runs on the main thread.
#include "poller_run.h"

using namespace lockstep;
using namespace lockstep::core;
using bench::Figures;

namespace {

struct Run
{
    qint64 orders = 0;
    double ms = 0;
    double engineCpuMs = -1; ///< CPU time of the engine's thread (this one) during the run; -1 when unknown
    double processCpuMs = -1; ///< of every thread: engine, sandbox, parsing
    int heldAtOnce = 0;
    QStringList problems;
};

/// One first sync with `parallelism` lanes into a fresh store.
Run backfill(bench::SandboxThread& sandbox, const sim::Endpoints& endpoints, int parallelism, int days, int maxPages)
{
    sandbox.call([&] { sandbox.sandbox()->ledger().clear(); });
    bench::PollerRun poll(sandbox, endpoints, parallelism, days);
    Run run;
    const qint64 cpuBefore = bench::threadCpuNs();
    const qint64 processBefore = bench::processCpuNs();
    run.ms = poll.run(maxPages);
    const qint64 cpuAfter = bench::threadCpuNs();
    const qint64 processAfter = bench::processCpuNs();
    if (cpuBefore >= 0 && cpuAfter >= 0)
        run.engineCpuMs = double(cpuAfter - cpuBefore) / 1e6;
    if (processBefore >= 0 && processAfter >= 0)
        run.processCpuMs = double(processAfter - processBefore) / 1e6;
    run.orders = poll.count("orders");
    run.problems = poll.summary.problems;
    sandbox.call(
        [&] { run.heldAtOnce = sandbox.sandbox()->ledger().counter(QStringLiteral("in_flight_max.woocommerce")); });
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    bench::quietLogs();
    QCoreApplication app(argc, argv);
    const bench::Options options(argc, argv);
    const int orders = int(options.value("orders", options.has("smoke") ? 500 : 100000));
    const int latencyMs = int(options.value("latency-ms", 50));
    const int parallelism = int(options.value("parallelism", engine::Config{}.backfillParallelism));
    Figures figures("backfill");

    bench::SandboxThread sandbox;
    const sim::Endpoints endpoints = sandbox.start(bench::benchmarkScenario(orders, latencyMs), 24);
    // Two days of history hold the simulated day: 4 × parallelism windows, half of them before the first order.
    constexpr int kDays = 2;

    const Run lanes = backfill(sandbox, endpoints, parallelism, kDays, 1000000);
    for (const QString& p : lanes.problems.mid(0, 3))
        Figures::say(QStringLiteral("problem: %1").arg(p));
    const double pages = std::ceil(double(lanes.orders) / 100.0);
    const double floorMs = pages * latencyMs / parallelism;
    const double ratio = lanes.ms / floorMs;
    Figures::say(QStringLiteral("backfill: %1 orders in %2 s with %3 lanes (the sandbox held at most %4 requests at "
                                "once), %5 ms latency per request")
                     .arg(lanes.orders)
                     .arg(lanes.ms / 1000.0, 0, 'f', 2)
                     .arg(parallelism)
                     .arg(lanes.heldAtOnce)
                     .arg(latencyMs));
    Figures::say(QStringLiteral("floor: %1 pages × %2 ms ÷ %3 = %4 s; the backfill took %5× the floor (target: "
                                "within 1.25×)")
                     .arg(pages)
                     .arg(latencyMs)
                     .arg(parallelism)
                     .arg(floorMs / 1000.0, 0, 'f', 2)
                     .arg(ratio, 0, 'f', 2));
    if (lanes.engineCpuMs >= 0) {
        // What sets the pace when it is not the network: the engine takes every page in on its one thread.
        Figures::say(QStringLiteral("the engine's thread was busy %1 s of the %2 s (%3 %), %4 ms an order: taking "
                                    "orders in alone needs %5× the floor")
                         .arg(lanes.engineCpuMs / 1000.0, 0, 'f', 2)
                         .arg(lanes.ms / 1000.0, 0, 'f', 2)
                         .arg(100.0 * lanes.engineCpuMs / lanes.ms, 0, 'f', 0)
                         .arg(lanes.engineCpuMs / std::max<qint64>(1, lanes.orders), 0, 'f', 3)
                         .arg(lanes.engineCpuMs / floorMs, 0, 'f', 2));
        figures.setMs("engine_thread_cpu_ms", lanes.engineCpuMs);
    }
    if (lanes.processCpuMs >= 0) {
        // The sandbox answers from the same machine: its rendering and the parsing share the cores with the engine.
        const int cores = std::max(1, QThread::idealThreadCount());
        Figures::say(QStringLiteral("the process (engine, sandbox, parsing) used %1 s of CPU on %2 cores: at least "
                                    "%3 s of wall time here, %4× the floor")
                         .arg(lanes.processCpuMs / 1000.0, 0, 'f', 2)
                         .arg(cores)
                         .arg(lanes.processCpuMs / cores / 1000.0, 0, 'f', 2)
                         .arg(lanes.processCpuMs / cores / floorMs, 0, 'f', 2));
        figures.setMs("process_cpu_ms", lanes.processCpuMs);
        figures.set("cores", cores);
    }

    // The baseline: one lane, page after page, over the first tenth of the pages (a full one would take
    // pages × latency, ten times longer than the rest of this benchmark).
    const int basePages = std::max(1, int(pages) / 10);
    const Run one = backfill(sandbox, endpoints, 1, kDays, basePages);
    const double perPageMs = one.ms / basePages;
    Figures::say(QStringLiteral("one lane: %1 pages in %2 s, %3 ms a page (latency %4 ms): all %5 pages would take "
                                "%6 s, %7× the lanes' time")
                     .arg(basePages)
                     .arg(one.ms / 1000.0, 0, 'f', 2)
                     .arg(perPageMs, 0, 'f', 1)
                     .arg(latencyMs)
                     .arg(pages)
                     .arg(perPageMs * pages / 1000.0, 0, 'f', 1)
                     .arg(perPageMs * pages / lanes.ms, 0, 'f', 2));

    figures.set("orders", lanes.orders);
    figures.set("latency_ms", latencyMs);
    figures.set("parallelism", parallelism);
    figures.set("held_at_once", lanes.heldAtOnce);
    figures.setMs("backfill_ms", lanes.ms);
    figures.set("pages", pages);
    figures.setMs("floor_ms", floorMs);
    figures.set("ratio_to_floor", double(qRound64(ratio * 1000)) / 1000.0);
    figures.set("target_ratio", 1.25);
    figures.setMs("one_lane_ms_per_page", perPageMs);
    figures.setMs("one_lane_estimate_ms", perPageMs * pages);
    figures.print();
    return lanes.orders > 0 && lanes.problems.isEmpty() ? 0 : 1;
}
