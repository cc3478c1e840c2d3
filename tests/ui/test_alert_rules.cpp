// SPDX-License-Identifier: GPL-3.0-or-later
// The tray's decisions without a tray: a new cause is announced once, a spike at most once per cooldown, a
// backlog near the warehouse cutoff is flagged, and a connector that stopped syncing is flagged once until it
// syncs again. What is already open at start is not news.
#include "alerts/alert_rules.h"

#include <QTest>

using namespace lockstep;
using core::ExceptionType;
using ui::Alert;
using ui::AlertRules;
using ui::AlertSnapshot;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

AlertSnapshot snapshot(qint64 secondsFromStart, qint64 openFailedAllocations, QList<AlertSnapshot::Cause> causes = {})
{
    AlertSnapshot s;
    s.at = kStart.addSecs(secondsFromStart);
    s.openCounts.insert(ExceptionType::FailedAllocation, openFailedAllocations);
    s.causes = std::move(causes);
    return s;
}

AlertSnapshot::Cause cause(const char* signature, qint64 count = 1)
{
    return {ExceptionType::FailedAllocation, QString::fromLatin1(signature), count};
}

int countOf(const QList<Alert>& alerts, Alert::Kind kind)
{
    return static_cast<int>(
        std::count_if(alerts.begin(), alerts.end(), [kind](const Alert& a) { return a.kind == kind; }));
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCauseIsAnnouncedOnce()
    {
        AlertRules rules;
        // Baseline: already open at start, not news.
        QVERIFY(rules.evaluate(snapshot(0, 3, {cause("no stock at {facility}", 3)})).isEmpty());

        const auto first =
            rules.evaluate(snapshot(30, 4, {cause("no stock at {facility}", 3), cause("facility closed")}));
        QCOMPARE(countOf(first, Alert::Kind::NewCause), 1);
        const Alert& a = first.constFirst();
        QVERIFY2(a.message.contains(QStringLiteral("facility closed")), qPrintable(a.message));
        QVERIFY(a.queue == ExceptionType::FailedAllocation);

        // Seen again, gone, and back: still the same cause, never announced twice.
        QCOMPARE(
            countOf(rules.evaluate(snapshot(60, 4, {cause("no stock at {facility}", 3), cause("facility closed")})),
                Alert::Kind::NewCause),
            0);
        QCOMPARE(
            countOf(rules.evaluate(snapshot(90, 3, {cause("no stock at {facility}", 3)})), Alert::Kind::NewCause), 0);
        QCOMPARE(
            countOf(rules.evaluate(snapshot(120, 4, {cause("no stock at {facility}", 3), cause("facility closed")})),
                Alert::Kind::NewCause),
            0);
    }

    void manyNewCausesAtOnceAreOneNotification()
    {
        AlertRules rules;
        rules.evaluate(snapshot(0, 0));
        const auto alerts =
            rules.evaluate(snapshot(30, 5, {cause("a"), cause("b"), cause("c"), cause("d"), cause("e")}));
        QCOMPARE(countOf(alerts, Alert::Kind::NewCause), 1);
        QVERIFY2(alerts.constFirst().title.contains(QStringLiteral("5")), qPrintable(alerts.constFirst().title));
    }

    void spikeIsRateLimited()
    {
        ui::AlertPolicy policy;
        policy.spikeCount = 20;
        policy.spikeWindowSeconds = 600;
        policy.cooldownSeconds = 900;
        AlertRules rules(policy);
        rules.evaluate(snapshot(0, 100));

        // 10 + 10 within ten minutes: a spike on the second step.
        QCOMPARE(countOf(rules.evaluate(snapshot(60, 110)), Alert::Kind::Spike), 0);
        const auto spike = rules.evaluate(snapshot(120, 120));
        QCOMPARE(countOf(spike, Alert::Kind::Spike), 1);
        QVERIFY2(spike.constFirst().message.contains(QStringLiteral("20")), qPrintable(spike.constFirst().message));

        // Another burst during the cooldown stays quiet ...
        QCOMPARE(countOf(rules.evaluate(snapshot(300, 160)), Alert::Kind::Spike), 0);
        QCOMPARE(countOf(rules.evaluate(snapshot(600, 200)), Alert::Kind::Spike), 0);
        // ... and one after it is announced again.
        QCOMPARE(countOf(rules.evaluate(snapshot(1100, 240)), Alert::Kind::Spike), 1);

        // Slow growth spread beyond the window is no spike.
        AlertRules slow(policy);
        slow.evaluate(snapshot(0, 0));
        for (int i = 1; i <= 10; ++i)
            QCOMPARE(countOf(slow.evaluate(snapshot(i * 400, i * 5)), Alert::Kind::Spike), 0);
    }

    void backlogNearTheCutoffIsFlagged()
    {
        AlertRules rules;
        rules.evaluate(snapshot(0, 0));
        AlertSnapshot s = snapshot(60, 3);
        s.nearCutoff = 3;
        s.firstCutoff = s.at.addSecs(25 * 60);
        const auto alerts = rules.evaluate(s);
        QCOMPARE(countOf(alerts, Alert::Kind::Cutoff), 1);
        QVERIFY2(alerts.constFirst().message.contains(QStringLiteral("3 open exception")),
            qPrintable(alerts.constFirst().message));
        s.at = s.at.addSecs(120);
        QCOMPARE(countOf(rules.evaluate(s), Alert::Kind::Cutoff), 0); // rate-limited
    }

    void stoppedConnectorIsFlaggedOnceUntilItSyncsAgain()
    {
        ui::AlertPolicy policy;
        policy.stoppedAfterSeconds = 900;
        AlertRules rules(policy);
        rules.setConnectorSync(QStringLiteral("deposco"), kStart, kStart);
        rules.setConnectorSync(QStringLiteral("woocommerce"), kStart, kStart);
        QVERIFY(rules.evaluateConnectors(kStart.addSecs(600)).isEmpty());

        rules.setConnectorSync(QStringLiteral("woocommerce"), kStart.addSecs(800), kStart.addSecs(800));
        const auto stopped = rules.evaluateConnectors(kStart.addSecs(1000));
        QCOMPARE(stopped.size(), 1);
        QVERIFY(stopped.constFirst().kind == Alert::Kind::ConnectorStopped);
        QVERIFY(stopped.constFirst().title.contains(QStringLiteral("deposco")));
        // Woocommerce last synced at 800: not stopped yet at 1500 (700 s).
        QVERIFY(rules.evaluateConnectors(kStart.addSecs(1500)).isEmpty());
        QVERIFY(rules.evaluateConnectors(kStart.addSecs(1600)).isEmpty()); // deposco already announced

        // Deposco syncs again, then stops again: news once more.
        rules.setConnectorSync(QStringLiteral("deposco"), kStart.addSecs(2000), kStart.addSecs(2000));
        const auto later = rules.evaluateConnectors(kStart.addSecs(2000 + 901));
        QCOMPARE(later.size(), 2); // woocommerce (silent since 800) and deposco
        // A connector that never succeeded counts from when the console first heard of it.
        rules.setConnectorSync(QStringLiteral("commercetools"), QDateTime(), kStart.addSecs(3000));
        QVERIFY(rules.evaluateConnectors(kStart.addSecs(3500)).isEmpty());
        QCOMPARE(rules.evaluateConnectors(kStart.addSecs(4000)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "test_alert_rules.moc"
