// SPDX-License-Identifier: GPL-3.0-or-later
#include "facility_routing.h"

#include "exception_catalog.h"

namespace lockstep::core::rules {

ExceptionRecord facilityRoutingFailure(const RoutingFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    const bool tillReturn = f.kind == RoutingFacts::Kind::TillReturn;
    const Message reason(tillReturn ? QT_TRANSLATE_NOOP("Lockstep",
                             "Till return %1 was taken back at store %2, which "
                             "maps to no facility, so the warehouse cannot be told "
                             "the goods are coming back.")
            : f.mappedToNothing     ? QT_TRANSLATE_NOOP("Lockstep",
                  "Order %1 came from channel \"%2\", which is mapped to no facility, "
                      "so a person routes its orders.")
                                    : QT_TRANSLATE_NOOP("Lockstep",
                                    "Order %1 came from channel \"%2\", which maps to no facility, and "
                                        "no default facility is set."),
        {Message::literal(f.orderRef), Message::literal(f.channel)});
    const Message action(tillReturn ? QT_TRANSLATE_NOOP("Lockstep",
                             "Map the store to a facility in Settings, or choose a "
                             "facility for this return, then retry.")
                                    : QT_TRANSLATE_NOOP("Lockstep",
                                        "Map the channel to a facility in Settings, or choose a facility for "
                                        "this order, then retry."));
    ExceptionRecord r = makeException(ExceptionType::FacilityRoutingFailure,
        f.subject,
        Severity::High,
        reason,
        action,
        QStringLiteral("no-facility:") + f.channel,
        now,
        settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.orderRef;
    return r;
}

} // namespace lockstep::core::rules
