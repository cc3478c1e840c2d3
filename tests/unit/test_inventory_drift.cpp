// SPDX-License-Identifier: GPL-3.0-or-later
// Inventory drift: the storefront's stock differs from what Lockstep last pushed.
#include "rules/inventory_drift.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::rules;
using lockstep::test::utc;

class TestInventoryDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storefrontAboveWhatWasPushed()
    {
        const StockFacts f{SourceSystem::WooCommerce, QStringLiteral("MUG-WHT"), 12, utc("2026-11-23T09:00:00Z"), 20};
        const auto r = detectInventoryDrift(f, RuleSettings{}, utc("2026-11-23T10:00:00Z"));
        QVERIFY(r.has_value());
        LOCKSTEP_COMPARE_ENUM(r->type, ExceptionType::InventoryDrift);
        QCOMPARE(r->subjectKey, QStringLiteral("stock:woocommerce:MUG-WHT"));
        QCOMPARE(r->sku, QStringLiteral("MUG-WHT"));
        QVERIFY2(r->reason.contains(QLatin1String(
                     "woocommerce shows 20 units of MUG-WHT, but Lockstep last pushed 12 (60 min ago): 8 units more")),
            qPrintable(r->reason));
        LOCKSTEP_COMPARE_ENUM(r->severity, Severity::High);
        QCOMPARE(r->signature, QStringLiteral("drift:woocommerce:over"));
        LOCKSTEP_COMPARE_ENUM(r->ownerTeam, OwnerTeam::ECommerce);
    }

    void storefrontBelow()
    {
        const StockFacts f{SourceSystem::Commercetools, QStringLiteral("MUG-WHT"), 12, {}, 10};
        const auto r = detectInventoryDrift(f, RuleSettings{}, utc("2026-11-23T10:00:00Z"));
        QVERIFY(r.has_value());
        LOCKSTEP_COMPARE_ENUM(r->severity, Severity::Medium);
        QCOMPARE(r->signature, QStringLiteral("drift:commercetools:under"));
        // English counts read as English: "1 unit", never "1 unit(s)".
        const auto one = detectInventoryDrift({SourceSystem::Commercetools, QStringLiteral("MUG-WHT"), 2, {}, 1},
            RuleSettings{},
            utc("2026-11-23T10:00:00Z"));
        QVERIFY(one.has_value());
        QVERIFY2(one->reason.contains(QLatin1String("commercetools shows 1 unit of MUG-WHT")), qPrintable(one->reason));
        QVERIFY2(one->reason.contains(QLatin1String("(unknown time ago): 1 unit fewer")), qPrintable(one->reason));
    }

    void salesSinceThePushAreExpected()
    {
        StockFacts f{SourceSystem::WooCommerce, QStringLiteral("MUG-WHT"), 12, utc("2026-11-23T09:00:00Z"), 9};
        f.soldSincePush = 3;
        QVERIFY(!detectInventoryDrift(f, RuleSettings{}, utc("2026-11-23T10:00:00Z")).has_value());
        f.soldSincePush = 1;
        const auto r = detectInventoryDrift(f, RuleSettings{}, utc("2026-11-23T10:00:00Z"));
        QVERIFY(r.has_value());
        QVERIFY2(r->reason.contains(QLatin1String("less 1 unit sold there since, so 11 expected: 2 units fewer")),
            qPrintable(r->reason));
        QVERIFY2(r->payload.contains(QLatin1String("\"expected\":11")), qPrintable(r->payload));
    }

    void notRaised()
    {
        QVERIFY(!detectInventoryDrift({SourceSystem::WooCommerce, QStringLiteral("A"), 5, {}, 5}, RuleSettings{}, {})
                     .has_value());
        RuleSettings tolerant;
        tolerant.driftToleranceUnits = 2;
        QVERIFY(!detectInventoryDrift({SourceSystem::WooCommerce, QStringLiteral("A"), 5, {}, 7}, tolerant, {})
                     .has_value());
        QVERIFY(
            detectInventoryDrift({SourceSystem::WooCommerce, QStringLiteral("A"), 5, {}, 8}, tolerant, {}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestInventoryDrift)
#include "test_inventory_drift.moc"
