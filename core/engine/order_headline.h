// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lifecycle_event.h"
#include "domain/order.h"
#include "domain/shipment.h"
#include "domain/wms_status.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lockstep::core {

/// Where an order is now, as a customer-service agent would say it. The UI turns a stage and its facts
/// into words (translated); core decides which stage applies.
enum class OrderStage
{
    AwaitingPayment, ///< placed, payment not confirmed
    PaymentFailed,
    WaitingForWarehouse, ///< paid, the WMS has not acknowledged it yet (`since` = paid)
    AtWarehouse, ///< acknowledged, not yet picked (`wmsStatus`, `facility`)
    OnHold, ///< the WMS holds it
    BackOrdered, ///< at the warehouse, `shortUnits` of `orderedUnits` short
    Picking,
    Picked, ///< picked or packed, waiting for carrier collection
    PartiallyShipped, ///< some units collected, more to come
    Shipped, ///< collected by the carrier (`carrier`, `trackingNumber`, `since` = collected)
    Delivered,
    CancelledBeforeWarehouse, ///< cancelled in the storefront; the warehouse had not started
    CancelledAfterRelease, ///< cancelled in the storefront after the warehouse cutoff (`wmsStatus`)
    CancelledInWarehouse, ///< the WMS cancelled it
    Refunded,
};

/// The stage and the facts the sentence needs. Times are UTC.
struct OrderHeadline
{
    OrderStage stage = OrderStage::AwaitingPayment;
    std::optional<WmsOrderStatus> wmsStatus;
    QString facility;
    qint64 orderedUnits = 0;
    qint64 shortUnits = 0;
    QString carrier;
    QString trackingNumber;
    QDateTime since; ///< when the current stage began, when known
    qint64 ageSeconds = 0; ///< now - since, never negative; 0 when `since` is unknown

    friend bool operator==(const OrderHeadline&, const OrderHeadline&) = default;
};

/// What the warehouse says about the order, as far as the headline needs it.
struct WmsView
{
    WmsOrderStatus status = WmsOrderStatus::New;
    QString facility;
    qint64 orderedUnits = 0;
    qint64 backOrderedUnits = 0;
    QDateTime firstSeen; ///< UTC: the acknowledgement
};

/// Derives where `order` is now from the storefront's record, the WMS's view (none before it acknowledged
/// the order), the shipments and the lifecycle events (time order). Pure: no I/O, no clock but `now`.
OrderHeadline deriveHeadline(const Order& order,
    const std::optional<WmsView>& wms,
    const QList<Shipment>& shipments,
    const QList<LifecycleEvent>& events,
    const QDateTime& now);

/// True when the storefront's status text means the order was cancelled ("cancelled", "canceled").
bool isStorefrontCancelled(const Order& order, const QList<LifecycleEvent>& events);

} // namespace lockstep::core
