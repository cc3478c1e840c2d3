// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/wms_status.h"
#include "rule_settings.h"

namespace lockstep::core::rules {

struct LateCancellationFacts
{
    QString subject; ///< the order ("woocommerce:1042")
    qint64 orderId = 0;
    QString orderRef;
    WmsOrderStatus status = WmsOrderStatus::Released; ///< where the warehouse had it when asked to cancel
    QString facility;
    bool partial = false; ///< the warehouse cancelled its back-ordered units only
};

/// Cancellation past cutoff: the customer cancelled in the storefront, and the warehouse answered the cancel that it
/// had already locked the order (released to the floor), or cancelled only its back-ordered units. Critical: it
/// ships unless a person stops it. Raised when the warehouse answers; cutoffAt is that moment.
ExceptionRecord cancellationPastCutoff(
    const LateCancellationFacts& facts, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
