// SPDX-License-Identifier: GPL-3.0-or-later
// Drift between the Deposco connector and the sandbox made visible: a demo trading day through the engine with
// every exchange recorded, each one held to the vendor's own schema (tests/schemas/deposco, generated from the
// SDK's models and operations). Request bodies and responses must be fields of the models (no others: a field
// the connector relied on that the model lacks could never reach it from a real server), query parameters must
// be the operation's wire names, page sizes within its limit. The engine sends no till returns yet, so customer returns
// are exchanged through the connector itself (create, look-up, a refusal) and held to the same models. The checker
// itself is shown to catch a renamed field on either side.
#include "connector_test_support.h"
#include "deposco_test_settings.h"
#include "engine_run.h"
#include "net/http_client.h"
#include "schema_check.h"
#include "sim_test_client.h"
#include "support.h"
#include "world.h"

#include <QRegularExpression>
#include <QTest>

using namespace lockstep::core;
using lockstep::test::SchemaSet;

namespace {

using Json = SchemaSet::Json;

/// The operation's key in operations.json: method and path under /latest with ids as the SDK's placeholders.
QString operationKey(const sim::SimRequest& request)
{
    QString path = request.path.mid(request.path.indexOf(QStringLiteral("/latest")) + 7);
    static const QList<std::pair<QRegularExpression, QString>> kIds = {
        {QRegularExpression(QStringLiteral("^/orders/salesOrders/\\d+")),
            QStringLiteral("/orders/salesOrders/{orderId}")},
        {QRegularExpression(QStringLiteral("^/shipments/outboundShipments/\\d+")),
            QStringLiteral("/shipments/outboundShipments/{shipmentId}")},
        {QRegularExpression(QStringLiteral("^/kitHeaders/\\d+")), QStringLiteral("/kitHeaders/{kitHeaderId}")},
        {QRegularExpression(QStringLiteral("^/items/\\d+")), QStringLiteral("/items/{itemId}")},
        {QRegularExpression(QStringLiteral("^/inventory/facilities/\\d+/locations/\\d+/updates")),
            QStringLiteral("/inventory/facilities/{facilityId}/locations/{locationId}/updates")},
    };
    for (const auto& [pattern, placeholder] : kIds)
        path.replace(pattern, placeholder);
    return QString::fromLatin1(request.method) + u' ' + path;
}

/// The model a successful answer of the operation is.
QString responseModel(const QString& key)
{
    static const QHash<QString, QString> kModels = {
        {QStringLiteral("GET /orders/salesOrders"), QStringLiteral("SalesOrderCollectionDTO")},
        {QStringLiteral("GET /orders/salesOrders/{orderId}"), QStringLiteral("SalesOrderDTO")},
        {QStringLiteral("GET /orders/salesOrders/{orderId}/orderLines"), QStringLiteral("SalesOrderLineCollectionDTO")},
        {QStringLiteral("POST /orders/salesOrders"), QStringLiteral("SalesOrderDTO")},
        {QStringLiteral("POST /orders/salesOrders/{orderId}/cancellations"), QStringLiteral("SalesOrderDTO")},
        {QStringLiteral("GET /shipments/outboundShipments"), QStringLiteral("OutboundShipmentCollectionDTO")},
        {QStringLiteral("GET /shipments/outboundShipments/{shipmentId}"), QStringLiteral("OutboundShipmentDTO")},
        {QStringLiteral("GET /items"), QStringLiteral("ItemCollectionDTO")},
        {QStringLiteral("GET /items/{itemId}"), QStringLiteral("ItemDTO")},
        {QStringLiteral("GET /kitHeaders"), QStringLiteral("KitHeaderCollectionDTO")},
        {QStringLiteral("GET /kitHeaders/{kitHeaderId}/kitDetails"), QStringLiteral("KitDetailCollectionDTO")},
        {QStringLiteral("GET /facilities"), QStringLiteral("GetFacilities200Response")},
        {QStringLiteral("GET /orders/customerReturns"), QStringLiteral("CustomerReturnCollectionDTO")},
        {QStringLiteral("POST /orders/customerReturns"), QStringLiteral("CustomerReturnDTO")},
        {QStringLiteral("GET /locations"), QStringLiteral("LocationCollectionDTO")},
        {QStringLiteral("GET /inventory/inventoryAdjustments"), QStringLiteral("InventoryAdjustmentCollectionDTO")},
        {QStringLiteral("POST /inventory/facilities/{facilityId}/locations/{locationId}/updates"),
            QStringLiteral("InventoryUpdateDTO")},
    };
    return kModels.value(key);
}

QString requestModel(const QString& key)
{
    if (key == QLatin1String("POST /orders/salesOrders"))
        return QStringLiteral("SalesOrderDTO");
    if (key == QLatin1String("POST /orders/salesOrders/{orderId}/cancellations"))
        return QStringLiteral("OrderCancellationDTO");
    if (key == QLatin1String("POST /orders/customerReturns"))
        return QStringLiteral("CustomerReturnDTO");
    if (key == QLatin1String("POST /inventory/facilities/{facilityId}/locations/{locationId}/updates"))
        return QStringLiteral("InventoryUpdateDTO");
    return {};
}

} // namespace

class TestWmsConformance : public QObject
{
    Q_OBJECT

private:
    std::optional<SchemaSet> m_models;
    std::optional<SchemaSet> m_legacy;
    Json m_operations;

    /// Every way `e` breaks the vendor's schema or operations.
    QStringList check(const sim::SimExchange& e) const
    {
        QStringList out;
        const sim::SimRequest& r = e.request;
        const QString where = QString::fromLatin1(r.method) + u' ' + r.path;
        if (r.path.endsWith(QStringLiteral("/oauth2/token")))
            return out;
        if (r.path.endsWith(QStringLiteral("/getRestfulATP"))) {
            if (e.response.status == 200) {
                for (const QString& v :
                    m_legacy->violations(SchemaSet::parse(e.response.body), QStringLiteral("RestfulAtpAnswer")))
                    out << where + QStringLiteral(" answer ") + v;
            }
            return out;
        }
        const QString key = operationKey(r);
        const std::string k = key.toStdString();
        if (!m_operations.contains(k))
            return {where + QStringLiteral(": no such operation in the SDK (") + key + u')'};
        const Json& op = m_operations.at(k);
        // A next link is the server's own URL; its page number rides beside the documented searchId.
        auto items = r.query.queryItems(QUrl::FullyDecoded);
        if (r.hasQuery(QStringLiteral("searchId")))
            items.removeIf([](const auto& item) { return item.first == QLatin1String("page"); });
        out += lockstep::test::queryViolations(
            items, op.at("query"), QStringLiteral("pageSize"), op.at("maxPageSize"), where);
        if (const QString model = requestModel(key); !model.isEmpty()) {
            for (const QString& v : m_models->violations(SchemaSet::parse(r.body), model))
                out << where + QStringLiteral(" request ") + v;
        }
        const int status = e.response.status;
        QString answer;
        if (status >= 200 && status < 300)
            answer = responseModel(key);
        else if (!e.response.body.isEmpty())
            answer = QStringLiteral("BadRequestAPIResponse"); // {errors: [{errorMessage}]}, 400 to 404 alike
        if (!answer.isEmpty()) {
            for (const QString& v : m_models->violations(SchemaSet::parse(e.response.body), answer))
                out << where + QStringLiteral(" answer ") + v;
        } else if (status >= 200 && status < 300) {
            out << where + QStringLiteral(": no model known for this answer");
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_models = SchemaSet::load(QStringLiteral(":/schemas/deposco/models.json"));
        m_legacy = SchemaSet::load(QStringLiteral(":/schemas/deposco/legacy.json"));
        QVERIFY(m_models && m_legacy);
        const Json ops = SchemaSet::read(QStringLiteral(":/schemas/deposco/operations.json"));
        QVERIFY(ops.contains("operations"));
        m_operations = ops.at("operations");
        QVERIFY(m_operations.contains("GET /orders/salesOrders"));
    }

    void aDemoDayConformsToTheVendorsSchema()
    {
        sim::Sandbox sandbox;
        const QString day = lockstep::test::runRecordedDemoDay(sandbox);
        QVERIFY2(day.isEmpty(), qPrintable(day));
        QStringList violations;
        QSet<QString> operations;
        int wms = 0;
        for (const auto& e : sandbox.exchanges()) {
            if (e.system != QLatin1String("wms"))
                continue;
            ++wms;
            operations.insert(operationKey(e.request));
            violations += check(e);
        }
        qInfo("%d WMS exchanges over %lld operations checked", wms, static_cast<long long>(operations.size()));
        QVERIFY2(violations.isEmpty(),
            qPrintable(
                QStringLiteral("%1 violations, first: \n").arg(violations.size()) + violations.mid(0, 20).join(u'\n')));
        // The day used what matters: creates, look-ups, order and shipment feeds, items with kits, availability, and
        // the engine's customer returns for the stores' returns (looked up, then created).
        for (const char* needed : {"POST /orders/salesOrders",
                 "GET /orders/salesOrders",
                 "GET /shipments/outboundShipments",
                 "GET /items",
                 "GET /kitHeaders",
                 "GET /orders/customerReturns",
                 "POST /orders/customerReturns"})
            QVERIFY2(operations.contains(QLatin1String(needed)), needed);
        QVERIFY(sandbox.ledger().counter(QStringLiteral("wms.shipments_collected")) > 0);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.orders_received_more_than_once")), 0);
        QCOMPARE(sandbox.ledger().counter(QStringLiteral("wms.customer_returns_created_more_than_once")), 0);
        // The storefront's shipping address travelled end to end (storefront, store, outbox, create body).
        int addressed = 0;
        for (const auto& so : sandbox.world()->salesOrders()) {
            if (so.storefront < 0)
                continue;
            const auto& placed = sandbox.world()->orders().at(so.storefront);
            const sim::Json to = so.extra.value("shipToAddress", sim::Json::object());
            QVERIFY2(to.value("line1", std::string()) == "1 Market Street"
                    && to.value("city", std::string()) == placed.city.toStdString()
                    && to.value("postalCode", std::string()) == placed.postcode.toStdString(),
                qPrintable(QString::fromStdString(so.extra.dump())));
            const sim::Json contact = so.extra.value("shipToContact", sim::Json::object());
            QCOMPARE(QString::fromStdString(contact.value("lastName", std::string())), placed.lastName.left(30));
            ++addressed;
        }
        QVERIFY(addressed > 20);
        // A shipment reaches the storefront as shipped once: no WooCommerce order was completed twice.
        for (const auto& o : sandbox.world()->orders()) {
            if (o.wooId > 0)
                QVERIFY2(sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_completed"), o.number) <= 1,
                    qPrintable(o.number));
        }
    }

    void customerReturnsConformToTheVendorsSchema()
    {
        sim::Sandbox sandbox;
        const auto ep = sandbox.start(lockstep::test::quietScenario());
        QVERIFY(ep.ok());
        QStringList skus;
        for (const auto& item : sandbox.world()->items()) {
            if (item.components.isEmpty() && item.number.startsWith(QStringLiteral("LS-")))
                skus.append(item.number);
        }
        QVERIFY(skus.size() >= 2);
        sandbox.setRecordsExchanges(true);
        net::HttpClient http(QStringLiteral("wms"), nullptr);
        connectors::deposco::DeposcoConnector wms(lockstep::test::deposcoSettings(ep.value()), http);
        connectors::WmsReturnRequest request;
        request.reference = QStringLiteral("pos:RET-1");
        request.number = QStringLiteral("POS-RET-1");
        request.customerOrderNumber = QStringLiteral("RET-1");
        request.relatedOrderNumber = QStringLiteral("SALE-1");
        request.origin = QStringLiteral("pos");
        request.facility = QStringLiteral("DC-WEST");
        request.lines = {{1, skus.at(0), 2}, {2, skus.at(1), 1}};
        const auto none = lockstep::test::waitFor<std::optional<connectors::WmsCustomerReturn>>(
            [&](auto reply) { wms.findCustomerReturn(request.number, reply); });
        QVERIFY(none && none->ok() && !none->value());
        const auto created = lockstep::test::waitFor<connectors::WmsCustomerReturn>(
            [&](auto reply) { wms.createCustomerReturn(request, reply); });
        QVERIFY(created && created->ok());
        const auto found = lockstep::test::waitFor<std::optional<connectors::WmsCustomerReturn>>(
            [&](auto reply) { wms.findCustomerReturn(request.number, reply); });
        QVERIFY(found && found->ok() && found->value());
        connectors::WmsReturnRequest unknown = request; // refused: the error body is held to its model too
        unknown.number = QStringLiteral("POS-RET-2");
        unknown.lines = {{1, QStringLiteral("NO-SUCH-SKU"), 1}};
        const auto refused = lockstep::test::waitFor<connectors::WmsCustomerReturn>(
            [&](auto reply) { wms.createCustomerReturn(unknown, reply); });
        QVERIFY(refused && !refused->ok());

        QStringList violations;
        QSet<QString> operations;
        for (const auto& e : sandbox.exchanges()) {
            if (e.system != QLatin1String("wms"))
                continue;
            operations.insert(operationKey(e.request));
            violations += check(e);
        }
        QVERIFY2(violations.isEmpty(),
            qPrintable(
                QStringLiteral("%1 violations, first: \n").arg(violations.size()) + violations.mid(0, 20).join(u'\n')));
        QVERIFY(operations.contains(QStringLiteral("GET /orders/customerReturns")));
        QVERIFY(operations.contains(QStringLiteral("POST /orders/customerReturns")));
        // The lines travel wrapped as the model declares them ({data: [...]}); a bare list would be caught.
        std::optional<Json> sent;
        for (const auto& e : sandbox.exchanges()) {
            if (e.request.method == "POST" && operationKey(e.request) == QLatin1String("POST /orders/customerReturns"))
                sent = SchemaSet::parse(e.request.body);
        }
        QVERIFY(sent);
        (*sent)["orderLines"] = Json((*sent)["orderLines"]["data"]);
        QVERIFY(!m_models->violations(*sent, QStringLiteral("CustomerReturnDTO")).isEmpty());
    }

    void storeSalesConformToTheVendorsSchema()
    {
        auto scenario = lockstep::test::quietScenario();
        scenario.pos.stores = {QStringLiteral("STORE-01")};
        scenario.pos.storeFacilities = {QStringLiteral("STORE-01")};
        scenario.pos.stockMoveTwiceEvery = 0; // every update applied once here
        sim::startHoursAgo(scenario, QDateTime::currentDateTimeUtc(), 1); // the WMS's clock near ours
        sim::Sandbox sandbox;
        const auto ep = sandbox.start(scenario);
        QVERIFY(ep.ok());
        QString sku;
        for (const auto& item : sandbox.world()->items()) {
            if (item.components.isEmpty() && sandbox.world()->onHand(item.number, QStringLiteral("STORE-01")) > 2)
                sku = item.number;
        }
        QVERIFY(!sku.isEmpty());
        const int before = sandbox.world()->onHand(sku, QStringLiteral("STORE-01"));
        sandbox.setRecordsExchanges(true);
        net::HttpClient http(QStringLiteral("wms"), nullptr);
        connectors::deposco::DeposcoConnector wms(lockstep::test::deposcoSettings(ep.value()), http);
        connectors::WmsStockMove move;
        move.transaction = QStringLiteral("pos:S-1#1");
        move.facility = QStringLiteral("STORE-01");
        move.location = QStringLiteral("SALES-FLOOR");
        move.sku = sku;
        move.quantity = 2;
        move.queuedAt = QDateTime::currentDateTimeUtc();
        const auto count = [&] {
            const auto n = lockstep::test::waitFor<int>([&](auto reply) { wms.countStockMoves(move, reply); });
            return n && n->ok() ? n->value() : -1;
        };
        QCOMPARE(count(), 0);
        const auto applied = lockstep::test::waitForDone([&](auto done) { wms.applyStockMove(move, done); });
        QVERIFY2(applied && applied->ok(), applied ? qPrintable(applied->error().toString()) : "no answer");
        QCOMPARE(count(), 1);
        QCOMPARE(sandbox.world()->onHand(sku, QStringLiteral("STORE-01")), before - 2);
        // Refused: a store the warehouse has not set up, and an item it lacks.
        connectors::WmsStockMove elsewhere = move;
        elsewhere.facility = QStringLiteral("STORE-99");
        const auto noFacility = lockstep::test::waitForDone([&](auto done) { wms.applyStockMove(elsewhere, done); });
        QVERIFY(noFacility && !noFacility->ok());
        QCOMPARE(noFacility->error().code, ErrorCode::Refused);
        QVERIFY2(noFacility->error().message.contains(QStringLiteral("no facility STORE-99")),
            qPrintable(noFacility->error().message));
        connectors::WmsStockMove unknown = move;
        unknown.sku = QStringLiteral("NO-SUCH-SKU");
        const auto noItem = lockstep::test::waitForDone([&](auto done) { wms.applyStockMove(unknown, done); });
        QVERIFY(noItem && !noItem->ok());
        QCOMPARE(noItem->error().code, ErrorCode::Refused);

        QStringList violations;
        QSet<QString> operations;
        for (const auto& e : sandbox.exchanges()) {
            if (e.system != QLatin1String("wms"))
                continue;
            operations.insert(operationKey(e.request));
            violations += check(e);
        }
        QVERIFY2(violations.isEmpty(),
            qPrintable(
                QStringLiteral("%1 violations, first: \n").arg(violations.size()) + violations.mid(0, 20).join(u'\n')));
        for (const char* needed : {"GET /facilities",
                 "GET /locations",
                 "GET /inventory/inventoryAdjustments",
                 "POST /inventory/facilities/{facilityId}/locations/{locationId}/updates"})
            QVERIFY2(operations.contains(QLatin1String(needed)), needed);
        // The update's two parts are required by the model: a body without them is caught.
        std::optional<Json> sent;
        for (const auto& e : sandbox.exchanges()) {
            if (e.request.method == "POST" && e.request.path.contains(QStringLiteral("/updates")))
                sent = SchemaSet::parse(e.request.body);
        }
        QVERIFY(sent);
        QVERIFY(m_models->violations(*sent, QStringLiteral("InventoryUpdateDTO")).isEmpty());
        sent->erase("modifiedInventory");
        QVERIFY(!m_models->violations(*sent, QStringLiteral("InventoryUpdateDTO")).isEmpty());
    }

    void aRenamedFieldOnEitherSideIsCaught()
    {
        const Json order = {{"businessUnit", {{"businessKey", {{"code", "LOCKSTEP"}}}}},
            {"number", "WC-1001"},
            {"shipToContact", {{"firstName", "Ada"}, {"lastName", "Lovelace"}}},
            {"shipToAddress", {{"line1", "1 Market Street"}, {"country", "DE"}}},
            {"orderLines",
                {{"data",
                    Json::array({{{"lineNumber", "1"},
                        {"item", {{"businessKey", {{"number", "LS-1001"}}}}},
                        {"pack", {{"businessKey", {{"item.number", "LS-1001"}, {"quantity", 1}}}}},
                        {"orderPackQuantity", 1}}})}}},
            {"customFields", Json::array({{{"name", "giftMessage"}, {"value", "Hi"}}})}};
        QCOMPARE(m_models->violations(order, QStringLiteral("SalesOrderDTO")), QStringList());
        // The connector renames a field it sends.
        Json sent = order;
        sent["shipToAddress"]["postcode"] = "10115";
        QVERIFY(!m_models->violations(sent, QStringLiteral("SalesOrderDTO")).isEmpty());
        sent = order;
        sent["customFields"] = {{"giftMessage", "Hi"}}; // an object, not [{name, value}]
        QVERIFY(!m_models->violations(sent, QStringLiteral("SalesOrderDTO")).isEmpty());
        // The sandbox renames a field it serves.
        Json served = order;
        served["self"] = {{"id", 5}};
        served["orderStatus"] = "New";
        QCOMPARE(m_models->violations(served, QStringLiteral("SalesOrderDTO")), QStringList());
        served["id"] = 5; // a top-level id, which the model does not have
        QVERIFY(!m_models->violations(served, QStringLiteral("SalesOrderDTO")).isEmpty());
        served = order;
        served["orderLines"]["data"][0]["isBackOrdered"] = true; // a reason code, not a flag
        QVERIFY(!m_models->violations(served, QStringLiteral("SalesOrderDTO")).isEmpty());
        // A query parameter under its PHP variable name is not one the operation sends.
        sim::SimExchange e;
        e.system = QStringLiteral("wms");
        e.request.method = "GET";
        e.request.path = QStringLiteral("/latest/orders/salesOrders");
        e.request.query.addQueryItem(QStringLiteral("updated_after"), QStringLiteral("2026-01-05T00:00:00Z"));
        e.response = sim::SimResponse::json(200,
            sim::Json{{"data", sim::Json::array()}, {"links", sim::Json::array()}, {"complete", true}, {"pages", 1}});
        QCOMPARE(check(e).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWmsConformance)
#include "test_wms_conformance.moc"
