// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/system.h"
#include "rule_settings.h"

#include <optional>

namespace lockstep::core::rules {

/// A storefront's stock for one SKU beside what Lockstep last pushed there.
struct StockFacts
{
    SourceSystem storefront = SourceSystem::WooCommerce;
    QString sku;
    qint64 pushed = 0;
    QDateTime pushedAt; ///< UTC
    qint64 observed = 0; ///< what the storefront shows now
    qint64 soldSincePush = 0; ///< units on the storefront's orders taken in since the push, which it took off itself
};

/// Inventory drift: the storefront shows more or less than expected, beyond `driftToleranceUnits`: expected is what
/// Lockstep pushed less what was sold there since (domain `expectedListed`), so only a difference no order Lockstep
/// knows explains raises (someone edited it by hand, or a sale Lockstep has not read yet). Overselling (storefront
/// above) is High.
std::optional<ExceptionRecord> detectInventoryDrift(
    const StockFacts& facts, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
