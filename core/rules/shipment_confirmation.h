// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/shipment.h"
#include "rule_settings.h"

#include <optional>

namespace lockstep::core::rules {

/// Whether the storefront heard "shipped" for one shipment: the outbox row that tells it.
enum class ConfirmationState
{
    NotQueued, ///< no message was decided
    Waiting, ///< queued or failed, will be retried
    Sent, ///< the storefront accepted it
    GaveUp, ///< refused for good
};

struct ShipmentFacts
{
    QString orderSubject; ///< "woocommerce:1042"
    qint64 orderId = 0;
    QString orderRef;
    Shipment shipment;
    ConfirmationState confirmation = ConfirmationState::NotQueued;
    int attempts = 0;
    QString lastError;
};

/// Shipment confirmation missing: the carrier collected (units shipped) at least
/// `shipmentConfirmationMinutes` ago and the storefront has not accepted the "shipped" message; or, at once, the
/// storefront refused it for good (GaveUp: no retry will change that, so the SLA is not waited for).
std::optional<ExceptionRecord> detectShipmentConfirmationMissing(
    const ShipmentFacts& facts, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
