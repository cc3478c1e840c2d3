// SPDX-License-Identifier: GPL-3.0-or-later
// The soak: `lockstep --headless` (the continuously running engine, not --once) against the sandbox's chaos
// scenario (5xx, time-outs, 429s, resets, 409s, slow answers, duplicate webhooks) for a while. Every job ran, each
// as soon as it was due (its count, run times and lateness are printed), the engine's memory stayed flat, and
// afterwards the ledger shows no order received twice and nothing lost.
//
// Quick form (ctest): 240 s, so that the stock job's first run, which chaos alone stretches to 105-141 s (time-outs
// hold a request 15 s), finishes inside it and is judged like the others. Long form: LOCKSTEP_SOAK_SECONDS=1800
// ./build/dev/tests/test_soak -maxwarnings 0
#include "standalone_sandbox.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace lockstep::test;

namespace {

/// The resident memory of process `pid` in KiB, where the system says it (Linux); -1 elsewhere.
qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
    const auto m = rss.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chaosForAWhileEveryJobOnScheduleNothingTwiceNothingLost()
    {
        SandboxAndStore run(QStringLiteral("chaos"));
        StandaloneSandbox& sandbox = run.sandbox;
        const QString& dbPath = run.dbPath;
        const QStringList& engineArgs = run.engineArgs;
        QVERIFY(sandbox.isRunning());
        const QMap<QString, int> periods = {{QStringLiteral("orders:woocommerce"), 2},
            {QStringLiteral("orders:commercetools"), 2},
            {QStringLiteral("warehouse"), 2},
            {QStringLiteral("stock"), 5},
            {QStringLiteral("sweep"), 5},
            {QStringLiteral("outbox"), 5}};
        QVERIFY(sandbox.editConfig([](Json& c) {
            c["schedules"] = {{"order_poll_seconds", 2},
                {"shipment_poll_seconds", 2},
                {"stock_pull_seconds", 5},
                {"sweep_seconds", 5}};
            if (c["connectors"].contains("pos"))
                c["connectors"]["pos"]["enabled"] = false;
        }));

        const int seconds = envInt("LOCKSTEP_SOAK_SECONDS", 240);
        QProcess engine;
        engine.setProcessChannelMode(QProcess::MergedChannels);
        engine.start(kLockstepBinary, engineArgs);
        QVERIFY(engine.waitForStarted());
        QList<qint64> memory; // one sample every 5 s
        QByteArray said;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < seconds * 1000LL) {
            QTest::qWait(5000);
            said += engine.readAll();
            QVERIFY2(engine.state() == QProcess::Running, said.right(4000).constData());
            memory << residentKiB(engine.processId());
        }
        engine.terminate(); // Ctrl+C / SIGTERM: the engine stops between jobs
        QVERIFY(engine.waitForFinished(30000));
        const QString output = QString::fromUtf8(said + engine.readAll());

        // Per job, from its "job NAME finished at HH:mm:ss (run N, M ms, started L ms after it was due)" lines: how
        // often it ran, how long its runs took, and how late the scheduler started it.
        struct JobFigures
        {
            int runs = 0;
            QList<qint64> durations;
            qint64 latest = 0;
        };
        QMap<QString, JobFigures> jobs;
        static const QRegularExpression line(QStringLiteral(
            "job (\\S+) finished at \\S+ \\(run (\\d+), (\\d+) ms, started (\\d+) ms after it was due\\)"));
        for (auto it = line.globalMatch(output); it.hasNext();) {
            const auto m = it.next();
            JobFigures& f = jobs[m.captured(1)];
            f.runs = std::max(f.runs, m.captured(2).toInt());
            f.durations << m.captured(3).toLongLong();
            f.latest = std::max(f.latest, m.captured(4).toLongLong());
        }
        QStringList starved;
        for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
            const JobFigures f = jobs.value(it.key());
            qInfo(
                "soak: job %-22s every %d s: ran %4d times in %d s, median run %6lld ms, longest %6lld ms, started at "
                "most %lld ms after it was due",
                qPrintable(it.key()),
                it.value(),
                f.runs,
                seconds,
                median(f.durations),
                f.durations.isEmpty() ? 0 : *std::max_element(f.durations.cbegin(), f.durations.cend()),
                f.latest);
            // Faults make a run longer than its period (retries, held requests); then the next run starts as soon as
            // it ends. A starved job ran never, or waited long after it was due.
            if (f.runs < 1)
                starved << QStringLiteral("%1 never ran").arg(it.key());
            if (f.latest > 2000)
                starved << QStringLiteral("%1 started %2 ms after it was due").arg(it.key()).arg(f.latest);
        }
        QVERIFY2(starved.isEmpty(), qPrintable(starved.join(QStringLiteral("; "))));

        // Memory: the second quarter (after the first sync) against the last quarter.
        if (memory.size() >= 8 && memory.constFirst() > 0) {
            const qsizetype q = memory.size() / 4;
            const qint64 early = median(memory.mid(q, q));
            const qint64 late = median(memory.mid(memory.size() - q));
            qInfo("soak: resident memory %lld KiB after the first sync, %lld KiB at the end (%+.1f %%)",
                early,
                late,
                100.0 * double(late - early) / double(early));
            QVERIFY2(late <= early * 3 / 2,
                qPrintable(QStringLiteral("memory grew from %1 to %2 KiB").arg(early).arg(late)));
        }

        // Judged on a calm day: the faults stop, and --once runs drain what the chaos left waiting.
        QVERIFY(sandbox.setFaults(Json::object()));
        QString summary;
        const QString failed = drainAndReconcile(sandbox, engineArgs, dbPath, &summary, 60000);
        qInfo("soak: %s", qPrintable(summary));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "test_soak.moc"
