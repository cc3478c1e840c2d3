// SPDX-License-Identifier: GPL-3.0-or-later
// The alert monitor over a real store: it reads the open counts, causes and cutoffs on its worker thread, takes
// the first read as the baseline, and announces a cause that appears afterwards, and a backlog near the cutoff.
#include "alerts/alert_monitor.h"
#include "store/exception_repository.h"
#include "support.h"

#include <QSignalSpy>
#include <QTest>

using namespace lockstep;
using namespace lockstep::core;

namespace {

ExceptionRecord record(ExceptionType type, const QString& subject, const QString& signature)
{
    ExceptionRecord r;
    r.type = type;
    r.subjectKey = subject;
    r.signature = signature;
    r.reason = QStringLiteral("reason");
    r.firstSeen = r.lastSeen = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcesWhatAppearsAfterTheBaseline()
    {
        test::TempStore s;
        store::ExceptionRepository repo(s.db);
        for (int i = 0; i < 3; ++i)
            LOCKSTEP_VERIFY_OK(repo.upsert(record(ExceptionType::FailedAllocation,
                QStringLiteral("woocommerce:%1").arg(i),
                QStringLiteral("no stock at {facility}"))));

        ui::AlertMonitor monitor(s.path);
        QSignalSpy counts(&monitor, &ui::AlertMonitor::countsChanged);
        QSignalSpy alerts(&monitor, &ui::AlertMonitor::alertRaised);
        QTRY_VERIFY_WITH_TIMEOUT(counts.size() >= 1, 20000); // the first read: the baseline
        const auto first = counts.constLast().constFirst().value<QHash<ExceptionType, qint64>>();
        QCOMPARE(first.value(ExceptionType::FailedAllocation), 3);
        QCOMPARE(alerts.size(), 0);

        // A new cause, and a cancellation whose warehouse cutoff is twenty minutes away.
        LOCKSTEP_VERIFY_OK(repo.upsert(record(ExceptionType::FailedAllocation,
            QStringLiteral("woocommerce:9"),
            QStringLiteral("facility {facility} is closed"))));
        ExceptionRecord cancel = record(ExceptionType::CancellationPastCutoff,
            QStringLiteral("woocommerce:10"),
            QStringLiteral("cancellation after release"));
        cancel.cutoffAt = QDateTime::currentDateTimeUtc().addSecs(20 * 60);
        LOCKSTEP_VERIFY_OK(repo.upsert(cancel));
        monitor.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(counts.size() >= 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(alerts.size() >= 3, 20000);
        QStringList kinds;
        for (const auto& args : alerts) {
            const auto a = args.constFirst().value<ui::Alert>();
            kinds << QString::number(int(a.kind)) + u':' + a.message;
        }
        QVERIFY2(
            kinds.filter(QStringLiteral("facility {facility} is closed")).size() == 1, qPrintable(kinds.join(u'\n')));
        QVERIFY2(kinds.filter(QStringLiteral("%1:").arg(int(ui::Alert::Kind::Cutoff))).size() == 1,
            qPrintable(kinds.join(u'\n')));

        // Read again: nothing new, nothing announced.
        const auto before = alerts.size();
        monitor.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(counts.size() >= 3, 20000);
        QCOMPARE(alerts.size(), before);
    }
};

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "test_alert_monitor.moc"
