// SPDX-License-Identifier: GPL-3.0-or-later
// SKU mismatch variants over storefront listings and the item master: duplicate SKU across products, a
// variation showing its parent's SKU, a bundle component missing; and the cause line with its count.
#include "rules/sku_mismatch.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::rules;
using lockstep::test::utc;

namespace {

StorefrontProduct listing(const char* id, const char* parent, const char* sku, const char* name)
{
    return {SourceSystem::WooCommerce,
        QString::fromLatin1(id),
        QString::fromLatin1(parent),
        QString::fromLatin1(sku),
        QString::fromLatin1(name)};
}

} // namespace

class TestSkuMismatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicateSkuAcrossProducts()
    {
        const auto found = detectListingSkuProblems({listing("11", "", "LS-1001", "Linen shirt"),
                                                        listing("12", "", "LS-1001", "Linen shirt (sale)"),
                                                        listing("13", "", "MUG-WHT", "Mug")},
            RuleSettings{},
            utc("2026-11-23T10:00:00Z"));
        QCOMPARE(found.size(), 1);
        const ExceptionRecord& r = found.constFirst();
        LOCKSTEP_COMPARE_ENUM(r.type, ExceptionType::SkuMismatch);
        QCOMPARE(r.subjectKey, QStringLiteral("sku:woocommerce:LS-1001"));
        QCOMPARE(r.signature, QStringLiteral("sku-duplicate:LS-1001"));
        QVERIFY2(r.reason.contains(
                     QLatin1String("SKU LS-1001 is used by 2 products: Linen shirt (11), Linen shirt (sale) (12)")),
            qPrintable(r.reason));
        LOCKSTEP_COMPARE_ENUM(r.ownerTeam, OwnerTeam::ECommerce);
    }

    void variationSharingItsParentsSku()
    {
        const auto found = detectListingSkuProblems({listing("20", "", "BEANIE", "Beanie"),
                                                        listing("21", "20", "BEANIE-RED", "Beanie - Red"),
                                                        listing("22", "20", "BEANIE", "Beanie - Navy")},
            RuleSettings{},
            utc("2026-11-23T10:00:00Z"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().signature, QStringLiteral("sku-variation-parent:BEANIE"));
        QVERIFY2(found.constFirst().reason.contains(
                     QLatin1String("1 variation shows its parent's SKU BEANIE instead of its own: Beanie - Navy (22)")),
            qPrintable(found.constFirst().reason));
    }

    void cleanListingsRaiseNothing()
    {
        // Variations of one product with their own SKUs; the product's SKU on itself only.
        QVERIFY(detectListingSkuProblems({listing("20", "", "BEANIE", "Beanie"),
                                             listing("21", "20", "BEANIE-RED", "Beanie - Red"),
                                             listing("22", "20", "BEANIE-NVY", "Beanie - Navy"),
                                             listing("30", "", "", "No SKU yet")},
            RuleSettings{},
            {})
                    .isEmpty());
    }

    void bundleComponentMissing()
    {
        const Item box{QStringLiteral("1"),
            QStringLiteral("GIFTBOX-3"),
            {},
            true,
            {{QStringLiteral("MUG-WHT"), 1}, {QStringLiteral("TEA-GHOST"), 2}}};
        const Item duo{QStringLiteral("2"), QStringLiteral("DUO"), {}, true, {{QStringLiteral("MUG-WHT"), 2}}};
        const QSet<QString> master{QStringLiteral("MUG-WHT"), QStringLiteral("GIFTBOX-3"), QStringLiteral("DUO")};
        const auto found =
            detectMissingBundleComponents({box, duo}, master, RuleSettings{}, utc("2026-11-23T10:00:00Z"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().subjectKey, QStringLiteral("bundle:GIFTBOX-3"));
        QCOMPARE(found.constFirst().signature, QStringLiteral("bundle-component-missing:TEA-GHOST"));
        QVERIFY(found.constFirst().reason.contains(
            QLatin1String("Bundle GIFTBOX-3 needs TEA-GHOST, which is not in the WMS item master")));
        QVERIFY(detectMissingBundleComponents({duo}, master, RuleSettings{}, {}).isEmpty());
    }

    void anOrderWithAnUnknownSkuIsHeldWithOneCausePerSku()
    {
        MissingItemFacts f;
        f.subject = QStringLiteral("woocommerce:1042");
        f.orderId = 7;
        f.orderRef = QStringLiteral("1042");
        f.missing = {QStringLiteral("TEA-GHOST"), QStringLiteral("MUG-RED")};
        f.firstMissingSku = QStringLiteral("TEA-GHOST");
        f.facility = QStringLiteral("DAL-1");
        RuleSettings settings;
        settings.owners.insert(QStringLiteral("sku_mismatch"), QStringLiteral("finance"));
        const ExceptionRecord order = missingItems(f, settings, utc("2026-11-23T10:00:00Z"));
        LOCKSTEP_COMPARE_ENUM(order.type, ExceptionType::SkuMismatch);
        QCOMPARE(order.subjectKey, QStringLiteral("woocommerce:1042"));
        QCOMPARE(order.reason,
            QStringLiteral(
                "Order 1042 cannot go to the warehouse: SKU TEA-GHOST, MUG-RED is not in the WMS item master."));
        QVERIFY(order.suggestedAction.startsWith(QLatin1String("Map the storefront SKU to a WMS item (Edit)")));
        QCOMPARE(order.sku, QStringLiteral("TEA-GHOST"));
        QCOMPARE(order.facility, QStringLiteral("DAL-1"));
        QCOMPARE(order.orderId, 7);
        LOCKSTEP_COMPARE_ENUM(order.ownerTeam, OwnerTeam::Finance);
        // Another order waiting for the same item is the same cause; a till return names its store.
        f.subject = QStringLiteral("square:R-9");
        f.orderRef = QStringLiteral("R-9");
        f.tillReturn = true;
        f.store = QStringLiteral("STORE-02");
        const ExceptionRecord till = missingItems(f, settings, utc("2026-11-23T10:00:00Z"));
        QCOMPARE(till.signature, order.signature);
        QCOMPARE(till.signature, missingSkuSignature(QStringLiteral("TEA-GHOST")));
        QVERIFY2(till.reason.startsWith(QLatin1String("Till return R-9 at store STORE-02 cannot go to the warehouse")),
            qPrintable(till.reason));
        QVERIFY(till.suggestedAction.startsWith(QLatin1String("Map the till SKU")));
    }
};

QTEST_GUILESS_MAIN(TestSkuMismatch)
#include "test_sku_mismatch.moc"
