// SPDX-License-Identifier: GPL-3.0-or-later
#include "order_poller.h"

#include "order_intake.h"
#include "store/cursor_repository.h"

#include <algorithm>

namespace lockstep::core::engine {

OrderPoller::OrderPoller(EngineContext& context, connectors::StorefrontConnector& storefront, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_storefront(storefront)
{}

QString OrderPoller::cursorName() const
{
    return toString(m_storefront.system()) + QStringLiteral(".orders");
}

void OrderPoller::run(JobDone done, int maxPages)
{
    store::CursorRepository cursors(m_context.db);
    auto cursor = cursors.get(cursorName());
    CycleSummary summary;
    if (!cursor.ok()) {
        summary.problems << cursor.error().toString();
        return done(summary);
    }
    const QString from = cursor.value().value_or(QString());
    if (from.isEmpty() && m_storefront.readsWindows() && m_context.config.backfillParallelism > 1)
        return backfill(std::move(done));
    nextPage(from, 1, maxPages, summary, std::move(done));
}

bool OrderPoller::takeIn(const connectors::OrderPage& page, CycleSummary& summary)
{
    for (const auto& problem : page.problems) {
        // The same problem on every window or page of a read (a storefront's contradicting headers) is said once.
        if (const QString text = problem.toString(); !summary.problems.contains(text))
            summary.problems << text;
    }
    // One commit for the page, each order a savepoint inside it (OrderIntake's own transaction nests): an order
    // the store refuses undoes only its own writes. Committing once per page instead of once per order is most
    // of the intake's speed (each commit appends every page it touched to the WAL again).
    store::Transaction tx(m_context.db);
    if (!tx.isActive()) {
        summary.problems << tx.error().toString();
        return false;
    }
    OrderIntake intake(m_context.db, m_context.config, m_context.clock);
    CycleSummary taken;
    bool complete = true;
    for (const Order& order : page.orders) {
        auto outcome = intake.ingest(order);
        if (!outcome.ok()) {
            // The store refused (disk full, locked): stop here; the cursor stays where it was, and what was taken
            // in before stays (the next read takes it in again idempotently).
            summary.problems << outcome.error().toString();
            complete = false;
            break;
        }
        ++taken.ordersRead;
        taken.createsQueued += outcome->queuedCreate ? 1 : 0;
        taken.exceptionsRaised += outcome->newExceptions;
        taken.exceptionsResolved += outcome->resolvedExceptions;
        taken.changedQueues.unite(outcome->changedQueues);
    }
    if (auto st = tx.commit(); !st.ok()) {
        summary.problems << st.error().toString();
        return false; // nothing of the page was kept: count none of it
    }
    summary.ordersRead += taken.ordersRead;
    summary.createsQueued += taken.createsQueued;
    summary.exceptionsRaised += taken.exceptionsRaised;
    summary.exceptionsResolved += taken.exceptionsResolved;
    summary.changedQueues.unite(taken.changedQueues);
    return complete;
}

namespace {
/// Subtracted from the storefront's `Date`: whole seconds, and a server may date its answer a moment after
/// it read.
constexpr int kServerTimeMarginSecs = 5;
} // namespace

struct OrderPoller::Backfill
{
    QDateTime startedAt; ///< the engine's clock at the start: where the windows end
    /// The cursor once every window is done: never later than the storefront's own clock when it answered the
    /// first read, nor than startedAt. A change the windows missed was stamped (in storefront time) after a read,
    /// so at or after this; the next poll reads it. What it re-reads twice, intake takes in idempotently.
    QDateTime cursorAt;
    QList<connectors::OrderWindow> waiting;
    int running = 0;
    int windowsDone = 0;
    int windowsTotal = 0;
    bool failed = false;
    CycleSummary summary;
    JobDone done;
};

void OrderPoller::backfill(JobDone done)
{
    // Whole seconds: storefront date filters have no finer grain.
    const qint64 now = m_context.clock.nowUtc().toSecsSinceEpoch();
    const qint64 from = now - qint64(m_context.config.backfillDays) * 86400;
    auto state = std::make_shared<Backfill>();
    state->startedAt = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    state->cursorAt = state->startedAt;
    state->done = std::move(done);
    // More windows than lanes, so one busy period does not hold the others back.
    const int windows = m_context.config.backfillParallelism * 4;
    const qint64 step = std::max<qint64>(1, (now - from + windows - 1) / windows);
    for (qint64 t = from; t < now; t += step) {
        state->waiting.append({QDateTime::fromSecsSinceEpoch(t, Qt::UTC),
            QDateTime::fromSecsSinceEpoch(std::min(now, t + step), Qt::UTC)});
    }
    state->windowsTotal = int(state->waiting.size());
    Q_EMIT backfillProgress(toString(m_storefront.system()), 0, state->windowsTotal, 0);
    launchWindows(state);
}

void OrderPoller::launchWindows(const std::shared_ptr<Backfill>& state)
{
    while (!state->failed && state->running < m_context.config.backfillParallelism && !state->waiting.isEmpty()) {
        ++state->running;
        readWindow(state, state->waiting.takeFirst(), QString());
    }
    if (state->running > 0)
        return;
    if (!state->failed) {
        store::CursorRepository cursors(m_context.db);
        if (auto st = cursors.set(cursorName(), m_storefront.cursorAt(state->cursorAt), m_context.clock.nowUtc());
            !st.ok())
            state->summary.problems << st.error().toString();
    }
    JobDone done = std::move(state->done);
    state->done = nullptr;
    if (done)
        done(state->summary);
}

void OrderPoller::readWindow(
    const std::shared_ptr<Backfill>& state, const connectors::OrderWindow& window, const QString& cursor)
{
    m_storefront.fetchOrdersChangedSince(cursor, window, [this, state, window](Result<connectors::OrderPage> result) {
        bool windowDone = true;
        if (result.ok()) {
            // The storefront's clock may lag the engine's (seconds in reality, hours in `lockstep sandbox`).
            const QDateTime bound = result->serverTime.isValid()
                ? result->serverTime.addSecs(-kServerTimeMarginSecs)
                : state->startedAt.addSecs(-m_context.config.backfillClockMarginSeconds);
            state->cursorAt = std::min(state->cursorAt, bound);
        }
        if (!result.ok()) {
            state->summary.problems << result.error().toString();
            state->failed = true; // the backfill starts again next time; what was taken in stays
        } else if (!state->failed && !takeIn(result.value(), state->summary)) {
            state->failed = true;
        } else if (!state->failed && result->hasMore) {
            windowDone = false;
            readWindow(state, window, result->nextCursor);
        }
        if (!windowDone)
            return;
        --state->running;
        ++state->windowsDone;
        Q_EMIT backfillProgress(
            toString(m_storefront.system()), state->windowsDone, state->windowsTotal, state->summary.ordersRead);
        launchWindows(state);
    });
}

void OrderPoller::nextPage(QString cursor, int page, int maxPages, CycleSummary summary, JobDone done)
{
    const QDateTime backfillFrom = m_context.clock.nowUtc().addDays(-m_context.config.backfillDays);
    m_storefront.fetchOrdersChangedSince(cursor,
        connectors::OrderWindow{backfillFrom, {}},
        [this, page, maxPages, summary, done](Result<connectors::OrderPage> result) mutable {
            if (!result.ok()) {
                summary.problems << result.error().toString();
                return done(summary);
            }
            connectors::OrderPage& p = result.value();
            Q_EMIT progress(toString(m_storefront.system()), page, p.totalPages);
            if (!takeIn(p, summary))
                return done(summary);
            store::CursorRepository cursors(m_context.db);
            if (auto st = cursors.set(cursorName(), p.nextCursor, m_context.clock.nowUtc()); !st.ok()) {
                summary.problems << st.error().toString();
                return done(summary);
            }
            if (p.hasMore && page < maxPages)
                return nextPage(p.nextCursor, page + 1, maxPages, summary, done);
            done(summary);
        });
}

} // namespace lockstep::core::engine
