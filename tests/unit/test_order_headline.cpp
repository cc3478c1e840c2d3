// SPDX-License-Identifier: GPL-3.0-or-later
// Where an order is now: one case per stage, from the storefront record, the WMS view, shipments and events.
#include "engine/order_headline.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using lockstep::test::utc;

namespace {

Order paidOrder()
{
    Order o;
    o.id = 1;
    o.number = QStringLiteral("1042");
    o.storefrontId = QStringLiteral("1042");
    o.status = QStringLiteral("processing");
    o.paymentState = PaymentState::Paid;
    o.createdAt = utc("2026-11-23T14:00:00Z");
    o.paidAt = utc("2026-11-23T14:02:00Z");
    o.modifiedAt = o.paidAt;
    return o;
}

WmsView atWarehouse(WmsOrderStatus status)
{
    return WmsView{status, QStringLiteral("DAL-1"), 5, 0, utc("2026-11-23T14:05:00Z")};
}

Shipment shipment(ShipmentState state)
{
    Shipment s;
    s.wmsShipmentId = QStringLiteral("SH-1");
    s.storefrontOrderId = QStringLiteral("1042");
    s.facility = QStringLiteral("DAL-1");
    s.carrier = QStringLiteral("UPS");
    s.trackingNumber = QStringLiteral("1Z999AA10123456784");
    s.state = state;
    s.shippedUnits = 5;
    s.collectedAt = isAnnounceable(state) ? utc("2026-11-23T15:00:00Z") : QDateTime();
    s.updatedAt = utc("2026-11-23T15:30:00Z");
    return s;
}

const QDateTime kNow = utc("2026-11-23T16:00:00Z");

} // namespace

class TestOrderHeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awaitingPayment()
    {
        Order o = paidOrder();
        o.paymentState = PaymentState::Pending;
        o.paidAt = {};
        const auto h = deriveHeadline(o, std::nullopt, {}, {}, kNow);
        LOCKSTEP_COMPARE_ENUM(h.stage, OrderStage::AwaitingPayment);
        QCOMPARE(h.since, o.createdAt);
    }

    void paymentFailed()
    {
        Order o = paidOrder();
        o.paymentState = PaymentState::Failed;
        LOCKSTEP_COMPARE_ENUM(deriveHeadline(o, std::nullopt, {}, {}, kNow).stage, OrderStage::PaymentFailed);
    }

    void paidWaitingForWarehouseCountsFromPayment()
    {
        const auto h = deriveHeadline(paidOrder(), std::nullopt, {}, {}, utc("2026-11-23T14:14:00Z"));
        LOCKSTEP_COMPARE_ENUM(h.stage, OrderStage::WaitingForWarehouse);
        QCOMPARE(h.ageSeconds, 12 * 60);
        // A draft at the WMS is not an acknowledgement.
        LOCKSTEP_COMPARE_ENUM(deriveHeadline(paidOrder(), atWarehouse(WmsOrderStatus::Draft), {}, {}, kNow).stage,
            OrderStage::WaitingForWarehouse);
    }

    void atWarehouseNamesFacilityAndStatus()
    {
        const auto h = deriveHeadline(paidOrder(), atWarehouse(WmsOrderStatus::ReadyForFulfillment), {}, {}, kNow);
        LOCKSTEP_COMPARE_ENUM(h.stage, OrderStage::AtWarehouse);
        QCOMPARE(h.facility, QStringLiteral("DAL-1"));
        QVERIFY(h.wmsStatus == WmsOrderStatus::ReadyForFulfillment);
        QCOMPARE(h.since, utc("2026-11-23T14:05:00Z"));
    }

    void onHold()
    {
        LOCKSTEP_COMPARE_ENUM(
            deriveHeadline(paidOrder(), atWarehouse(WmsOrderStatus::Hold), {}, {}, kNow).stage, OrderStage::OnHold);
    }

    void backOrderedCountsShortUnits()
    {
        WmsView w = atWarehouse(WmsOrderStatus::BackOrdered);
        w.backOrderedUnits = 1;
        const QList<LifecycleEvent> events{{1,
            1,
            utc("2026-11-23T14:20:00Z"),
            SourceSystem::Deposco,
            QStringLiteral("wms.status"),
            QStringLiteral("Back Ordered"),
            {}}};
        const auto h = deriveHeadline(paidOrder(), w, {}, events, kNow);
        LOCKSTEP_COMPARE_ENUM(h.stage, OrderStage::BackOrdered);
        QCOMPARE(h.shortUnits, 1);
        QCOMPARE(h.orderedUnits, 5);
        QCOMPARE(h.since, utc("2026-11-23T14:20:00Z"));
    }

    void pickingAndPicked()
    {
        LOCKSTEP_COMPARE_ENUM(
            deriveHeadline(paidOrder(), atWarehouse(WmsOrderStatus::Picking), {}, {}, kNow).stage, OrderStage::Picking);
        // Packed with a label, but the carrier has not collected: still waiting for collection.
        const auto h = deriveHeadline(
            paidOrder(), atWarehouse(WmsOrderStatus::PickComplete), {shipment(ShipmentState::Packed)}, {}, kNow);
        LOCKSTEP_COMPARE_ENUM(h.stage, OrderStage::Picked);
        QCOMPARE(h.facility, QStringLiteral("DAL-1"));
        QVERIFY(h.trackingNumber.isEmpty());
    }

    void shippedOnlyOnceCollected()
    {
        const auto h = deriveHeadline(
            paidOrder(), atWarehouse(WmsOrderStatus::ShipComplete), {shipment(ShipmentState::InTransit)}, {}, kNow);
        LOCKSTEP_COMPARE_ENUM(h.stage, OrderStage::Shipped);
        QCOMPARE(h.carrier, QStringLiteral("UPS"));
        QCOMPARE(h.trackingNumber, QStringLiteral("1Z999AA10123456784"));
        QCOMPARE(h.since, utc("2026-11-23T15:00:00Z"));
    }

    void partiallyShipped()
    {
        Shipment s = shipment(ShipmentState::CarrierCollected);
        s.shippedUnits = 3;
        LOCKSTEP_COMPARE_ENUM(
            deriveHeadline(paidOrder(), atWarehouse(WmsOrderStatus::PartiallyShipped), {s}, {}, kNow).stage,
            OrderStage::PartiallyShipped);
    }

    void delivered()
    {
        Shipment voided = shipment(ShipmentState::Voided);
        voided.wmsShipmentId = QStringLiteral("SH-0");
        LOCKSTEP_COMPARE_ENUM(deriveHeadline(paidOrder(),
                                  atWarehouse(WmsOrderStatus::ShipComplete),
                                  {voided, shipment(ShipmentState::Delivered)},
                                  {},
                                  kNow)
                                  .stage,
            OrderStage::Delivered);
    }

    void cancelledBeforeTheWarehouseStarted()
    {
        Order o = paidOrder();
        o.status = QStringLiteral("cancelled");
        LOCKSTEP_COMPARE_ENUM(
            deriveHeadline(o, std::nullopt, {}, {}, kNow).stage, OrderStage::CancelledBeforeWarehouse);
        LOCKSTEP_COMPARE_ENUM(deriveHeadline(o, atWarehouse(WmsOrderStatus::BackOrdered), {}, {}, kNow).stage,
            OrderStage::CancelledBeforeWarehouse);
        LOCKSTEP_COMPARE_ENUM(deriveHeadline(o, atWarehouse(WmsOrderStatus::Canceled), {}, {}, kNow).stage,
            OrderStage::CancelledBeforeWarehouse);
    }

    void cancelledAfterTheCutoff()
    {
        Order o = paidOrder();
        const QList<LifecycleEvent> events{{1,
            1,
            utc("2026-11-23T15:10:00Z"),
            SourceSystem::WooCommerce,
            QStringLiteral("storefront.cancelled"),
            QStringLiteral("Cancelled by the customer"),
            {}}};
        const auto h = deriveHeadline(o, atWarehouse(WmsOrderStatus::Picking), {}, events, kNow);
        LOCKSTEP_COMPARE_ENUM(h.stage, OrderStage::CancelledAfterRelease);
        QCOMPARE(h.since, utc("2026-11-23T15:10:00Z"));
        QCOMPARE(h.ageSeconds, 50 * 60);
    }

    void cancelledByTheWarehouse()
    {
        LOCKSTEP_COMPARE_ENUM(deriveHeadline(paidOrder(), atWarehouse(WmsOrderStatus::Canceled), {}, {}, kNow).stage,
            OrderStage::CancelledInWarehouse);
    }

    void refunded()
    {
        Order o = paidOrder();
        o.paymentState = PaymentState::Refunded;
        LOCKSTEP_COMPARE_ENUM(deriveHeadline(o, std::nullopt, {}, {}, kNow).stage, OrderStage::Refunded);
    }

    void ageIsNeverNegative()
    {
        const auto h = deriveHeadline(paidOrder(), std::nullopt, {}, {}, utc("2026-11-23T13:00:00Z"));
        QCOMPARE(h.ageSeconds, 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderHeadline)
#include "test_order_headline.moc"
