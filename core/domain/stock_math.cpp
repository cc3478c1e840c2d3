// SPDX-License-Identifier: GPL-3.0-or-later
#include "stock_math.h"

#include <algorithm>
#include <limits>

namespace lockstep::core {

qint64 bundleAvailable(const Item& bundle, const QHash<QString, qint64>& availableBySku)
{
    if (bundle.components.isEmpty())
        return 0;
    qint64 result = std::numeric_limits<qint64>::max();
    for (const BundleComponent& c : bundle.components) {
        if (c.quantity <= 0)
            return 0; // a malformed kit sells nothing rather than dividing by zero
        const qint64 available = std::max<qint64>(0, availableBySku.value(c.sku, 0));
        result = std::min(result, available / c.quantity);
    }
    return result;
}

qint64 sellable(qint64 availableToSell, qint64 safetyBuffer)
{
    return std::max<qint64>(0, availableToSell - std::max<qint64>(0, safetyBuffer));
}

bool salesReduceListedStock(SourceSystem storefront)
{
    return storefront == SourceSystem::WooCommerce;
}

qint64 expectedListed(qint64 pushed, qint64 soldSincePush)
{
    return std::max<qint64>(0, pushed - std::max<qint64>(0, soldSincePush));
}

QList<BatchRange> batches(qsizetype count, qsizetype limit)
{
    QList<BatchRange> out;
    if (count <= 0 || limit <= 0)
        return out;
    for (qsizetype first = 0; first < count; first += limit)
        out.append({first, std::min(limit, count - first)});
    return out;
}

} // namespace lockstep::core
