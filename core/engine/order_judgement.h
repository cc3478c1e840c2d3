// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/order.h"
#include "domain/result.h"
#include "engine_context.h"
#include "rules/rule_settings.h"
#include "rules/stuck_pending.h"
#include "store/database.h"

#include <QDateTime>

#include <optional>

namespace lockstep::core::engine {

/// The detectors' settings from the configuration (SLAs, owners, field map).
rules::RuleSettings ruleSettings(const Config& config);

/// Why a stuck-pending exception was resolved by the engine, as the audit says it.
Message stuckPendingSettledReason();

/// What the store knows of `order` on its way to the warehouse, as the stuck-pending rule reads it: the WMS's view,
/// the create in the outbox, and whether a SKU mismatch or routing failure already holds it.
Result<rules::PendingOrderFacts> pendingFacts(store::Database& db, const Order& order);

/// Judges the order's SLA as of `now`, writing nothing: the stuck-pending exception it is due, or none (also none
/// for a POS sale, which never goes to the warehouse). Readers call it so that an order past its limit reads as
/// such before the sweep has raised it.
Result<std::optional<ExceptionRecord>> judgeStuckPending(
    store::Database& db, const Order& order, const rules::RuleSettings& settings, const QDateTime& now);

/// Resolves the order's open stuck-pending exception at once when the news just stored (the warehouse acknowledged
/// it, the storefront closed or cancelled it, the payment arrived) means it no longer holds; raises nothing (that
/// stays the sweep's). In the caller's transaction.
Status clearStuckPendingIfSettled(store::Database& db,
    const Order& order,
    const rules::RuleSettings& settings,
    const QDateTime& now,
    CycleSummary& summary);

} // namespace lockstep::core::engine
