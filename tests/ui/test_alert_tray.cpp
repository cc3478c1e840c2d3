// SPDX-License-Identifier: GPL-3.0-or-later
// The tray shows what it is told: the open counts in its tooltip, in the current language's digits.
#include "alerts/alert_tray.h"

#include <QTest>

using namespace lockstep;

class TestAlertTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooltipCarriesTheCounts()
    {
        ui::AlertTray tray;
        tray.setCounts({{core::ExceptionType::FailedAllocation, 1200},
            {core::ExceptionType::SkuMismatch, 3},
            {core::ExceptionType::InventoryDrift, 2}});
        const QString tip = tray.toolTip();
        QVERIFY2(tip.contains(QStringLiteral("1205")), qPrintable(tip)); // the total, of every queue
        QVERIFY2(tip.contains(QStringLiteral("Failed allocations: 1,200")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("SKU mismatches: 3")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("Stuck pending")), qPrintable(tip)); // empty queues stay out
        // Showing an alert where the desktop has no tray must not fail.
        tray.showAlert({ui::Alert::Kind::Spike, QStringLiteral("Spike"), QStringLiteral("30 new"), std::nullopt});
    }
};

QTEST_MAIN(TestAlertTray)
#include "test_alert_tray.moc"
