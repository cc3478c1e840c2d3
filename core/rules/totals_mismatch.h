// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/order.h"
#include "rule_settings.h"

#include <optional>

namespace lockstep::core::rules {

/// An order's value on both sides. The WMS side is what its sales order says (`orderTotal`); a zero or
/// missing WMS value means "not known" and is never compared.
struct TotalsFacts
{
    QString subject;
    qint64 orderId = 0;
    QString orderRef;
    QString facility;
    OrderTotals storefront;
    Money wmsTotal;
};

/// Order totals mismatch: the storefront's total and the WMS's order value differ by more than
/// `totalsToleranceMinor`, in the same currency. The reason and payload carry the breakdown (items, discount,
/// shipping, tax, and what the storefront total holds beyond them, e.g. fees), and the signature names the part
/// that explains the difference, so one mapping gap reads as one cause.
/// The part of the storefront's total that explains a difference of `difference` minor units: "fees", "shipping",
/// "tax", "discount" or "unexplained". Shared by the detector and the finance reports.
QString explainTotalsDifference(const OrderTotals& storefront, qint64 difference, qint64 toleranceMinor);

std::optional<ExceptionRecord> detectTotalsMismatch(
    const TotalsFacts& facts, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
