// SPDX-License-Identifier: GPL-3.0-or-later
#include "stuck_pending.h"

#include "exception_catalog.h"

#include <QRegularExpression>
#include <QStringList>

namespace lockstep::core::rules {

namespace {

bool statusIn(const QString& status, std::initializer_list<const char*> names)
{
    for (const char* n : names) {
        if (status.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ExceptionRecord record(const PendingOrderFacts& f,
    Severity severity,
    const Message& reason,
    const Message& action,
    const QString& signature,
    const QDateTime& due,
    const QDateTime& now,
    const RuleSettings& settings)
{
    ExceptionRecord r = makeException(
        ExceptionType::StuckPending, f.subject, severity, reason, action, signature, now, settings.owners);
    r.orderId = f.orderId;
    r.orderRef = f.orderRef;
    r.facility = f.facility;
    r.slaDue = due;
    r.cutoffAt = due;
    return r;
}

/// The error without URLs, ids, numbers or times that differ per order, so one outage reads as one cause.
QString normalisedError(const QString& error)
{
    if (error.isEmpty())
        return QStringLiteral("waiting");
    QString text = error.toLower();
    text.replace(QRegularExpression(QStringLiteral("https?://\\S+")), QStringLiteral("<url>"));
    text.replace(QRegularExpression(QStringLiteral("[0-9]+")), QStringLiteral("#"));
    return text.left(60);
}

} // namespace

bool isStorefrontCancelled(const QString& status)
{
    return statusIn(status, {"cancelled", "canceled"});
}

bool isStorefrontClosed(const QString& status)
{
    return isStorefrontCancelled(status)
        || statusIn(status, {"completed", "complete", "shipped", "delivered", "refunded", "failed", "trash"});
}

std::optional<ExceptionRecord> detectStuckPending(
    const PendingOrderFacts& f, const RuleSettings& settings, const QDateTime& now)
{
    if (isStorefrontCancelled(f.storefrontStatus) && !f.wmsStatus)
        return std::nullopt;

    // The warehouse finished it; the storefront did not follow.
    if (f.wmsStatus && (*f.wmsStatus == WmsOrderStatus::ShipComplete || *f.wmsStatus == WmsOrderStatus::Canceled)) {
        const bool shipped = *f.wmsStatus == WmsOrderStatus::ShipComplete;
        const bool followed = shipped
            ? isStorefrontClosed(f.storefrontStatus) && !isStorefrontCancelled(f.storefrontStatus)
            : isStorefrontCancelled(f.storefrontStatus) || statusIn(f.storefrontStatus, {"refunded"});
        const auto due = overdueSince(f.wmsUpdatedAt, settings.wmsAcknowledgeMinutes, now);
        if (followed || !due)
            return std::nullopt;
        return record(f,
            Severity::High,
            Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Order %1 is %2 at the warehouse (%3) since %4 ago, but the "
                        "storefront still shows it as \"%5\" (SLA %6 min)."),
                {Message::literal(f.orderRef),
                    Message::literal(toWmsText(*f.wmsStatus)),
                    Message::literal(f.facility.isEmpty() ? QStringLiteral("-") : f.facility),
                    Message::duration(f.wmsUpdatedAt.secsTo(now)),
                    Message::literal(f.storefrontStatus),
                    Message::number(settings.wmsAcknowledgeMinutes)}),
            shipped ? Message(QT_TRANSLATE_NOOP("Lockstep",
                "Check the order in the storefront and mark it completed "
                "with the tracking number; retry the shipped message if "
                "it failed."))
                    : Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Cancel the order in the storefront (and refund the "
                        "customer) to match the warehouse.")),
            QStringLiteral("storefront-behind:") + toWmsText(*f.wmsStatus),
            *due,
            now,
            settings);
    }
    if (isStorefrontClosed(f.storefrontStatus))
        return std::nullopt;

    // Waiting for payment beyond its SLA.
    if (f.payment == PaymentState::Pending) {
        const auto due = overdueSince(f.createdAt, settings.paymentPendingMinutes, now);
        if (!due)
            return std::nullopt;
        return record(f,
            Severity::Low,
            Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Order %1 was placed %2 ago and is still \"%3\" without payment "
                        "(SLA %4 min); it will not go to the warehouse until it is paid."),
                {Message::literal(f.orderRef),
                    Message::duration(f.createdAt.secsTo(now)),
                    Message::literal(f.storefrontStatus),
                    Message::number(settings.paymentPendingMinutes)}),
            Message(QT_TRANSLATE_NOOP("Lockstep",
                "Contact the customer about the payment, or cancel the order in the "
                "storefront.")),
            QStringLiteral("awaiting-payment:") + f.storefrontStatus.toLower(),
            *due,
            now,
            settings);
    }

    // Paid, and the warehouse has not acknowledged it.
    if (f.payment != PaymentState::Paid || f.heldByException || (f.wmsStatus && isAcknowledged(*f.wmsStatus)))
        return std::nullopt;
    const QDateTime paid = f.paidAt.isValid() ? f.paidAt : f.createdAt;
    const auto due = overdueSince(paid, settings.wmsAcknowledgeMinutes, now);
    if (!due)
        return std::nullopt;
    const auto error = [](const QString& text) {
        return text.isEmpty() ? Message(QT_TRANSLATE_NOOP("Lockstep", "none recorded"))
                              : Message::literal(text.left(200));
    };
    Message where;
    if (!f.createQueued)
        where = Message(QT_TRANSLATE_NOOP("Lockstep", "Lockstep has not queued it for the warehouse."));
    else if (f.createGivenUp)
        where = Message(QT_TRANSLATE_NOOP("Lockstep",
                            "The send to the warehouse was given up after %1 and waits for a "
                            "retry; last error: %2"),
            {Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n attempt(s)"), f.sendAttempts),
                Message::literal(f.lastSendError.left(200))});
    else if (f.createSent)
        where = Message(QT_TRANSLATE_NOOP("Lockstep", "It was sent, but the warehouse has not shown it as received."));
    else if (f.sendAttempts == 0)
        where =
            Message(QT_TRANSLATE_NOOP("Lockstep", "The send to the warehouse is queued and has not been tried yet."));
    else
        where = Message(QT_TRANSLATE_NOOP("Lockstep", "The send to the warehouse has failed %1; last error: %2"),
            {Message::plural(QT_TRANSLATE_N_NOOP("Lockstep", "%n time(s)"), f.sendAttempts), error(f.lastSendError)});
    return record(f,
        Severity::High,
        Message(QT_TRANSLATE_NOOP("Lockstep",
                    "Order %1 was paid %2 ago and the warehouse has not acknowledged it (SLA "
                    "%3 min). %4"),
            {Message::literal(f.orderRef),
                Message::duration(paid.secsTo(now)),
                Message::number(settings.wmsAcknowledgeMinutes),
                where}),
        Message(QT_TRANSLATE_NOOP("Lockstep",
            "Check that the warehouse connection is healthy, look the order up at the "
            "WMS, then retry the send.")),
        QStringLiteral("not-acknowledged:")
            + (!f.createQueued        ? QStringLiteral("not-queued")
                    : f.createGivenUp ? QStringLiteral("given-up:") + normalisedError(f.lastSendError)
                    : f.createSent    ? QStringLiteral("sent-not-seen")
                                      : normalisedError(f.lastSendError)),
        *due,
        now,
        settings);
}

} // namespace lockstep::core::rules
