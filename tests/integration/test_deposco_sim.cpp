// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated Deposco WMS over real HTTP: token, collections newest first with links/complete, camelCase filters
// (unknown parameters ignored), create-or-update by number, records identified by `self`, the status machine with
// allocation, back orders, the cancellation window, shipments with carrier and tracking, ATP per facility, error
// shapes, 429 with an empty body, 409 on writes; customer returns created or updated by number, refused without their
// facility or with an unknown item, faulted like the rest.
#include "sim_test_client.h"
#include "world.h"

using namespace lockstep;
using namespace lockstep::test;
using core::sim::Sandbox;

class TestDeposcoSim : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    core::sim::Endpoints m_ep;
    HttpClient m_http;
    QString m_token;
    QStringList m_skus; ///< stocked WMS items of the scenario

    QUrl api(const QString& path, const QString& query = {}) const { return withPath(m_ep.wms.baseUrl, path, query); }
    QPair<QByteArray, QByteArray> auth() const { return HttpClient::bearer(m_token); }

    HttpAnswer createOrder(const QString& customerOrderNumber, const QString& sku, int quantity)
    {
        const Json line = {{"lineNumber", "1"},
            {"item", {{"businessKey", {{"number", toStd(sku)}}}}},
            {"pack", {{"businessKey", {{"item.number", toStd(sku)}, {"quantity", 1}}}}},
            {"orderPackQuantity", quantity}};
        const Json body = {{"businessUnit", {{"businessKey", {{"code", "LOCKSTEP"}}}}},
            {"number", toStd(QStringLiteral("SO-") + customerOrderNumber)},
            {"customerOrderNumber", toStd(customerOrderNumber)},
            {"orderSource", "woocommerce"},
            {"shipFromFacility", {{"businessKey", {{"number", "DC-EAST"}}}}},
            {"shipVendor", "UPS"},
            {"shipToContact", {{"firstName", "Ada"}, {"lastName", "Lovelace"}}},
            {"shipToAddress",
                {{"line1", "1 Market Street"}, {"city", "Berlin"}, {"postalCode", "10115"}, {"country", "DE"}}},
            {"orderLines", {{"data", Json::array({line})}}}};
        return m_http.send(
            "POST", api(QStringLiteral("/orders/salesOrders")), QByteArray::fromStdString(body.dump()), {auth()});
    }
    /// A CustomerReturnDTO for `number`: lines (item, quantity) numbered from 1, received at `facility` (empty: none).
    HttpAnswer postReturn(const QString& number,
        const QList<QPair<QString, int>>& lines,
        const QString& facility = QStringLiteral("DC-WEST"))
    {
        Json data = Json::array();
        for (const auto& [sku, quantity] : lines)
            data.push_back({{"lineNumber", std::to_string(data.size() + 1)},
                {"item", {{"businessKey", {{"number", toStd(sku)}}}}},
                {"pack", {{"businessKey", {{"item.number", toStd(sku)}, {"quantity", 1}}}}},
                {"orderPackQuantity", quantity}});
        Json body = {{"businessUnit", {{"businessKey", {{"code", "LOCKSTEP"}}}}},
            {"number", toStd(number)},
            {"customerOrderNumber", toStd(number.mid(4))},
            {"orderSource", "pos"},
            {"orderLines", {{"data", data}}}};
        if (!facility.isEmpty())
            body["shipToFacility"] = {{"businessKey", {{"number", toStd(facility)}}}};
        return m_http.send(
            "POST", api(QStringLiteral("/orders/customerReturns")), QByteArray::fromStdString(body.dump()), {auth()});
    }
    static QString errorOf(const HttpAnswer& a)
    {
        const Json j = a.json();
        return j.contains("errors") ? QString::fromStdString(j["errors"][0].value("errorMessage", std::string()))
                                    : QString();
    }
    Json salesOrder(qint64 id)
    {
        return m_http.get(api(QStringLiteral("/orders/salesOrders/%1").arg(id)), {auth()}).json();
    }
    static qint64 idOf(const Json& record) { return record["self"]["id"].get<qint64>(); }
    QPair<QByteArray, QByteArray> basic() const
    {
        return {"Authorization", "Basic " + (m_ep.wms.clientId + u':' + m_ep.wms.clientSecret).toUtf8().toBase64()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ep = m_sandbox.start(quietScenario());
        QVERIFY(ep.ok());
        m_ep = ep.value();
        for (const auto& item : m_sandbox.world()->items()) {
            if (item.components.isEmpty() && item.number.startsWith(QStringLiteral("LS-")))
                m_skus.append(item.number);
        }
        QVERIFY(m_skus.size() >= 4);
        HttpAnswer a = m_http.send("POST",
            m_ep.wms.authUrl,
            "grant_type=client_credentials&client_id=x&client_secret=y",
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(a.status, 401);
        a = m_http.send("POST",
            m_ep.wms.authUrl,
            QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=%2")
                .arg(m_ep.wms.clientId, m_ep.wms.clientSecret)
                .toUtf8(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(a.status, 200);
        m_token = QString::fromStdString(a.json()["access_token"].get<std::string>());
    }

    void errorsHaveTheDeposcoShape()
    {
        HttpAnswer a = m_http.get(api(QStringLiteral("/orders/salesOrders")));
        QCOMPARE(a.status, 401);
        QVERIFY(a.json()["errors"][0]["errorMessage"].is_string());
        a = m_http.get(api(QStringLiteral("/orders/salesOrders/1")), {auth()});
        QCOMPARE(a.status, 404);
        QVERIFY(a.json()["errors"][0]["errorMessage"].is_string());
        a = createOrder(QStringLiteral("X-1"), QStringLiteral("NO-SUCH-SKU"), 1);
        QCOMPARE(a.status, 400);
        QVERIFY(QString::fromStdString(a.json()["errors"][0]["errorMessage"].get<std::string>())
                    .contains(QStringLiteral("NO-SUCH-SKU")));
    }

    void aPostIsCreateOrUpdateByNumberAndUnknownFiltersAreIgnored()
    {
        const HttpAnswer first = createOrder(QStringLiteral("1001"), m_skus.at(0), 1);
        QCOMPARE(first.status, 201);
        QVERIFY(!first.json().contains("id")); // identity is self.id
        QVERIFY(idOf(first.json()) > 0);
        const HttpAnswer again = createOrder(QStringLiteral("1001"), m_skus.at(0), 1);
        QCOMPARE(again.status, 200); // updated, not a second order
        QCOMPARE(idOf(again.json()), idOf(first.json()));
        HttpAnswer a =
            m_http.get(api(QStringLiteral("/orders/salesOrders"), QStringLiteral("number=SO-1001")), {auth()});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()["data"].size(), 1u);
        LOCKSTEP_COMPARE_JSON(a.json()["complete"], true);
        createOrder(QStringLiteral("1002"), m_skus.at(0), 1);
        // Not a filter of the API: ignored, the newest orders come back.
        a = m_http.get(
            api(QStringLiteral("/orders/salesOrders"), QStringLiteral("customer_order_number=1001")), {auth()});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()["data"].size(), 2u);
        QVERIFY(idOf(a.json()["data"][0]) > idOf(a.json()["data"][1])); // newest first
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("sales_orders_received"), QStringLiteral("1001")), 1);
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
    }

    void collectionsPageWithNextLinks()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(createOrder(QStringLiteral("P-%1").arg(i), m_skus.at(1), 1).status, 201);
        const int total = static_cast<int>(m_sandbox.world()->salesOrders().size());
        QUrl next = api(QStringLiteral("/orders/salesOrders"), QStringLiteral("pageSize=2"));
        int seen = 0;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int guard = 0; next.isValid() && guard < 20; ++guard) {
            const Json body = m_http.get(next, {auth()}).json();
            for (const auto& so : body["data"]) {
                QVERIFY(idOf(so) < previous);
                previous = idOf(so);
                ++seen;
            }
            next = body["complete"].get<bool>()
                ? QUrl()
                : QUrl(QString::fromStdString(body["links"][0]["href"].get<std::string>()));
        }
        QCOMPARE(seen, total);
        QCOMPARE(m_http.get(api(QStringLiteral("/orders/salesOrders"), QStringLiteral("pageSize=51")), {auth()}).status,
            400);
        QCOMPARE(
            m_http.get(api(QStringLiteral("/shipments/outboundShipments"), QStringLiteral("pageSize=100")), {auth()})
                .status,
            200);
    }

    void ordersMoveThroughTheStatusMachineToShipment()
    {
        const HttpAnswer created = createOrder(QStringLiteral("SHIP-1"), m_skus.at(2), 2);
        LOCKSTEP_COMPARE_JSON(created.json()["orderStatus"], "New");
        const qint64 id = idOf(created.json());
        m_sandbox.advance(10 * 60 * 1000);
        Json so = salesOrder(id);
        LOCKSTEP_COMPARE_JSON(so["orderStatus"], "Ready for Fulfillment");
        LOCKSTEP_COMPARE_JSON(so["orderLines"]["data"][0]["allocatedQuantity"], 2);
        m_sandbox.advance(5 * 15 * 60 * 1000); // Wave Built, Released, Picking, Pick Complete, Staged
        so = salesOrder(id);
        LOCKSTEP_COMPARE_JSON(so["orderStatus"], "Staged");
        HttpAnswer shipments = m_http.get(
            api(QStringLiteral("/shipments/outboundShipments"), QStringLiteral("orderNumber=SO-SHIP-1")), {auth()});
        const Json label = shipments.json()["data"][shipments.json()["data"].size() - 1];
        LOCKSTEP_COMPARE_JSON(label["shipVendor"], "UPS");
        QVERIFY(!label["trackingNumber"].get<std::string>().empty());
        LOCKSTEP_COMPARE_JSON(
            label["shipmentLines"]["data"][0]["shippedPackQuantity"], 0); // label printed, not yet collected
        m_sandbox.advance(2 * 15 * 60 * 1000);
        so = salesOrder(id);
        LOCKSTEP_COMPARE_JSON(so["orderStatus"], "Ship Complete");
        LOCKSTEP_COMPARE_JSON(so["orderLines"]["data"][0]["shippedPackQuantity"], 2);
        shipments = m_http.get(
            api(QStringLiteral("/shipments/outboundShipments"), QStringLiteral("orderNumber=SO-SHIP-1")), {auth()});
        bool shipped = false;
        const Json list = shipments.json();
        for (const auto& s : list["data"])
            shipped =
                shipped || (s["status"] == "Shipped" && s["shipmentLines"]["data"][0]["shippedPackQuantity"] == 2);
        QVERIFY(shipped);
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("shipments_collected"), QStringLiteral("SHIP-1")), 1);
    }

    void cancellationWindowIsEnforced()
    {
        const qint64 early = idOf(createOrder(QStringLiteral("CXL-1"), m_skus.at(2), 1).json());
        const qint64 late = idOf(createOrder(QStringLiteral("CXL-2"), m_skus.at(2), 1).json());
        HttpAnswer a = m_http.send("POST",
            api(QStringLiteral("/orders/salesOrders/%1/cancellations").arg(early)),
            R"({"orderLines":[]})",
            {auth()});
        QCOMPARE(a.status, 200);
        LOCKSTEP_COMPARE_JSON(a.json()["orderStatus"], "Canceled");
        m_sandbox.advance(10 * 60 * 1000 + 2 * 15 * 60 * 1000); // allocated, Wave Built, Released
        LOCKSTEP_COMPARE_JSON(salesOrder(late)["orderStatus"], "Released");
        a = m_http.send("POST",
            api(QStringLiteral("/orders/salesOrders/%1/cancellations").arg(late)),
            R"({"orderLines":[]})",
            {auth()});
        QCOMPARE(a.status, 400);
        QVERIFY(QString::fromStdString(a.json()["errors"][0]["errorMessage"].get<std::string>())
                    .contains(QStringLiteral("Released")));
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("cancellations_accepted"), QStringLiteral("CXL-1")), 1);
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("cancellations_refused"), QStringLiteral("CXL-2")), 1);
    }

    void shortStockBackOrdersAndOnlyBackOrderedQuantitiesCancelOnceReleased()
    {
        const QUrl atpUrl(m_ep.wms.atpUrl.toString()
            + QStringLiteral("?businessUnit=LOCKSTEP&itemNumber=%1&facilityNumber=DC-EAST").arg(m_skus.at(3)));
        QCOMPARE(m_http.get(atpUrl, {auth()}).status, 401); // the legacy API knows no OAuth token
        const HttpAnswer atp = m_http.get(atpUrl, {basic()});
        QCOMPARE(atp.status, 200);
        const int available = atp.json()[0]["facilities"][0]["availableToPromise"].get<int>();
        QVERIFY(available > 0);
        const Json created = createOrder(QStringLiteral("SHORT-1"), m_skus.at(3), available + 3).json();
        const qint64 id = idOf(created);
        const qint64 lineId = idOf(created["orderLines"]["data"][0]);
        m_sandbox.advance(10 * 60 * 1000);
        Json so = salesOrder(id);
        LOCKSTEP_COMPARE_JSON(so["orderStatus"], "Back Ordered");
        LOCKSTEP_COMPARE_JSON(so["orderLines"]["data"][0]["allocatedQuantity"], available);
        LOCKSTEP_COMPARE_JSON(so["orderLines"]["data"][0]["unallocatedQuantity"], 3);
        QVERIFY(so["orderLines"]["data"][0]["isBackOrdered"].is_string()); // a reason code
        m_sandbox.advance(6 * 15 * 60 * 1000);
        LOCKSTEP_COMPARE_JSON(salesOrder(id)["orderStatus"], "Partially Released");
        const auto cancel = [&](int qty) {
            return m_http.send("POST",
                api(QStringLiteral("/orders/salesOrders/%1/cancellations").arg(id)),
                QByteArray::fromStdString(Json{
                    {"orderLines", Json::array({{{"orderLine", {{"id", lineId}}}, {"canceledPackQuantity", qty}}})}}
                                              .dump()),
                {auth()});
        };
        QCOMPARE(cancel(4).status, 400); // more than the back-ordered 3
        const HttpAnswer ok = cancel(3);
        QCOMPARE(ok.status, 200);
        LOCKSTEP_COMPARE_JSON(ok.json()["orderStatus"], "Released");
        LOCKSTEP_COMPARE_JSON(ok.json()["orderLines"]["data"][0]["canceledPackQuantity"], 3);
        // The unknown-to-the-warehouse item never allocates at all.
        const qint64 scarce = idOf(createOrder(QStringLiteral("SHORT-2"), QStringLiteral("PRINT-LTD"), 1).json());
        m_sandbox.advance(10 * 60 * 1000);
        LOCKSTEP_COMPARE_JSON(salesOrder(scarce)["orderStatus"], "Back Ordered");
        QVERIFY(m_sandbox.ledger().counter(QStringLiteral("wms.allocation_failures")) >= 2);
    }

    void kitsAndItems()
    {
        const HttpAnswer kits = m_http.get(api(QStringLiteral("/kitHeaders")), {auth()});
        QCOMPARE(kits.status, 200);
        QCOMPARE(kits.json()["data"].size(), 2u);
        const Json details = kits.json()["data"][0]["kitDetails"]["data"];
        QCOMPARE(details.size(), 3u); // the kit (Output) and its two components (Input)
        LOCKSTEP_COMPARE_JSON(details[0]["type"], "Output");
        LOCKSTEP_COMPARE_JSON(details[1]["type"], "Input");
        const HttpAnswer item =
            m_http.get(api(QStringLiteral("/items"), QStringLiteral("number=BEANIE-NVY")), {auth()});
        QCOMPARE(item.json()["data"].size(), 1u);
        QCOMPARE(m_http.get(api(QStringLiteral("/items"), QStringLiteral("number=GC-STORE")), {auth()})
                     .json()["data"]
                     .size(),
            0u);
    }

    void rateLimitHasAnEmptyBodyAndConflictsAreDeposcoShaped()
    {
        core::sim::FaultProfile limited;
        limited.rateLimitRate = 1.0;
        limited.retryAfterSeconds = 3;
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, limited);
        HttpAnswer a = m_http.get(api(QStringLiteral("/orders/salesOrders")), {auth()});
        QCOMPARE(a.status, 429);
        QVERIFY(a.body.isEmpty());
        QCOMPARE(a.header("Retry-After"), QByteArray("3"));
        core::sim::FaultProfile conflicts;
        conflicts.conflictRate = 1.0;
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, conflicts);
        const int before = static_cast<int>(m_sandbox.world()->salesOrders().size());
        a = createOrder(QStringLiteral("C-1"), m_skus.at(0), 1);
        QCOMPARE(a.status, 409);
        QVERIFY(QString::fromStdString(a.json()["errors"][0]["errorMessage"].get<std::string>())
                    .contains(QStringLiteral("concurrent")));
        QCOMPARE(static_cast<int>(m_sandbox.world()->salesOrders().size()), before); // rejected, not applied
        QCOMPARE(
            m_http.get(api(QStringLiteral("/orders/salesOrders")), {auth()}).status, 200); // reads are not conflicts
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, {});
    }

    void customerReturnsAreRefusedWithoutTheirFacilityOrWithAnUnknownItem()
    {
        const int before = static_cast<int>(m_sandbox.world()->customerReturns().size());
        HttpAnswer a = postReturn(QStringLiteral("POS-R-1"), {{m_skus.at(0), 1}}, QString());
        QCOMPARE(a.status, 400);
        QVERIFY(errorOf(a).contains(QStringLiteral("shipToFacility")));
        a = postReturn(QStringLiteral("POS-R-1"), {{m_skus.at(0), 1}}, QStringLiteral("NO-SUCH-DC"));
        QCOMPARE(a.status, 400);
        QVERIFY(errorOf(a).contains(QStringLiteral("NO-SUCH-DC")));
        a = postReturn(QStringLiteral("POS-R-1"), {{m_skus.at(0), 1}, {QStringLiteral("NO-SUCH-SKU"), 1}});
        QCOMPARE(a.status, 400);
        QVERIFY(errorOf(a).contains(QStringLiteral("NO-SUCH-SKU")));
        a = postReturn(QStringLiteral("POS-R-1"), {{m_skus.at(0), 0}});
        QCOMPARE(a.status, 400);
        QCOMPARE(static_cast<int>(m_sandbox.world()->customerReturns().size()), before); // nothing applied
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("wms.customer_returns_created")), 0);
    }

    void aCustomerReturnIsCreateOrUpdateByNumber()
    {
        const HttpAnswer first = postReturn(QStringLiteral("POS-R-2"), {{m_skus.at(0), 2}});
        QCOMPARE(first.status, 201);
        QVERIFY(!first.json().contains("id")); // identity is self.id
        const qint64 id = idOf(first.json());
        LOCKSTEP_COMPARE_JSON(first.json()["shipToFacility"]["businessKey"]["number"], "DC-WEST");
        LOCKSTEP_COMPARE_JSON(first.json()["orderLines"]["data"][0]["lineNumber"], "1");
        LOCKSTEP_COMPARE_JSON(first.json()["orderLines"]["data"][0]["orderPackQuantity"], 2);
        LOCKSTEP_COMPARE_JSON(first.json()["orderStatus"], "New");
        // Again with a higher quantity and a new line: the same return, updated.
        const HttpAnswer again = postReturn(QStringLiteral("POS-R-2"), {{m_skus.at(0), 3}, {m_skus.at(1), 1}});
        QCOMPARE(again.status, 200);
        QCOMPARE(idOf(again.json()), id);
        QCOMPARE(again.json()["orderLines"]["data"].size(), 2u);
        // A lower quantity is a cancellation, which has its own endpoint: refused, nothing changed.
        const HttpAnswer lower = postReturn(QStringLiteral("POS-R-2"), {{m_skus.at(0), 1}});
        QCOMPARE(lower.status, 400);
        QVERIFY(errorOf(lower).contains(QStringLiteral("cancellation")));
        const int index = m_sandbox.world()->findCustomerReturnByNumber(QStringLiteral("POS-R-2"));
        QVERIFY(index >= 0);
        const core::sim::CustomerReturn& held = m_sandbox.world()->customerReturns().at(index);
        QCOMPARE(held.facility, QStringLiteral("DC-WEST"));
        QCOMPARE(held.lines.size(), 2);
        QCOMPARE(held.lines.at(0).orderQty, 3);
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("wms.customer_returns_created")), 1);
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("wms.customer_returns_updated")), 1);
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("customer_returns_created"), QStringLiteral("R-2")), 1);
        // Listed as the other collections are, filtered by number; at most 50 a page.
        QCOMPARE(postReturn(QStringLiteral("POS-R-3"), {{m_skus.at(2), 1}}).status, 201);
        HttpAnswer a =
            m_http.get(api(QStringLiteral("/orders/customerReturns"), QStringLiteral("number=POS-R-2")), {auth()});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()["data"].size(), 1u);
        QCOMPARE(idOf(a.json()["data"][0]), id);
        LOCKSTEP_COMPARE_JSON(a.json()["complete"], true);
        QVERIFY(a.json()["links"].is_array());
        a = m_http.get(api(QStringLiteral("/orders/customerReturns")), {auth()});
        QCOMPARE(a.json()["data"].size(), 2u);
        QVERIFY(idOf(a.json()["data"][0]) > idOf(a.json()["data"][1])); // newest first
        QCOMPARE(
            m_http.get(api(QStringLiteral("/orders/customerReturns"), QStringLiteral("pageSize=51")), {auth()}).status,
            400);
    }

    void customerReturnsAreFaultedLikeTheOtherEndpoints()
    {
        core::sim::FaultProfile limited;
        limited.rateLimitRate = 1.0;
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, limited);
        const HttpAnswer a = m_http.get(api(QStringLiteral("/orders/customerReturns")), {auth()});
        QCOMPARE(a.status, 429);
        QVERIFY(a.body.isEmpty());
        core::sim::FaultProfile conflicts;
        conflicts.conflictRate = 1.0;
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, conflicts);
        const int before = static_cast<int>(m_sandbox.world()->customerReturns().size());
        QCOMPARE(postReturn(QStringLiteral("POS-R-4"), {{m_skus.at(0), 1}}).status, 409);
        QCOMPARE(static_cast<int>(m_sandbox.world()->customerReturns().size()), before); // rejected, not applied
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, {});
    }
};

QTEST_GUILESS_MAIN(TestDeposcoSim)
#include "test_deposco_sim.moc"
