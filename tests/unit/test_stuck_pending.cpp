// SPDX-License-Identifier: GPL-3.0-or-later
// Stuck pending orders: paid but not acknowledged by the WMS within its SLA, storefront behind the warehouse,
// and payment pending beyond its SLA; and the cases that must not raise.
#include "rules/stuck_pending.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::rules;
using lockstep::test::utc;

namespace {

PendingOrderFacts paidOrder()
{
    PendingOrderFacts f;
    f.subject = QStringLiteral("woocommerce:1042");
    f.orderId = 7;
    f.orderRef = QStringLiteral("1042");
    f.storefrontStatus = QStringLiteral("processing");
    f.payment = PaymentState::Paid;
    f.createdAt = utc("2026-11-23T09:00:00Z");
    f.paidAt = utc("2026-11-23T09:05:00Z");
    f.createQueued = true;
    return f;
}

RuleSettings settings()
{
    RuleSettings s;
    s.wmsAcknowledgeMinutes = 30;
    s.paymentPendingMinutes = 120;
    return s;
}

} // namespace

class TestStuckPending : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paidAndNotAcknowledgedPastTheSla()
    {
        PendingOrderFacts f = paidOrder();
        f.sendAttempts = 3;
        f.lastSendError = QStringLiteral("HTTP 503: WMS create for 1042");
        const auto r = detectStuckPending(f, settings(), utc("2026-11-23T10:40:00Z"));
        QVERIFY(r.has_value());
        LOCKSTEP_COMPARE_ENUM(r->type, ExceptionType::StuckPending);
        QCOMPARE(r->subjectKey, QStringLiteral("woocommerce:1042"));
        QCOMPARE(r->orderId, qint64(7));
        QVERIFY2(r->reason.contains(QLatin1String("Order 1042 was paid 95 min ago")), qPrintable(r->reason));
        QVERIFY(r->reason.contains(QLatin1String("SLA 30 min")));
        QVERIFY(r->reason.contains(QLatin1String("failed 3 times")));
        QVERIFY(r->reason.contains(QLatin1String("HTTP 503")));
        QCOMPARE(r->slaDue, utc("2026-11-23T09:35:00Z"));
        QCOMPARE(r->cutoffAt, r->slaDue);
        LOCKSTEP_COMPARE_ENUM(r->ownerTeam, OwnerTeam::CustomerService);
        LOCKSTEP_COMPARE_ENUM(r->severity, Severity::High);
        QVERIFY(!r->suggestedAction.isEmpty());
        // The signature drops the order's own details: one outage is one cause.
        PendingOrderFacts other = f;
        other.subject = QStringLiteral("woocommerce:1043");
        other.lastSendError = QStringLiteral("HTTP 503: WMS create for 1043");
        QCOMPARE(detectStuckPending(other, settings(), utc("2026-11-23T10:40:00Z"))->signature, r->signature);
    }

    void sendGivenUpWaitsForARetry()
    {
        PendingOrderFacts f = paidOrder();
        f.createGivenUp = true;
        f.sendAttempts = 1;
        f.lastSendError =
            QStringLiteral("GET http://127.0.0.1:4242/latest/orders/salesOrders?customer_order_number=1042: "
                           "circuit open after 5 consecutive failures");
        const auto r = detectStuckPending(f, settings(), utc("2026-11-23T10:40:00Z"));
        QVERIFY(r.has_value());
        QVERIFY2(r->reason.contains(QLatin1String("given up after 1 attempt and waits for a retry; last error: GET")),
            qPrintable(r->reason));
        // URLs and numbers are not part of the cause.
        QCOMPARE(r->signature,
            QStringLiteral("not-acknowledged:given-up:get <url> circuit open after # consecutive failures"));
        // Sent, but not yet seen at the warehouse: a different cause.
        f.createGivenUp = false;
        f.createSent = true;
        QCOMPARE(detectStuckPending(f, settings(), utc("2026-11-23T10:40:00Z"))->signature,
            QStringLiteral("not-acknowledged:sent-not-seen"));
    }

    void notRaised_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("within the SLA") << 0;
        QTest::newRow("acknowledged by the WMS") << 1;
        QTest::newRow("held by a SKU exception") << 2;
        QTest::newRow("cancelled in the storefront, never sent") << 3;
        QTest::newRow("completed in the storefront") << 4;
        QTest::newRow("payment pending within its SLA") << 5;
    }

    void notRaised()
    {
        QFETCH(int, variant);
        PendingOrderFacts f = paidOrder();
        QDateTime now = utc("2026-11-23T11:00:00Z");
        switch (variant) {
        case 0:
            now = utc("2026-11-23T09:30:00Z");
            break;
        case 1:
            f.wmsStatus = WmsOrderStatus::ReadyForFulfillment;
            f.wmsUpdatedAt = utc("2026-11-23T09:10:00Z");
            break;
        case 2:
            f.heldByException = true;
            break;
        case 3:
            f.storefrontStatus = QStringLiteral("cancelled");
            break;
        case 4:
            f.storefrontStatus = QStringLiteral("completed");
            break;
        case 5:
            f.payment = PaymentState::Pending;
            f.storefrontStatus = QStringLiteral("on-hold");
            break;
        }
        QVERIFY(!detectStuckPending(f, settings(), now).has_value());
    }

    void storefrontBehindTheWarehouse()
    {
        PendingOrderFacts f = paidOrder();
        f.wmsStatus = WmsOrderStatus::Canceled;
        f.wmsUpdatedAt = utc("2026-11-23T10:00:00Z");
        f.facility = QStringLiteral("DAL-1");
        QVERIFY(!detectStuckPending(f, settings(), utc("2026-11-23T10:20:00Z")).has_value()); // within the SLA
        const auto r = detectStuckPending(f, settings(), utc("2026-11-23T11:00:00Z"));
        QVERIFY(r.has_value());
        QVERIFY2(r->reason.contains(QLatin1String("Canceled at the warehouse (DAL-1)")), qPrintable(r->reason));
        QVERIFY(r->reason.contains(QLatin1String("\"processing\"")));
        QCOMPARE(r->signature, QStringLiteral("storefront-behind:Canceled"));
        // Once the storefront follows, nothing.
        f.storefrontStatus = QStringLiteral("cancelled");
        QVERIFY(!detectStuckPending(f, settings(), utc("2026-11-23T11:00:00Z")).has_value());
        // Shipped at the warehouse, storefront still processing.
        f = paidOrder();
        f.wmsStatus = WmsOrderStatus::ShipComplete;
        f.wmsUpdatedAt = utc("2026-11-23T10:00:00Z");
        QCOMPARE(detectStuckPending(f, settings(), utc("2026-11-23T11:00:00Z"))->signature,
            QStringLiteral("storefront-behind:Ship Complete"));
        f.storefrontStatus = QStringLiteral("completed");
        QVERIFY(!detectStuckPending(f, settings(), utc("2026-11-23T11:00:00Z")).has_value());
    }

    void paymentPendingPastItsSla()
    {
        PendingOrderFacts f = paidOrder();
        f.payment = PaymentState::Pending;
        f.paidAt = {};
        f.storefrontStatus = QStringLiteral("on-hold");
        const auto r = detectStuckPending(f, settings(), utc("2026-11-23T12:00:00Z"));
        QVERIFY(r.has_value());
        LOCKSTEP_COMPARE_ENUM(r->severity, Severity::Low);
        QVERIFY2(r->reason.contains(QLatin1String("placed 3 h 0 min ago")), qPrintable(r->reason));
        QVERIFY(r->reason.contains(QLatin1String("\"on-hold\"")));
        QCOMPARE(r->signature, QStringLiteral("awaiting-payment:on-hold"));
        QCOMPARE(r->slaDue, utc("2026-11-23T11:00:00Z"));
    }

    void ownerComesFromTheConfiguredTable()
    {
        RuleSettings s = settings();
        s.owners.insert(QStringLiteral("stuck_pending"), QStringLiteral("operations"));
        LOCKSTEP_COMPARE_ENUM(
            detectStuckPending(paidOrder(), s, utc("2026-11-23T11:00:00Z"))->ownerTeam, OwnerTeam::Operations);
    }
};

QTEST_GUILESS_MAIN(TestStuckPending)
#include "test_stuck_pending.moc"
