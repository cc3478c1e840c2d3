// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as a whole: shipped scenarios load, the same seed gives the same orders, failures that only a
// WooCommerce store has are planted there, every fault appears at its configured rate, the ledger over HTTP matches
// what a client did, the POS feed moves store stock.
#include "sim_test_client.h"
#include "world.h"

#include <QTemporaryDir>

using namespace lockstep;
using namespace lockstep::test;
using core::sim::Sandbox;
using core::sim::SimSystem;

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    HttpClient m_http;

    static QByteArray firstPages(const core::sim::Endpoints& ep)
    {
        HttpClient http;
        const auto woo = http.get(
            withPath(ep.woocommerce.baseUrl, QStringLiteral("/wp-json/wc/v3/orders"), QStringLiteral("per_page=100")),
            {HttpClient::basic(ep.woocommerce.consumerKey, ep.woocommerce.consumerSecret)});
        QByteArray body = woo.body;
        return body.replace(ep.woocommerce.baseUrl.toString().toUtf8(), "SITE"); // only the port may differ
    }

    /// Sends `count` requests to the POS feed and returns how many ended with each HTTP status (0: no answer).
    QMap<int, int> hammer(const core::sim::Endpoints& ep, int count, int timeoutMs = 10000)
    {
        QMap<int, int> outcomes;
        for (int i = 0; i < count; ++i) {
            const HttpAnswer a = m_http.get(withPath(ep.pos.baseUrl, QStringLiteral("/v2/locations")),
                {HttpClient::bearer(ep.pos.accessToken)},
                timeoutMs);
            ++outcomes[a.status];
        }
        return outcomes;
    }

private Q_SLOTS:
    void shippedScenariosLoad()
    {
        QCOMPARE(core::sim::shippedScenarioNames(),
            QStringList({QStringLiteral("chaos"), QStringLiteral("demo"), QStringLiteral("scale")}));
        for (const QString& name : core::sim::shippedScenarioNames()) {
            const auto s = core::sim::loadScenario(name);
            QVERIFY2(s.ok(), qPrintable(name));
            QCOMPARE(s.value().name, name);
        }
        const auto demo = core::sim::loadScenario(QStringLiteral("demo")).value();
        for (int f = 1; f < core::sim::kFailureCount; ++f)
            QVERIFY2(demo.failureRates.at(static_cast<size_t>(f)) > 0,
                qPrintable(core::sim::failureKey(static_cast<core::sim::PlannedFailure>(f))));
        QVERIFY(!core::sim::loadScenario(QStringLiteral("no-such-scenario")).ok());
        QVERIFY(!core::sim::Scenario::fromJson(R"({"failures": {"bogus": 0.1}})").ok());
        QVERIFY(!core::sim::Scenario::fromJson(R"({"faults": {"server_error_rate": 2}})").ok());
        QVERIFY(!core::sim::Scenario::fromJson("{not json").ok());
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("mine.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "mine", "seed": 3, "volume": {"orders_per_day": 24}})");
        file.close();
        const auto mine = core::sim::loadScenario(file.fileName());
        QVERIFY(mine.ok());
        QCOMPARE(mine.value().ordersPerDay, 24);
    }

    void demoPlantsEveryFailureModeWithinAMinute()
    {
        // A minute of real time at the demo's speed is 24 simulated hours.
        const auto demo = core::sim::loadScenario(QStringLiteral("demo")).value();
        core::sim::Ledger ledger;
        core::sim::World world(demo, &ledger);
        world.advanceTo(demo.startMSecs + static_cast<qint64>(60 * 1000 * demo.speed));
        for (int f = 1; f < core::sim::kFailureCount; ++f) {
            const QString key = core::sim::failureKey(static_cast<core::sim::PlannedFailure>(f));
            QVERIFY2(ledger.counter(QStringLiteral("planted.") + key) > 0, qPrintable(key));
        }
    }

    void storefrontOnlyFailuresArePlantedOnWooCommerce()
    {
        // Orders keyed in the admin and completions a plugin refuses exist only in WooCommerce: a demo day plants them
        // there, among the opening orders and later in the day, and never on commercetools.
        const auto demo = core::sim::loadScenario(QStringLiteral("demo")).value();
        core::sim::Ledger ledger;
        core::sim::World world(demo, &ledger);
        world.advanceTo(demo.startMSecs + 24 * kHourMs);
        for (const auto failure :
            {core::sim::PlannedFailure::UnroutedChannel, core::sim::PlannedFailure::ShippedUpdateRefused}) {
            const QString key = core::sim::failureKey(failure);
            int planted = 0;
            for (const auto& o : world.orders()) {
                if (o.failure != failure)
                    continue;
                ++planted;
                QVERIFY2(!o.commercetools, qPrintable(key + QStringLiteral(" on commercetools: ") + o.number));
            }
            QVERIFY2(planted > 1, qPrintable(key));
            QCOMPARE(ledger.counter(QStringLiteral("planted.") + key), planted);
        }
    }

    void sameSeedSameOrders()
    {
        Sandbox a;
        Sandbox b;
        Sandbox c;
        const auto epA = a.start(quietScenario(11)).value();
        const auto epB = b.start(quietScenario(11)).value();
        const auto epC = c.start(quietScenario(12)).value();
        for (Sandbox* s : {&a, &b, &c})
            s->advance(5 * kHourMs);
        QCOMPARE(a.world()->planSummary().dump(), b.world()->planSummary().dump());
        const QByteArray pageA = firstPages(epA);
        QVERIFY(pageA.startsWith("[{\"id\":10")); // newest first
        QVERIFY(pageA.size() > 10000);
        QCOMPARE(pageA, firstPages(epB)); // byte for byte over HTTP
        QVERIFY(a.world()->planSummary().dump() != c.world()->planSummary().dump());
        QCOMPARE(epA.woocommerce.consumerKey, epB.woocommerce.consumerKey);
    }

    void faultsAppearAtTheirRates_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("requests");
        QTest::newRow("5xx") << QStringLiteral("5xx") << 0.2 << 400;
        QTest::newRow("429") << QStringLiteral("429") << 0.15 << 400;
        QTest::newRow("reset") << QStringLiteral("reset") << 0.1 << 300;
        QTest::newRow("timeout") << QStringLiteral("timeout") << 0.1 << 60;
    }
    void faultsAppearAtTheirRates()
    {
        QFETCH(QString, kind);
        QFETCH(double, rate);
        QFETCH(int, requests);
        Sandbox sandbox;
        const auto ep = sandbox.start(quietScenario()).value();
        core::sim::FaultProfile p;
        p.retryAfterSeconds = 2;
        p.timeoutHoldMs = 60000;
        (kind == QStringLiteral("5xx")            ? p.serverErrorRate
                : kind == QStringLiteral("429")   ? p.rateLimitRate
                : kind == QStringLiteral("reset") ? p.resetRate
                                                  : p.timeoutRate) = rate;
        sandbox.setFaultProfile(SimSystem::Pos, p);
        const QMap<int, int> outcomes = hammer(ep, requests, kind == QStringLiteral("timeout") ? 250 : 10000);
        const int served = sandbox.ledger().requests(QStringLiteral("pos"));
        const int injected = sandbox.ledger().faults(QStringLiteral("pos"), kind);
        // The server's share of faulted requests is the configured rate within a 4-sigma binomial tolerance.
        const double tolerance = 4 * std::sqrt(rate * (1 - rate) / served);
        QVERIFY2(std::abs(double(injected) / served - rate) <= tolerance,
            qPrintable(QStringLiteral("%1 of %2 requests faulted, expected a rate of %3")
                           .arg(injected)
                           .arg(served)
                           .arg(rate)));
        // And the client saw them as the fault they are.
        if (kind == QStringLiteral("5xx"))
            QCOMPARE(outcomes.value(500) + outcomes.value(502) + outcomes.value(503), injected);
        if (kind == QStringLiteral("429"))
            QCOMPARE(outcomes.value(429), injected);
        if (kind == QStringLiteral("timeout"))
            QCOMPARE(outcomes.value(0), injected);
        if (kind == QStringLiteral("reset")) // the client may transparently resend once on a reused connection
            QVERIFY(outcomes.value(0) > 0 && outcomes.value(200) + outcomes.value(0) == requests);
    }

    void retryAfterAndLatencyFollowTheProfile()
    {
        Sandbox sandbox;
        const auto ep = sandbox.start(quietScenario()).value();
        core::sim::FaultProfile p;
        p.rateLimitRate = 1.0;
        p.retryAfterSeconds = 7;
        sandbox.setFaultProfile(SimSystem::Pos, p);
        const HttpAnswer limited = m_http.get(
            withPath(ep.pos.baseUrl, QStringLiteral("/v2/locations")), {HttpClient::bearer(ep.pos.accessToken)});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
        core::sim::FaultProfile slow;
        slow.latencyMedianMs = 60;
        slow.latencyP99Ms = 60;
        sandbox.setFaultProfile(SimSystem::Pos, slow);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_http
                     .get(withPath(ep.pos.baseUrl, QStringLiteral("/v2/locations")),
                         {HttpClient::bearer(ep.pos.accessToken)})
                     .status,
            200);
        QVERIFY(timer.elapsed() >= 55);
        // The profile can also be changed over HTTP, for scripts.
        const HttpAnswer put =
            m_http.send("PUT", withPath(ep.posRoot, QStringLiteral("/_sandbox/faults")), R"({"server_error_rate": 1})");
        QCOMPARE(put.status, 200);
        QCOMPARE(
            m_http.get(withPath(ep.pos.baseUrl, QStringLiteral("/v2/locations")),
                      {HttpClient::bearer(ep.pos.accessToken)})
                    .status
                / 100,
            5);
    }

    void ledgerOverHttpMatchesWhatTheClientDid()
    {
        Sandbox sandbox;
        const auto ep = sandbox.start(quietScenario()).value();
        sandbox.advance(4 * kHourMs);
        const HttpAnswer token = m_http.send("POST",
            ep.wms.authUrl,
            QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=%2")
                .arg(ep.wms.clientId, ep.wms.clientSecret)
                .toUtf8(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        const auto bearer = HttpClient::bearer(QString::fromStdString(token.json()["access_token"].get<std::string>()));
        const auto& orders = sandbox.world()->orders();
        const auto paid = std::find_if(orders.begin(), orders.end(), [](const auto& o) {
            return o.paidMSecs >= 0 && o.failure == core::sim::PlannedFailure::None;
        });
        QVERIFY(paid != orders.end());
        const QString item = sandbox.world()->items().first().number;
        for (int i = 0; i < 3; ++i) { // a client that retries a create under a new number without looking first
            const Json line = {{"lineNumber", "1"},
                {"item", {{"businessKey", {{"number", item.toStdString()}}}}},
                {"pack", {{"businessKey", {{"item.number", item.toStdString()}, {"quantity", 1}}}}},
                {"orderPackQuantity", 1}};
            const QByteArray body = QByteArray::fromStdString(Json{
                {"businessUnit", {{"businessKey", {{"code", ep.wms.businessUnit.toStdString()}}}}},
                {"number", "DUP-" + std::to_string(i)},
                {"customerOrderNumber", paid->number.toStdString()},
                {"shipToContact", {{"lastName", "Doe"}}},
                {"shipToAddress", {{"country", "DE"}}},
                {"orderLines", {{"data", Json::array({line})}}}}.dump());
            QCOMPARE(
                m_http.send("POST", withPath(ep.wms.baseUrl, QStringLiteral("/orders/salesOrders")), body, {bearer})
                    .status,
                201);
        }
        const HttpAnswer ledger = m_http.get(withPath(ep.wmsRoot, QStringLiteral("/_sandbox/ledger")));
        QCOMPARE(ledger.status, 200);
        const Json j = ledger.json();
        LOCKSTEP_COMPARE_JSON(j["per_order"]["sales_orders_received"][paid->number.toStdString()], 3);
        LOCKSTEP_COMPARE_JSON(j["counters"]["wms.sales_orders_received"], 3);
        int placed = 0;
        int wasPaid = 0;
        for (const auto& o : orders) {
            placed += o.placed ? 1 : 0;
            wasPaid += o.paidMSecs >= 0 ? 1 : 0;
        }
        QCOMPARE(j["counters"]["orders.placed"].get<int>(), placed);
        QCOMPARE(j["counters"]["orders.paid"].get<int>(), wasPaid);
        // The same ledger is served by every server.
        LOCKSTEP_COMPARE_JSON(m_http.get(withPath(ep.woocommerceRoot, QStringLiteral("/_sandbox/ledger")))
                                  .json()["counters"]["wms.sales_orders_received"],
            3);
    }

    void posFeedMovesStoreStock()
    {
        Sandbox sandbox;
        const auto ep = sandbox.start(quietScenario()).value();
        const auto bearer = HttpClient::bearer(ep.pos.accessToken);
        QCOMPARE(m_http.get(withPath(ep.pos.baseUrl, QStringLiteral("/v2/locations"))).status, 401);
        const QUrl countsUrl = withPath(ep.pos.baseUrl, QStringLiteral("/v2/inventory/counts/batch-retrieve"));
        const QByteArray countsBody = R"({"location_ids": ["STORE-01"], "limit": 1000})";
        // Sellable (IN_STOCK) plus not restocked (WASTE) units per variation: what the tills' sales and returns move.
        const auto units = [&](const Json& answer, bool withWaste) {
            QMap<QString, int> out;
            for (const auto& c : answer["counts"]) {
                if (c["state"] == "IN_STOCK" || (withWaste && c["state"] == "WASTE"))
                    out[QString::fromStdString(c["catalog_object_id"].get<std::string>())] +=
                        std::stoi(c["quantity"].get<std::string>());
            }
            return out;
        };
        const QMap<QString, int> before = units(m_http.send("POST", countsUrl, countsBody, {bearer}).json(), false);
        QVERIFY(!before.isEmpty());
        sandbox.advance(12 * kHourMs);
        QMap<QString, int> sold;
        bool sawReturn = false;
        std::string cursor;
        for (int guard = 0; guard < 50; ++guard) {
            Json search = {{"location_ids", {"STORE-01"}},
                {"limit", 20},
                {"query", {{"sort", {{"sort_field", "UPDATED_AT"}, {"sort_order", "ASC"}}}}}};
            if (!cursor.empty())
                search["cursor"] = cursor;
            const Json page = m_http
                                  .send("POST",
                                      withPath(ep.pos.baseUrl, QStringLiteral("/v2/orders/search")),
                                      QByteArray::fromStdString(search.dump()),
                                      {bearer})
                                  .json();
            for (const auto& o : page.value("orders", Json::array())) {
                QVERIFY(o["location_id"] == "STORE-01");
                for (const auto& line : o.value("line_items", Json::array()))
                    sold[QString::fromStdString(line["catalog_object_id"].get<std::string>())] +=
                        std::stoi(line["quantity"].get<std::string>());
                for (const auto& r : o.value("returns", Json::array())) {
                    sawReturn = sawReturn || r["source_order_id"].is_string();
                    for (const auto& line : r["return_line_items"])
                        sold[QString::fromStdString(line["catalog_object_id"].get<std::string>())] -=
                            std::stoi(line["quantity"].get<std::string>());
                }
            }
            if (!page.contains("cursor"))
                break;
            cursor = page["cursor"].get<std::string>();
        }
        QVERIFY(!sold.isEmpty());
        QVERIFY(sawReturn);
        const QMap<QString, int> now = units(m_http.send("POST", countsUrl, countsBody, {bearer}).json(), true);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(now.value(it.key()), it.value() - sold.value(it.key()));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "test_sandbox.moc"
