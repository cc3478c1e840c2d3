// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_context.h"

#include <QObject>

namespace lockstep::core::engine {

/// The scheduled pull of the item master and available-to-sell from the WMS (the primary inventory
/// mechanism), then a push of sellable stock to every storefront.
///
/// Sellable = available-to-sell summed over facilities, minus the SKU's safety buffer (or the default),
/// never negative; a bundle sells the minimum over its components of floor(available / quantity). Only
/// values that changed since the last push are sent, in batches within the storefront's limit; what was
/// pushed is remembered; then each storefront's listing is read and checked against it (ListingCheck: inventory
/// drift, duplicate SKUs, variations with their parent's SKU). Thread: the engine's worker thread.
class StockSync : public QObject
{
    Q_OBJECT

public:
    explicit StockSync(EngineContext& context, QObject* parent = nullptr);

    void run(JobDone done);

    /// The quantities each storefront should show, by WMS SKU, from the stored item master and stock. A store's
    /// facility (storeFacilities) is left out: its stock is on the store's shelves, not for the web.
    Result<QHash<QString, qint64>> sellableBySku();
    /// With `stock_at_wms`, the till's store locations and the facilities `facility_by_channel` maps them to.
    QHash<QString, QString> storeFacilities() const;
    /// What each store's tills should count as sellable: the WMS's available-to-sell at the store's facility, per
    /// (location, SKU), as stock levels for the POS.
    Result<QList<connectors::StockLevel>> storeLevels();

private:
    void pullAvailability(CycleSummary summary, JobDone done);
    void pushTo(qsizetype storefrontIndex, QHash<QString, qint64> levels, CycleSummary summary, JobDone done);
    /// Then the stores' tills, with their stores' facilities' stock.
    void pushToStores(CycleSummary summary, JobDone done);
    /// The levels of `levels` that differ from what was last pushed to `storefront` (in SKU order).
    QList<connectors::StockLevel> changedSinceLastPush(
        connectors::StorefrontConnector* storefront, const QList<connectors::StockLevel>& levels);
    void pushBatch(connectors::StorefrontConnector* storefront,
        QList<connectors::StockLevel> pending,
        qsizetype first,
        std::function<void(CycleSummary)> done,
        CycleSummary summary);

    EngineContext& m_context;
};

} // namespace lockstep::core::engine
