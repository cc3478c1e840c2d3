// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated WooCommerce REST API v3 over real HTTP: paging headers and pages, auth failures, errors, money
// and dates, the batch limit, SKU traps, order updates in the ledger, a phone order keyed in the admin, a completion a
// plugin refuses, and signed webhooks; and the connector's stock push where WooCommerce keeps stock (a variation's at
// its product, none at all) without switching how it does.
#include "connector_test_support.h"
#include "connectors/woocommerce/woo_connector.h"
#include "domain/money.h"
#include "net/http_client.h"
#include "sim_test_client.h"
#include "webhook_sender.h"
#include "world.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>

using namespace lockstep;
using namespace lockstep::test;
using core::sim::Sandbox;

class TestWooCommerceSim : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    core::sim::Endpoints m_ep;
    HttpClient m_http;

    QUrl api(const QString& path, const QString& query = {}) const
    {
        return withPath(m_ep.woocommerce.baseUrl, QStringLiteral("/wp-json/wc/v3") + path, query);
    }
    QPair<QByteArray, QByteArray> auth() const
    {
        return HttpClient::basic(m_ep.woocommerce.consumerKey, m_ep.woocommerce.consumerSecret);
    }
    int placedWooOrders() const
    {
        int n = 0;
        for (const auto& o : m_sandbox.world()->orders())
            n += o.placed && !o.commercetools ? 1 : 0;
        return n;
    }
    /// The first placed WooCommerce order carrying this failure (None: a plain one), or null.
    const core::sim::StorefrontOrder* placedWooOrder(core::sim::PlannedFailure failure) const
    {
        for (const auto& o : m_sandbox.world()->orders()) {
            if (o.placed && !o.commercetools && o.failure == failure)
                return &o;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ep = m_sandbox.start(quietScenario());
        QVERIFY2(ep.ok(), qPrintable(ep.ok() ? QString() : ep.error().toString()));
        m_ep = ep.value();
        m_sandbox.advance(6 * kHourMs);
        QVERIFY(placedWooOrders() > 25);
    }

    void stockKeptByTheProductIsSetThereAndStockManagementIsNeverSwitched()
    {
        auto& products = m_sandbox.world()->products();
        QHash<QString, int> skuCount;
        for (const auto& p : std::as_const(products)) {
            ++skuCount[p.sku];
            for (const auto& v : p.variations)
                ++skuCount[v.ownSku];
        }
        int variable = -1;
        int simple = -1;
        for (int i = 0; i < products.size(); ++i) {
            const auto& p = products.at(i);
            if (variable < 0 && p.variable && !p.variations.isEmpty() && !p.variations.at(0).ownSku.isEmpty()
                && skuCount.value(p.variations.at(0).ownSku) == 1)
                variable = i;
            if (simple < 0 && !p.variable && !p.bundle && !p.sku.isEmpty() && skuCount.value(p.sku) == 1)
                simple = i;
        }
        QVERIFY(variable >= 0 && simple >= 0);
        // The shop counts this variable product's stock on the product, for its first variation
        // (`manage_stock: "parent"`), and counts none for the simple product.
        products[variable].parentStock = true;
        products[variable].storeStock = 7;
        products[variable].variations[0].stockAtParent = true;
        products[simple].manageStock = false;
        const QString atParent = products.at(variable).variations.at(0).ownSku;
        const int variationStock = products.at(variable).variations.at(0).storeStock;
        const QString unmanaged = products.at(simple).sku;
        const int switched = m_sandbox.ledger().counter(QStringLiteral("woocommerce.stock_management_switched"));

        core::net::HttpClient http(QStringLiteral("woocommerce"), nullptr);
        core::connectors::woocommerce::WooSettings settings;
        settings.baseUrl = m_ep.woocommerce.baseUrl;
        settings.consumerKey = m_ep.woocommerce.consumerKey;
        settings.consumerSecret = m_ep.woocommerce.consumerSecret;
        core::connectors::woocommerce::WooConnector woo(settings, http);
        const auto outcome = waitFor<core::connectors::StockPushOutcome>([&](auto reply) {
            woo.pushStock({{atParent, 31}, {unmanaged, 12}}, reply);
        });
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(outcome->value().updated, QStringList{atParent});
        QCOMPARE(outcome->value().failed.size(), 1);
        QCOMPARE(outcome->value().failed.at(0).reference, unmanaged);

        QCOMPARE(products.at(variable).storeStock, 31); // set through the product that keeps it
        QCOMPARE(products.at(variable).variations.at(0).storeStock, variationStock);
        QVERIFY(products.at(variable).variations.at(0).stockAtParent);
        QVERIFY(!products.at(simple).manageStock);
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("woocommerce.stock_management_switched")), switched);

        // Put back as the other tests expect the catalogue.
        products[variable].parentStock = false;
        products[variable].variations[0].stockAtParent = false;
        products[simple].manageStock = true;
    }

    void pagesCarryTotalsAndLinks()
    {
        const int total = placedWooOrders();
        const int perPage = 10;
        const int pages = (total + perPage - 1) / perPage;
        QSet<qint64> seen;
        qint64 previousCreated = std::numeric_limits<qint64>::max();
        QUrl next = api(QStringLiteral("/orders"), QStringLiteral("per_page=%1").arg(perPage));
        int fetched = 0;
        while (next.isValid() && fetched < pages + 2) {
            const HttpAnswer a = m_http.get(next, {auth()});
            QCOMPARE(a.status, 200);
            QCOMPARE(a.header("X-WP-Total").toInt(), total);
            QCOMPARE(a.header("X-WP-TotalPages").toInt(), pages);
            const Json page = a.json();
            QVERIFY(page.is_array());
            ++fetched;
            QCOMPARE(static_cast<int>(page.size()), fetched < pages ? perPage : total - perPage * (pages - 1));
            for (const auto& o : page) {
                QVERIFY(!seen.contains(o["id"].get<qint64>()));
                seen.insert(o["id"].get<qint64>());
                const qint64 created =
                    QDateTime::fromString(QString::fromStdString(o["date_created_gmt"].get<std::string>()), Qt::ISODate)
                        .toMSecsSinceEpoch();
                QVERIFY(created <= previousCreated); // default order: date, descending
                previousCreated = created;
            }
            const QByteArray link = a.header("Link");
            static const QRegularExpression kNext(QStringLiteral("<([^>]+)>; rel=\"next\""));
            const auto m = kNext.match(QString::fromLatin1(link));
            next = m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
            if (fetched > 1)
                QVERIFY(link.contains("rel=\"prev\""));
        }
        QCOMPARE(fetched, pages);
        QCOMPARE(seen.size(), total);
    }

    void filtersByModifiedAfterAscending()
    {
        const QString after = m_sandbox.now().addSecs(-2 * 3600).toString(Qt::ISODate); // ends in Z: an explicit offset
        const HttpAnswer a =
            m_http.get(api(QStringLiteral("/orders"),
                           QStringLiteral("modified_after=%1&orderby=modified&order=asc&per_page=100").arg(after)),
                {auth()});
        QCOMPARE(a.status, 200);
        const Json page = a.json();
        QVERIFY(!page.empty());
        QString previous;
        for (const auto& o : page) {
            const QString modified = QString::fromStdString(o["date_modified_gmt"].get<std::string>());
            QVERIFY(modified >= previous);
            QVERIFY(QDateTime::fromString(modified + u'Z', Qt::ISODate) > m_sandbox.now().addSecs(-2 * 3600));
            previous = modified;
        }
    }

    void refusesTooLargePages()
    {
        const HttpAnswer a = m_http.get(api(QStringLiteral("/orders"), QStringLiteral("per_page=101")), {auth()});
        QCOMPARE(a.status, 400);
        LOCKSTEP_COMPARE_JSON(a.json()["code"], "rest_invalid_param");
        LOCKSTEP_COMPARE_JSON(a.json()["data"]["status"], 400);
    }

    void authFailuresAreWooCommerceShaped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("code");
        QTest::newRow("none") << QString() << QString() << QStringLiteral("woocommerce_rest_cannot_view");
        QTest::newRow("bad key") << QStringLiteral("ck_wrong") << QStringLiteral("cs_wrong")
                                 << QStringLiteral("woocommerce_rest_authentication_error");
        QTest::newRow("bad secret") << QStringLiteral("*") << QStringLiteral("cs_wrong")
                                    << QStringLiteral("woocommerce_rest_authentication_error");
    }
    void authFailuresAreWooCommerceShaped()
    {
        QFETCH(QString, key);
        QFETCH(QString, secret);
        QFETCH(QString, code);
        if (key == QStringLiteral("*"))
            key = m_ep.woocommerce.consumerKey;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append(HttpClient::basic(key, secret));
        const HttpAnswer a = m_http.get(api(QStringLiteral("/orders")), headers);
        QCOMPARE(a.status, 401);
        QCOMPARE(QString::fromStdString(a.json()["code"].get<std::string>()), code);
        LOCKSTEP_COMPARE_JSON(a.json()["data"]["status"], 401);
    }

    void acceptsKeysAsQueryParameters()
    {
        const HttpAnswer a = m_http.get(api(QStringLiteral("/orders"),
            QStringLiteral("consumer_key=%1&consumer_secret=%2")
                .arg(m_ep.woocommerce.consumerKey, m_ep.woocommerce.consumerSecret)));
        QCOMPARE(a.status, 200);
    }

    void unknownOrderIs404()
    {
        const HttpAnswer a = m_http.get(api(QStringLiteral("/orders/999999")), {auth()});
        QCOMPARE(a.status, 404);
        LOCKSTEP_COMPARE_JSON(a.json()["code"], "woocommerce_rest_shop_order_invalid_id");
    }

    void moneyIsDecimalTextAndGmtDatesHaveNoOffset()
    {
        const HttpAnswer a = m_http.get(api(QStringLiteral("/orders/1001")), {auth()});
        QCOMPARE(a.status, 200);
        const Json o = a.json();
        static const QRegularExpression kMoney(QStringLiteral("^-?\\d+\\.\\d{2}$"));
        static const QRegularExpression kDate(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"));
        for (const char* key : {"total", "shipping_total", "discount_total", "total_tax"})
            QVERIFY2(kMoney.match(QString::fromStdString(o[key].get<std::string>())).hasMatch(), key);
        QVERIFY(kDate.match(QString::fromStdString(o["date_created_gmt"].get<std::string>())).hasMatch());
        QVERIFY(o["date_created"] != o["date_created_gmt"]); // site timezone differs from GMT in the demo
        QVERIFY(o["line_items"][0]["price"].is_number());
        // The parts add up: lines - discount + shipping + fees + tax = total, in exact cents.
        const auto cents = [](const Json& v) {
            return core::Money::parse(QString::fromStdString(v.get<std::string>()), QStringLiteral("EUR"))
                .value()
                .minorUnits();
        };
        qint64 sum = -cents(o["discount_total"]) + cents(o["shipping_total"]) + cents(o["total_tax"]);
        for (const auto& line : o["line_items"])
            sum += cents(line["subtotal"]);
        for (const auto& fee : o["fee_lines"])
            sum += cents(fee["total"]);
        QCOMPARE(sum, cents(o["total"]));
    }

    void batchAcceptsAHundredAndRefusesMore()
    {
        const auto body = [](int n) {
            Json update = Json::array();
            for (int i = 0; i < n; ++i)
                update.push_back({{"id", 101}, {"stock_quantity", 7}});
            return QByteArray::fromStdString(Json{{"update", update}}.dump());
        };
        HttpAnswer a = m_http.send("POST", api(QStringLiteral("/products/batch")), body(101), {auth()});
        QCOMPARE(a.status, 413);
        LOCKSTEP_COMPARE_JSON(a.json()["code"], "woocommerce_rest_request_entity_too_large");
        a = m_http.send("POST", api(QStringLiteral("/products/batch")), body(100), {auth()});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()["update"].size(), 100u);
        LOCKSTEP_COMPARE_JSON(a.json()["update"][0]["stock_quantity"], 7);
        LOCKSTEP_COMPARE_JSON(m_http.get(api(QStringLiteral("/products/101")), {auth()}).json()["stock_quantity"], 7);
    }

    void variationWithoutSkuShowsItsParentsAndCannotTakeIt()
    {
        const HttpAnswer list = m_http.get(api(QStringLiteral("/products"), QStringLiteral("sku=BEANIE")), {auth()});
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().size(), 1u);
        const qint64 parent = list.json()[0]["id"].get<qint64>();
        const HttpAnswer vars = m_http.get(api(QStringLiteral("/products/%1/variations").arg(parent)), {auth()});
        QCOMPARE(vars.json().size(), 2u);
        LOCKSTEP_COMPARE_JSON(vars.json()[1]["sku"], "BEANIE");
        const qint64 navy = vars.json()[1]["id"].get<qint64>();
        const HttpAnswer put = m_http.send("PUT",
            api(QStringLiteral("/products/%1/variations/%2").arg(parent).arg(navy)),
            R"({"sku":"BEANIE"})",
            {auth()});
        QCOMPARE(put.status, 400);
        LOCKSTEP_COMPARE_JSON(put.json()["code"], "product_invalid_sku");
    }

    void duplicateSkuListsTwoProducts()
    {
        const HttpAnswer a = m_http.get(api(QStringLiteral("/products"), QStringLiteral("sku=LS-1001")), {auth()});
        QCOMPARE(a.json().size(), 2u);
    }

    void updateAndNotesReachTheLedger()
    {
        const HttpAnswer put = m_http.send("PUT",
            api(QStringLiteral("/orders/1001")),
            R"({"status":"completed","meta_data":[{"key":"_lockstep_wms_order","value":"SO-1"}]})",
            {auth()});
        QCOMPARE(put.status, 200);
        LOCKSTEP_COMPARE_JSON(put.json()["status"], "completed");
        QVERIFY(put.json()["date_completed_gmt"].is_string());
        bool found = false;
        const Json updated = put.json();
        for (const auto& m : updated["meta_data"])
            found = found || m["key"] == "_lockstep_wms_order";
        QVERIFY(found);
        QCOMPARE(
            m_sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_completed"), QStringLiteral("1001")), 1);
        const HttpAnswer note = m_http.send("POST",
            api(QStringLiteral("/orders/1001/notes")),
            R"({"note":"Shipped with UPS 1Z999","customer_note":true})",
            {auth()});
        QCOMPARE(note.status, 201);
        LOCKSTEP_COMPARE_JSON(note.json()["customer_note"], true);
        const HttpAnswer missing = m_http.send("POST", api(QStringLiteral("/orders/1001/notes")), R"({})", {auth()});
        QCOMPARE(missing.status, 400);
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("woocommerce.notes_added")), 1);
    }

    void aPhoneOrderComesFromTheAdmin()
    {
        // The demo's opening order for unrouted_channel: keyed in by staff, so no checkout and no customer browser.
        const auto* phone = placedWooOrder(core::sim::PlannedFailure::UnroutedChannel);
        QVERIFY(phone);
        const Json order = m_http.get(api(QStringLiteral("/orders/%1").arg(phone->wooId)), {auth()}).json();
        LOCKSTEP_COMPARE_JSON(order["created_via"], "admin");
        LOCKSTEP_COMPARE_JSON(order["customer_ip_address"], "");
        const auto* web = placedWooOrder(core::sim::PlannedFailure::None);
        QVERIFY(web);
        LOCKSTEP_COMPARE_JSON(
            m_http.get(api(QStringLiteral("/orders/%1").arg(web->wooId)), {auth()}).json()["created_via"], "checkout");
    }

    void aPluginRefusesToCompleteThePlantedOrder()
    {
        // shipped_update_refused: the status change to completed is refused in WooCommerce's error shape, with
        // nothing applied, every time; an update that leaves the status alone (tracking of a partial shipment) is
        // taken.
        const auto* held = placedWooOrder(core::sim::PlannedFailure::ShippedUpdateRefused);
        QVERIFY(held);
        const QUrl url = api(QStringLiteral("/orders/%1").arg(held->wooId));
        const QString before = held->wooStatus;
        const QByteArray shipped =
            R"({"status":"completed","meta_data":[{"key":"_lockstep_shipment_SH-1","value":{"carrier":"UPS"}}]})";
        for (int attempt = 0; attempt < 2; ++attempt) {
            const HttpAnswer refused = m_http.send("PUT", url, shipped, {auth()});
            QCOMPARE(refused.status, 400);
            LOCKSTEP_COMPARE_JSON(refused.json()["code"], "order_under_review");
            QVERIFY(refused.json()["message"].is_string());
            LOCKSTEP_COMPARE_JSON(refused.json()["data"]["status"], 400);
        }
        QCOMPARE(held->wooStatus, before);
        QVERIFY(held->wooMeta.dump().find("_lockstep_shipment_SH-1") == std::string::npos);
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_refused"), held->number), 2);
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("woocommerce_status_completed"), held->number), 0);
        const HttpAnswer tracked = m_http.send(
            "PUT", url, R"({"meta_data":[{"key":"_lockstep_shipment_SH-1","value":{"carrier":"UPS"}}]})", {auth()});
        QCOMPARE(tracked.status, 200);
        QVERIFY(held->wooMeta.dump().find("_lockstep_shipment_SH-1") != std::string::npos);
    }

    void signatureOfAFixedVector()
    {
        // Computed independently (HMAC-SHA256 of these exact bytes with this key, then base64).
        const QByteArray body = R"({"id":1001,"status":"processing","total":"29.35"})";
        QCOMPARE(core::sim::webhookSignature(body, "wh_sandbox_secret"),
            QByteArray("bZ2tr7W6OnvxdGC3/Slo9KDCnKRdbCm2mbHhcItx2WQ="));
        // WooCommerce signs with its stored secret passed through wp_specialchars_decode(…, ENT_QUOTES): this key
        // is `s3cr&t<"wh">'k&amp;` (one pass: `&amp;amp;` leaves `&amp;`).
        QCOMPARE(core::sim::webhookSignature(body, "s3cr&amp;t&lt;&quot;wh&#034;&gt;&#0039;k&amp;amp;"),
            QByteArray("ynupX1WNyvhXgPTb6I1n42v0+upvPYwDvu8w3o1hoeU="));
    }

    void webhooksAreSignedOverTheRawBodyAndSometimesTwice()
    {
        struct Received
        {
            QByteArray body;
            QByteArray signature;
            QByteArray topic;
            QByteArray deliveryId;
            QByteArray source;
        };
        QList<Received> received;
        QHttpServer receiver;
        receiver.route(QStringLiteral("/hook"), [&received](const QHttpServerRequest& request) {
            received.append({request.body(),
                request.value("X-WC-Webhook-Signature"),
                request.value("X-WC-Webhook-Topic"),
                request.value("X-WC-Webhook-Delivery-ID"),
                request.value("X-WC-Webhook-Source")});
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        QUrl url(QStringLiteral("http://127.0.0.1/hook"));
        url.setPort(port);
        // Registered through the API, as a connector would.
        const HttpAnswer created = m_http.send("POST",
            api(QStringLiteral("/webhooks")),
            QByteArray::fromStdString(Json{{"name", "created"},
                {"topic", "order.created"},
                {"delivery_url", url.toString().toStdString()},
                {"secret", "s3cret/&"}}.dump()),
            {auth()});
        QCOMPARE(created.status, 201);
        auto profile = m_sandbox.faultProfile(core::sim::SimSystem::WooCommerce);
        profile.duplicateWebhookRate = 1.0;
        m_sandbox.setFaultProfile(core::sim::SimSystem::WooCommerce, profile);
        const int events = m_sandbox.ledger().counter(QStringLiteral("webhooks.events"));
        m_sandbox.advance(kHourMs);
        const int newEvents = m_sandbox.ledger().counter(QStringLiteral("webhooks.events")) - events;
        QVERIFY(newEvents > 0);
        QTRY_COMPARE(received.size(), 2 * newEvents);
        for (const auto& r : std::as_const(received)) {
            QCOMPARE(r.topic, QByteArray("order.created"));
            QCOMPARE(r.signature,
                QMessageAuthenticationCode::hash(r.body, "s3cret/&", QCryptographicHash::Sha256).toBase64());
            QVERIFY(r.body.contains("\\/")); // PHP json_encode escapes slashes; re-serialising would change the bytes
            QVERIFY(r.source.endsWith('/'));
        }
        QVERIFY(received.at(0).deliveryId != received.at(1).deliveryId); // a new id per attempt
        QCOMPARE(received.at(0).body, received.at(1).body);
        QTRY_COMPARE(m_sandbox.ledger().counter(QStringLiteral("webhooks.delivered")), 2 * newEvents);
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceSim)
#include "test_woocommerce_sim.moc"
