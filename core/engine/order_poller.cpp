// SPDX-License-Identifier: GPL-3.0-or-later
#include "order_poller.h"

#include "order_intake.h"
#include "store/cursor_repository.h"

namespace lockstep::core::engine {

OrderPoller::OrderPoller(EngineContext& context, connectors::StorefrontConnector& storefront, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_storefront(storefront)
{
}

QString OrderPoller::cursorName() const { return toString(m_storefront.system()) + QStringLiteral(".orders"); }

void OrderPoller::run(JobDone done, int maxPages)
{
    store::CursorRepository cursors(m_context.db);
    auto cursor = cursors.get(cursorName());
    CycleSummary summary;
    if (!cursor.ok()) {
        summary.problems << cursor.error().toString();
        return done(summary);
    }
    nextPage(cursor.value().value_or(QString()), 1, maxPages, summary, std::move(done));
}

void OrderPoller::nextPage(QString cursor, int page, int maxPages, CycleSummary summary, JobDone done)
{
    const QDateTime backfillFrom = m_context.clock.nowUtc().addDays(-m_context.config.backfillDays);
    m_storefront.fetchOrdersChangedSince(cursor, backfillFrom, [this, page, maxPages, summary, done](Result<connectors::OrderPage> result) mutable {
        if (!result.ok()) {
            summary.problems << result.error().toString();
            return done(summary);
        }
        connectors::OrderPage& p = result.value();
        Q_EMIT progress(toString(m_storefront.system()), page, p.totalPages);
        for (const auto& problem : p.problems)
            summary.problems << problem.toString();
        OrderIntake intake(m_context.db, m_context.config, m_context.clock);
        for (const Order& order : p.orders) {
            auto outcome = intake.ingest(order);
            if (!outcome.ok()) {
                // The store refused (disk full, locked): stop here; the cursor stays where it was.
                summary.problems << outcome.error().toString();
                return done(summary);
            }
            ++summary.ordersRead;
            summary.createsQueued += outcome->queuedCreate ? 1 : 0;
            summary.exceptionsRaised += outcome->newExceptions;
            summary.exceptionsResolved += outcome->resolvedExceptions;
        }
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
