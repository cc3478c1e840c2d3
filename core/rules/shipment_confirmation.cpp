// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipment_confirmation.h"

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
    const auto due = f.confirmation == ConfirmationState::GaveUp
        ? std::optional<QDateTime>(now)
        : overdueSince(collected, settings.shipmentConfirmationMinutes, now);
    if (!due)
        return std::nullopt;
    Message why;
    QString signature;
    switch (f.confirmation) {
    case ConfirmationState::NotQueued:
        why = Message(QT_TRANSLATE_NOOP("Lockstep", "No shipped message was queued for it."));
        signature = QStringLiteral("confirmation:not-queued");
        break;
    case ConfirmationState::Waiting:
        why = f.attempts == 0
            ? Message(QT_TRANSLATE_NOOP("Lockstep", "The shipped message is queued and has not been tried yet."))
            : Message(QT_TRANSLATE_NOOP("Lockstep", "The shipped message failed %1; last error: %2"),
                {Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n time(s)"), f.attempts),
                    Message::literal(f.lastError.left(200))});
        signature = QStringLiteral("confirmation:waiting");
        break;
    case ConfirmationState::GaveUp:
        why = Message(QT_TRANSLATE_NOOP("Lockstep", "The storefront refused the shipped message: %1"),
            {Message::literal(f.lastError.left(200))});
        signature = QStringLiteral("confirmation:refused");
        break;
    case ConfirmationState::Sent:
        break;
    }
    ExceptionRecord r = makeException(ExceptionType::ShipmentConfirmationMissing,
        SubjectKey::shipment(s.storefront, s.storefrontOrderId, s.wmsShipmentId).toString(),
        f.confirmation == ConfirmationState::GaveUp ? Severity::High : Severity::Medium,
        Message(QT_TRANSLATE_NOOP("Lockstep",
                    "%1 collected %2 of order %3 (tracking %4) %5 ago, and the storefront "
                    "has not been told (SLA %6 min). %7"),
            {s.carrier.isEmpty() ? Message(QT_TRANSLATE_NOOP("Lockstep", "The carrier")) : Message::literal(s.carrier),
                Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n unit(s)"), s.shippedUnits),
                Message::literal(f.orderRef),
                Message::literal(s.trackingNumber.isEmpty() ? QStringLiteral("-") : s.trackingNumber),
                Message::duration(collected.secsTo(now)),
                Message::number(settings.shipmentConfirmationMinutes),
                why}),
        Message(QT_TRANSLATE_NOOP("Lockstep",
            "Retry the shipped message, or mark the order shipped in the storefront "
            "with the tracking number.")),
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
