// SPDX-License-Identifier: GPL-3.0-or-later
// The WMS status model and the warehouse cutoff for cancellations.
#include "domain/wms_status.h"

#include <QTest>

using namespace lockstep::core;

Q_DECLARE_METATYPE(lockstep::core::CancelScope)

class TestWmsStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancellationWindow_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<CancelScope>("scope");
        for (const char* s : {"Draft", "New", "Hold", "Ready for Fulfillment", "Wave Built", "Back Ordered"})
            QTest::newRow(s) << QString::fromLatin1(s) << CancelScope::WholeOrder;
        QTest::newRow("Partially Released") << QStringLiteral("Partially Released") << CancelScope::BackOrderedOnly;
        for (const char* s : {"Released",
                 "Picking",
                 "Pick Complete",
                 "Partially Staged",
                 "Staged",
                 "Partially Loaded",
                 "Loaded",
                 "Partially Shipped",
                 "Ship Complete",
                 "Canceled"})
            QTest::newRow(s) << QString::fromLatin1(s) << CancelScope::Nothing;
    }

    void cancellationWindow()
    {
        QFETCH(QString, status);
        QFETCH(CancelScope, scope);
        const auto parsed = wmsOrderStatusFromText(status);
        QVERIFY(parsed.has_value());
        QCOMPARE(toWmsText(*parsed), status);
        QVERIFY(cancelScope(*parsed) == scope);
    }

    void parsingIsForgivingButNotLoose()
    {
        QVERIFY(wmsOrderStatusFromText(QStringLiteral("  back   ordered ")) == WmsOrderStatus::BackOrdered);
        QVERIFY(wmsOrderStatusFromText(QStringLiteral("Cancelled")) == WmsOrderStatus::Canceled);
        QVERIFY(!wmsOrderStatusFromText(QStringLiteral("Shipped-ish")).has_value());
        QVERIFY(!wmsOrderStatusFromText(QString()).has_value());
    }

    void acknowledgement()
    {
        QVERIFY(!isAcknowledged(WmsOrderStatus::Draft));
        QVERIFY(isAcknowledged(WmsOrderStatus::New));
        QVERIFY(isAcknowledged(WmsOrderStatus::ShipComplete));
        QVERIFY(!isAcknowledged(WmsOrderStatus::Canceled));
    }
};

QTEST_GUILESS_MAIN(TestWmsStatus)
#include "test_wms_status.moc"
