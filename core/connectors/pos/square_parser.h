// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/reply.h"
#include "domain/order.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace lockstep::core::connectors::pos {

/// The custom field that links a return to its sale: Square's `OrderReturn.source_order_id`.
inline constexpr auto kSourceOrderField = "source_order_id";

/// A catalog item variation's id → its SKU (`item_variation_data.sku`), as read from the Catalog.
using SkuByVariation = QHash<QString, QString>;

/// Orders of one `POST /v2/orders/search` page (or one `GET /v2/orders/{order_id}`), and what could not be read.
struct ParsedOrders
{
    QList<Order> orders;
    QList<ParseProblem> problems;
    QString cursor; ///< Square's cursor for the next page of the same query; empty on the last page
    QDateTime lastUpdatedAt; ///< the latest `updated_at` on the page, read or not (invalid when none)
    /// `catalog_object_id`s of lines that are not in the variation map given (a catalog read may be stale).
    QStringList unknownVariations;
};

/// Parses a `SearchOrdersResponse` `{orders: [Order], cursor, errors}`. Each `COMPLETED` order becomes an Order of
/// SourceSystem::Pos: `id` as storefront id and number, `location_id` as the channel (facility routing), `created_at`,
/// `updated_at`, and `closed_at` as the paid time of a sale. `line_items` are the sale (positive quantities);
/// `returns[].return_line_items` are returned units with negative quantities, and every `returns[].source_order_id`
/// is kept as the custom field "source_order_id". An order with only returns is Refunded, else Paid. Quantities are
/// decimal strings and must be whole units; money is `{amount (minor units), currency}`: the unit price is
/// `base_price_money`, the line's tax `total_tax_money`, its total `total_money` less the tax (returns negated). A
/// line's SKU is its `catalog_object_id` looked up in `skus` (empty, and the id listed in `unknownVariations`, when
/// the map does not have it). Orders in other states are skipped; an order without id, location, update time or
/// readable money is reported, not returned.
ParsedOrders parseSearchOrders(const QByteArray& body, const SkuByVariation& skus);
/// Parses a `RetrieveOrderResponse` `{order, errors}` the same way.
ParsedOrders parseRetrieveOrder(const QByteArray& body, const SkuByVariation& skus);

/// One catalog item variation with a SKU.
struct CatalogVariation
{
    QString id;
    QString itemId;
    QString sku;
    QString name;
    friend bool operator==(const CatalogVariation&, const CatalogVariation&) = default;
};
struct ParsedCatalog
{
    QList<CatalogVariation> variations;
    QList<ParseProblem> problems;
    QString cursor;
};
/// Parses a `ListCatalogResponse` `{objects: [CatalogObject], cursor}`: the `ITEM_VARIATION` objects not deleted,
/// with `item_variation_data.sku` (a variation without a SKU is skipped: nothing maps to it).
ParsedCatalog parseCatalogList(const QByteArray& body);

/// One `InventoryCount`: a variation's quantity in one state at one location.
struct InventoryCountRow
{
    QString variationId;
    QString location;
    QString state; ///< `IN_STOCK` is what can be sold; SOLD, WASTE, RETURNED_BY_CUSTOMER… are not
    qint64 quantity = 0;
    friend bool operator==(const InventoryCountRow&, const InventoryCountRow&) = default;
};
struct ParsedCounts
{
    QList<InventoryCountRow> counts;
    QList<ParseProblem> problems;
    QString cursor;
};
/// Parses a `BatchRetrieveInventoryCountsResponse` (or the `counts` of a `BatchChangeInventoryResponse`):
/// `{counts: [{catalog_object_id, location_id, state, quantity (decimal string)}], cursor}`. A quantity must be a
/// whole number of units (up to five zero decimals).
ParsedCounts parseInventoryCounts(const QByteArray& body);

/// A Square decimal quantity string ("53", "-2", "1.00000") as whole units; nullopt when it is not one.
std::optional<qint64> wholeQuantity(const QString& text);

/// Square's error body `{errors: [{category, code, detail, field}]}` as one line ("NOT_FOUND: detail"); empty when
/// the body has none.
QString describeErrors(const QByteArray& body);

/// Stock of one SKU in one store location, as the till system counts it (state IN_STOCK).
struct StoreStock
{
    QString store; ///< Square location id
    QString sku;
    qint64 quantity = 0;
    friend bool operator==(const StoreStock&, const StoreStock&) = default;
};

} // namespace lockstep::core::connectors::pos
