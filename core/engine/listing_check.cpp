// SPDX-License-Identifier: GPL-3.0-or-later
#include "listing_check.h"

#include "rules/inventory_drift.h"
#include "rules/sku_mismatch.h"
#include "store/wms_order_repository.h"
#include "sweep.h"

#include <QHash>

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
        [this, index, system, summary, done](Result<connectors::StorefrontListing> listing) mutable {
            if (!listing.ok()) {
                // Unread is not "agrees": the open exceptions stay as they are until a read succeeds.
                summary.problems << listing.error().toString();
            } else {
                for (const auto& p : listing->problems)
                    summary.problems << p.toString();
                if (auto st = apply(system, listing.value(), summary); !st.ok())
                    summary.problems << QStringLiteral("listing check: ") + st.error().toString();
            }
            check(index + 1, summary, done);
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
        const rules::StockFacts facts{storefront, item.sku, last.quantity, last.pushedAt, *item.stock};
        if (auto r = rules::detectInventoryDrift(facts, settings, now)) {
            if (auto st = raiseException(m_context.db, *r, summary); !st.ok())
                return st;
            drifting.insert(r->subjectKey);
        }
    }
    if (auto st = resolveOthers(m_context.db,
            ExceptionType::InventoryDrift,
            rules::stockSubject(storefront, {}),
            drifting,
            QStringLiteral("The storefront shows the stock Lockstep pushed"),
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
            rules::skuSubject(storefront, {}),
            skuProblems,
            QStringLiteral("Each SKU is on one listing of its own"),
            now,
            summary);
        !st.ok())
        return st;
    return tx.commit();
}

} // namespace lockstep::core::engine
