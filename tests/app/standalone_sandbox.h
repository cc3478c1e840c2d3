// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox in a process of its own (`lockstep sandbox`), so it outlives every engine a test starts, kills or
// runs side by side; its truth ledger over HTTP. Shared by the tests that run the built `lockstep` as users do.
#pragma once

#include "reconciliation.h"
#include "store/store.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

namespace lockstep::test {

using Json = nlohmann::json;

inline const QString kLockstepBinary = QStringLiteral(LOCKSTEP_BINARY);

/// GET (or PUT `putBody`) a JSON document; nothing on any failure.
inline std::optional<Json> httpJson(QNetworkAccessManager& network, const QUrl& url, const QByteArray& putBody = {})
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

inline int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

/// A seed from `variable` when set (to repeat a run), else a random one; printed either way.
inline quint32 seedFrom(const char* variable)
{
    const quint32 seed = quint32(envInt(variable, int(QRandomGenerator::global()->bounded(1, 1 << 30))));
    qInfo("%s=%u repeats this run", variable, seed);
    return seed;
}

/// `lockstep sandbox --scenario NAME --write-config FILE` in its own process, killed by the destructor.
class StandaloneSandbox
{
public:
    explicit StandaloneSandbox(const QString& configPath, const QString& scenario = QStringLiteral("demo"))
        : m_configPath(configPath)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(kLockstepBinary,
            {QStringLiteral("sandbox"),
                QStringLiteral("--scenario"),
                scenario,
                QStringLiteral("--write-config"),
                configPath});
        if (!m_process.waitForStarted() || !QTest::qWaitFor([this] { return m_process.canReadLine(); }, 20000))
            return;
        m_endpoints = Json::parse(m_process.readLine().toStdString(), nullptr, false);
    }
    ~StandaloneSandbox()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    bool isRunning() const { return m_endpoints.is_object(); }
    QUrl ledgerUrl() const { return url("wms", "/_sandbox/ledger"); }
    std::optional<Json> ledger() { return httpJson(m_network, ledgerUrl()); }

    /// The same fault profile on every server.
    bool setFaults(const Json& faults)
    {
        for (const char* system : {"woocommerce", "commercetools", "wms", "pos"}) {
            if (!httpJson(m_network, url(system, "/_sandbox/faults"), QByteArray::fromStdString(faults.dump())))
                return false;
        }
        return true;
    }

    /// Changes the written engine configuration (schedules, say) before an engine reads it.
    bool editConfig(const std::function<void(Json&)>& edit)
    {
        // The sandbox writes the file just after it prints its endpoints.
        QFile file(m_configPath);
        Json config;
        const bool read = QTest::qWaitFor(
            [&] {
                if (!file.open(QIODevice::ReadOnly))
                    return false;
                config = Json::parse(file.readAll().toStdString(), nullptr, false);
                file.close();
                return config.is_object();
            },
            10000);
        if (!read)
            return false;
        edit(config);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        return file.write(QByteArray::fromStdString(config.dump(2))) > 0;
    }

    /// A day of work that retries: the sandbox runs, retryFaults() on every server, and the engine's schedules set to
    /// these periods (seconds), so a few seconds hold several cycles.
    bool startRetryDay(int orderPollSeconds, int shipmentPollSeconds, int stockPullSeconds)
    {
        return isRunning() && setFaults(retryFaults()) && editConfig([=](Json& c) {
            c["schedules"] = {{"order_poll_seconds", orderPollSeconds},
                {"shipment_poll_seconds", shipmentPollSeconds},
                {"stock_pull_seconds", stockPullSeconds}};
        });
    }

    /// Faults that make work retry (5xx, 429 with Retry-After, reset connections), without held requests.
    static Json retryFaults()
    {
        return {{"server_error_rate", 0.03},
            {"rate_limit_rate", 0.02},
            {"retry_after_seconds", 1},
            {"reset_rate", 0.02},
            {"latency_ms", {{"median", 10}, {"p99", 150}}}};
    }

private:
    QUrl url(const char* system, const char* path) const
    {
        QString ledger = QString::fromStdString(m_endpoints[system]["ledger_url"].get<std::string>());
        return QUrl(ledger.replace(QStringLiteral("/_sandbox/ledger"), QString::fromLatin1(path)));
    }

    QString m_configPath;
    QProcess m_process;
    QNetworkAccessManager m_network;
    Json m_endpoints;
};

/// A folder of the test's own with a standalone sandbox in it (its configuration written there) and the arguments of a
/// `lockstep --headless` engine on a database in the same folder.
struct SandboxAndStore
{
    explicit SandboxAndStore(const QString& scenario = QStringLiteral("demo"))
        : sandbox(configPath, scenario)
    {}

    QTemporaryDir dir;
    QString configPath = dir.filePath(QStringLiteral("sandbox.json"));
    QString dbPath = dir.filePath(QStringLiteral("lockstep.sqlite"));
    StandaloneSandbox sandbox;
    QStringList engineArgs = {
        QStringLiteral("--headless"), QStringLiteral("--config"), configPath, QStringLiteral("--db"), dbPath};
};

/// Runs `lockstep ARGS --once` to the end; true when it exited 0.
inline bool runEngineOnce(const QStringList& engineArgs)
{
    QProcess once;
    once.setProcessChannelMode(QProcess::MergedChannels);
    once.start(kLockstepBinary, engineArgs + QStringList{QStringLiteral("--once")});
    return once.waitForFinished(300000) && once.exitStatus() == QProcess::NormalExit && once.exitCode() == 0;
}

/// Outbox creates still waiting to be sent in the store at `dbPath` (-1 when it cannot be read).
inline qint64 createsWaiting(const QString& dbPath)
{
    auto db = core::store::openStore(dbPath);
    if (!db.ok())
        return -1;
    auto st = db->prepare(QStringLiteral(
        "SELECT count(*) FROM outbox WHERE kind = 'wms.create_order' AND state IN ('pending', 'failed', 'sending')"));
    return st.ok() && st->step().value() ? st->int64(0) : -1;
}

/// Drains the store with `--once` runs (outbox backoff is in real time: bounded by `ms`), then judges it against the
/// sandbox's ledger: every order paid by a first reading, and every later one the WMS received, is at the WMS once,
/// queued, or held for a person; none was received twice; the file passes PRAGMA integrity_check. Empty when all
/// holds, else what failed; `summary` gets the reconciliation's figures.
inline QString drainAndReconcile(
    StandaloneSandbox& sandbox, const QStringList& engineArgs, const QString& dbPath, QString* summary, int ms = 20000)
{
    QElapsedTimer drain;
    drain.start();
    do {
        if (!runEngineOnce(engineArgs))
            return QStringLiteral("a --once run failed");
    } while (createsWaiting(dbPath) > 0 && drain.elapsed() < ms);
    // The sandbox's day goes on while the test judges, so the truth is taken in two readings: what was paid by
    // the first, then one more run that must take all of it in, then the second for what the WMS received.
    const auto paidBefore = sandbox.ledger();
    if (!paidBefore || !runEngineOnce(engineArgs))
        return QStringLiteral("the last --once run failed");
    auto ledger = sandbox.ledger();
    if (!ledger)
        return QStringLiteral("the ledger could not be read");
    Json& paid = (*ledger)["per_order"]["paid"];
    const Json& received = (*ledger)["per_order"]["sales_orders_received"];
    Json judged = (*paidBefore)["per_order"].value("paid", Json::object());
    for (auto it = paid.begin(); it != paid.end(); ++it) {
        if (received.contains(it.key()))
            judged[it.key()] = it.value();
    }
    paid = judged;
    const Json counters = (*ledger)["counters"];
    if (const int twice = counters.value("wms.orders_received_more_than_once", 0); twice != 0)
        return QStringLiteral("%1 order(s) received twice by the WMS").arg(twice);
    auto db = core::store::openStore(dbPath);
    if (!db.ok())
        return db.error().toString();
    if (db->dialect() == core::store::Dialect::Sqlite) {
        auto integrity = db->prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!integrity->step().value() || integrity->text(0) != QLatin1String("ok"))
            return QStringLiteral("integrity_check: ") + integrity->text(0);
    }
    const auto r = reconcile(*ledger, db.value());
    if (summary)
        *summary = r.summary();
    if (!r.ok())
        return r.problems();
    if (r.paid <= 10 || r.atWms <= 0)
        return QStringLiteral("too little traffic to judge: ") + r.summary();
    return {};
}

} // namespace lockstep::test
