// SPDX-License-Identifier: GPL-3.0-or-later
// The self-test panel on the offscreen platform, on its own (Settings embeds it): it runs the checks off the UI
// thread against the in-process sandbox, shows one row per check with the cause and remedy of a failure, and runs
// again on request.
#include "config/config.h"
#include "settings/self_test_panel.h"
#include "sim/sandbox.h"
#include "sim/scenario.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;
using core::engine::SelfTestResult;

class TestSelfTestPanel : public QObject
{
    Q_OBJECT

private:
    core::sim::Sandbox m_sandbox;
    QTemporaryDir m_dir;

    core::engine::SelfTestSetup setup() const
    {
        auto load = core::engine::parseConfig(
            QByteArray::fromStdString(m_sandbox.endpoints().toConfigJson(QStringLiteral("demo")).dump()));
        core::engine::SelfTestSetup s;
        s.databasePath = m_dir.filePath(QStringLiteral("panel.sqlite"));
        s.config = load.config;
        s.httpTimeout = std::chrono::milliseconds(3000);
        return s;
    }

    static int rowOf(const QTableWidget* table, const QString& name)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toString() == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto scenario = core::sim::loadScenario(QStringLiteral("demo"));
        QVERIFY(scenario.ok());
        core::sim::Scenario quiet = scenario.value();
        quiet.speed = 0;
        quiet.faults = {};
        quiet.faultsBySystem.clear();
        QVERIFY(m_sandbox.start(quiet).ok());
    }

    void runsTheChecksAndShowsOneRowEach()
    {
        ui::SelfTestPanel panel;
        panel.setSetup(setup(), nullptr);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.runButton()->text(), QStringLiteral("Run checks"));
        QSignalSpy finished(&panel, &ui::SelfTestPanel::checksFinished);

        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        // The click returns at once: the checks run in the panel's thread while the window stays live.
        QVERIFY(panel.isRunning());
        QVERIFY(!panel.runButton()->isEnabled());
        QCOMPARE(panel.summaryLabel()->text(), QStringLiteral("Checking…"));
        panel.runChecks(); // a second request while running is ignored

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!panel.isRunning());
        QVERIFY(panel.runButton()->isEnabled());
        QCOMPARE(panel.runButton()->text(), QStringLiteral("Run again"));
        QTableWidget* table = panel.table();
        QCOMPARE(table->rowCount(), 7);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString result = table->item(row, 1)->text();
            QVERIFY2(result == QStringLiteral("OK") || result == QStringLiteral("Not needed"),
                qPrintable(table->item(row, 0)->text() + QStringLiteral(": ") + table->item(row, 2)->text()));
        }
        QCOMPARE(table->item(rowOf(table, QStringLiteral("connector.woocommerce")), 0)->text(),
            QStringLiteral("Connection to WooCommerce"));
        QCOMPARE(panel.summaryLabel()->text(), QStringLiteral("All checks passed."));
    }

    void aFailureShowsItsCauseAndRemedyAndRunAgainSeesTheFix()
    {
        core::sim::FaultProfile broken;
        broken.serverErrorRate = 1.0;
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, broken);
        ui::SelfTestPanel panel;
        panel.setSetup(setup(), nullptr);
        panel.show();
        QSignalSpy finished(&panel, &ui::SelfTestPanel::checksFinished);
        panel.runChecks();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

        QTableWidget* table = panel.table();
        const int wms = rowOf(table, QStringLiteral("connector.wms"));
        QVERIFY(wms >= 0);
        QCOMPARE(table->item(wms, 0)->text(), QStringLiteral("Connection to the warehouse (Deposco)"));
        QCOMPARE(table->item(wms, 1)->text(), QStringLiteral("Failed"));
        QVERIFY2(table->item(wms, 2)->text().contains(QStringLiteral("server error (HTTP 5")),
            qPrintable(table->item(wms, 2)->text()));
        QVERIFY(table->item(wms, 2)->text().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(table->item(wms, 3)->text().contains(QStringLiteral("try again later")));
        QCOMPARE(panel.summaryLabel()->text(), QStringLiteral("1 check(s) failed."));

        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, core::sim::FaultProfile{});
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(table->item(rowOf(table, QStringLiteral("connector.wms")), 1)->text(), QStringLiteral("OK"));
        QCOMPARE(panel.summaryLabel()->text(), QStringLiteral("All checks passed."));
    }

    void closingThePanelDuringARunIsSafe()
    {
        core::sim::FaultProfile silent;
        silent.timeoutRate = 1.0;
        silent.timeoutHoldMs = 3000;
        m_sandbox.setFaultProfile(core::sim::SimSystem::Pos, silent);
        {
            ui::SelfTestPanel panel;
            panel.setSetup(setup(), nullptr);
            panel.runChecks();
            QVERIFY(panel.isRunning());
        } // destroyed while the POS call waits: the worker stops, nothing is delivered to a dead panel
        m_sandbox.setFaultProfile(core::sim::SimSystem::Pos, core::sim::FaultProfile{});
    }
};

QTEST_MAIN(TestSelfTestPanel)
#include "test_self_test_panel.moc"
