// SPDX-License-Identifier: GPL-3.0-or-later
#include "till_return.h"

#include "exception_catalog.h"

namespace lockstep::core::rules {

std::optional<QDateTime> deliveryOverdue(const TillReturnFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    if (f.delivery == ReturnDelivery::Created)
        return std::nullopt;
    // A refusal is told at once: sending it again will not help, so there is nothing to wait for.
    return f.delivery == ReturnDelivery::Refused ? std::optional<QDateTime>(now)
                                                 : overdueSince(f.returnedAt, settings.wmsAcknowledgeMinutes, now);
}

Message deliveryAttempts(const TillReturnFacts& f)
{
    return f.attempts == 0 ? Message(QT_TRANSLATE_NOOP("Lockstep", "It is queued and has not been tried yet."))
                           : Message(QT_TRANSLATE_NOOP("Lockstep", "It failed %1; last error: %2"),
                               {Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n time(s)"), f.attempts),
                                   Message::literal(f.lastError.left(200))});
}

std::optional<ExceptionRecord> detectTillReturnNotAtWms(
    const TillReturnFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    if (!deliveryOverdue(f, settings, now))
        return std::nullopt;
    const bool refused = f.delivery == ReturnDelivery::Refused;
    const Message returned(QT_TRANSLATE_NOOP("Lockstep", "Till return %1 (%2) at store %3"),
        {Message::literal(f.returnNumber),
            Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n unit(s)"), f.units),
            Message::literal(f.store)});
    const Message facility =
        f.facility.isEmpty() ? Message(QT_TRANSLATE_NOOP("Lockstep", "the warehouse")) : Message::literal(f.facility);
    const Message reason = refused
        ? Message(QT_TRANSLATE_NOOP("Lockstep",
                      "%1 was refused by the warehouse: %2. %3 does not know the goods are "
                      "coming back."),
            {returned, Message::literal(f.lastError.left(200)), facility})
        : Message(QT_TRANSLATE_NOOP("Lockstep",
                      "%1 has not reached the warehouse %2 after Lockstep took it in (SLA %3 "
                      "min): %4 does not know the goods are coming back. %5"),
            {returned,
                Message::duration(f.returnedAt.secsTo(now)),
                Message::number(settings.wmsAcknowledgeMinutes),
                facility,
                deliveryAttempts(f)});
    ExceptionRecord r = makeException(ExceptionType::TillReturnNotAtWms,
        f.subject,
        refused ? Severity::High : Severity::Medium,
        reason,
        refused ? Message(QT_TRANSLATE_NOOP("Lockstep",
            "Correct what the warehouse refused (the item, the facility), "
            "then retry; or enter the return at the warehouse and "
            "acknowledge."))
                : Message(QT_TRANSLATE_NOOP("Lockstep",
                    "Retry: the warehouse is asked whether it already has the "
                    "return before anything is sent.")),
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
