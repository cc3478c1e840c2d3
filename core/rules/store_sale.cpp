// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_sale.h"

#include "exception_catalog.h"

namespace lockstep::core::rules {

std::optional<ExceptionRecord> detectStoreSaleNotAtWms(
    const StoreSaleFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    if (!deliveryOverdue(f, settings, now))
        return std::nullopt;
    const bool refused = f.delivery == ReturnDelivery::Refused;
    const Message sale(QT_TRANSLATE_NOOP("Lockstep", "Till sale %1 (%2) at store %3"),
        {Message::literal(f.returnNumber),
            Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n unit(s)"), f.units),
            Message::literal(f.store)});
    const Message reason = refused
        ? Message(QT_TRANSLATE_NOOP("Lockstep",
                      "%1 was refused by the warehouse: %2. %3 still counts the sold units as the store's stock."),
            {sale, Message::literal(f.lastError.left(200)), Message::literal(f.facility)})
        : Message(QT_TRANSLATE_NOOP("Lockstep",
                      "%1 has not been taken off the stock of %2 at the warehouse %3 after Lockstep took it in (SLA "
                      "%4 min). %5"),
            {sale,
                Message::literal(f.facility),
                Message::duration(f.returnedAt.secsTo(now)),
                Message::number(settings.wmsAcknowledgeMinutes),
                deliveryAttempts(f)});
    ExceptionRecord r = makeException(ExceptionType::StoreSaleNotAtWms,
        f.subject,
        refused ? Severity::High : Severity::Medium,
        reason,
        refused ? Message(QT_TRANSLATE_NOOP("Lockstep",
            "Set up what the warehouse refused (the item, the store's facility or its sales floor "
            "location), then retry; or correct the store's stock at the warehouse and acknowledge."))
                : Message(QT_TRANSLATE_NOOP("Lockstep",
                    "Retry: the warehouse is asked how often it already holds each move before anything is sent.")),
        refused ? QStringLiteral("sale:refused") : QStringLiteral("sale:waiting"),
        now,
        settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.returnNumber;
    r.facility = f.facility;
    r.attempts = f.attempts;
    return r;
}

ExceptionRecord stockMovedTwice(const StockMovedTwiceFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    const Message reason(QT_TRANSLATE_NOOP("Lockstep",
                             "The warehouse took %1 of %2 off the stock of %3 %4 for till sale %5 at store %6, which "
                             "Lockstep sent once: the store's stock at the warehouse is %7 too low, and the next push "
                             "lowers the till's count with it."),
        {Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n unit(s)"), f.units),
            Message::literal(f.sku),
            Message::literal(f.facility),
            Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n time(s)"), f.copies),
            Message::literal(f.saleNumber),
            Message::literal(f.store),
            Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n unit(s)"), f.units * (f.copies - 1))});
    ExceptionRecord r = makeException(ExceptionType::StockMovedTwice,
        f.subject,
        Severity::High,
        reason,
        Message(QT_TRANSLATE_NOOP("Lockstep",
            "Put the units back on the store's stock at the warehouse (an inventory adjustment), find what "
            "replays the moves (a proxy or a second integration), then acknowledge.")),
        QStringLiteral("moved-twice:") + f.facility,
        now,
        settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.saleNumber;
    r.facility = f.facility;
    r.sku = f.sku;
    return r;
}

} // namespace lockstep::core::rules
