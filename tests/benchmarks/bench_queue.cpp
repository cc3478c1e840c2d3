// SPDX-License-Identifier: GPL-3.0-or-later
// Queue at scale: a store with N open exceptions (default 1,000,000) in one queue, shown by the console's queue
// model (ui/queue_table_model) in a table view: the first page, a rare and a broad text filter, clearing it, a sort
// by order and a jump to the last row, each timed to its repaint, and the process's peak memory. Beside it, in the
// same run, the naive baseline on 100,000 of the same rows: all of them loaded into a QStandardItemModel behind a
// QSortFilterProxyModel, filtered, sorted and scrolled to the end.
// Thread: everything on the main (UI) thread, as in the console; the model counts its total on its own thread.
#include "bench_support.h"
#include "bulk_seed.h"
#include "queues/queue_table_model.h"
#include "store/store.h"
#include "support.h"

#include <QApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace lockstep;
using namespace lockstep::core;
using bench::Figures;
using Column = ui::QueueTableModel::Column;

namespace {

constexpr auto kType = ExceptionType::FailedAllocation;

/// Seeds `count` open exceptions: the repository's upsert with the indexes built afterwards (bulk_seed.h).
double seed(store::Database& db, int count, const QDateTime& newest)
{
    return bench::timeMs([&] { bench::seedExceptions(db, kType, count, newest); });
}

/// A view in a window of a supervisor's size, painted offscreen.
void showView(QTableView& view, QAbstractItemModel* model)
{
    view.setModel(model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.resize(1400, 900);
    view.show();
}

/// Times `action` and the repaint of the rows it shows.
/// The time from `action` until its rows are painted: a queue's rows are read off the UI thread (`queue`; null for
/// the baseline, which holds them in memory), so it waits for them, then runs `then` (a scroll) and paints.
double timed(QTableView& view,
    const ui::QueueTableModel* queue,
    const std::function<void()>& action,
    const std::function<void()>& then = {})
{
    return bench::timeMs([&] {
        action();
        while (queue && queue->isReading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (then)
            then();
        view.viewport()->repaint();
    });
}

QString say(const char* what, double ms)
{
    return QStringLiteral("  %1: %2 ms").arg(QLatin1String(what)).arg(ms, 0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    bench::quietLogs();
    bench::useOffscreenUnlessSet();
    QApplication app(argc, argv);
    const bench::Options options(argc, argv);
    const bool smoke = options.has("smoke");
    const int rows = int(options.value("rows", smoke ? 3000 : 1000000));
    const int baselineRows = int(std::min<qint64>(rows, options.value("baseline-rows", smoke ? 1000 : 100000)));
    Figures figures("queue");
    figures.set("rows", rows);
    figures.set("baseline_rows", baselineRows);

    test::TempStore store;
    const QDateTime newest = QDateTime::currentDateTimeUtc();
    const double seedMs = seed(store.db, rows, newest);
    Figures::say(QStringLiteral("seeded %1 open exceptions in %2 s (%3 rows/s), peak memory %4 MiB")
                     .arg(rows)
                     .arg(seedMs / 1000.0, 0, 'f', 1)
                     .arg(rows / (seedMs / 1000.0), 0, 'f', 0)
                     .arg(bench::mib(bench::peakMemoryBytes()), 0, 'f', 0));
    figures.setMs("seed_ms", seedMs);
    if (smoke && !bench::ftsIntact(store.db, QStringLiteral("exceptions_fts")))
        qFatal("the trigram index does not match the exceptions after seeding");
    bench::releaseSeedingMemory(store.db);
    const bool peakReset = bench::resetPeakMemory();

    // The console's queue: read-only connection, keyset pages, SQL filter and sort.
    auto read = store::Database::open(store.path, store::Database::Mode::ReadOnly);
    if (!read.ok())
        qFatal("cannot open the store for reading: %s", qPrintable(read.error().toString()));
    QElapsedTimer countClock;
    std::optional<ui::QueueTableModel> model;
    model.emplace(read.value(), kType);
    QTableView view;
    // Waits for the total, counted on the model's own thread, so it does not share the cores with the next action.
    const auto waitForCount = [&] {
        // A new filter first reports -1 (being counted), then the count.
        if (!QTest::qWaitFor([&] { return model->totalCount() >= 0; }, 300000))
            qFatal("the queue was never counted");
        return bench::msSince(countClock);
    };
    countClock.start();
    const qint64 firstCpuBefore = bench::threadCpuNs();
    double showMs = 0;
    const double firstMs = timed(view, &*model, [&] {
        showMs = bench::timeMs([&] { showView(view, &*model); });
        model->reload();
    });
    // Beside the wall time: the UI thread's own CPU time, which separates the work from waiting for a core
    // (the model's count starts on its own thread at the same moment).
    const double firstCpuMs = double(bench::threadCpuNs() - firstCpuBefore) / 1e6;
    const double countMs = waitForCount();
    const qint64 total = model->totalCount();
    const auto filterBy = [&](const QString& text) {
        store::ExceptionFilter f = model->filter();
        f.text = text;
        countClock.start();
        const double ms = timed(view, &*model, [&] { model->setFilter(f); });
        waitForCount();
        return ms;
    };
    const QString rare = QStringLiteral("WC-%1").arg(100000 + rows / 2); // one order
    const double rareMs = filterBy(rare);
    const qint64 rareHits = model->totalCount();
    const double broadMs = filterBy(QStringLiteral("RNO-2")); // a third of the queue
    const qint64 broadHits = model->totalCount();
    const double clearMs = filterBy(QString());
    const double sortMs =
        timed(view, &*model, [&] { model->sort(model->sectionOf(Column::Order), Qt::DescendingOrder); });
    const double endMs = timed(
        view, &*model, [&] { model->jumpToEnd(); }, [&] { view.scrollToBottom(); });
    const QString lastOrder = model->record(model->rowCount() - 1).orderRef;
    const qint64 peak = bench::peakMemoryBytes();
    Figures::say(QStringLiteral("queue view over %1 open exceptions (counted in %2 ms on the model's thread):")
                     .arg(total)
                     .arg(countMs, 0, 'f', 0));
    Figures::say(say("first page", firstMs)
        + QStringLiteral(" (UI thread CPU %1 ms; showing the window %2 ms of the wall time)")
              .arg(firstCpuMs, 0, 'f', 1)
              .arg(showMs, 0, 'f', 1));
    Figures::say(say("text filter, one order", rareMs) + QStringLiteral(" (%1 rows)").arg(rareHits));
    Figures::say(say("text filter, a facility", broadMs) + QStringLiteral(" (%1 rows)").arg(broadHits));
    Figures::say(say("filter cleared", clearMs));
    Figures::say(say("sort by order", sortMs));
    Figures::say(say("jump to the last row", endMs) + QStringLiteral(" (%1)").arg(lastOrder));
    Figures::say(QStringLiteral("  peak memory: %1 MiB%2 (target: each action under 200 ms, peak under 300 MB)")
                     .arg(bench::mib(peak), 0, 'f', 0)
                     .arg(peakReset ? QStringLiteral(" since seeding") : QStringLiteral(" (whole process)")));
    const double worst = std::max({firstMs, rareMs, broadMs, clearMs, sortMs, endMs});
    figures.set("total", total);
    figures.setMs("first_page_ms", firstMs);
    figures.setMs("first_page_cpu_ms", firstCpuMs);
    figures.setMs("first_page_show_ms", showMs);
    figures.setMs("count_ms", countMs);
    figures.setMs("filter_one_order_ms", rareMs);
    figures.setMs("filter_facility_ms", broadMs);
    figures.setMs("filter_cleared_ms", clearMs);
    figures.setMs("sort_ms", sortMs);
    figures.setMs("jump_to_end_ms", endMs);
    figures.setMs("worst_action_ms", worst);
    figures.set("peak_mib", qRound64(bench::mib(peak)));
    view.setModel(nullptr);
    model.reset();

    // The baseline: every row in memory, filtered and sorted by a proxy.
    bench::resetPeakMemory();
    const qint64 before = bench::peakMemoryBytes();
    QStandardItemModel items;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&items);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const double baseLoadMs = timed(view, nullptr, [&] {
        store::ExceptionRepository repo(read.value());
        store::PageRequest request;
        request.filter.type = kType;
        request.filter.state = ExceptionState::Open;
        request.sort = store::ExceptionSort::FirstSeen;
        request.limit = 1000;
        items.setColumnCount(8);
        int loaded = 0;
        for (;;) {
            auto page = repo.page(request);
            if (!page.ok())
                qFatal("baseline read failed: %s", qPrintable(page.error().toString()));
            for (const ExceptionRecord& r : std::as_const(page->rows)) {
                items.appendRow({new QStandardItem(QString::number(int(r.severity))),
                    new QStandardItem(r.orderRef),
                    new QStandardItem(r.sku),
                    new QStandardItem(r.facility),
                    new QStandardItem(r.reason),
                    new QStandardItem(toString(r.ownerTeam)),
                    new QStandardItem(r.firstSeen.toString(Qt::ISODate)),
                    new QStandardItem(QString::number(r.attempts))});
                if (++loaded == baselineRows)
                    break;
            }
            if (loaded == baselineRows || !page->hasMore)
                break;
            request.after = store::ExceptionRepository::keyOf(page->rows.constLast(), request.sort);
        }
        showView(view, &proxy);
    });
    const double baseFilterMs = timed(view, nullptr, [&] { proxy.setFilterFixedString(QStringLiteral("RNO-2")); });
    const qint64 baseHits = proxy.rowCount();
    const double baseClearMs = timed(view, nullptr, [&] { proxy.setFilterFixedString(QString()); });
    const double baseSortMs = timed(view, nullptr, [&] { proxy.sort(1, Qt::DescendingOrder); });
    const double baseEndMs = timed(view, nullptr, [&] { view.scrollToBottom(); });
    const qint64 basePeak = bench::peakMemoryBytes();
    Figures::say(QStringLiteral("baseline, %1 rows in a QStandardItemModel behind a QSortFilterProxyModel:")
                     .arg(items.rowCount()));
    Figures::say(say("load and first paint", baseLoadMs)
        + QStringLiteral(" (%1× the queue view's first page)").arg(baseLoadMs / firstMs, 0, 'f', 0));
    Figures::say(say("text filter, a facility", baseFilterMs) + QStringLiteral(" (%1 rows)").arg(baseHits));
    Figures::say(say("filter cleared", baseClearMs));
    Figures::say(say("sort by order", baseSortMs));
    Figures::say(say("jump to the last row", baseEndMs));
    Figures::say(QStringLiteral("  memory: %1 MiB more at its peak for a tenth of the rows")
                     .arg(bench::mib(basePeak - before), 0, 'f', 0));
    figures.setMs("baseline_load_ms", baseLoadMs);
    figures.setMs("baseline_filter_ms", baseFilterMs);
    figures.setMs("baseline_filter_cleared_ms", baseClearMs);
    figures.setMs("baseline_sort_ms", baseSortMs);
    figures.setMs("baseline_jump_to_end_ms", baseEndMs);
    figures.set("baseline_extra_mib", qRound64(bench::mib(basePeak - before)));
    figures.set("target_action_ms", 200);
    figures.set("target_peak_mib", 286); // 300 MB
    figures.print();
    return total == rows ? 0 : 1;
}
