// SPDX-License-Identifier: GPL-3.0-or-later
#include "order_headline.h"

#include <algorithm>

namespace lockstep::core {

namespace {

bool isCancelledText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    return t == QLatin1String("cancelled") || t == QLatin1String("canceled");
}

qint64 ageOf(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid() || !now.isValid())
        return 0;
    return std::max<qint64>(0, since.secsTo(now));
}

/// The latest event of `kind`, or an invalid time.
QDateTime lastEventAt(const QList<LifecycleEvent>& events, const QString& kind)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it)
        if (it->kind == kind)
            return it->at;
    return {};
}

bool hasStarted(WmsOrderStatus status)
{
    return cancelScope(status) == CancelScope::Nothing;
}

} // namespace

bool isStorefrontCancelled(const Order& order, const QList<LifecycleEvent>& events)
{
    if (isCancelledText(order.status))
        return true;
    return std::any_of(events.cbegin(), events.cend(), [](const LifecycleEvent& e) {
        return e.kind == QLatin1String("storefront.cancelled");
    });
}

OrderHeadline deriveHeadline(const Order& order,
    const std::optional<WmsView>& wms,
    const QList<Shipment>& shipments,
    const QList<LifecycleEvent>& events,
    const QDateTime& now)
{
    OrderHeadline h;
    if (wms) {
        h.wmsStatus = wms->status;
        h.facility = wms->facility;
        h.orderedUnits = wms->orderedUnits;
        h.shortUnits = wms->backOrderedUnits;
    }
    const auto finish = [&](OrderStage stage, const QDateTime& since) {
        h.stage = stage;
        h.since = since;
        h.ageSeconds = ageOf(since, now);
        return h;
    };

    // Cancellation first: it overrides whatever the warehouse did afterwards.
    if (isStorefrontCancelled(order, events)) {
        QDateTime at = lastEventAt(events, QStringLiteral("storefront.cancelled"));
        if (!at.isValid())
            at = order.modifiedAt;
        if (wms && wms->status != WmsOrderStatus::Canceled && hasStarted(wms->status))
            return finish(OrderStage::CancelledAfterRelease, at);
        return finish(OrderStage::CancelledBeforeWarehouse, at);
    }
    if (wms && wms->status == WmsOrderStatus::Canceled)
        return finish(OrderStage::CancelledInWarehouse, lastEventAt(events, QStringLiteral("wms.status")));
    if (order.paymentState == PaymentState::Refunded)
        return finish(OrderStage::Refunded, order.modifiedAt);

    // Shipments: the carrier's word beats the warehouse status.
    const Shipment* latestCollected = nullptr;
    qint64 collectedUnits = 0;
    bool allDelivered = true;
    bool anyLive = false;
    for (const Shipment& s : shipments) {
        if (s.state == ShipmentState::Voided)
            continue;
        anyLive = true;
        if (s.state != ShipmentState::Delivered)
            allDelivered = false;
        if (!isAnnounceable(s.state))
            continue;
        collectedUnits += s.shippedUnits;
        if (!latestCollected || s.collectedAt > latestCollected->collectedAt)
            latestCollected = &s;
    }
    if (latestCollected) {
        h.carrier = latestCollected->carrier;
        h.trackingNumber = latestCollected->trackingNumber;
        h.facility = latestCollected->facility.isEmpty() ? h.facility : latestCollected->facility;
        if (anyLive && allDelivered)
            return finish(OrderStage::Delivered, latestCollected->updatedAt);
        const bool partial = (wms && wms->status == WmsOrderStatus::PartiallyShipped)
            || (h.orderedUnits > 0 && collectedUnits > 0 && collectedUnits < h.orderedUnits);
        return finish(partial ? OrderStage::PartiallyShipped : OrderStage::Shipped, latestCollected->collectedAt);
    }

    if (order.paymentState == PaymentState::Failed)
        return finish(OrderStage::PaymentFailed, order.modifiedAt);
    if (!wms || wms->status == WmsOrderStatus::Draft) {
        if (order.paymentState != PaymentState::Paid && order.paymentState != PaymentState::PartiallyRefunded)
            return finish(OrderStage::AwaitingPayment, order.createdAt);
        return finish(OrderStage::WaitingForWarehouse, order.paidAt.isValid() ? order.paidAt : order.createdAt);
    }

    const QDateTime statusAt = [&] {
        QDateTime at = lastEventAt(events, QStringLiteral("wms.status"));
        return at.isValid() ? at : wms->firstSeen;
    }();
    switch (wms->status) {
    case WmsOrderStatus::Hold:
        return finish(OrderStage::OnHold, statusAt);
    case WmsOrderStatus::BackOrdered:
    case WmsOrderStatus::PartiallyReleased:
        if (wms->backOrderedUnits > 0)
            return finish(OrderStage::BackOrdered, statusAt);
        return finish(OrderStage::AtWarehouse, statusAt);
    case WmsOrderStatus::Picking:
        return finish(OrderStage::Picking, statusAt);
    case WmsOrderStatus::PickComplete:
    case WmsOrderStatus::PartiallyStaged:
    case WmsOrderStatus::Staged:
    case WmsOrderStatus::PartiallyLoaded:
    case WmsOrderStatus::Loaded:
    case WmsOrderStatus::PartiallyShipped:
    case WmsOrderStatus::ShipComplete: {
        // Shipped in the WMS but no carrier collection yet: still waiting for the carrier.
        QDateTime picked = lastEventAt(events, QStringLiteral("wms.picked"));
        return finish(OrderStage::Picked, picked.isValid() ? picked : statusAt);
    }
    default:
        return finish(OrderStage::AtWarehouse, statusAt);
    }
}

} // namespace lockstep::core
