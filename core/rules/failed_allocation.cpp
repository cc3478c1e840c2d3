// SPDX-License-Identifier: GPL-3.0-or-later
#include "failed_allocation.h"

#include "exception_catalog.h"

namespace lockstep::core::rules {

ExceptionRecord failedAllocation(const AllocationFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    QList<Message> lines;
    for (const ShortLine& l : f.shortLines) {
        lines << Message(QT_TRANSLATE_NOOP("Lockstep", "%1 (%2 of %3 allocated)"),
            {Message::literal(l.sku), Message::number(l.allocated), Message::number(l.ordered)});
    }
    const QString cause = f.shortLines.isEmpty() ? f.firstSku : f.shortLines.constFirst().sku;
    ExceptionRecord r = makeException(ExceptionType::FailedAllocation,
        f.subject,
        Severity::High,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 is %2 at %3: stock could not be allocated for %4."),
            {Message::literal(f.orderRef),
                Message::literal(toWmsText(f.status)),
                Message::literal(f.facility),
                lines.isEmpty() ? Message(QT_TRANSLATE_NOOP("Lockstep", "%1 of %2 units"),
                    {Message::number(f.openUnits - f.allocatedUnits), Message::number(f.openUnits)})
                                : Message::list(lines)}),
        Message(QT_TRANSLATE_NOOP("Lockstep",
            "Move stock from another facility or wait for the inbound delivery, then "
            "retry the allocation.")),
        QStringLiteral("allocation:%1:%2").arg(f.facility, cause),
        now,
        settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.orderRef;
    r.facility = f.facility;
    r.sku = cause;
    return r;
}

} // namespace lockstep::core::rules
