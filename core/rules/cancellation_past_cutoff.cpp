// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancellation_past_cutoff.h"

#include "exception_catalog.h"

namespace lockstep::core::rules {

ExceptionRecord cancellationPastCutoff(
    const LateCancellationFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    ExceptionRecord r = makeException(ExceptionType::CancellationPastCutoff,
        f.subject,
        Severity::Critical,
        Message(f.partial ? QT_TRANSLATE_NOOP("Lockstep",
                    "Order %1 was cancelled in the storefront, but the warehouse "
                    "could only cancel its back-ordered units: it was %2 at %3. "
                    "The rest will ship.")
                          : QT_TRANSLATE_NOOP("Lockstep",
                              "Order %1 was cancelled in the storefront, but the warehouse "
                              "had already locked it (%2 at %3). It will ship unless "
                              "stopped."),
            {Message::literal(f.orderRef), Message::literal(toWmsText(f.status)), Message::literal(f.facility)}),
        Message(QT_TRANSLATE_NOOP("Lockstep",
            "Ask the warehouse to pull the order before the carrier collects it, or "
            "arrange a return and refund with the customer.")),
        QStringLiteral("cancel-past-cutoff:") + toWmsText(f.status),
        now,
        settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.orderRef;
    r.facility = f.facility;
    r.cutoffAt = now;
    return r;
}

} // namespace lockstep::core::rules
