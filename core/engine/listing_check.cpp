// SPDX-License-Identifier: GPL-3.0-or-later
#include "listing_check.h"

#include "domain/stock_math.h"
#include "order_poller.h"
#include "rules/inventory_drift.h"
#include "rules/sku_mismatch.h"
#include "store/cursor_repository.h"
#include "store/order_repository.h"
#include "store/wms_order_repository.h"
#include "sweep.h"

#include <QHash>

#include <algorithm>

namespace lockstep::core::engine {

ListingCheck::ListingCheck(EngineContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

void ListingCheck::run(JobDone done)
{
    check(0, {}, std::move(done));
}

void ListingCheck::check(qsizetype index, CycleSummary summary, JobDone done)
{
    if (index >= m_context.storefronts.size())
        return done(summary);
    connectors::StorefrontConnector* storefront = m_context.storefronts.at(index);
    const SourceSystem system = storefront->system();
    storefront->fetchListing(
        [this, index, storefront, system, summary, done](Result<connectors::StorefrontListing> listing) mutable {
            if (!listing.ok()) {
                // Unread is not "agrees": the open exceptions stay as they are until a read succeeds.
                summary.problems << listing.error().toString();
                return check(index + 1, summary, done);
            }
            for (const auto& p : listing->problems)
                summary.problems << p.toString();
            auto judge = [this, index, system, summary, done, read = listing.value()](CycleSummary taken) mutable {
                summary.add(taken);
                if (auto st = apply(system, read, summary); !st.ok())
                    summary.problems << QStringLiteral("listing check: ") + st.error().toString();
                check(index + 1, summary, done);
            };
            // Without the storefront's time of the read no sale can be placed before or after it: nothing to take in.
            const bool dated = std::any_of(listing->items.cbegin(),
                listing->items.cend(),
                [](const connectors::ListedItem& item) { return item.readAt.isValid(); });
            if (!salesReduceListedStock(system) || !dated)
                return judge({});
            // The storefront took its sales off by itself: take its orders in up to now (after the read), so that every
            // sale between the push and the read is known before the difference is judged. A first sync reads history
            // only up to the engine's start; a second poll reads on from there.
            auto* poller = new OrderPoller(m_context, *storefront, this);
            const bool firstSync = store::CursorRepository(m_context.db)
                                       .get(poller->cursorName())
                                       .valueOr(std::nullopt)
                                       .value_or(QString())
                                       .isEmpty();
            poller->run([this, poller, storefront, firstSync, judge](CycleSummary taken) mutable {
                poller->deleteLater();
                if (!firstSync)
                    return judge(taken);
                auto* next = new OrderPoller(m_context, *storefront, this);
                next->run([next, taken, judge](CycleSummary more) mutable {
                    next->deleteLater();
                    taken.add(more);
                    judge(taken);
                });
            });
        });
}

Status ListingCheck::apply(SourceSystem storefront, const connectors::StorefrontListing& listing, CycleSummary& summary)
{
    const rules::RuleSettings settings = ruleSettings(m_context.config);
    const QDateTime now = m_context.clock.nowUtc();
    store::Transaction tx(m_context.db);
    if (!tx.isActive())
        return tx.error();
    auto pushed = store::WmsOrderRepository(m_context.db).stockPushes(storefront);
    if (!pushed.ok())
        return pushed.error();
    // The storefront took its sales between each push and this read off by itself (on its own clock): expected.
    store::OrderRepository orders(m_context.db);

    // Drift only where one listing holds the SKU: with two, which one the push reached is a SKU problem.
    QHash<QString, int> listings;
    for (const connectors::ListedItem& item : listing.items) {
        if (!item.sku.isEmpty())
            ++listings[item.sku];
    }
    QSet<QString> drifting;
    QList<rules::StorefrontProduct> products;
    for (const connectors::ListedItem& item : listing.items) {
        products.append({storefront, item.id, item.parentId, item.sku, item.name});
        if (item.sku.isEmpty() || !item.stock || listings.value(item.sku) != 1 || !pushed->contains(item.sku))
            continue;
        const store::StockPush& last = pushed->value(item.sku);
        qint64 soldSincePush = 0;
        if (salesReduceListedStock(storefront) && last.storefrontAt.isValid() && item.readAt.isValid()) {
            auto sold = orders.unitsPaidBetween(storefront, item.sku, last.storefrontAt, item.readAt);
            if (!sold.ok())
                return sold.error();
            soldSincePush = sold.value();
        }
        const rules::StockFacts facts{storefront, item.sku, last.quantity, last.pushedAt, *item.stock, soldSincePush};
        if (auto r = rules::detectInventoryDrift(facts, settings, now)) {
            if (auto st = raiseException(m_context.db, *r, summary); !st.ok())
                return st;
            drifting.insert(r->subjectKey);
        }
    }
    if (auto st = resolveOthers(m_context.db,
            ExceptionType::InventoryDrift,
            SubjectKey::stock(storefront, {}).toString(),
            drifting,
            Message(QT_TRANSLATE_NOOP("Lockstep", "The storefront shows the stock Lockstep pushed")),
            now,
            summary);
        !st.ok())
        return st;

    QSet<QString> skuProblems;
    for (const ExceptionRecord& r : rules::detectListingSkuProblems(products, settings, now)) {
        if (auto st = raiseException(m_context.db, r, summary); !st.ok())
            return st;
        skuProblems.insert(r.subjectKey);
    }
    if (auto st = resolveOthers(m_context.db,
            ExceptionType::SkuMismatch,
            SubjectKey::sku(storefront, {}).toString(),
            skuProblems,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Each SKU is on one listing of its own")),
            now,
            summary);
        !st.ok())
        return st;
    return tx.commit();
}

} // namespace lockstep::core::engine
