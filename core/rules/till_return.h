// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "rule_settings.h"

#include <optional>

namespace lockstep::core::rules {

/// Where a till return's customer return stands at the WMS: the outbox row that creates it.
enum class ReturnDelivery
{
    Waiting, ///< queued or failed, will be tried again
    Created, ///< the WMS holds the customer return
    Refused, ///< the WMS refused it for good
};

struct TillReturnFacts
{
    QString subject; ///< the till return ("pos:R-000012")
    qint64 orderId = 0;
    QString returnNumber; ///< the till's number of the return
    QString store; ///< the store location it was taken back at
    QString facility; ///< the facility its customer return is for
    qint64 units = 0; ///< units returned
    QDateTime returnedAt; ///< when Lockstep decided to tell the WMS (UTC)
    ReturnDelivery delivery = ReturnDelivery::Waiting;
    int attempts = 0;
    QString lastError;
};

/// When a till return's (or sale's) delivery becomes an exception: at once when the WMS refused it, past
/// `wmsAcknowledgeMinutes` while it waits, never once delivered.
std::optional<QDateTime> deliveryOverdue(
    const TillReturnFacts& facts, const RuleSettings& settings, const QDateTime& now);
/// What the attempts so far came to: not tried yet, or how often it failed and the last error.
Message deliveryAttempts(const TillReturnFacts& facts);

/// A till return that has not reached the WMS ("ghost stock": the goods are back in a store, the WMS does not
/// know they are coming): its customer return is not created `wmsAcknowledgeMinutes` after it was decided, or, at
/// once, the WMS refused it for good. Returns held by an unknown SKU or an unrouted store are in those queues.
std::optional<ExceptionRecord> detectTillReturnNotAtWms(
    const TillReturnFacts& facts, const RuleSettings& settings, const QDateTime& now);

} // namespace lockstep::core::rules
