// SPDX-License-Identifier: GPL-3.0-or-later
// Shipment confirmation missing: the carrier collected, the storefront was not told within the SLA.
#include "rules/shipment_confirmation.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::rules;
using lockstep::test::utc;

namespace {

ShipmentFacts collected()
{
    ShipmentFacts f;
    f.orderSubject = QStringLiteral("woocommerce:1042");
    f.orderId = 7;
    f.orderRef = QStringLiteral("1042");
    f.shipment.wmsShipmentId = QStringLiteral("SH-9");
    f.shipment.storefront = SourceSystem::WooCommerce;
    f.shipment.storefrontOrderId = QStringLiteral("1042");
    f.shipment.facility = QStringLiteral("DAL-1");
    f.shipment.carrier = QStringLiteral("UPS");
    f.shipment.trackingNumber = QStringLiteral("1Z999");
    f.shipment.state = ShipmentState::CarrierCollected;
    f.shipment.shippedUnits = 3;
    f.shipment.collectedAt = utc("2026-11-23T09:00:00Z");
    f.confirmation = ConfirmationState::Waiting;
    f.attempts = 2;
    f.lastError = QStringLiteral("HTTP 502");
    return f;
}

} // namespace

class TestShipmentConfirmation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectedAndNotToldPastTheSla()
    {
        const auto r = detectShipmentConfirmationMissing(collected(), RuleSettings{}, utc("2026-11-23T10:30:00Z"));
        QVERIFY(r.has_value());
        LOCKSTEP_COMPARE_ENUM(r->type, ExceptionType::ShipmentConfirmationMissing);
        QCOMPARE(r->subjectKey, QStringLiteral("woocommerce:1042/SH-9"));
        QVERIFY2(r->reason.contains(QLatin1String("UPS collected 3 units of order 1042 (tracking 1Z999) 90 min ago")),
            qPrintable(r->reason));
        QVERIFY(r->reason.contains(QLatin1String("failed 2 times; last error: HTTP 502")));
        QCOMPARE(r->slaDue, utc("2026-11-23T10:00:00Z"));
        QCOMPARE(r->facility, QStringLiteral("DAL-1"));
        QCOMPARE(r->signature, QStringLiteral("confirmation:waiting:woocommerce"));
        LOCKSTEP_COMPARE_ENUM(r->ownerTeam, OwnerTeam::CustomerService);

        ShipmentFacts refused = collected();
        refused.confirmation = ConfirmationState::GaveUp;
        LOCKSTEP_COMPARE_ENUM(
            detectShipmentConfirmationMissing(refused, RuleSettings{}, utc("2026-11-23T10:30:00Z"))->severity,
            Severity::High);
        ShipmentFacts never = collected();
        never.confirmation = ConfirmationState::NotQueued;
        QVERIFY(detectShipmentConfirmationMissing(never, RuleSettings{}, utc("2026-11-23T10:30:00Z"))
                    ->reason.contains(QLatin1String("No shipped message")));
    }

    void notRaised_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("within the SLA") << 0;
        QTest::newRow("storefront told") << 1;
        QTest::newRow("label printed, not collected") << 2;
        QTest::newRow("collected with no units") << 3;
    }

    void notRaised()
    {
        QFETCH(int, variant);
        ShipmentFacts f = collected();
        QDateTime now = utc("2026-11-23T12:00:00Z");
        switch (variant) {
        case 0:
            now = utc("2026-11-23T09:59:00Z");
            break;
        case 1:
            f.confirmation = ConfirmationState::Sent;
            break;
        case 2:
            f.shipment.state = ShipmentState::LabelCreated;
            f.shipment.collectedAt = {};
            f.shipment.updatedAt = utc("2026-11-23T09:00:00Z");
            break;
        case 3:
            f.shipment.shippedUnits = 0;
            break;
        }
        QVERIFY(!detectShipmentConfirmationMissing(f, RuleSettings{}, now).has_value());
    }
};

QTEST_GUILESS_MAIN(TestShipmentConfirmation)
#include "test_shipment_confirmation.moc"
