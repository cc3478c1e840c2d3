// SPDX-License-Identifier: GPL-3.0-or-later
// The commercetools connector against a commercetools API that is not ours: @labdigital/commercetools-mock (npm,
// pinned in tests/integration/ct_mock), started here with node on 127.0.0.1 and a free port. What the sandbox
// checks with its own assumptions is checked again against a server written by others: sign-in (OAuth client
// credentials, bearer required), orders changed since a cursor and resumed from it, one order, inventory read and
// set on the supply channel's entry, the listing, and "shipped" (addDelivery with the shipment's items and
// changeShipmentState) sent once. The project is created empty; this test creates what it needs through the API.
// Without node or the installed mock the test fails and says what to run: it never skips.
#include "connector_test_support.h"
#include "connectors/commercetools/ct_connector.h"
#include "net/http_client.h"
#include "sim_test_client.h"
#include "support.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

using namespace lockstep;
using namespace lockstep::test;
using core::connectors::FulfilmentUpdate;
using core::connectors::OrderPage;
using core::connectors::ShippedLine;
using core::connectors::StockLevel;
using core::connectors::StockPushOutcome;
using core::connectors::StorefrontListing;
using core::connectors::commercetools::CtConnector;
using core::connectors::commercetools::CtSettings;

namespace {

const QString kProject = QStringLiteral("lockstep-mock");
const QString kChannel = QStringLiteral("DC-EAST");

/// One line of an imported order: SKU, quantity, unit price in cents (EUR).
struct DraftLine
{
    const char* sku;
    int quantity;
    int unitCents;
};

} // namespace

class TestCtThirdParty : public QObject
{
    Q_OBJECT

private:
    QProcess m_mock;
    QUrl m_base;
    QString m_bearer;
    HttpClient m_raw;
    std::unique_ptr<core::net::HttpClient> m_http;
    QString m_channelId;
    int m_orderCount = 0;

    CtSettings settings(int pageSize = 500) const
    {
        CtSettings s;
        s.apiUrl = m_base;
        s.authUrl = m_base;
        s.projectKey = kProject;
        s.clientId = QStringLiteral("lockstep-test-client");
        s.clientSecret = QStringLiteral("lockstep-test-secret");
        s.scope = QStringLiteral("manage_orders:%1 manage_products:%1 view_channels:%1").arg(kProject);
        s.pageSize = pageSize;
        s.supplyChannelKey = kChannel;
        return s;
    }

    /// A call to the project's API with the token this test got for itself (seeding and reading back).
    HttpAnswer api(const QByteArray& method, const QString& path, const Json& body = {}, const QString& query = {})
    {
        return m_raw.send(method,
            withPath(m_base, u'/' + kProject + path, query),
            body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump()),
            {HttpClient::bearer(m_bearer)});
    }

    static QString where(const QString& predicate)
    {
        return QStringLiteral("where=") + QString::fromLatin1(QUrl::toPercentEncoding(predicate));
    }

    static QString toQString(const Json& j)
    {
        return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
    }

    /// Imports an order (paid, open, shipped to Germany with the Standard shipping method unless `withShipping` is
    /// false) and returns it as the server holds it; a null Json when refused.
    Json importOrder(const QList<DraftLine>& lines, bool withShipping = true)
    {
        Json items = Json::array();
        qint64 total = withShipping ? 495 : 0;
        for (const DraftLine& l : lines) {
            items.push_back({{"name", {{"en", l.sku}}},
                {"variant", {{"sku", l.sku}}},
                {"price", {{"value", {{"currencyCode", "EUR"}, {"centAmount", l.unitCents}}}}},
                {"quantity", l.quantity},
                {"taxRate", {{"name", "DE 19%"}, {"amount", 0.19}, {"includedInPrice", true}, {"country", "DE"}}}});
            total += qint64(l.quantity) * l.unitCents;
        }
        Json draft = {{"orderNumber", "M-" + std::to_string(1001 + m_orderCount++)},
            {"orderState", "Open"},
            {"paymentState", "Paid"},
            {"totalPrice", {{"currencyCode", "EUR"}, {"centAmount", total}}},
            {"lineItems", items},
            {"shippingAddress",
                {{"firstName", "Test"},
                    {"lastName", "Customer"},
                    {"streetName", "Hauptstrasse"},
                    {"streetNumber", "5"},
                    {"postalCode", "10115"},
                    {"city", "Berlin"},
                    {"country", "DE"}}}};
        if (withShipping) {
            draft["shippingInfo"] = {{"shippingMethodName", "Standard"},
                {"price", {{"currencyCode", "EUR"}, {"centAmount", 495}}},
                {"shippingRate", {{"price", {{"currencyCode", "EUR"}, {"centAmount", 495}}}}},
                {"shippingMethod", {{"typeId", "shipping-method"}, {"key", "standard"}}}};
        }
        const HttpAnswer a = api("POST", QStringLiteral("/orders/import"), draft);
        if (a.status / 100 != 2) {
            qWarning() << "order import refused:" << a.status << a.body;
            return Json();
        }
        return a.json();
    }

    Json readOrder(const QString& id) { return api("GET", QStringLiteral("/orders/") + id).json(); }

    static QString lineId(const Json& order, const char* sku)
    {
        for (const auto& li : order.value("lineItems", Json::array())) {
            if (li.value("variant", Json::object()).value("sku", std::string()) == sku)
                return QString::fromStdString(li["id"].get<std::string>());
        }
        return {};
    }

    /// Pages until the feed says there is no more; every order read, in arrival order. False when a call failed.
    bool pullAll(CtConnector& ct, QString& cursor, QList<core::Order>& orders)
    {
        for (int i = 0; i < 100; ++i) {
            const auto page = waitFor<OrderPage>([&](auto reply) { ct.fetchOrdersChangedSince(cursor, {}, reply); });
            if (!page || !page->ok()) {
                qWarning() << (page ? page->error().toString() : QStringLiteral("no answer"));
                return false;
            }
            orders += page->value().orders;
            for (const auto& p : page->value().problems)
                qWarning() << p.toString();
            if (!page->value().problems.isEmpty())
                return false;
            cursor = page->value().nextCursor;
            if (!page->value().hasMore)
                return true;
        }
        return false;
    }

    static FulfilmentUpdate shipment(const QString& orderId, const QString& key, const QList<ShippedLine>& lines = {})
    {
        FulfilmentUpdate u;
        u.storefrontOrderId = orderId;
        u.carrier = QStringLiteral("DHL");
        u.trackingNumber = QStringLiteral("00340434161094042557");
        u.collectedAt = QDateTime::currentDateTimeUtc();
        u.deliveryKey = key;
        u.lines = lines;
        return u;
    }

    /// The deliveries of an order as the server holds them.
    static Json deliveries(const Json& order)
    {
        return order.value("shippingInfo", Json::object()).value("deliveries", Json::array());
    }

    static QString keyOf(const Json& delivery)
    {
        // The API's Delivery has `key`; this server keeps the action's `deliveryKey`.
        const std::string key = delivery.value("key", delivery.value("deliveryKey", std::string()));
        return QString::fromStdString(key);
    }

    /// (line item id, quantity) of a delivery's items, sorted.
    static QStringList itemsOf(const Json& delivery)
    {
        QStringList out;
        for (const auto& item : delivery.value("items", Json::array()))
            out << QStringLiteral("%1 x%2")
                       .arg(QString::fromStdString(item["id"].get<std::string>()))
                       .arg(item["quantity"].get<qint64>());
        out.sort();
        return out;
    }

    bool startMock(QString& why)
    {
        const QString node = qEnvironmentVariableIsSet("LOCKSTEP_NODE")
            ? qEnvironmentVariable("LOCKSTEP_NODE")
            : QStandardPaths::findExecutable(QStringLiteral("node"));
        const QDir dir(QStringLiteral(LOCKSTEP_CT_MOCK_DIR));
        const QString remedy = QStringLiteral("run .ci/install-deps (Node.js, then npm ci in %1)")
                                   .arg(QDir::toNativeSeparators(dir.path()));
        if (node.isEmpty()) {
            why = QStringLiteral("node (Node.js) is not on the PATH and LOCKSTEP_NODE is not set: ") + remedy;
            return false;
        }
        if (!QFileInfo::exists(
                dir.filePath(QStringLiteral("node_modules/@labdigital/commercetools-mock/package.json")))) {
            why = QStringLiteral("@labdigital/commercetools-mock is not installed in %1: ")
                      .arg(QDir::toNativeSeparators(dir.path()))
                + remedy;
            return false;
        }
        m_mock.setProgram(node);
        m_mock.setArguments({dir.filePath(QStringLiteral("server.mjs")), QStringLiteral("0")});
        m_mock.setWorkingDirectory(dir.path());
        m_mock.start();
        if (!m_mock.waitForStarted(15000)) {
            why = QStringLiteral("cannot start %1: %2").arg(node, m_mock.errorString());
            return false;
        }
        (void)QTest::qWaitFor([this] { return m_mock.canReadLine() || m_mock.state() == QProcess::NotRunning; }, 30000);
        const QByteArray line = m_mock.canReadLine() ? m_mock.readLine().trimmed() : QByteArray();
        bool ok = false;
        const int port = line.startsWith("listening ") ? line.mid(10).toInt(&ok) : 0;
        if (!ok || port <= 0) {
            why = QStringLiteral("the mock did not start (%1, exit code %2): %3 %4")
                      .arg(m_mock.state() == QProcess::NotRunning ? QStringLiteral("exited")
                                                                  : QStringLiteral("no port announced in 30 s"))
                      .arg(m_mock.exitCode())
                      .arg(QString::fromUtf8(line), QString::fromUtf8(m_mock.readAllStandardError()));
            return false;
        }
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        return true;
    }

    /// The catalogue and setup an order import and a delivery need, created through the API as a merchant would.
    bool seed(QString& why)
    {
        const HttpAnswer token = m_raw.send("POST",
            withPath(m_base,
                QStringLiteral("/oauth/token"),
                QStringLiteral("grant_type=client_credentials&scope=manage_project:") + kProject),
            {},
            {HttpClient::basic(QStringLiteral("seed"), QStringLiteral("seed-secret"))});
        if (token.status != 200 || !token.json().contains("access_token")) {
            why =
                QStringLiteral("no token for seeding: HTTP %1 %2").arg(token.status).arg(QString::fromUtf8(token.body));
            return false;
        }
        m_bearer = QString::fromStdString(token.json()["access_token"].get<std::string>());
        const QList<std::pair<QString, Json>> steps = {
            {QStringLiteral("/tax-categories"),
                {{"name", "Standard"},
                    {"key", "standard"},
                    {"rates",
                        Json::array(
                            {{{"name", "DE 19%"}, {"amount", 0.19}, {"includedInPrice", true}, {"country", "DE"}}})}}},
            {QStringLiteral("/zones"),
                {{"name", "Germany"}, {"key", "de"}, {"locations", Json::array({{{"country", "DE"}}})}}},
            {QStringLiteral("/shipping-methods"),
                {{"name", "Standard"},
                    {"key", "standard"},
                    {"isDefault", false},
                    {"taxCategory", {{"typeId", "tax-category"}, {"key", "standard"}}},
                    {"zoneRates",
                        Json::array({{{"zone", {{"typeId", "zone"}, {"key", "de"}}},
                            {"shippingRates",
                                Json::array({{{"price", {{"currencyCode", "EUR"}, {"centAmount", 495}}}}})}}})}}},
            {QStringLiteral("/product-types"),
                {{"name", "Basic"}, {"key", "basic"}, {"description", "no attributes"}, {"attributes", Json::array()}}},
            {QStringLiteral("/products"),
                {{"productType", {{"typeId", "product-type"}, {"key", "basic"}}},
                    {"name", {{"en", "Mug"}}},
                    {"slug", {{"en", "mug"}}},
                    {"masterVariant", {{"sku", "MUG-RED"}}},
                    {"variants", Json::array({{{"sku", "MUG-BLUE"}}, {{"sku", "MUG-GREEN"}}})},
                    {"publish", true}}},
            {QStringLiteral("/products"),
                {{"productType", {{"typeId", "product-type"}, {"key", "basic"}}},
                    {"name", {{"en", "Tea"}}},
                    {"slug", {{"en", "tea"}}},
                    {"masterVariant", {{"sku", "TEA-1"}}},
                    {"publish", true}}},
            {QStringLiteral("/channels"), {{"key", toStd(kChannel)}, {"roles", Json::array({"InventorySupply"})}}},
        };
        for (const auto& [path, body] : steps) {
            const HttpAnswer a = api("POST", path, body);
            if (a.status / 100 != 2) {
                why = QStringLiteral("seeding %1 refused: HTTP %2 %3")
                          .arg(path)
                          .arg(a.status)
                          .arg(QString::fromUtf8(a.body));
                return false;
            }
            if (path == QStringLiteral("/channels"))
                m_channelId = QString::fromStdString(a.json()["id"].get<std::string>());
        }
        const Json channel = {{"typeId", "channel"}, {"id", toStd(m_channelId)}};
        const QList<Json> entries = {{{"sku", "MUG-RED"}, {"quantityOnStock", 10}, {"supplyChannel", channel}},
            {{"sku", "MUG-RED"}, {"quantityOnStock", 5}}, // the channel-less entry: never touched
            {{"sku", "MUG-BLUE"}, {"quantityOnStock", 3}, {"supplyChannel", channel}},
            {{"sku", "TEA-1"}, {"quantityOnStock", 7}, {"supplyChannel", channel}}};
        for (const Json& e : entries) {
            const HttpAnswer a = api("POST", QStringLiteral("/inventory"), e);
            if (a.status / 100 != 2) {
                why = QStringLiteral("seeding inventory refused: HTTP %1 %2")
                          .arg(a.status)
                          .arg(QString::fromUtf8(a.body));
                return false;
            }
        }
        return true;
    }

    /// The inventory entry of `sku`: in the supply channel, or the channel-less one.
    Json inventoryEntry(const QString& sku, bool inChannel)
    {
        const Json read =
            api("GET", QStringLiteral("/inventory"), {}, where(QStringLiteral("sku = \"%1\"").arg(sku))).json();
        for (const auto& e : read.value("results", Json::array())) {
            const bool hasChannel = e.contains("supplyChannel");
            if (hasChannel == inChannel && (!inChannel || e["supplyChannel"]["id"] == toStd(m_channelId)))
                return e;
        }
        return Json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!startMock(why))
            QFAIL(qPrintable(QStringLiteral("commercetools-mock is needed for this test and did not start: ") + why));
        if (!seed(why))
            QFAIL(qPrintable(why));
        m_http = std::make_unique<core::net::HttpClient>(QStringLiteral("commercetools"), nullptr);
    }

    void cleanupTestCase()
    {
        if (m_mock.state() == QProcess::NotRunning)
            return;
        m_mock.closeWriteChannel(); // the server stops when its stdin ends
        if (!m_mock.waitForFinished(5000)) {
            m_mock.kill();
            m_mock.waitForFinished(5000);
        }
    }

    void signsInAndReadsTheProject()
    {
        CtConnector ct(settings(), *m_http);
        std::optional<core::net::HttpResult> result;
        ct.checkHealth([&result](const core::net::HttpResult& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->ok(),
            qPrintable(result->error ? result->error->toString()
                                     : QString::number(result->response ? result->response->status : 0)));
        QCOMPARE(QString::fromStdString(Json::parse(result->response->body.toStdString())["key"].get<std::string>()),
            kProject);

        // The server refuses a call without a token it issued: the connector's calls above carried one.
        const HttpAnswer anonymous = m_raw.get(withPath(m_base, u'/' + kProject + QStringLiteral("/orders")));
        QCOMPARE(anonymous.status, 401);
    }

    void readsOrdersChangedSinceACursorAndResumes()
    {
        QList<Json> placed;
        for (int i = 0; i < 5; ++i) {
            placed << importOrder({{"MUG-RED", 1 + i, 1250}, {"TEA-1", 2, 399}});
            QVERIFY(!placed.last().is_null());
        }
        QSet<QString> placedIds;
        for (const Json& o : placed)
            placedIds.insert(QString::fromStdString(o["id"].get<std::string>()));

        // Two a page from the beginning: every order once, however many share a millisecond.
        QString cursor;
        QList<core::Order> read;
        {
            CtConnector ct(settings(2), *m_http);
            QVERIFY(pullAll(ct, cursor, read));
        }
        QSet<QString> readIds;
        for (const auto& o : read)
            readIds.insert(o.storefrontId);
        QCOMPARE(readIds.size(), read.size());
        QVERIFY(readIds.contains(placedIds));

        // Field by field, one order as the server computed it.
        const Json& expected = placed.at(2);
        const auto it = std::find_if(read.cbegin(), read.cend(), [&](const core::Order& o) {
            return o.storefrontId == toQString(expected["id"]);
        });
        QVERIFY(it != read.cend());
        QCOMPARE(it->number, toQString(expected["orderNumber"]));
        QCOMPARE(it->currency, QStringLiteral("EUR"));
        QCOMPARE(it->totals.total.minorUnits(), 3 * 1250 + 2 * 399 + 495);
        LOCKSTEP_COMPARE_ENUM(it->paymentState, core::PaymentState::Paid);
        QCOMPARE(it->shipToCountry, QStringLiteral("DE"));
        QCOMPARE(it->shipTo.city, QStringLiteral("Berlin"));
        QCOMPARE(it->lines.size(), 2);
        QCOMPARE(it->lines.at(0).sku, QStringLiteral("MUG-RED"));
        QCOMPARE(it->lines.at(0).quantity, 3);
        QCOMPARE(it->lines.at(0).unitPrice.minorUnits(), 1250);
        QCOMPARE(it->lines.at(0).storefrontLineId, lineId(expected, "MUG-RED"));
        QCOMPARE(it->lines.at(1).sku, QStringLiteral("TEA-1"));

        // A restart with the saved cursor: nothing again; then exactly what was placed after it.
        {
            CtConnector again(settings(2), *m_http);
            QList<core::Order> none;
            QVERIFY(pullAll(again, cursor, none));
            QVERIFY2(none.isEmpty(), qPrintable(none.isEmpty() ? QString() : none.constFirst().number));
        }
        const Json later = importOrder({{"MUG-BLUE", 1, 1250}});
        QVERIFY(!later.is_null());
        CtConnector third(settings(2), *m_http);
        QList<core::Order> after;
        QVERIFY(pullAll(third, cursor, after));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0).storefrontId, toQString(later["id"]));

        // One order by id.
        const auto one = waitFor<core::Order>([&](auto reply) { third.fetchOrder(toQString(later["id"]), reply); });
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().number, toQString(later["orderNumber"]));
    }

    void shippedNamesTheShipmentsItemsOnce()
    {
        const Json order = importOrder({{"MUG-RED", 2, 1250}, {"MUG-BLUE", 1, 1250}});
        QVERIFY(!order.is_null());
        const QString id = toQString(order["id"]);
        const QString red = lineId(order, "MUG-RED");
        const QString blue = lineId(order, "MUG-BLUE");
        CtConnector ct(settings(), *m_http);

        // A partial shipment: one red mug. Sent twice (a retry): one delivery.
        for (int attempt = 0; attempt < 2; ++attempt) {
            const auto done = waitForDone([&](auto d) {
                ct.markFulfilled(shipment(id, QStringLiteral("SHIP-1"), {{QStringLiteral("MUG-RED"), 1}}), d);
            });
            QVERIFY(done);
            QVERIFY2(done->ok(), qPrintable(done->ok() ? QString() : done->error().toString()));
        }
        Json now = readOrder(id);
        QCOMPARE(deliveries(now).size(), size_t(1));
        QCOMPARE(keyOf(deliveries(now)[0]), QStringLiteral("SHIP-1"));
        QCOMPARE(itemsOf(deliveries(now)[0]), QStringList{red + QStringLiteral(" x1")});
        LOCKSTEP_COMPARE_JSON(deliveries(now)[0]["parcels"][0]["trackingData"]["trackingId"], "00340434161094042557");
        LOCKSTEP_COMPARE_JSON(deliveries(now)[0]["parcels"][0]["trackingData"]["carrier"], "DHL");
        LOCKSTEP_COMPARE_JSON(now["shipmentState"], "Shipped");
        const auto version = now["version"].get<qint64>();

        // The connector reads the delivery back as shipped under its key.
        const auto reread = waitFor<core::Order>([&](auto reply) { ct.fetchOrder(id, reply); });
        QVERIFY(reread && reread->ok());
        QCOMPARE(reread->value().shippedKeys, QStringList{QStringLiteral("SHIP-1")});

        // A second shipment whose lines the WMS did not name: what is not yet delivered.
        const auto second = waitForDone([&](auto d) { ct.markFulfilled(shipment(id, QStringLiteral("SHIP-2")), d); });
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(second->ok() ? QString() : second->error().toString()));
        now = readOrder(id);
        QCOMPARE(deliveries(now).size(), size_t(2));
        QCOMPARE(keyOf(deliveries(now)[1]), QStringLiteral("SHIP-2"));
        QStringList rest = {red + QStringLiteral(" x1"), blue + QStringLiteral(" x1")};
        rest.sort();
        QCOMPARE(itemsOf(deliveries(now)[1]), rest);
        QVERIFY(now["version"].get<qint64>() > version);

        // A SKU the order does not hold is refused before anything is sent.
        const auto wrong = waitForDone([&](auto d) {
            ct.markFulfilled(shipment(id, QStringLiteral("SHIP-3"), {{QStringLiteral("TEA-1"), 1}}), d);
        });
        QVERIFY(wrong);
        QVERIFY(!wrong->ok());
        LOCKSTEP_COMPARE_ENUM(wrong->error().code, core::ErrorCode::Refused);
        QVERIFY(wrong->error().message.contains(QStringLiteral("TEA-1")));
        QCOMPARE(deliveries(readOrder(id)).size(), size_t(2));
    }

    void anOrderWithoutShippingInfoIsRefusedClearly()
    {
        const Json order = importOrder({{"TEA-1", 1, 399}}, false);
        QVERIFY(!order.is_null());
        CtConnector ct(settings(), *m_http);
        const auto done = waitForDone(
            [&](auto d) { ct.markFulfilled(shipment(toQString(order["id"]), QStringLiteral("SHIP-N")), d); });
        QVERIFY(done);
        QVERIFY(!done->ok());
        LOCKSTEP_COMPARE_ENUM(done->error().code, core::ErrorCode::Refused);
        QVERIFY(done->error().message.contains(QStringLiteral("shipping info")));
    }

    void stockIsSetOnTheSupplyChannelsEntry()
    {
        CtConnector ct(settings(), *m_http);
        const qint64 before = inventoryEntry(QStringLiteral("MUG-RED"), true)["version"].get<qint64>();
        auto outcome = waitFor<StockPushOutcome>([&](auto reply) {
            ct.pushStock({{QStringLiteral("MUG-RED"), 42}, {QStringLiteral("NO-SUCH-SKU"), 1}}, reply);
        });
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(outcome->value().updated, QStringList{QStringLiteral("MUG-RED")});
        QCOMPARE(outcome->value().failed.size(), 1);
        QCOMPARE(outcome->value().failed.at(0).reference, QStringLiteral("NO-SUCH-SKU"));

        Json entry = inventoryEntry(QStringLiteral("MUG-RED"), true);
        LOCKSTEP_COMPARE_JSON(entry["quantityOnStock"], 42);
        QCOMPARE(entry["version"].get<qint64>(), before + 1);
        LOCKSTEP_COMPARE_JSON(
            inventoryEntry(QStringLiteral("MUG-RED"), false)["quantityOnStock"], 5); // the other entry

        // The same level again: already there, no write.
        outcome = waitFor<StockPushOutcome>([&](auto reply) {
            ct.pushStock({{QStringLiteral("MUG-RED"), 42}}, reply);
        });
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(inventoryEntry(QStringLiteral("MUG-RED"), true)["version"].get<qint64>(), before + 1);
    }

    void theListingShowsEveryVariantWithItsChannelStock()
    {
        CtConnector ct(settings(), *m_http);
        const auto listing = waitFor<StorefrontListing>([&](auto reply) { ct.fetchListing(reply); });
        QVERIFY(listing && listing->ok());
        QVERIFY(listing->value().problems.isEmpty());
        QHash<QString, core::connectors::ListedItem> bySku;
        for (const auto& item : listing->value().items)
            bySku.insert(item.sku, item);
        QCOMPARE(QSet<QString>(bySku.keyBegin(), bySku.keyEnd()),
            (QSet<QString>{QStringLiteral("MUG-RED"),
                QStringLiteral("MUG-BLUE"),
                QStringLiteral("MUG-GREEN"),
                QStringLiteral("TEA-1")}));
        QCOMPARE(bySku.value(QStringLiteral("MUG-RED")).stock.value_or(-1), 42);
        QCOMPARE(bySku.value(QStringLiteral("MUG-BLUE")).stock.value_or(-1), 3);
        QCOMPARE(bySku.value(QStringLiteral("TEA-1")).stock.value_or(-1), 7);
        QVERIFY(!bySku.value(QStringLiteral("MUG-GREEN")).stock.has_value()); // no entry in the channel
        QCOMPARE(bySku.value(QStringLiteral("MUG-RED")).location, kChannel);
        QCOMPARE(bySku.value(QStringLiteral("MUG-BLUE")).parentId,
            bySku.value(QStringLiteral("MUG-RED")).parentId); // one product
        QVERIFY(bySku.value(QStringLiteral("TEA-1")).parentId.isEmpty()); // a product with one variant
    }
};

QTEST_GUILESS_MAIN(TestCtThirdParty)
#include "test_ct_third_party.moc"
