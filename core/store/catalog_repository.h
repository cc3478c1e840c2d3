// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/item.h"
#include "domain/stock.h"
#include "domain/system.h"

#include <QList>

#include <optional>

namespace lockstep::core::store {

/// A person's decision that a storefront SKU is a given WMS item.
struct SkuMapping
{
    SourceSystem storefront = SourceSystem::WooCommerce;
    QString storefrontSku;
    QString wmsSku;
    QString createdBy;
    QDateTime createdAt; ///< UTC

    friend bool operator==(const SkuMapping&, const SkuMapping&) = default;
};

/// The WMS item master (with bundle components), SKU mappings and stock per facility.
/// Thread: the thread of its Database.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database& db)
        : m_db(db)
    {}

    Status upsertItem(const Item& item);
    Result<std::optional<Item>> findItem(const QString& sku);
    /// Items whose SKU or name contains `text` (for the item picker), at most `limit`, by SKU.
    Result<QList<Item>> searchItems(const QString& text, int limit = 100);

    Status upsertSkuMapping(const SkuMapping& mapping);
    Result<std::optional<SkuMapping>> findSkuMapping(SourceSystem storefront, const QString& storefrontSku);
    /// The WMS SKU for a storefront SKU: the mapping if a person made one, else the SKU itself.
    Result<QString> resolveSku(SourceSystem storefront, const QString& storefrontSku);

    Status upsertStock(const Stock& stock);
    Result<std::optional<Stock>> findStock(const QString& sku, const QString& facility);
    Result<QList<Stock>> stockForSku(const QString& sku);

private:
    Database& m_db;
};

} // namespace lockstep::core::store
