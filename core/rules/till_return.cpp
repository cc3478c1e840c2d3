// SPDX-License-Identifier: GPL-3.0-or-later
#include "till_return.h"

#include "domain/count_text.h"
#include "exception_catalog.h"

namespace lockstep::core::rules {

std::optional<ExceptionRecord> detectTillReturnNotAtWms(
    const TillReturnFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    if (f.delivery == ReturnDelivery::Created)
        return std::nullopt;
    // A refusal is told at once: sending it again will not help, so there is nothing to wait for.
    const bool refused = f.delivery == ReturnDelivery::Refused;
    const auto due =
        refused ? std::optional<QDateTime>(now) : overdueSince(f.returnedAt, settings.wmsAcknowledgeMinutes, now);
    if (!due)
        return std::nullopt;
    const QString returned =
        QStringLiteral("Till return %1 (%2) at store %3")
            .arg(f.returnNumber, countOf(f.units, QLatin1String("unit"), QLatin1String("units")), f.store);
    const QString facility = f.facility.isEmpty() ? QStringLiteral("the warehouse") : f.facility;
    const QString reason = refused
        ? QStringLiteral("%1 was refused by the warehouse: %2. %3 does not know the goods are coming back.")
              .arg(returned, f.lastError.left(200), facility)
        : QStringLiteral("%1 has not reached the warehouse %2 after Lockstep took it in (SLA %3 min): %4 does not know "
                         "the goods are coming back. %5")
              .arg(returned, describeWait(f.returnedAt.secsTo(now)))
              .arg(settings.wmsAcknowledgeMinutes)
              .arg(facility,
                  f.attempts == 0 ? QStringLiteral("It is queued and has not been tried yet.")
                                  : QStringLiteral("It failed %1; last error: %2")
                                        .arg(countOf(f.attempts, QLatin1String("time"), QLatin1String("times")))
                                        .arg(f.lastError.left(200)));
    ExceptionRecord r = makeException(ExceptionType::TillReturnNotAtWms,
        f.subject,
        refused ? Severity::High : Severity::Medium,
        reason,
        refused ? QStringLiteral("Correct what the warehouse refused (the item, the facility), then retry; or enter "
                                 "the return at the warehouse and acknowledge.")
                : QStringLiteral("Retry: the warehouse is asked whether it already has the return before anything is "
                                 "sent."),
        refused ? QStringLiteral("return:refused") : QStringLiteral("return:waiting"),
        now,
        settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.returnNumber;
    r.facility = f.facility;
    r.attempts = f.attempts;
    return r;
}

} // namespace lockstep::core::rules
