// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/reply.h"
#include "domain/order.h"

#include <QByteArray>
#include <QList>

namespace lockstep::core::connectors::pos {

/// Till transactions parsed from `GET /pos/v1/transactions`, and the ones that could not be read.
struct ParsedTransactions
{
    QList<Order> orders;
    QList<ParseProblem> problems;
    int count = 0; ///< records on the page, readable or not (the page is full when count == limit)
    qint64 maxVersion = 0; ///< the highest version on the page (records and `version.max`), the next cursor
};

/// The custom field that links a return to its sale.
inline constexpr auto kOriginalSaleField = "original_id";

/// Parses `{data: [{id, type: sale|return, store, occurred_at, version, original_id, lines: [{sku, quantity,
/// unit_price {amount, currency}}]}], version {min, max}}`. Each transaction becomes an Order of SourceSystem::Pos:
/// id as storefront id and number, `store` as the channel (facility routing), `occurred_at` as created, modified and
/// (for sales) paid time. A sale is Paid with status "sale"; a return is Refunded with status "return", its lines keep
/// their negative quantities, and `original_id` is kept as the custom field "original_id". Line totals are
/// amount × quantity, exactly; the order total is their sum. A record without id, version or readable money is
/// reported, not returned.
ParsedTransactions parseTransactions(const QByteArray& body);

/// Stock of one SKU in one store, from `GET /pos/v1/stock?store=`.
struct StoreStock
{
    QString store;
    QString sku;
    qint64 quantity = 0;
    friend bool operator==(const StoreStock&, const StoreStock&) = default;
};
struct ParsedStock
{
    QList<StoreStock> levels;
    QList<ParseProblem> problems;
};
ParsedStock parseStock(const QByteArray& body);

} // namespace lockstep::core::connectors::pos
