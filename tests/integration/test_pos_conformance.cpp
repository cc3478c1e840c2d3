// SPDX-License-Identifier: GPL-3.0-or-later
// The Square connector and the sandbox's tills held to Square's OpenAPI specification (tests/schemas/square, generated
// from square/connect-api-specification's api.json): a simulated trading day of two stores read and stocked through
// the connector, every exchange recorded. Request bodies and successful answers must be Square's models with fields of
// no other name; query parameters the operation's; the limits the models state kept (orders per page, locations per
// search, counts per page, changes per batch); every request names the specification's Square-Version. The checker is
// shown to catch a renamed field on either side and a limit passed.
#include "connector_test_support.h"
#include "connectors/pos/square_connector.h"
#include "net/http_client.h"
#include "pos_service.h"
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

/// The operation's key in square/operations.json: method and path, an order id as the specification names it.
QString squareKey(const sim::SimRequest& r)
{
    static const QRegularExpression kOrder(QStringLiteral("^/v2/orders/(?!search$)[^/]+$"));
    QString path = r.path;
    path.replace(kOrder, QStringLiteral("/v2/orders/{order_id}"));
    return QString::fromLatin1(r.method) + u' ' + path;
}

} // namespace

class TestPosConformance : public QObject
{
    Q_OBJECT

private:
    std::optional<SchemaSet> m_models;
    Json m_ops;
    QByteArray m_version;
    QList<sim::SimExchange> m_day;

    QStringList check(const sim::SimExchange& e) const
    {
        const sim::SimRequest& r = e.request;
        const QString where = QString::fromLatin1(r.method) + u' ' + r.path;
        const QString key = squareKey(r);
        if (!m_ops.contains(key.toStdString()))
            return {where + QStringLiteral(": no such operation of Square's (") + key + u')'};
        const Json& op = m_ops.at(key.toStdString());
        QStringList out =
            lockstep::test::queryViolations(r.query.queryItems(QUrl::FullyDecoded), op.at("query"), {}, Json(), where);
        if (r.header("Square-Version") != m_version)
            out << where
                    + QStringLiteral(": Square-Version is \"%1\", not the specification's")
                          .arg(QString::fromLatin1(r.header("Square-Version")));
        if (op.at("request").is_string()) {
            const Json body = SchemaSet::parse(r.body);
            for (const QString& v :
                m_models->violations(body, QString::fromStdString(op.at("request").get<std::string>())))
                out << where + QStringLiteral(" request ") + v;
            for (const auto& [field, max] : op.at("limits").items()) {
                if (!body.is_object() || !body.contains(field))
                    continue;
                const Json& v = body.at(field);
                const qint64 size = v.is_array() ? static_cast<qint64>(v.size())
                    : v.is_number_integer()      ? v.get<qint64>()
                                                 : 0;
                if (size > max.get<qint64>())
                    out << where
                            + QStringLiteral(" request %1: %2 above the limit %3")
                                  .arg(QString::fromStdString(field))
                                  .arg(size)
                                  .arg(max.get<qint64>());
            }
        }
        if (e.response.status >= 200 && e.response.status < 300) {
            for (const QString& v : m_models->violations(
                     SchemaSet::parse(e.response.body), QString::fromStdString(op.at("answer").get<std::string>())))
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

    /// The first recorded exchange of `key` with a successful answer that has the field at `pointer`.
    std::optional<sim::SimExchange> recorded(
        const QString& key, const std::string& pointer, bool inRequest = false) const
    {
        for (const auto& e : m_day) {
            if (squareKey(e.request) != key || e.response.status < 200 || e.response.status >= 300)
                continue;
            if (SchemaSet::parse(inRequest ? e.request.body : e.response.body).contains(Json::json_pointer(pointer)))
                return e;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_models = SchemaSet::load(QStringLiteral(":/schemas/square/models.json"));
        QVERIFY(m_models);
        const Json ops = SchemaSet::read(QStringLiteral(":/schemas/square/operations.json"));
        m_ops = ops.value("operations", Json::object());
        m_version = QByteArray::fromStdString(ops.at("headers").at("Square-Version").get<std::string>());
        QVERIFY(m_ops.contains("POST /v2/orders/search"));

        sim::Sandbox sandbox;
        const auto ep = sandbox.start(lockstep::test::quietScenario());
        QVERIFY(ep.ok());
        sandbox.setRecordsExchanges(true);
        net::HttpClient http(QStringLiteral("pos"), nullptr);
        connectors::pos::SquareSettings s;
        s.baseUrl = ep->pos.baseUrl;
        s.accessToken = ep->pos.accessToken;
        s.pageSize = 40;
        connectors::pos::SquareConnector pos(s, http);
        std::optional<bool> healthy;
        pos.checkHealth([&healthy](const net::HttpResult& r) { healthy = r.ok(); });
        QTRY_VERIFY(healthy.has_value());
        QVERIFY(*healthy);
        // A trading day in four parts: read what the tills did, then set Deposco's stock at both stores.
        QString cursor;
        QString saleId;
        QString returnId;
        for (int part = 0; part < 4; ++part) {
            sandbox.advance(6 * lockstep::test::kHourMs);
            for (int guard = 0; guard < 100; ++guard) {
                const auto page = lockstep::test::waitFor<connectors::OrderPage>(
                    [&](auto reply) { pos.fetchOrdersChangedSince(cursor, {}, reply); });
                QVERIFY(page && page->ok());
                for (const Order& o : page->value().orders)
                    (o.paymentState == PaymentState::Refunded ? returnId : saleId) = o.storefrontId;
                cursor = page->value().nextCursor;
                if (!page->value().hasMore)
                    break;
            }
            QList<connectors::StockLevel> levels;
            const auto& stock = sandbox.world()->posStock();
            for (auto it = stock.cbegin(); it != stock.cend() && levels.size() < pos.stockBatchLimit(); ++it)
                levels.append({it.key().second, 40 + part, it.key().first});
            const auto pushed = lockstep::test::waitFor<connectors::StockPushOutcome>(
                [&](auto reply) { pos.pushStock(levels, reply); });
            QVERIFY(pushed && pushed->ok());
            QCOMPARE(pushed->value().updated.size(), levels.size());
        }
        QVERIFY(!saleId.isEmpty() && !returnId.isEmpty());
        for (const QString& id : {saleId, returnId}) {
            const auto order = lockstep::test::waitFor<Order>([&](auto reply) { pos.fetchOrder(id, reply); });
            QVERIFY(order && order->ok());
        }
        const auto stock = lockstep::test::waitFor<QList<connectors::pos::StoreStock>>(
            [&](auto reply) { pos.fetchStoreStock({}, reply); });
        QVERIFY(stock && stock->ok());
        const auto listing =
            lockstep::test::waitFor<connectors::StorefrontListing>([&](auto reply) { pos.fetchListing(reply); });
        QVERIFY(listing && listing->ok());
        for (const auto& e : sandbox.exchanges()) {
            if (e.system == QLatin1String("pos"))
                m_day.append(e);
        }
    }

    void everyExchangeOfADayIsSquaresModel()
    {
        QSet<QString> operations;
        for (const auto& e : std::as_const(m_day))
            operations.insert(squareKey(e.request));
        qInfo("%lld Square exchanges over %lld operations checked",
            static_cast<long long>(m_day.size()),
            static_cast<long long>(operations.size()));
        const QStringList violations = checkAll(m_day);
        if (!violations.isEmpty())
            qWarning("%s", qPrintable(lockstep::test::violationSummary(violations)));
        QVERIFY2(violations.isEmpty(), qPrintable(lockstep::test::violationSummary(violations)));
        for (const auto& [key, op] : m_ops.items())
            QVERIFY2(operations.contains(QString::fromStdString(key)), key.c_str());
    }

    void aRenamedFieldIsCaught()
    {
        const auto change = recorded(
            QStringLiteral("POST /v2/inventory/changes/batch-create"), "/changes/0/physical_count/quantity", true);
        const auto search = recorded(QStringLiteral("POST /v2/orders/search"), "/query/sort/sort_field", true);
        const auto orders = recorded(QStringLiteral("POST /v2/orders/search"), "/orders/0/location_id");
        const auto returns = recorded(QStringLiteral("POST /v2/orders/search"), "/orders/0/returns/0/source_order_id");
        const auto counts = recorded(QStringLiteral("POST /v2/inventory/counts/batch-retrieve"), "/counts/0/quantity");
        const auto catalog = recorded(QStringLiteral("GET /v2/catalog/list"), "/objects/0/item_variation_data/sku");
        QVERIFY(change && search && orders && counts && catalog);
        QCOMPARE(checkAll({*change, *search, *orders, *counts, *catalog}), QStringList());
        // The connector renames a field it sends; the sandbox renames one it serves.
        QVERIFY(!check(lockstep::test::renamedField(*change, true, "/changes/0/physical_count/quantity", "count"))
                     .isEmpty());
        QVERIFY(!check(lockstep::test::renamedField(*search, true, "/query/sort/sort_field", "field")).isEmpty());
        QVERIFY(!check(lockstep::test::renamedField(*orders, false, "/orders/0/location_id", "store_id")).isEmpty());
        QVERIFY(!check(lockstep::test::renamedField(*counts, false, "/counts/0/quantity", "qty")).isEmpty());
        QVERIFY(!check(lockstep::test::renamedField(*catalog, false, "/objects/0/item_variation_data/sku", "SKU"))
                     .isEmpty());
        if (returns)
            QVERIFY(!check(
                lockstep::test::renamedField(*returns, false, "/orders/0/returns/0/source_order_id", "original_id"))
                         .isEmpty());
    }

    void aLimitPassedOrAVersionMissingIsCaught()
    {
        auto search = recorded(QStringLiteral("POST /v2/orders/search"), "/limit", true);
        auto change = recorded(QStringLiteral("POST /v2/inventory/changes/batch-create"), "/changes", true);
        QVERIFY(search && change);
        Json body = SchemaSet::parse(search->request.body);
        body["limit"] = 1001;
        sim::SimExchange e = *search;
        e.request.body = QByteArray::fromStdString(body.dump());
        QCOMPARE(check(e).size(), 1);
        body = SchemaSet::parse(change->request.body);
        while (body["changes"].size() <= 100)
            body["changes"].push_back(body["changes"][0]);
        e = *change;
        e.request.body = QByteArray::fromStdString(body.dump());
        QCOMPARE(check(e).size(), 1);
        e = *search;
        e.request.headers.clear();
        QCOMPARE(check(e).size(), 1);
        e = *search;
        e.request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
        QCOMPARE(check(e).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPosConformance)
#include "test_pos_conformance.moc"
