// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/order.h"
#include "domain/wms_status.h"
#include "rule_settings.h"

#include <QDateTime>

#include <optional>

namespace lockstep::core::rules {

/// What the store knows of one storefront order and its way to the warehouse.
struct PendingOrderFacts
{
    QString subject; ///< "woocommerce:1042"
    qint64 orderId = 0;
    QString orderRef; ///< the storefront order number
    QString storefrontStatus;
    PaymentState payment = PaymentState::Pending;
    QDateTime createdAt; ///< UTC
    QDateTime paidAt; ///< UTC, invalid when unknown
    std::optional<WmsOrderStatus> wmsStatus; ///< none: the WMS has not shown it to Lockstep
    QDateTime wmsUpdatedAt; ///< UTC, when the WMS status last changed
    QString facility;
    bool createQueued = false; ///< a WMS create exists in the outbox
    bool createSent = false; ///< the WMS accepted the create (or it was found there)
    bool createGivenUp = false; ///< the create was refused for good: it waits for a person's retry
    int sendAttempts = 0;
    QString lastSendError;
    bool heldByException = false; ///< another open exception already explains why it is not sent
};

/// True when a storefront status means the order is finished there (completed, cancelled, refunded…).
bool isStorefrontClosed(const QString& status);
bool isStorefrontCancelled(const QString& status);

/// Stuck pending order, in three forms:
/// - paid, but the WMS has not acknowledged it within `wmsAcknowledgeMinutes` of payment (and no other
///   exception explains why it was not sent);
/// - the warehouse finished it (Ship Complete or Canceled) but the storefront status still shows it open
///   `wmsAcknowledgeMinutes` later (e.g. a storefront update lost to a version conflict);
/// - placed but still waiting for payment after `paymentPendingMinutes` (bank transfer never arrived).
/// Subject: the order. cutoffAt: when the order had to reach the warehouse (paid + SLA), for ranking.
std::optional<ExceptionRecord> detectStuckPending(
    const PendingOrderFacts& facts, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
