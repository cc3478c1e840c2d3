// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item.h"
#include "system.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lockstep::core {

/// A bundle's sellable quantity: the minimum over its components of floor(available / quantity per
/// bundle). A component with no stock record counts as zero; a bundle with no components has none.
qint64 bundleAvailable(const Item& bundle, const QHash<QString, qint64>& availableBySku);

/// What a storefront may sell: available-to-sell minus the safety buffer, never negative.
qint64 sellable(qint64 availableToSell, qint64 safetyBuffer);

/// Whether a sale takes its units off the storefront's listed stock by itself: WooCommerce does when the payment
/// completes (and puts them back when the order is cancelled). commercetools reserves stock only in inventory modes
/// Lockstep does not rely on, and the till lists nothing.
bool salesReduceListedStock(SourceSystem storefront);

/// What a storefront should list for a SKU now: what Lockstep last pushed, less the units sold there since the push
/// (as far as Lockstep has taken the orders in), never negative.
qint64 expectedListed(qint64 pushed, qint64 soldSincePush);

/// Splits `count` items into batches of at most `limit` (the storefront API's per-request limit):
/// the index ranges [first, first + size).
struct BatchRange
{
    qsizetype first = 0;
    qsizetype size = 0;
    friend bool operator==(const BatchRange&, const BatchRange&) = default;
};
QList<BatchRange> batches(qsizetype count, qsizetype limit);

} // namespace lockstep::core
