// SPDX-License-Identifier: GPL-3.0-or-later
// Order totals mismatch: storefront vs WMS order value beyond a tolerance, with the breakdown.
#include "rules/totals_mismatch.h"
#include "support.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace lockstep::core;
using namespace lockstep::core::rules;
using lockstep::test::utc;

namespace {

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, QStringLiteral("EUR"));
}

/// Items 50.00, discount 5.00, shipping 4.95, tax 9.99, a gift-wrapping fee 2.50: total 62.44.
TotalsFacts withFee(qint64 wmsMinor)
{
    TotalsFacts f;
    f.subject = QStringLiteral("woocommerce:1042");
    f.orderId = 7;
    f.orderRef = QStringLiteral("1042");
    f.facility = QStringLiteral("DAL-1");
    f.storefront = {eur(5000), eur(500), eur(495), eur(999), eur(6244)};
    f.wmsTotal = eur(wmsMinor);
    return f;
}

} // namespace

class TestTotalsMismatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feeMissingAtTheWarehouse()
    {
        const auto r = detectTotalsMismatch(withFee(5994), RuleSettings{}, utc("2026-11-23T10:00:00Z"));
        QVERIFY(r.has_value());
        LOCKSTEP_COMPARE_ENUM(r->type, ExceptionType::TotalsMismatch);
        LOCKSTEP_COMPARE_ENUM(r->ownerTeam, OwnerTeam::Finance);
        QVERIFY2(r->reason.contains(
                     QLatin1String("Order 1042 is worth 62.44 EUR in the storefront but 59.94 EUR at the warehouse "
                                   "(difference 2.50 EUR)")),
            qPrintable(r->reason));
        QVERIFY(r->reason.contains(
            QLatin1String("items 50.00 EUR, discount -5.00 EUR, shipping 4.95 EUR, tax 9.99 EUR, other 2.50 EUR")));
        QCOMPARE(r->signature, QStringLiteral("totals:fees"));
        const auto payload = nlohmann::json::parse(r->payload.toStdString());
        QCOMPARE(payload["difference"].get<qint64>(), qint64(250));
        QCOMPARE(payload["storefront"]["other"].get<qint64>(), qint64(250));
        QCOMPARE(payload["wms"]["total"].get<qint64>(), qint64(5994));
    }

    void partThatExplainsIt()
    {
        QCOMPARE(detectTotalsMismatch(withFee(6244 - 495), RuleSettings{}, {})->signature,
            QStringLiteral("totals:shipping"));
        QCOMPARE(
            detectTotalsMismatch(withFee(6244 - 999), RuleSettings{}, {})->signature, QStringLiteral("totals:tax"));
        QCOMPARE(detectTotalsMismatch(withFee(6244 + 500), RuleSettings{}, {})->signature,
            QStringLiteral("totals:discount"));
        QCOMPARE(
            detectTotalsMismatch(withFee(1000), RuleSettings{}, {})->signature, QStringLiteral("totals:unexplained"));
    }

    void notRaised()
    {
        QVERIFY(!detectTotalsMismatch(withFee(6244), RuleSettings{}, {}).has_value()); // equal
        QVERIFY(!detectTotalsMismatch(withFee(6243), RuleSettings{}, {}).has_value()); // within the 1-cent tolerance
        QVERIFY(!detectTotalsMismatch(withFee(0), RuleSettings{}, {}).has_value()); // WMS value unknown
        TotalsFacts usd = withFee(100);
        usd.wmsTotal = Money::fromMinor(100, QStringLiteral("USD"));
        QVERIFY(!detectTotalsMismatch(usd, RuleSettings{}, {}).has_value()); // not comparable
        RuleSettings loose;
        loose.totalsToleranceMinor = 300;
        QVERIFY(!detectTotalsMismatch(withFee(5994), loose, {}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTotalsMismatch)
#include "test_totals_mismatch.moc"
