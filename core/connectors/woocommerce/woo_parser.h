// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/reply.h"
#include "connectors/storefront_connector.h"
#include "domain/order.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <optional>

namespace lockstep::core::connectors::woocommerce {

/// Orders parsed from a WooCommerce REST v3 response, and the ones that could not be read.
struct ParsedOrders
{
    QList<Order> orders;
    QList<ParseProblem> problems;
};

/// Parses GET /wp-json/wc/v3/orders (a JSON array) or one order (an object). Dates are the `_gmt`
/// fields read as UTC; money strings are read exactly; a line's SKU may be null (deleted product).
/// Payment: paid once `date_paid_gmt` is set; refunded by status; part-refunded when refunds exist.
/// Order-level meta_data whose key does not start with "_" are the custom checkout fields.
/// The channel used for facility routing is the meta field "_lockstep_channel" when present, else
/// `created_via`. A record without id or currency is reported, not returned.
ParsedOrders parseOrders(const QByteArray& body);

/// Products or variations parsed from one page of GET /products or /products/{id}/variations.
struct ParsedProducts
{
    QList<ListedItem> items;
    QList<ParseProblem> problems;
    QList<std::pair<qint64, QString>> variableProducts; ///< (id, SKU) of variable products: read their variations
    QSet<QString> stockAtParent; ///< ids of variations whose stock is their product's (`manage_stock: "parent"`)
    QSet<QString> unmanaged; ///< ids of products and variations that count no stock (`manage_stock: false`)
};

/// Parses a page of products (a JSON array). Stock is `stock_quantity` when `manage_stock` is true; a variable
/// parent (or a product not managing stock) has none. A record without an integer id is reported, not returned.
ParsedProducts parseProducts(const QByteArray& body);
/// Parses a page of variations of product `parentId`. `manage_stock` may be a bool or "parent" (stock kept on
/// the parent: no stock of its own). The SKU is kept as shown, the parent's when the variation has none.
ParsedProducts parseVariations(const QByteArray& body, qint64 parentId, const QString& parentName);

} // namespace lockstep::core::connectors::woocommerce
