// SPDX-License-Identifier: GPL-3.0-or-later
#include "stock_sync.h"

#include "domain/stock_math.h"
#include "listing_check.h"
#include "store/catalog_repository.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::engine {

StockSync::StockSync(EngineContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

void StockSync::run(JobDone done)
{
    m_context.wms->fetchItems({}, [this, done](Result<connectors::ItemPage> items) {
        CycleSummary summary;
        if (!items.ok()) {
            summary.problems << items.error().toString();
            return done(summary);
        }
        for (const auto& p : items->problems)
            summary.problems << p.toString();
        store::Transaction tx(m_context.db);
        store::CatalogRepository catalog(m_context.db);
        for (const Item& item : items->items) {
            if (auto st = catalog.upsertItem(item); !st.ok()) {
                summary.problems << st.error().toString();
                return done(summary);
            }
        }
        if (auto st = tx.commit(); !st.ok()) {
            summary.problems << st.error().toString();
            return done(summary);
        }
        pullAvailability(summary, done);
    });
}

void StockSync::pullAvailability(CycleSummary summary, JobDone done)
{
    m_context.wms->fetchAvailability([this, summary, done](Result<QList<Stock>> stock) mutable {
        if (!stock.ok()) {
            summary.problems << stock.error().toString();
            return done(summary);
        }
        store::Transaction tx(m_context.db);
        store::CatalogRepository catalog(m_context.db);
        for (const Stock& s : stock.value()) {
            if (auto st = catalog.upsertStock(s); !st.ok()) {
                summary.problems << st.error().toString();
                return done(summary);
            }
        }
        if (auto st = tx.commit(); !st.ok()) {
            // Not stored: pushing now would push the levels of before. The next run reads the WMS again.
            summary.problems << st.error().toString();
            return done(summary);
        }
        auto levels = sellableBySku();
        if (!levels.ok()) {
            summary.problems << levels.error().toString();
            return done(summary);
        }
        // Then what the storefronts show now, against what was just pushed (drift) and their SKUs.
        pushTo(0, levels.value(), summary, [this, done](CycleSummary pushedSummary) {
            auto* check = new ListingCheck(m_context, this);
            check->run([check, pushedSummary, done](CycleSummary checked) mutable {
                check->deleteLater();
                pushedSummary.add(checked);
                done(pushedSummary);
            });
        });
    });
}

Result<QHash<QString, qint64>> StockSync::sellableBySku()
{
    store::CatalogRepository catalog(m_context.db);
    auto items = catalog.searchItems({}, 1000000);
    if (!items.ok())
        return items.error();
    QHash<QString, qint64> available;
    QList<Item> bundles;
    for (const Item& listed : items.value()) {
        auto item = catalog.findItem(listed.sku);
        if (!item.ok())
            return item.error();
        if (item.value()->isBundle()) {
            bundles.append(*item.value());
            continue;
        }
        auto stock = catalog.stockForSku(listed.sku);
        if (!stock.ok())
            return stock.error();
        qint64 total = 0;
        for (const Stock& s : stock.value())
            total += std::max<qint64>(0, s.availableToSell);
        available.insert(listed.sku, total);
    }
    QHash<QString, qint64> out;
    const auto buffer = [this](const QString& sku) {
        return m_context.config.safetyBufferBySku.value(sku, m_context.config.defaultSafetyBuffer);
    };
    for (auto it = available.cbegin(); it != available.cend(); ++it)
        out.insert(it.key(), sellable(it.value(), buffer(it.key())));
    for (const Item& b : bundles)
        out.insert(b.sku, sellable(bundleAvailable(b, available), buffer(b.sku)));
    return out;
}

void StockSync::pushTo(qsizetype index, QHash<QString, qint64> levels, CycleSummary summary, JobDone done)
{
    if (index >= m_context.storefronts.size())
        return done(summary);
    connectors::StorefrontConnector* storefront = m_context.storefronts.at(index);
    // Only what changed since the last push: a storefront is not hammered with the same numbers.
    store::WmsOrderRepository pushes(m_context.db);
    QList<connectors::StockLevel> pending;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        const auto last = pushes.lastStockPush(storefront->system(), it.key());
        if (last.ok() && last.value() && *last.value() == it.value())
            continue;
        pending.append({it.key(), it.value()});
    }
    std::sort(pending.begin(), pending.end(), [](const auto& a, const auto& b) { return a.sku < b.sku; });
    pushBatch(
        storefront,
        pending,
        0,
        [this, index, levels, done](CycleSummary s) { pushTo(index + 1, levels, s, done); },
        summary);
}

void StockSync::pushBatch(connectors::StorefrontConnector* storefront,
    QList<connectors::StockLevel> pending,
    qsizetype first,
    std::function<void(CycleSummary)> done,
    CycleSummary summary)
{
    if (first >= pending.size())
        return done(summary);
    const qsizetype size = std::min<qsizetype>(storefront->stockBatchLimit(), pending.size() - first);
    const QList<connectors::StockLevel> batch = pending.mid(first, size);
    storefront->pushStock(batch,
        [this, storefront, pending, first, size, batch, done, summary](
            Result<connectors::StockPushOutcome> outcome) mutable {
            if (!outcome.ok()) {
                summary.problems << outcome.error().toString();
                return done(summary); // the next run tries again from what was stored
            }
            const QDateTime now = m_context.clock.nowUtc();
            store::Transaction tx(m_context.db);
            store::WmsOrderRepository pushes(m_context.db);
            for (const auto& level : batch) {
                if (outcome->updated.contains(level.sku)) {
                    // On the storefront's clock too: the sales after it are counted from there (drift).
                    if (auto st = pushes.recordStockPush(
                            storefront->system(), level.sku, level.quantity, now, outcome->serverTime);
                        !st.ok())
                        summary.problems << st.error().toString();
                    ++summary.stockLevelsPushed;
                }
            }
            // Unrecorded pushes are pushed again next run (a level set twice is the same level); drift waits.
            if (auto st = tx.commit(); !st.ok())
                summary.problems << st.error().toString();
            pushBatch(storefront, pending, first + size, done, summary);
        });
}

} // namespace lockstep::core::engine
