// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated commercetools project over real HTTP: client-credentials token, paged order queries with where
// and sort, limits, updates with optimistic concurrency (409 ConcurrentModification), inventory per channel.
#include "sim_test_client.h"
#include "world.h"

using namespace lockstep;
using namespace lockstep::test;
using core::sim::Sandbox;

class TestCommercetoolsSim : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    core::sim::Endpoints m_ep;
    HttpClient m_http;
    QString m_token;

    QUrl api(const QString& path, const QString& query = {}) const
    {
        return withPath(m_ep.commercetools.apiUrl, u'/' + m_ep.commercetools.projectKey + path, query);
    }
    QPair<QByteArray, QByteArray> auth() const { return HttpClient::bearer(m_token); }
    HttpAnswer update(const QString& id, qint64 version, const Json& actions)
    {
        return m_http.send("POST",
            api(QStringLiteral("/orders/") + id),
            QByteArray::fromStdString(Json{{"version", version}, {"actions", actions}}.dump()),
            {auth()});
    }
    QString orderWith(core::sim::PlannedFailure failure) const
    {
        for (const auto& o : m_sandbox.world()->orders()) {
            if (o.placed && o.commercetools && o.failure == failure)
                return o.ctId;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ep = m_sandbox.start(quietScenario());
        QVERIFY(ep.ok());
        m_ep = ep.value();
        m_sandbox.advance(8 * kHourMs);
    }

    void tokenNeedsClientCredentials()
    {
        const QUrl tokenUrl = withPath(m_ep.commercetools.authUrl, QStringLiteral("/oauth/token"));
        HttpAnswer a = m_http.send("POST",
            tokenUrl,
            "grant_type=client_credentials",
            {HttpClient::basic(m_ep.commercetools.clientId, QStringLiteral("wrong")),
                {"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(a.status, 401);
        LOCKSTEP_COMPARE_JSON(a.json()["errors"][0]["code"], "invalid_client");
        QCOMPARE(m_http.get(api(QStringLiteral("/orders"))).status, 401);
        a = m_http.send("POST",
            tokenUrl,
            "grant_type=client_credentials",
            {HttpClient::basic(m_ep.commercetools.clientId, m_ep.commercetools.clientSecret),
                {"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(a.status, 200);
        LOCKSTEP_COMPARE_JSON(a.json()["token_type"], "Bearer");
        LOCKSTEP_COMPARE_JSON(a.json()["expires_in"], 172800);
        m_token = QString::fromStdString(a.json()["access_token"].get<std::string>());
    }

    void queriesPageWithWhereAndSort()
    {
        const QString since = QStringLiteral("2026-01-05T09:00:00.000Z");
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("where"), QStringLiteral("lastModifiedAt >= \"%1\"").arg(since));
        q.addQueryItem(QStringLiteral("sort"), QStringLiteral("lastModifiedAt asc"));
        q.addQueryItem(QStringLiteral("sort"), QStringLiteral("id asc"));
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
        QUrl url = api(QStringLiteral("/orders"));
        url.setQuery(q);
        HttpAnswer a = m_http.get(url, {auth()});
        QCOMPARE(a.status, 200);
        const qint64 total = a.json()["total"].get<qint64>();
        QVERIFY(total > 7);
        QStringList seen;
        QString previous;
        for (int offset = 0; offset < total; offset += 7) {
            q.removeAllQueryItems(QStringLiteral("offset"));
            q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            url.setQuery(q);
            a = m_http.get(url, {auth()});
            const Json body = a.json();
            LOCKSTEP_COMPARE_JSON(body["offset"], offset);
            LOCKSTEP_COMPARE_JSON(body["limit"], 7);
            QCOMPARE(body["count"].get<qint64>(), std::min<qint64>(7, total - offset));
            for (const auto& o : body["results"]) {
                const QString modified = QString::fromStdString(o["lastModifiedAt"].get<std::string>());
                QVERIFY(modified >= since && modified >= previous);
                previous = modified;
                LOCKSTEP_COMPARE_JSON(o["totalPrice"]["type"], "centPrecision");
                QVERIFY(o["totalPrice"]["centAmount"].is_number_integer());
                seen.append(QString::fromStdString(o["id"].get<std::string>()));
            }
        }
        QCOMPARE(seen.size(), total);
        seen.removeDuplicates();
        QCOMPARE(seen.size(), total);
        // withTotal=false leaves total out
        q.addQueryItem(QStringLiteral("withTotal"), QStringLiteral("false"));
        url.setQuery(q);
        QVERIFY(!m_http.get(url, {auth()}).json().contains("total"));
    }

    void plusInTheQueryIsASpace()
    {
        // Form-style encoding (what many HTTP libraries send): spaces as '+', a literal plus as %2B.
        QUrl url = api(QStringLiteral("/orders"));
        url.setQuery(QStringLiteral("where=lastModifiedAt+>%3D+\"2026-01-05T08:00:00.000%2B00:00\"&limit=1"));
        const HttpAnswer a = m_http.get(url, {auth()});
        QCOMPARE(a.status, 200);
        QVERIFY(a.json()["total"].get<int>() > 0);
    }

    void limitsAreEnforced()
    {
        QCOMPARE(m_http.get(api(QStringLiteral("/orders"), QStringLiteral("limit=501")), {auth()}).status, 400);
        QCOMPARE(m_http.get(api(QStringLiteral("/orders"), QStringLiteral("offset=10001")), {auth()}).status, 400);
        const HttpAnswer a =
            m_http.get(api(QStringLiteral("/orders"), QStringLiteral("limit=500&offset=10000")), {auth()});
        QCOMPARE(a.status, 200);
        LOCKSTEP_COMPARE_JSON(a.json()["count"], 0);
    }

    void staleVersionIs409WithTheDocumentedBody()
    {
        const QString id = orderWith(core::sim::PlannedFailure::None);
        QVERIFY(!id.isEmpty());
        const HttpAnswer current = m_http.get(api(QStringLiteral("/orders/") + id), {auth()});
        const qint64 version = current.json()["version"].get<qint64>();
        const Json actions = Json::array({{{"action", "changeShipmentState"}, {"shipmentState", "Shipped"}}});
        HttpAnswer a = update(id, version - 1 > 0 ? version - 1 : version + 1, actions);
        QCOMPARE(a.status, 409);
        LOCKSTEP_COMPARE_JSON(a.json()["statusCode"], 409);
        LOCKSTEP_COMPARE_JSON(a.json()["errors"][0]["code"], "ConcurrentModification");
        QCOMPARE(a.json()["errors"][0]["currentVersion"].get<qint64>(), version);
        QVERIFY(QString::fromStdString(a.json()["message"].get<std::string>())
                    .contains(QStringLiteral("has a different version than expected")));
        a = update(id, version, actions);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()["version"].get<qint64>(), version + 1);
        LOCKSTEP_COMPARE_JSON(a.json()["shipmentState"], "Shipped");
    }

    void plantedConflictCollidesOnceThenSucceeds()
    {
        const QString id = orderWith(core::sim::PlannedFailure::VersionConflict);
        QVERIFY(!id.isEmpty());
        const qint64 version =
            m_http.get(api(QStringLiteral("/orders/") + id), {auth()}).json()["version"].get<qint64>();
        const Json actions = Json::array({{{"action", "addDelivery"},
            {"deliveryKey", "SH-1"},
            {"parcels", Json::array({{{"trackingData", {{"trackingId", "1Z999"}, {"carrier", "UPS"}}}}})}}});
        HttpAnswer a = update(id, version, actions);
        QCOMPARE(a.status, 409);
        const qint64 current = a.json()["errors"][0]["currentVersion"].get<qint64>();
        QCOMPARE(current, version + 1);
        a = update(id, current, actions);
        QCOMPARE(a.status, 200);
        LOCKSTEP_COMPARE_JSON(
            a.json()["shippingInfo"]["deliveries"][0]["parcels"][0]["trackingData"]["trackingId"], "1Z999");
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("commercetools.planted_conflicts")), 1);
    }

    void orderNumberLookupAndUnknownAction()
    {
        const auto& orders = m_sandbox.world()->orders();
        const auto it =
            std::find_if(orders.begin(), orders.end(), [](const auto& o) { return o.placed && o.commercetools; });
        QVERIFY(it != orders.end());
        const HttpAnswer a = m_http.get(api(QStringLiteral("/orders/order-number=") + it->number), {auth()});
        QCOMPARE(a.status, 200);
        QCOMPARE(QString::fromStdString(a.json()["id"].get<std::string>()), it->ctId);
        const HttpAnswer bad =
            update(it->ctId, a.json()["version"].get<qint64>(), Json::array({{{"action", "explode"}}}));
        QCOMPARE(bad.status, 400);
        LOCKSTEP_COMPARE_JSON(bad.json()["errors"][0]["code"], "InvalidInput");
        LOCKSTEP_COMPARE_JSON(
            m_http.get(api(QStringLiteral("/orders/no-such-id")), {auth()}).json()["errors"][0]["code"],
            "ResourceNotFound");
    }

    void inventoryPerSupplyChannel()
    {
        const HttpAnswer channels = m_http.get(api(QStringLiteral("/channels")), {auth()});
        QCOMPARE(channels.json()["results"].size(), 2u);
        const std::string channel = channels.json()["results"][1]["id"].get<std::string>();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("where"),
            QStringLiteral("sku = \"LS-1001\" and supplyChannel(id = \"%1\")").arg(QString::fromStdString(channel)));
        QUrl url = api(QStringLiteral("/inventory"));
        url.setQuery(q);
        const HttpAnswer a = m_http.get(url, {auth()});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()["results"].size(), 1u); // one entry per (sku, channel)
        const Json entry = a.json()["results"][0];
        LOCKSTEP_COMPARE_JSON(entry["supplyChannel"]["id"], channel);
        const HttpAnswer set = m_http.send("POST",
            api(QStringLiteral("/inventory/") + QString::fromStdString(entry["id"].get<std::string>())),
            QByteArray::fromStdString(Json{{"version", entry["version"]},
                {"actions", Json::array({{{"action", "changeQuantity"}, {"quantity", 3}}})}}
                                          .dump()),
            {auth()});
        QCOMPARE(set.status, 200);
        LOCKSTEP_COMPARE_JSON(set.json()["quantityOnStock"], 3);
        const HttpAnswer stale = m_http.send("POST",
            api(QStringLiteral("/inventory/") + QString::fromStdString(entry["id"].get<std::string>())),
            QByteArray::fromStdString(Json{
                {"version", entry["version"]}, {"actions", Json::array({{{"action", "addQuantity"}, {"quantity", 1}}})}}
                                          .dump()),
            {auth()});
        QCOMPARE(stale.status, 409);
    }
};

QTEST_GUILESS_MAIN(TestCommercetoolsSim)
#include "test_commercetools_sim.moc"
