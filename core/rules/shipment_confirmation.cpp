// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipment_confirmation.h"

#include "domain/count_text.h"
#include "exception_catalog.h"

namespace lockstep::core::rules {

std::optional<ExceptionRecord> detectShipmentConfirmationMissing(
    const ShipmentFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    const Shipment& s = f.shipment;
    if (!isAnnounceable(s.state) || s.shippedUnits <= 0 || f.confirmation == ConfirmationState::Sent)
        return std::nullopt;
    const QDateTime collected = s.collectedAt.isValid() ? s.collectedAt : s.updatedAt;
    // A refusal is told at once: sending it again will not help, so there is nothing to wait for.
    const auto due = f.confirmation == ConfirmationState::GaveUp ? std::optional<QDateTime>(now)
                                                                 : overdueSince(collected, settings.shipmentConfirmationMinutes, now);
    if (!due)
        return std::nullopt;
    QString why;
    QString signature;
    switch (f.confirmation) {
    case ConfirmationState::NotQueued:
        why = QStringLiteral("No shipped message was queued for it.");
        signature = QStringLiteral("confirmation:not-queued");
        break;
    case ConfirmationState::Waiting:
        why = f.attempts == 0 ? QStringLiteral("The shipped message is queued and has not been tried yet.")
                              : QStringLiteral("The shipped message failed %1; last error: %2")
                                    .arg(countOf(f.attempts, QLatin1String("time"), QLatin1String("times")))
                                    .arg(f.lastError.left(200));
        signature = QStringLiteral("confirmation:waiting");
        break;
    case ConfirmationState::GaveUp:
        why = QStringLiteral("The storefront refused the shipped message: %1").arg(f.lastError.left(200));
        signature = QStringLiteral("confirmation:refused");
        break;
    case ConfirmationState::Sent:
        break;
    }
    ExceptionRecord r = makeException(ExceptionType::ShipmentConfirmationMissing,
        SubjectKey::shipment(s.storefront, s.storefrontOrderId, s.wmsShipmentId).toString(),
        f.confirmation == ConfirmationState::GaveUp ? Severity::High : Severity::Medium,
        QStringLiteral("%1 collected %2 of order %3 (tracking %4) %5 ago, and the storefront has not been told "
                       "(SLA %6 min). %7")
            .arg(s.carrier.isEmpty() ? QStringLiteral("The carrier") : s.carrier)
            .arg(countOf(s.shippedUnits, QLatin1String("unit"), QLatin1String("units")))
            .arg(f.orderRef,
                s.trackingNumber.isEmpty() ? QStringLiteral("-") : s.trackingNumber,
                describeWait(collected.secsTo(now)))
            .arg(settings.shipmentConfirmationMinutes)
            .arg(why),
        QStringLiteral(
            "Retry the shipped message, or mark the order shipped in the storefront with the tracking number."),
        signature + u':' + toString(s.storefront),
        now,
        settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.orderRef;
    r.facility = s.facility;
    r.slaDue = *due;
    return r;
}

} // namespace lockstep::core::rules
