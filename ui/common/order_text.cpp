// SPDX-License-Identifier: GPL-3.0-or-later
#include "order_text.h"

#include "display_format.h"
#include "key_words.h"

#include <QLocale>
#include <QUrlQuery>

namespace lockstep::ui {

using core::OrderStage;

namespace {

/// A time in a sentence: as every page writes it, or "unknown time".
QString when(const QDateTime& utc)
{
    return utc.isValid() ? DisplayFormat::localTime(utc) : OrderText::tr("unknown time");
}

} // namespace

QString OrderText::headline(const core::OrderHeadline& h)
{
    const QString facility = h.facility.isEmpty() ? tr("the warehouse") : h.facility;
    const QString status = h.wmsStatus ? core::toWmsText(*h.wmsStatus) : QString();
    switch (h.stage) {
    case OrderStage::AwaitingPayment:
        return tr("Placed, waiting for payment (%1)").arg(DisplayFormat::duration(h.ageSeconds));
    case OrderStage::PaymentFailed:
        return tr("Payment failed in the storefront");
    case OrderStage::WaitingForWarehouse:
        return tr("Paid, waiting for the warehouse to acknowledge (%1)").arg(DisplayFormat::duration(h.ageSeconds));
    case OrderStage::AtWarehouse:
        return tr("At %1: %2 (%3)").arg(facility, status, DisplayFormat::duration(h.ageSeconds));
    case OrderStage::OnHold:
        return tr("On hold at %1 (%2)").arg(facility, DisplayFormat::duration(h.ageSeconds));
    case OrderStage::BackOrdered:
        return tr("At %1: %2, %3 of %n units short", nullptr, static_cast<int>(h.orderedUnits))
            .arg(facility, status, QLocale().toString(h.shortUnits));
    case OrderStage::Picking:
        return tr("Being picked at %1").arg(facility);
    case OrderStage::Picked:
        return tr("Picked at %1, waiting for carrier collection (%2)")
            .arg(facility, DisplayFormat::duration(h.ageSeconds));
    case OrderStage::PartiallyShipped:
        return tr("Partly shipped with %1 %2, collected %3; the rest is still at %4")
            .arg(h.carrier, h.trackingNumber, when(h.since), facility);
    case OrderStage::Shipped:
        return tr("Shipped with %1 %2, collected %3").arg(h.carrier, h.trackingNumber, when(h.since));
    case OrderStage::Delivered:
        return tr("Delivered by %1 %2").arg(h.carrier, h.trackingNumber);
    case OrderStage::CancelledBeforeWarehouse:
        return tr("Cancelled in the storefront; the warehouse had not started");
    case OrderStage::CancelledAfterRelease:
        return tr("Cancelled in the storefront after the warehouse cutoff (%1 at %2)").arg(status, facility);
    case OrderStage::CancelledInWarehouse:
        return tr("Cancelled by the warehouse");
    case OrderStage::Refunded:
        return tr("Refunded in the storefront");
    }
    return {};
}

QString OrderText::customerStatus(const core::OrderHeadline& h)
{
    switch (h.stage) {
    case OrderStage::AwaitingPayment:
        return tr("We are waiting for your payment to be confirmed.");
    case OrderStage::PaymentFailed:
        return tr("Your payment did not go through.");
    case OrderStage::WaitingForWarehouse:
    case OrderStage::AtWarehouse:
    case OrderStage::OnHold:
        return tr("Your payment is confirmed and your order is being prepared in our warehouse.");
    case OrderStage::BackOrdered:
        return tr("Part of your order is waiting for new stock (units on back order: %n).",
            nullptr,
            static_cast<int>(h.shortUnits));
    case OrderStage::Picking:
        return tr("Your order is being picked in our warehouse.");
    case OrderStage::Picked:
        return tr("Your order is packed and waiting for the carrier to collect it.");
    case OrderStage::PartiallyShipped:
        return tr("Part of your order has shipped with %1; the rest will follow.").arg(h.carrier);
    case OrderStage::Shipped:
        return tr("Your order has shipped with %1.").arg(h.carrier);
    case OrderStage::Delivered:
        return tr("Your order has been delivered by %1.").arg(h.carrier);
    case OrderStage::CancelledBeforeWarehouse:
    case OrderStage::CancelledInWarehouse:
        return tr("Your order has been cancelled.");
    case OrderStage::CancelledAfterRelease:
        return tr("Your cancellation reached us after your order had started to be prepared in our warehouse.");
    case OrderStage::Refunded:
        return tr("Your order has been refunded.");
    }
    return {};
}

QString OrderText::eventTitle(const QString& kind)
{
    static constexpr KeyWords kTitles[] = {
        {"storefront.placed", QT_TR_NOOP("Order placed")},
        {"storefront.paid", QT_TR_NOOP("Payment confirmed")},
        {"storefront.status", QT_TR_NOOP("Storefront status changed")},
        {"storefront.cancelled", QT_TR_NOOP("Cancelled in the storefront")},
        {"storefront.refunded", QT_TR_NOOP("Refunded in the storefront")},
        {"storefront.shipped", QT_TR_NOOP("Marked as shipped in the storefront")},
        {"storefront.told_shipped", QT_TR_NOOP("Customer told it shipped")},
        {"lockstep.retry", QT_TR_NOOP("Retry asked")},
        {"lockstep.comment", QT_TR_NOOP("Comment")},
        {"lockstep.checked", QT_TR_NOOP("Both systems checked")},
        {"lockstep.queued_for_wms", QT_TR_NOOP("Sent to the warehouse")},
        {"lockstep.cancel_queued", QT_TR_NOOP("Cancellation sent to the warehouse")},
        {"lockstep.create_withdrawn", QT_TR_NOOP("Warehouse order withdrawn before sending")},
        {"lockstep.line_left_out", QT_TR_NOOP("A line left out of the warehouse order")},
        {"lockstep.intercept_requested", QT_TR_NOOP("Warehouse asked to intercept")},
        {"wms.acknowledged", QT_TR_NOOP("Acknowledged by the warehouse")},
        {"wms.status", QT_TR_NOOP("Warehouse status")},
        {"wms.allocated", QT_TR_NOOP("Stock allocated")},
        {"wms.picked", QT_TR_NOOP("Picked")},
        {"wms.packed", QT_TR_NOOP("Packed")},
        {"wms.shipped", QT_TR_NOOP("Shipped from the warehouse")},
        {"wms.shipment", QT_TR_NOOP("Shipment update")},
        {"wms.canceled", QT_TR_NOOP("Cancelled at the warehouse")},
        {"carrier.collected", QT_TR_NOOP("Collected by the carrier")},
        {"carrier.in_transit", QT_TR_NOOP("In transit")},
        {"carrier.delivered", QT_TR_NOOP("Delivered")},
    };
    return wordsFor(kind, kTitles, &OrderText::tr);
}

QString OrderText::systemName(core::SourceSystem system)
{
    switch (system) {
    case core::SourceSystem::WooCommerce:
        return tr("WooCommerce");
    case core::SourceSystem::Commercetools:
        return tr("commercetools");
    case core::SourceSystem::Pos:
        return tr("POS");
    case core::SourceSystem::Deposco:
        return tr("Warehouse");
    case core::SourceSystem::Carrier:
        return tr("Carrier");
    case core::SourceSystem::Lockstep:
        return tr("Lockstep");
    }
    return {};
}

QString OrderText::exceptionStateName(core::ExceptionState state)
{
    return DisplayFormat::state(state);
}

QUrl OrderText::trackingUrl(const QString& carrier, const QString& trackingNumber)
{
    if (trackingNumber.isEmpty())
        return {};
    struct Page
    {
        const char* carrier;
        const char* url;
        const char* parameter;
    };
    static constexpr Page kPages[] = {
        {"ups", "https://www.ups.com/track", "tracknum"},
        {"fedex", "https://www.fedex.com/fedextrack/", "trknbr"},
        {"usps", "https://tools.usps.com/go/TrackConfirmAction", "tLabels"},
        {"dhl", "https://www.dhl.com/global-en/home/tracking.html", "tracking-id"},
    };
    const QString key = carrier.trimmed().toLower();
    for (const Page& p : kPages) {
        if (key != QLatin1String(p.carrier))
            continue;
        QUrl url(QString::fromLatin1(p.url));
        QUrlQuery query;
        query.addQueryItem(QString::fromLatin1(p.parameter), trackingNumber);
        url.setQuery(query);
        return url;
    }
    return {};
}

QString OrderText::customerSummary(
    const core::Order& order, const core::OrderHeadline& headline, const QList<core::Shipment>& shipments)
{
    QStringList out;
    out << tr("Order %1, placed %2").arg(order.number, when(order.createdAt));
    out << customerStatus(headline);
    if (order.paidAt.isValid())
        out << tr("Payment confirmed: %1").arg(when(order.paidAt));
    for (const core::Shipment& s : shipments) {
        if (!core::isAnnounceable(s.state) || s.trackingNumber.isEmpty())
            continue;
        out << tr("Shipped with %1 on %2, tracking number %3").arg(s.carrier, when(s.collectedAt), s.trackingNumber);
        const QUrl url = trackingUrl(s.carrier, s.trackingNumber);
        if (url.isValid())
            out << tr("Track the parcel: %1").arg(url.toString());
    }
    if (!order.lines.isEmpty()) {
        out << QString() << tr("Items:");
        for (const core::OrderLine& l : order.lines)
            out << tr("  %1 × %2").arg(QLocale().toString(l.quantity), l.name.isEmpty() ? l.sku : l.name);
    }
    return out.join(u'\n') + u'\n';
}

} // namespace lockstep::ui
