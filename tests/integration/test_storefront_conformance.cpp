// SPDX-License-Identifier: GPL-3.0-or-later
// Drift between the storefront connectors, the sandbox and the vendors made visible: a demo trading day through the
// engine (both storefronts to the warehouse), plus a note and a catalogue read by each connector, with every
// exchange recorded and held to the vendor's own schema: tests/schemas/woocommerce (WooCommerce's REST controllers'
// get_item_schema() and get_collection_params()) and tests/schemas/commercetools (generated from the commercetools
// API reference). Request bodies and successful answers must be the vendor's models, fields of no other name (a
// field the connector relied on that the model lacks could never reach it from a real shop); query parameters must
// be the operation's, page sizes within its limit. The checker is shown to catch a renamed field on either side.
#include "connector_test_support.h"
#include "connectors/commercetools/ct_connector.h"
#include "connectors/woocommerce/woo_connector.h"
#include "engine_run.h"
#include "net/http_client.h"
#include "schema_check.h"
#include "sim_test_client.h"
#include "support.h"
#include "world.h"

#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace lockstep::core;
using lockstep::test::SchemaSet;

namespace {

using Json = SchemaSet::Json;

QString replaced(QString path, const QList<std::pair<QRegularExpression, QString>>& ids)
{
    for (const auto& [pattern, placeholder] : ids)
        path.replace(pattern, placeholder);
    return path;
}

/// The operation's key in woocommerce/operations.json: method and path under /wp-json/wc/v3, ids as placeholders.
QString wooKey(const sim::SimRequest& r)
{
    static const QList<std::pair<QRegularExpression, QString>> kIds = {
        {QRegularExpression(QStringLiteral("^/orders/\\d+/notes")), QStringLiteral("/orders/{order_id}/notes")},
        {QRegularExpression(QStringLiteral("^/orders/\\d+$")), QStringLiteral("/orders/{id}")},
        {QRegularExpression(QStringLiteral("^/products/\\d+/variations")),
            QStringLiteral("/products/{product_id}/variations")},
    };
    const QString path = r.path.mid(r.path.indexOf(QStringLiteral("/wc/v3")) + 6);
    return QString::fromLatin1(r.method) + u' ' + replaced(path, kIds);
}

/// The operation's key in commercetools/operations.json: the project key and resource ids as the reference names them.
QString ctKey(const sim::SimRequest& r)
{
    if (r.path == QLatin1String("/oauth/token"))
        return QString::fromLatin1(r.method) + QStringLiteral(" /oauth/token");
    static const QList<std::pair<QRegularExpression, QString>> kIds = {
        {QRegularExpression(QStringLiteral("^/[^/]+")), QStringLiteral("/{projectKey}")},
        {QRegularExpression(QStringLiteral("^(/\\{projectKey\\}/(orders|inventory))/[^/]+$")),
            QStringLiteral("\\1/{ID}")},
    };
    return QString::fromLatin1(r.method) + u' ' + replaced(r.path, kIds);
}

/// The models of an operation's request body and of its successful answer.
struct Models
{
    QString request;
    QString answer;
};

Models wooModels(const QString& key)
{
    static const QHash<QString, Models> kModels = {
        {QStringLiteral("GET /orders"), {{}, QStringLiteral("OrderList")}},
        {QStringLiteral("GET /orders/{id}"), {{}, QStringLiteral("Order")}},
        {QStringLiteral("PUT /orders/{id}"), {QStringLiteral("OrderUpdate"), QStringLiteral("Order")}},
        {QStringLiteral("POST /orders/{order_id}/notes"),
            {QStringLiteral("OrderNoteCreate"), QStringLiteral("OrderNote")}},
        {QStringLiteral("GET /products"), {{}, QStringLiteral("ProductList")}},
        {QStringLiteral("POST /products/batch"),
            {QStringLiteral("BatchRequest"), QStringLiteral("ProductBatchAnswer")}},
        {QStringLiteral("GET /products/{product_id}/variations"), {{}, QStringLiteral("ProductVariationList")}},
        {QStringLiteral("POST /products/{product_id}/variations/batch"),
            {QStringLiteral("BatchRequest"), QStringLiteral("VariationBatchAnswer")}},
    };
    return kModels.value(key);
}

Models ctModels(const QString& key)
{
    static const QHash<QString, Models> kModels = {
        {QStringLiteral("POST /oauth/token"), {{}, QStringLiteral("TokenResponse")}},
        {QStringLiteral("GET /{projectKey}"), {{}, QStringLiteral("Project")}},
        {QStringLiteral("GET /{projectKey}/orders"), {{}, QStringLiteral("OrderPagedQueryResponse")}},
        {QStringLiteral("GET /{projectKey}/orders/{ID}"), {{}, QStringLiteral("Order")}},
        {QStringLiteral("POST /{projectKey}/orders/{ID}"), {QStringLiteral("OrderUpdate"), QStringLiteral("Order")}},
        {QStringLiteral("GET /{projectKey}/inventory"), {{}, QStringLiteral("InventoryPagedQueryResponse")}},
        {QStringLiteral("POST /{projectKey}/inventory/{ID}"),
            {QStringLiteral("InventoryEntryUpdate"), QStringLiteral("InventoryEntry")}},
        {QStringLiteral("GET /{projectKey}/channels"), {{}, QStringLiteral("ChannelPagedQueryResponse")}},
        {QStringLiteral("GET /{projectKey}/product-projections"),
            {{}, QStringLiteral("ProductProjectionPagedQueryResponse")}},
    };
    return kModels.value(key);
}

} // namespace

class TestStorefrontConformance : public QObject
{
    Q_OBJECT

private:
    std::optional<SchemaSet> m_woo;
    std::optional<SchemaSet> m_ct;
    Json m_wooOps;
    Json m_ctOps;
    QList<sim::SimExchange> m_day; ///< every storefront exchange of the day, recorded in initTestCase

    /// Every way `e` breaks the vendor's schema or operations.
    QStringList check(const sim::SimExchange& e) const
    {
        const bool woo = e.system == QLatin1String("woocommerce");
        const sim::SimRequest& r = e.request;
        const QString where = QString::fromLatin1(r.method) + u' ' + r.path;
        const QString key = woo ? wooKey(r) : ctKey(r);
        const Json& ops = woo ? m_wooOps : m_ctOps;
        if (!ops.contains(key.toStdString()))
            return {where + QStringLiteral(": no such operation of the vendor (") + key + u')'};
        const Json& op = ops.at(key.toStdString());
        QStringList out;
        // The token request carries its parameters in the form body; the reference lists them as its parameters.
        QUrlQuery params = r.query;
        if (!woo && key.endsWith(QLatin1String("/oauth/token")))
            params = r.formBody();
        out += lockstep::test::queryViolations(params.queryItems(QUrl::FullyDecoded),
            op.at("query"),
            woo ? QStringLiteral("per_page") : QStringLiteral("limit"),
            op.at(woo ? "maxPerPage" : "maxLimit"),
            where);
        const SchemaSet& models = woo ? *m_woo : *m_ct;
        const Models m = woo ? wooModels(key) : ctModels(key);
        if (!m.request.isEmpty()) {
            for (const QString& v : models.violations(SchemaSet::parse(r.body), m.request))
                out << where + QStringLiteral(" request ") + v;
        }
        if (e.response.status >= 200 && e.response.status < 300) {
            if (m.answer.isEmpty())
                out << where + QStringLiteral(": no model known for this answer");
            for (const QString& v : models.violations(SchemaSet::parse(e.response.body), m.answer))
                out << where + QStringLiteral(" answer ") + v;
        }
        return out;
    }

    QStringList checkAll(const QList<sim::SimExchange>& exchanges) const
    {
        QStringList out;
        for (const auto& e : exchanges)
            out += check(e);
        return out;
    }

    /// The first recorded exchange of the operation `key` with a successful answer that has the field at `pointer`
    /// (in the answer, or in the request when `inRequest`).
    std::optional<sim::SimExchange> recorded(
        const QString& key, const std::string& pointer, bool inRequest = false) const
    {
        for (const auto& e : m_day) {
            const bool woo = e.system == QLatin1String("woocommerce");
            if ((woo ? wooKey(e.request) : ctKey(e.request)) != key || e.response.status < 200
                || e.response.status >= 300)
                continue;
            if (SchemaSet::parse(inRequest ? e.request.body : e.response.body).contains(Json::json_pointer(pointer)))
                return e;
        }
        return std::nullopt;
    }

    /// A note on one order of each storefront and a catalogue read, through the connectors: the calls the engine's
    /// cycles leave to the operator's actions and the listing check.
    void connectorCalls(sim::Sandbox& sandbox)
    {
        net::HttpClient http(QStringLiteral("storefronts"), nullptr);
        const auto& ep = sandbox.endpoints();
        connectors::woocommerce::WooSettings ws;
        ws.baseUrl = ep.woocommerce.baseUrl;
        ws.consumerKey = ep.woocommerce.consumerKey;
        ws.consumerSecret = ep.woocommerce.consumerSecret;
        connectors::woocommerce::WooConnector woo(ws, http);
        connectors::commercetools::CtSettings cs;
        cs.apiUrl = ep.commercetools.apiUrl;
        cs.authUrl = ep.commercetools.authUrl;
        cs.projectKey = ep.commercetools.projectKey;
        cs.clientId = ep.commercetools.clientId;
        cs.clientSecret = ep.commercetools.clientSecret;
        cs.supplyChannelKey = sandbox.scenario().facilities.constFirst().number;
        connectors::commercetools::CtConnector ct(cs, http);
        QString wooId;
        QString ctId;
        for (const auto& o : sandbox.world()->orders()) {
            if (o.placed && o.wooId > 0 && wooId.isEmpty())
                wooId = QString::number(o.wooId);
            if (o.placed && o.commercetools && ctId.isEmpty())
                ctId = o.ctId;
        }
        QVERIFY(!wooId.isEmpty() && !ctId.isEmpty());
        const QString note = QStringLiteral("Held at the warehouse: address check");
        for (connectors::StorefrontConnector* c :
            {static_cast<connectors::StorefrontConnector*>(&woo), static_cast<connectors::StorefrontConnector*>(&ct)}) {
            const QString id = c == &woo ? wooId : ctId;
            const auto noted = lockstep::test::waitForDone([&](auto done) { c->addNote(id, note, done); });
            QVERIFY(noted && noted->ok());
            const auto listing =
                lockstep::test::waitFor<connectors::StorefrontListing>([&](auto reply) { c->fetchListing(reply); });
            QVERIFY(listing && listing->ok());
        }
        // An order read as a project without paymentState reads it: its payments expanded (held to Payment too).
        cs.paymentGate = connectors::commercetools::PaymentGate::ChargeTransactions;
        connectors::commercetools::CtConnector byCharges(cs, http);
        const auto order = lockstep::test::waitFor<Order>([&](auto reply) { byCharges.fetchOrder(ctId, reply); });
        QVERIFY(order && order->ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_woo = SchemaSet::load(QStringLiteral(":/schemas/woocommerce/models.json"));
        m_ct = SchemaSet::load(QStringLiteral(":/schemas/commercetools/models.json"));
        QVERIFY(m_woo && m_ct);
        m_wooOps = SchemaSet::read(QStringLiteral(":/schemas/woocommerce/operations.json"))
                       .value("operations", Json::object());
        m_ctOps = SchemaSet::read(QStringLiteral(":/schemas/commercetools/operations.json"))
                      .value("operations", Json::object());
        QVERIFY(m_wooOps.contains("GET /orders") && m_ctOps.contains("GET /{projectKey}/orders"));

        sim::Sandbox sandbox;
        const QString day = lockstep::test::runRecordedDemoDay(sandbox);
        QVERIFY2(day.isEmpty(), qPrintable(day));
        connectorCalls(sandbox);
        if (QTest::currentTestFailed())
            return;
        for (const auto& e : sandbox.exchanges()) {
            if (e.system == QLatin1String("woocommerce") || e.system == QLatin1String("commercetools"))
                m_day.append(e);
        }
    }

    void everyStorefrontExchangeOfADemoDayIsTheVendorsModel()
    {
        QSet<QString> operations;
        for (const auto& e : std::as_const(m_day))
            operations.insert(
                e.system + u' ' + (e.system == QLatin1String("woocommerce") ? wooKey(e.request) : ctKey(e.request)));
        qInfo("%lld storefront exchanges over %lld operations checked",
            static_cast<long long>(m_day.size()),
            static_cast<long long>(operations.size()));
        const QStringList violations = checkAll(m_day);
        if (!violations.isEmpty())
            qWarning("%s",
                qPrintable(lockstep::test::violationSummary(violations))); // whole: a failure message is cut short
        QVERIFY2(violations.isEmpty(), qPrintable(lockstep::test::violationSummary(violations)));
        // The day used what matters on both storefronts: the order feeds, fulfilment, notes, the catalogue, stock.
        for (const char* needed : {"woocommerce GET /orders",
                 "woocommerce PUT /orders/{id}",
                 "woocommerce POST /orders/{order_id}/notes",
                 "woocommerce GET /products",
                 "woocommerce GET /products/{product_id}/variations",
                 "woocommerce POST /products/batch",
                 "commercetools POST /oauth/token",
                 "commercetools GET /{projectKey}/orders",
                 "commercetools GET /{projectKey}/orders/{ID}",
                 "commercetools POST /{projectKey}/orders/{ID}",
                 "commercetools GET /{projectKey}/product-projections",
                 "commercetools GET /{projectKey}/inventory",
                 "commercetools GET /{projectKey}/channels"})
            QVERIFY2(operations.contains(QLatin1String(needed)), needed);
    }

    void aRenamedFieldInARequestIsCaught()
    {
        const auto put = recorded(QStringLiteral("PUT /orders/{id}"), "/meta_data", true);
        const auto note = recorded(QStringLiteral("POST /orders/{order_id}/notes"), "/note", true);
        const auto update = recorded(QStringLiteral("POST /{projectKey}/orders/{ID}"), "/actions/0/action", true);
        QVERIFY(put && note && update);
        QCOMPARE(checkAll({*put, *note, *update}), QStringList());
        // The connector renames a field it sends: meta_data as metadata, a note's text as content, a delivery's items.
        QCOMPARE(check(lockstep::test::renamedField(*put, true, "/meta_data", "metadata")).size(), 1);
        QVERIFY(!check(lockstep::test::renamedField(*note, true, "/note", "content")).isEmpty());
        QVERIFY(!check(lockstep::test::renamedField(*update, true, "/actions/0/action", "type")).isEmpty());
        QVERIFY(!check(lockstep::test::renamedField(*update, true, "/version", "expectedVersion")).isEmpty());
    }

    void aRenamedFieldInAnAnswerIsCaught()
    {
        const auto orders = recorded(QStringLiteral("GET /orders"), "/0/line_items/0/sku");
        const auto variations = recorded(QStringLiteral("GET /products/{product_id}/variations"), "/0/stock_quantity");
        const auto ctOrders = recorded(QStringLiteral("GET /{projectKey}/orders"), "/results/0/lineItems/0/variant");
        const auto inventory = recorded(QStringLiteral("GET /{projectKey}/inventory"), "/results/0/quantityOnStock");
        QVERIFY(orders && variations && ctOrders && inventory);
        QCOMPARE(checkAll({*orders, *variations, *ctOrders, *inventory}), QStringList());
        // The sandbox renames a field it serves: a line's SKU, a variation's stock, a commercetools line's variant,
        // an inventory entry's quantity.
        QVERIFY(!check(lockstep::test::renamedField(*orders, false, "/0/line_items/0/sku", "SKU")).isEmpty());
        QVERIFY(!check(lockstep::test::renamedField(*variations, false, "/0/stock_quantity", "stock")).isEmpty());
        QVERIFY(
            !check(lockstep::test::renamedField(*ctOrders, false, "/results/0/lineItems/0/variant", "productVariant"))
                 .isEmpty());
        QVERIFY(!check(lockstep::test::renamedField(*inventory, false, "/results/0/quantityOnStock", "quantity"))
                     .isEmpty());
    }

    void aQueryParameterTheOperationDoesNotNameIsCaught()
    {
        const auto orders = recorded(QStringLiteral("GET /orders"), "");
        const auto ctOrders = recorded(QStringLiteral("GET /{projectKey}/orders"), "");
        QVERIFY(orders && ctOrders);
        // WooCommerce's parameter under another API's name, a page above the limit.
        sim::SimExchange e = *orders;
        e.request.query.addQueryItem(QStringLiteral("updated_after"), QStringLiteral("2026-01-05T00:00:00"));
        QCOMPARE(check(e).size(), 1);
        e = *orders;
        e.request.query.removeAllQueryItems(QStringLiteral("per_page"));
        e.request.query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("101"));
        QCOMPARE(check(e).size(), 1);
        e = *ctOrders;
        e.request.query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("20"));
        QCOMPARE(check(e).size(), 1);
        e = *ctOrders;
        e.request.query.removeAllQueryItems(QStringLiteral("limit"));
        e.request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("501"));
        QCOMPARE(check(e).size(), 1);
        // A predicate variable is a family of names the reference allows.
        e = *ctOrders;
        e.request.query.addQueryItem(QStringLiteral("var.sku"), QStringLiteral("LS-1001"));
        QCOMPARE(check(e), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestStorefrontConformance)
#include "test_storefront_conformance.moc"
