// SPDX-License-Identifier: GPL-3.0-or-later
// The one type that makes and reads what an exception is about: each form round-trips, a shipment leads to its
// order, and text of no known form stays as it was.
#include "domain/subject_key.h"

#include <QTest>

using namespace lockstep::core;

class TestSubjectKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormIsReadBackAsItWasMade_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("order") << QStringLiteral("woocommerce:1042") << int(SubjectKey::Kind::Order);
        QTest::newRow("commercetools order")
            << QStringLiteral("commercetools:6c1f1a0e-2d4b-4c4f-9d7e-1b2f3a4c5d6e") << int(SubjectKey::Kind::Order);
        QTest::newRow("shipment") << QStringLiteral("woocommerce:1042/SH-9") << int(SubjectKey::Kind::Shipment);
        QTest::newRow("sku") << QStringLiteral("sku:woocommerce:GC-25") << int(SubjectKey::Kind::Sku);
        QTest::newRow("sku with a colon") << QStringLiteral("sku:commercetools:TEE:M") << int(SubjectKey::Kind::Sku);
        QTest::newRow("stock") << QStringLiteral("stock:woocommerce:MUG-WHT") << int(SubjectKey::Kind::Stock);
        QTest::newRow("bundle") << QStringLiteral("bundle:GIFTBOX-3") << int(SubjectKey::Kind::Bundle);
        QTest::newRow("other") << QStringLiteral("demo:failed_allocation:3") << int(SubjectKey::Kind::Other);
        QTest::newRow("no storefront") << QStringLiteral("sku:MUG-WHT") << int(SubjectKey::Kind::Other);
    }

    void everyFormIsReadBackAsItWasMade()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const SubjectKey key = SubjectKey::parse(text);
        QCOMPARE(int(key.kind()), kind);
        QCOMPARE(key.toString(), text);
    }

    void theMakersWriteTheFormsTheStoreHolds()
    {
        QCOMPARE(SubjectKey::order(SourceSystem::WooCommerce, QStringLiteral("1042")).toString(),
            QStringLiteral("woocommerce:1042"));
        QCOMPARE(
            SubjectKey::shipment(SourceSystem::WooCommerce, QStringLiteral("1042"), QStringLiteral("SH-9")).toString(),
            QStringLiteral("woocommerce:1042/SH-9"));
        QCOMPARE(SubjectKey::sku(SourceSystem::Commercetools, QStringLiteral("GC-25")).toString(),
            QStringLiteral("sku:commercetools:GC-25"));
        QCOMPARE(SubjectKey::stock(SourceSystem::WooCommerce, QStringLiteral("MUG")).toString(),
            QStringLiteral("stock:woocommerce:MUG"));
        QCOMPARE(SubjectKey::bundle(QStringLiteral("KIT-1")).toString(), QStringLiteral("bundle:KIT-1"));
        // The prefix of every key of a kind for one storefront, as the detectors clear what they no longer find.
        QCOMPARE(SubjectKey::stock(SourceSystem::WooCommerce, {}).toString(), QStringLiteral("stock:woocommerce:"));
    }

    void aShipmentLeadsToItsOrder()
    {
        const SubjectKey shipment = SubjectKey::parse(QStringLiteral("woocommerce:1042/SH-9"));
        QVERIFY(shipment.isAboutAnOrder());
        QCOMPARE(shipment.orderId(), QStringLiteral("1042"));
        QCOMPARE(shipment.shipmentId(), QStringLiteral("SH-9"));
        QCOMPARE(shipment.storefront(), std::optional(SourceSystem::WooCommerce));
        QCOMPARE(shipment.orderKey().toString(), QStringLiteral("woocommerce:1042"));
        QCOMPARE(shipment.orderKey(), SubjectKey::parse(QStringLiteral("woocommerce:1042")));

        const SubjectKey sku = SubjectKey::parse(QStringLiteral("sku:woocommerce:GC-25"));
        QVERIFY(!sku.isAboutAnOrder());
        QCOMPARE(sku.sku(), QStringLiteral("GC-25"));
        QVERIFY(sku.orderKey().toString().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSubjectKey)
#include "test_subject_key.moc"
