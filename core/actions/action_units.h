// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action_context.h"

/// One unit per action, each in a file of its own, behind ActionExecutor's dispatcher. Every unit gets an exception
/// the dispatcher has read and checked (it exists, the version the person saw is current, the claim allows the
/// action) and returns its outcome; the retries leave the send (or push) for the engine in the context.
namespace lockstep::core::actions {

/// Acknowledge, assign, claim, unclaim, reopen: the exception's own state, one transaction with its audit row
/// (and the resolution kept apart, or marked reopened). state_change.cpp
ItemOutcome changeState(ActionContext& ctx, const ExceptionRecord& record);
/// Adds the command's note to the thread of `record`, audited, and to its order's timeline when it has one.
/// comment.cpp
ItemOutcome comment(ActionContext& ctx, const ExceptionRecord& record);
/// A cancellation past cutoff: keeps that a person asked the warehouse to pull the order; it stays open.
/// intercept.cpp
ItemOutcome requestIntercept(ActionContext& ctx, const ExceptionRecord& record);

/// A retry, by the exception's type: one of the four below. action_executor.cpp
ItemOutcome retry(ActionContext& ctx, const ExceptionRecord& record);
/// The order's warehouse create, cancellation or till return goes again under its idempotency key (or the order
/// is decided again); linked instead when the warehouse already has it. retry_order.cpp
ItemOutcome retryOrder(ActionContext& ctx, const ExceptionRecord& record);
/// The "shipped" message for one shipment again, never when the storefront already holds it.
/// retry_confirmation.cpp
ItemOutcome retryConfirmation(ActionContext& ctx, const ExceptionRecord& record);
/// Both sides' totals compared again. retry_totals.cpp
ItemOutcome retryTotals(ActionContext& ctx, const ExceptionRecord& record);
/// The warehouse figure for one storefront SKU pushed again. retry_drift.cpp
ItemOutcome retryDrift(ActionContext& ctx, const ExceptionRecord& record);

/// An edit, by its kind: one of the four below, then a retry when the command asks. action_executor.cpp
ItemOutcome edit(ActionContext& ctx, const ExceptionRecord& record);
/// A storefront SKU mapped to a WMS item, then every open mismatch on it retried. edit_sku_mapping.cpp
ItemOutcome mapSku(ActionContext& ctx, const ExceptionRecord& record);
/// A checkout field mapped to a WMS field; the unsent create carries it. edit_custom_field.cpp
ItemOutcome mapCustomField(ActionContext& ctx, const ExceptionRecord& record);
/// The unsent create changed: another facility, or one line's item or quantity. edit_create_request.cpp
ItemOutcome rewriteCreate(ActionContext& ctx, const ExceptionRecord& record);
/// A SKU mismatch's order goes without the line the warehouse does not stock: kept for the intake, audited
/// with the lines before and after. edit_leave_out_line.cpp
ItemOutcome leaveOutLine(ActionContext& ctx, const ExceptionRecord& record);

/// After the engine sent a retry's entry: the outcome as the warehouse now has it, the exception resolved when its
/// cause cleared. settle.cpp
ItemOutcome settleSend(ActionContext& ctx, const PendingSend& send);
/// After the engine pushed (or failed to push) a drift retry's stock: resolved when the storefront took it.
/// settle.cpp
ItemOutcome settleRepush(ActionContext& ctx, const StockRepush& repush, const Result<qint64>& pushed);

} // namespace lockstep::core::actions
