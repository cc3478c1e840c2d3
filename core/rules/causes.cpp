// SPDX-License-Identifier: GPL-3.0-or-later
#include "causes.h"

namespace lockstep::core::rules {

QString describeCause(ExceptionType type, const QString& signature, qint64 count)
{
    const QString kind = signature.section(u':', 0, 0);
    const QString detail = signature.section(u':', 1);
    const QString orders = count == 1 ? QStringLiteral("1 open order") : QStringLiteral("%1 open orders").arg(count);
    if (kind == QLatin1String("sku-missing"))
        return QStringLiteral("SKU %1 is not in the WMS item master; %2 contain it").arg(detail, orders);
    if (kind == QLatin1String("allocation"))
        return QStringLiteral("Stock could not be allocated at %1 (first SKU %2); %3 affected")
            .arg(detail.section(u':', 0, 0), detail.section(u':', 1), orders);
    if (kind == QLatin1String("order-values"))
        return QStringLiteral("Order values no warehouse order may carry (first: %1); %2 held").arg(detail, orders);
    if (kind == QLatin1String("no-facility"))
        return QStringLiteral("Channel \"%1\" maps to no facility; %2 held").arg(detail, orders);
    if (kind == QLatin1String("unmapped-field"))
        return QStringLiteral("Checkout field %1 has no WMS mapping; %2 affected").arg(detail, orders);
    if (kind == QLatin1String("cancel-past-cutoff"))
        return QStringLiteral("Cancelled after the warehouse locked the order (%1); %2").arg(detail, orders);
    if (kind == QLatin1String("not-acknowledged"))
        return QStringLiteral("Paid but not acknowledged by the warehouse (%1); %2").arg(detail, orders);
    if (kind == QLatin1String("awaiting-payment"))
        return QStringLiteral("Waiting for payment beyond the SLA (%1); %2").arg(detail, orders);
    if (kind == QLatin1String("storefront-behind"))
        return QStringLiteral("Storefront status behind the warehouse (%1); %2").arg(detail, orders);
    if (kind == QLatin1String("totals"))
        return QStringLiteral("Order value differs between storefront and warehouse (%1); %2").arg(detail, orders);
    return QStringLiteral("%1 (%2): %3 open").arg(toString(type), signature).arg(count);
}

} // namespace lockstep::core::rules
