// SPDX-License-Identifier: GPL-3.0-or-later
#include "stock_sync.h"

#include "connectors/pos/pos_connector.h"
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
        // Then what the storefronts show now, against what was just pushed (drift) and their SKUs; then the stores.
        pushTo(0, levels.value(), summary, [this, done](CycleSummary pushedSummary) {
            auto* check = new ListingCheck(m_context, this);
            check->run([this, check, pushedSummary, done](CycleSummary checked) mutable {
                check->deleteLater();
                pushedSummary.add(checked);
                pushToStores(pushedSummary, done);
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
    const auto stores = storeFacilities();
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
        for (const Stock& s : stock.value()) {
            if (!stores.values().contains(s.facility))
                total += std::max<qint64>(0, s.availableToSell);
        }
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

namespace {

/// Under what a pushed level is remembered: its SKU, and a store location's in front ("STORE-01/LS-1001").
QString pushKey(const connectors::StockLevel& level)
{
    return level.location.isEmpty() ? level.sku : level.location + u'/' + level.sku;
}

} // namespace

QHash<QString, QString> StockSync::storeFacilities() const
{
    QHash<QString, QString> out;
    if (!m_context.till || !m_context.config.pos.stockAtWms)
        return out;
    const auto* pos = dynamic_cast<const connectors::pos::PosConnector*>(m_context.till);
    const QStringList locations =
        pos && !pos->locations().isEmpty() ? pos->locations() : m_context.config.pos.locationIds;
    for (const QString& location : locations) {
        const QString facility = m_context.config.facilityByChannel.value(location);
        if (!facility.isEmpty())
            out.insert(location, facility);
    }
    return out;
}

Result<QList<connectors::StockLevel>> StockSync::storeLevels()
{
    QList<connectors::StockLevel> out;
    const auto stores = storeFacilities();
    if (stores.isEmpty())
        return out;
    store::CatalogRepository catalog(m_context.db);
    auto items = catalog.searchItems({}, 1000000);
    if (!items.ok())
        return items.error();
    for (const Item& listed : items.value()) {
        auto stock = catalog.stockForSku(listed.sku);
        if (!stock.ok())
            return stock.error();
        for (const Stock& s : stock.value()) {
            for (auto it = stores.cbegin(); it != stores.cend(); ++it) {
                if (it.value() == s.facility)
                    out.append({listed.sku, std::max<qint64>(0, s.availableToSell), it.key()});
            }
        }
    }
    return out;
}

QList<connectors::StockLevel> StockSync::changedSinceLastPush(
    connectors::StorefrontConnector* storefront, const QList<connectors::StockLevel>& levels)
{
    // Only what changed since the last push: a storefront is not hammered with the same numbers.
    store::WmsOrderRepository pushes(m_context.db);
    QList<connectors::StockLevel> pending;
    for (const auto& level : levels) {
        const auto last = pushes.lastStockPush(storefront->system(), pushKey(level));
        if (last.ok() && last.value() && *last.value() == level.quantity)
            continue;
        pending.append(level);
    }
    std::sort(pending.begin(), pending.end(), [](const auto& a, const auto& b) { return pushKey(a) < pushKey(b); });
    return pending;
}

void StockSync::pushToStores(CycleSummary summary, JobDone done)
{
    auto levels = storeLevels();
    if (!levels.ok()) {
        summary.problems << levels.error().toString();
        return done(summary);
    }
    if (levels->isEmpty())
        return done(summary);
    pushBatch(m_context.till, changedSinceLastPush(m_context.till, levels.value()), 0, done, summary);
}

void StockSync::pushTo(qsizetype index, QHash<QString, qint64> levels, CycleSummary summary, JobDone done)
{
    if (index >= m_context.storefronts.size())
        return done(summary);
    connectors::StorefrontConnector* storefront = m_context.storefronts.at(index);
    QList<connectors::StockLevel> all;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        all.append({it.key(), it.value()});
    const QList<connectors::StockLevel> pending = changedSinceLastPush(storefront, all);
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
                            storefront->system(), pushKey(level), level.quantity, now, outcome->serverTime);
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
