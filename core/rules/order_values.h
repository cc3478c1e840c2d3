// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/message.h"
#include "domain/order.h"

#include <QList>
#include <QString>

namespace lockstep::core::rules {

/// One value of a storefront order that no warehouse order may carry.
struct InvalidOrderValue
{
    int lineNumber = 0; ///< the storefront's line number; 0 for the order's own totals
    QString sku; ///< the line's SKU (may be empty); empty for the order's totals
    QString field; ///< "quantity", "unit_price", "line_total", "line_tax"; "subtotal", "shipping", "tax", "total"
    QString value; ///< as it came: "-5", "-12.50 EUR"

    /// "line 2 (SKU MUG-WHT): quantity -5", "order total: -12.50 EUR".
    Message describe() const;
};

/// The values of `order` the warehouse must never receive: a line quantity of zero or less, a negative unit price,
/// line total or line tax, a negative subtotal, shipping, tax or total. In the order's order, lines first. Used when
/// the order is taken in: an order with any of them is held as an exception, never sent.
QList<InvalidOrderValue> invalidOrderValues(const Order& order);

/// The signature of "this order has values the warehouse cannot take": the first bad field, the same for every
/// order it holds ("order-values:quantity").
QString invalidValuesSignature(const InvalidOrderValue& first);

} // namespace lockstep::core::rules
