// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/wms_status.h"
#include "rule_settings.h"

#include <QList>

namespace lockstep::core::rules {

/// A line the warehouse could not allocate in full.
struct ShortLine
{
    QString sku;
    qint64 allocated = 0;
    qint64 ordered = 0;
};

struct AllocationFacts
{
    QString subject; ///< the order ("woocommerce:1042")
    qint64 orderId = 0;
    QString orderRef; ///< the storefront order number
    WmsOrderStatus status = WmsOrderStatus::BackOrdered;
    QString facility;
    QList<ShortLine> shortLines; ///< the lines short, when the WMS names them
    qint64 openUnits = 0; ///< ordered and not shipped
    qint64 allocatedUnits = 0;
    QString firstSku; ///< the order's first SKU, the cause when no line is named short
};

/// Failed allocation: the warehouse holds the order Back Ordered, or released it with units back-ordered. Raised
/// as soon as the WMS shows it (no SLA: stock will not appear by waiting on its own). Cause: the facility and the
/// first short SKU, so one missing item at one facility is one cause however many orders wait for it.
ExceptionRecord failedAllocation(const AllocationFacts& facts, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
