// SPDX-License-Identifier: GPL-3.0-or-later
// Facility routing failure: an order or a till return no facility takes is held for a person, with the reason
// telling a channel mapped to nothing on purpose from one no mapping names, and one cause per channel.
#include "rules/facility_routing.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::rules;
using lockstep::test::utc;

namespace {

RoutingFacts orderFrom(const char* channel)
{
    RoutingFacts f;
    f.subject = QStringLiteral("woocommerce:1042");
    f.orderId = 7;
    f.orderRef = QStringLiteral("1042");
    f.channel = QString::fromLatin1(channel);
    return f;
}

} // namespace

class TestFacilityRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anOrderFromAChannelNoMappingNamesWaitsForAFacility()
    {
        const ExceptionRecord r =
            facilityRoutingFailure(orderFrom("wholesale"), RuleSettings{}, utc("2026-11-23T10:00:00Z"));
        LOCKSTEP_COMPARE_ENUM(r.type, ExceptionType::FacilityRoutingFailure);
        LOCKSTEP_COMPARE_ENUM(r.severity, Severity::High);
        QCOMPARE(r.subjectKey, QStringLiteral("woocommerce:1042"));
        QCOMPARE(r.orderRef, QStringLiteral("1042"));
        QCOMPARE(r.orderId, 7);
        QCOMPARE(r.signature, QStringLiteral("no-facility:wholesale"));
        QCOMPARE(r.reason,
            QStringLiteral("Order 1042 came from channel \"wholesale\", which maps to no facility, and no default "
                           "facility is set."));
        QVERIFY(r.suggestedAction.startsWith(QLatin1String("Map the channel to a facility in Settings")));
    }

    void aChannelMappedToNothingSaysAPersonRoutesIt()
    {
        RoutingFacts f = orderFrom("marketplace");
        f.mappedToNothing = true;
        const ExceptionRecord r = facilityRoutingFailure(f, RuleSettings{}, utc("2026-11-23T10:00:00Z"));
        QVERIFY2(r.reason.endsWith(QLatin1String("which is mapped to no facility, so a person routes its orders.")),
            qPrintable(r.reason));
        QCOMPARE(r.signature, QStringLiteral("no-facility:marketplace"));
    }

    void aTillReturnAtAnUnmappedStoreSaysTheWarehouseCannotBeTold()
    {
        RoutingFacts f = orderFrom("STORE-09");
        f.kind = RoutingFacts::Kind::TillReturn;
        f.subject = QStringLiteral("square:R-9");
        f.orderRef = QStringLiteral("R-9");
        RuleSettings settings;
        settings.owners.insert(QStringLiteral("facility_routing_failure"), QStringLiteral("finance"));
        const ExceptionRecord r = facilityRoutingFailure(f, settings, utc("2026-11-23T10:00:00Z"));
        QVERIFY2(r.reason.startsWith(QLatin1String("Till return R-9 was taken back at store STORE-09, which maps to no "
                                                   "facility")),
            qPrintable(r.reason));
        QVERIFY(r.suggestedAction.contains(QLatin1String("choose a facility for this return")));
        LOCKSTEP_COMPARE_ENUM(r.ownerTeam, OwnerTeam::Finance);
        // One cause per channel, however many orders it holds.
        QCOMPARE(r.signature, QStringLiteral("no-facility:STORE-09"));
    }
};

QTEST_GUILESS_MAIN(TestFacilityRouting)
#include "test_facility_routing.moc"
