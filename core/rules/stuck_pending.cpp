// SPDX-License-Identifier: GPL-3.0-or-later
#include "stuck_pending.h"

#include "domain/count_text.h"
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
    const QString& reason,
    const QString& action,
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
            QStringLiteral("Order %1 is %2 at the warehouse (%3) since %4 ago, but the storefront still shows it as "
                           "\"%5\" (SLA %6 min).")
                .arg(f.orderRef,
                    toWmsText(*f.wmsStatus),
                    f.facility.isEmpty() ? QStringLiteral("-") : f.facility,
                    describeWait(f.wmsUpdatedAt.secsTo(now)),
                    f.storefrontStatus)
                .arg(settings.wmsAcknowledgeMinutes),
            shipped
                ? QStringLiteral("Check the order in the storefront and mark it completed with the tracking number; "
                                 "retry the shipped message if it failed.")
                : QStringLiteral(
                    "Cancel the order in the storefront (and refund the customer) to match the warehouse."),
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
            QStringLiteral(
                "Order %1 was placed %2 ago and is still \"%3\" without payment (SLA %4 min); it will not go "
                "to the warehouse until it is paid.")
                .arg(f.orderRef, describeWait(f.createdAt.secsTo(now)), f.storefrontStatus)
                .arg(settings.paymentPendingMinutes),
            QStringLiteral("Contact the customer about the payment, or cancel the order in the storefront."),
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
    QString where;
    if (!f.createQueued)
        where = QStringLiteral("Lockstep has not queued it for the warehouse.");
    else if (f.createGivenUp)
        where = QStringLiteral(
            "The send to the warehouse was given up after %1 and waits for a retry; last error: %2")
                    .arg(countOf(f.sendAttempts, QLatin1String("attempt"), QLatin1String("attempts")))
                    .arg(f.lastSendError.left(200));
    else if (f.createSent)
        where = QStringLiteral("It was sent, but the warehouse has not shown it as received.");
    else if (f.sendAttempts == 0)
        where = QStringLiteral("The send to the warehouse is queued and has not been tried yet.");
    else
        where = QStringLiteral("The send to the warehouse has failed %1; last error: %2")
                    .arg(countOf(f.sendAttempts, QLatin1String("time"), QLatin1String("times")))
                    .arg(f.lastSendError.isEmpty() ? QStringLiteral("none recorded") : f.lastSendError.left(200));
    return record(f,
        Severity::High,
        QStringLiteral("Order %1 was paid %2 ago and the warehouse has not acknowledged it (SLA %3 min). %4")
            .arg(f.orderRef, describeWait(paid.secsTo(now)))
            .arg(settings.wmsAcknowledgeMinutes)
            .arg(where),
        QStringLiteral(
            "Check that the warehouse connection is healthy, look the order up at the WMS, then retry the send."),
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
