// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/money.h"
#include "domain/system.h"
#include "domain/wms_status.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace lockstep::core::store {

/// The WMS's view of an order, keyed by the storefront order it was created for (engine::wmsOrderStateOf makes
/// it from what a WMS connector read).
struct WmsOrderState
{
    QString reference; ///< "woocommerce:1042"
    QString wmsId;
    QString number;
    WmsOrderStatus status = WmsOrderStatus::New;
    QString facility;
    Money total;
    qint64 orderedUnits = 0;
    qint64 allocatedUnits = 0;
    qint64 backOrderedUnits = 0;
    qint64 shippedUnits = 0;
    QDateTime firstSeen; ///< UTC: when Lockstep first saw it at the WMS (the acknowledgement)
    QDateTime updatedAt; ///< UTC

    friend bool operator==(const WmsOrderState&, const WmsOrderState&) = default;
};

/// A stock level Lockstep last pushed to a storefront.
struct StockPush
{
    qint64 quantity = 0;
    QDateTime pushedAt; ///< UTC
    QDateTime storefrontAt; ///< UTC on the storefront's clock (its `Date`); invalid when unknown
    friend bool operator==(const StockPush&, const StockPush&) = default;
};

/// What Lockstep knows of orders at the WMS, and of stock it pushed to storefronts.
/// Thread: the thread of its Database.
class WmsOrderRepository
{
public:
    explicit WmsOrderRepository(Database& db)
        : m_db(db)
    {}

    /// Records the state; `firstSeen` is kept from the first record. Returns the status before, if any.
    Result<std::optional<WmsOrderStatus>> upsert(const WmsOrderState& state);
    Result<std::optional<WmsOrderState>> find(const QString& reference);
    /// The reference of the storefront order the WMS sales order `number` was made for.
    Result<std::optional<QString>> referenceOfWmsNumber(const QString& number);

    Status recordStockPush(SourceSystem storefront,
        const QString& sku,
        qint64 quantity,
        const QDateTime& at,
        const QDateTime& storefrontAt = {});
    Result<std::optional<qint64>> lastStockPush(SourceSystem storefront, const QString& sku);
    /// Every level last pushed to `storefront`, by SKU (the primary key's prefix: one range read).
    Result<QHash<QString, StockPush>> stockPushes(SourceSystem storefront);
    /// Forgets what was pushed for `sku`, so the next stock push sends it whatever the warehouse says (a retry
    /// of inventory drift: the storefront's figure is wrong, not the warehouse's).
    Status forgetStockPush(SourceSystem storefront, const QString& sku);

private:
    Database& m_db;
};

} // namespace lockstep::core::store
