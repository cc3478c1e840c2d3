// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "rule_settings.h"

namespace lockstep::core::rules {

/// What the intake knows when no facility takes an order or a till return.
struct RoutingFacts
{
    enum class Kind
    {
        Order, ///< a storefront order that would be created at the warehouse
        TillReturn, ///< a till return the warehouse should be told is coming back
    };
    Kind kind = Kind::Order;
    QString subject; ///< the order ("woocommerce:1042")
    qint64 orderId = 0;
    QString orderRef; ///< the storefront order number
    QString channel; ///< the sales channel, or the store for a till
    bool mappedToNothing = false; ///< the channel is in the routing table with no facility: a person routes it
};

/// Facility routing failure: nothing says which facility ships (or receives) it, so it waits for a person. Held,
/// never guessed; cleared when the order is sent. Cause: the channel, so one unmapped channel is one cause.
ExceptionRecord facilityRoutingFailure(const RoutingFacts& facts, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
