// SPDX-License-Identifier: GPL-3.0-or-later
// The headless engine killed (SIGKILL on Unix, TerminateProcess on Windows) at random moments while it
// works against a standalone sandbox with faults, and restarted each time. Afterwards the sandbox's truth
// ledger shows no order received twice by the WMS, every paid order is at the WMS, still queued in the
// outbox, or held as an exception (nothing lost, even though the sandbox's clock runs hours behind the
// engine's), and the database passes PRAGMA integrity_check.
//
// Quick form (ctest): 8 kills. Long form: LOCKSTEP_CRASH_KILLS=30 ./build/dev/tests/test_crash_loop
// LOCKSTEP_CRASH_SEED repeats a run (the seed is printed). tests/integration/README.md describes the harness.
#include "reconciliation.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

using Json = nlohmann::json;
using namespace lockstep::core;

namespace {

const QString kBinary = QStringLiteral(LOCKSTEP_BINARY);

std::optional<Json> httpJson(QNetworkAccessManager& network, const QUrl& url, const QByteArray& putBody = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = putBody.isEmpty() ? network.get(request) : network.put(request, putBody);
    (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    const QByteArray body = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    if (!ok)
        return std::nullopt;
    Json j = Json::parse(body.toStdString(), nullptr, false);
    return j.is_discarded() ? std::nullopt : std::optional<Json>(j);
}

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestCrashLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsNothingTwiceNothingLost()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("sandbox.json"));
        const QString dbPath = dir.filePath(QStringLiteral("crash.sqlite"));

        // The sandbox in its own process, so it outlives every engine that is killed.
        QProcess sandbox;
        sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        sandbox.start(kBinary,
            {QStringLiteral("sandbox"),
                QStringLiteral("--scenario"),
                QStringLiteral("demo"),
                QStringLiteral("--write-config"),
                configPath});
        QVERIFY(sandbox.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return sandbox.canReadLine(); }, 20000));
        const Json endpoints = Json::parse(sandbox.readLine().toStdString(), nullptr, false);
        QVERIFY(endpoints.is_object());
        QNetworkAccessManager network;
        const QUrl ledgerUrl(QString::fromStdString(endpoints["wms"]["ledger_url"].get<std::string>()));

        // Faults that make work retry (5xx, 429 with Retry-After, reset connections), without held requests.
        const Json faults = {{"server_error_rate", 0.03},
            {"rate_limit_rate", 0.02},
            {"retry_after_seconds", 1},
            {"reset_rate", 0.02},
            {"latency_ms", {{"median", 10}, {"p99", 150}}}};
        for (const char* system : {"woocommerce", "commercetools", "wms", "pos"}) {
            QString url = QString::fromStdString(endpoints[system]["ledger_url"].get<std::string>());
            url.replace(QStringLiteral("/_sandbox/ledger"), QStringLiteral("/_sandbox/faults"));
            QVERIFY2(httpJson(network, QUrl(url), QByteArray::fromStdString(faults.dump())).has_value(), system);
        }

        // Fast schedules, so a few seconds hold several cycles.
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Json config = Json::parse(file.readAll().toStdString());
        file.close();
        config["schedules"] = {{"order_poll_seconds", 2}, {"shipment_poll_seconds", 2}, {"stock_pull_seconds", 4}};
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::fromStdString(config.dump(2)));
        file.close();

        const int kills = envInt("LOCKSTEP_CRASH_KILLS", 8);
        const quint32 seed =
            quint32(envInt("LOCKSTEP_CRASH_SEED", int(QRandomGenerator::global()->bounded(1, 1 << 30))));
        qInfo("crash loop: %d kills, seed %u", kills, seed);
        QRandomGenerator random(seed);
        const QStringList engineArgs = {
            QStringLiteral("--headless"), QStringLiteral("--config"), configPath, QStringLiteral("--db"), dbPath};
        int killedMidWork = 0;
        for (int i = 0; i < kills; ++i) {
            QProcess engine;
            engine.setProcessChannelMode(QProcess::MergedChannels);
            engine.start(kBinary, engineArgs);
            QVERIFY(engine.waitForStarted());
            QTest::qWait(int(random.bounded(300, 6000)));
            const QByteArray output = engine.readAll();
            QVERIFY2(engine.state() == QProcess::Running, output.constData());
            killedMidWork += output.contains("Sending to the warehouse") ? 1 : 0;
            engine.kill();
            QVERIFY(engine.waitForFinished(10000));
        }
        QVERIFY(QFile::exists(dbPath));

        // Then runs to completion, until nothing is waiting (outbox backoff is in real time: bounded).
        const auto waiting = [&dbPath] {
            auto db = store::openStore(dbPath);
            auto st = db->prepare(QStringLiteral(
                "SELECT count(*) FROM outbox WHERE kind = 'wms.create' AND state IN ('pending', 'failed')"));
            return st->step().value() ? st->int64(0) : -1;
        };
        const auto runOnce = [&engineArgs] {
            QProcess once;
            once.setProcessChannelMode(QProcess::MergedChannels);
            once.start(kBinary, engineArgs + QStringList{QStringLiteral("--once")});
            return once.waitForFinished(120000) && once.exitStatus() == QProcess::NormalExit && once.exitCode() == 0;
        };
        QElapsedTimer drain;
        drain.start();
        int runs = 0;
        do {
            ++runs;
            QVERIFY(runOnce());
        } while (waiting() > 0 && drain.elapsed() < 20000);
        qInfo("drained in %d run(s), %lld ms", runs, drain.elapsed());

        // The sandbox's day goes on while the test judges (1440 times faster than real time), so the truth is taken
        // in two readings: what was paid by the first, then one more run that must take all of it in, then the
        // second for what the WMS received.
        const auto paidBefore = httpJson(network, ledgerUrl);
        QVERIFY(paidBefore.has_value());
        QVERIFY(runOnce());
        auto ledger = httpJson(network, ledgerUrl);
        QVERIFY(ledger.has_value());
        // Judged: every order paid by the first reading, and every later one the WMS received (so none is sent unpaid).
        Json& paid = (*ledger)["per_order"]["paid"];
        const Json& received = (*ledger)["per_order"]["sales_orders_received"];
        Json judged = (*paidBefore)["per_order"].value("paid", Json::object());
        for (auto it = paid.begin(); it != paid.end(); ++it) {
            if (received.contains(it.key()))
                judged[it.key()] = it.value();
        }
        paid = judged;
        sandbox.kill();
        sandbox.waitForFinished();
        const Json counters = (*ledger)["counters"];
        QCOMPARE(counters.value("wms.orders_received_more_than_once", 0), 0);
        QVERIFY(counters.value("wms.sales_orders_received", 0) > 10);

        auto db = store::openStore(dbPath);
        LOCKSTEP_VERIFY_OK(db);
        auto integrity = db->prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity->step().value());
        QCOMPARE(integrity->text(0), QStringLiteral("ok"));

        // Every paid order: at the WMS exactly once, or queued with its error, or held for a person. The standalone
        // sandbox's clock runs behind the engine's, so this also proves the first sync's cursor is taken from the
        // storefront's clock (tests/integration/README.md, "Known gap").
        const auto r = lockstep::test::reconcile(*ledger, db.value());
        qInfo("%s; %d of %d kills came mid-send, %d drain run(s)", qPrintable(r.summary()), killedMidWork, kills, runs);
        QVERIFY2(r.ok(), qPrintable(r.problems()));
        QVERIFY(r.paid > 10);
        QVERIFY(r.atWms > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashLoop)
#include "test_crash_loop.moc"
