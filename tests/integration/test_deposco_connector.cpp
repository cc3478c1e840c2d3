// SPDX-License-Identifier: GPL-3.0-or-later
// The Deposco connector against the in-process sandbox over real HTTP, both shaped by the vendor's generated client
// (lib/Api sends camelCase parameters; lib/Model names the fields): identity from `self`, look-up by `number` (the
// sandbox ignores unknown parameters, as a server does, so a wrong name finds nothing), a WMS number per storefront,
// a re-post of an order in progress taken as "already there", the SalesOrder create body with the ship-to address,
// shipments reaching their order through `orderHeaders`, order lines beyond the nested cap, kits, back orders,
// availability over HTTP Basic, the refresh-token sign-in, and customer returns (created, found by number, found
// after an answer that never came, refused for an unknown item).
#include "connector_test_support.h"
#include "connectors/deposco/deposco_connector.h"
#include "deposco_test_settings.h"
#include "net/http_client.h"
#include "sim_test_client.h"
#include "support.h"
#include "world.h"

using namespace lockstep;
using namespace lockstep::test;
using core::connectors::CancelOutcome;
using core::connectors::ItemPage;
using core::connectors::ShipmentPage;
using core::connectors::WmsCreateRequest;
using core::connectors::WmsCustomerReturn;
using core::connectors::WmsOrder;
using core::connectors::WmsOrderKey;
using core::connectors::WmsOrderPage;
using core::connectors::WmsReturnRequest;
using core::connectors::deposco::DeposcoConnector;
using core::connectors::deposco::DeposcoSettings;

class TestDeposcoConnector : public QObject
{
    Q_OBJECT

private:
    core::sim::Sandbox m_sandbox;
    core::sim::Endpoints m_ep;
    std::unique_ptr<core::net::HttpClient> m_http;
    QStringList m_skus; ///< stocked WMS items of the scenario
    int m_next = 0;

    DeposcoSettings settings() const { return deposcoSettings(m_ep); }

    WmsCreateRequest request(const QString& number, const QString& origin, int lines = 1, int quantity = 1)
    {
        WmsCreateRequest r;
        r.reference = origin + u':' + number;
        r.key = {number, origin};
        r.number = number;
        r.facility = QStringLiteral("DC-EAST");
        r.currency = QStringLiteral("EUR");
        r.total = core::Money::fromMinor(2599, r.currency);
        r.shipToName = QStringLiteral("Ada Lovelace");
        r.shipToCountry = QStringLiteral("DE");
        r.shipTo = {QStringLiteral("Ada"),
            QStringLiteral("Lovelace"),
            {},
            QStringLiteral("1 Market Street"),
            QStringLiteral("Floor 2"),
            QStringLiteral("Berlin"),
            QStringLiteral("10115"),
            QStringLiteral("BE"),
            QStringLiteral("DE"),
            {},
            {}};
        for (int i = 0; i < lines; ++i) // spread over the stocked items, so that stock lasts for every test
            r.lines.append(
                {i + 1, m_skus.at((m_next + i) % m_skus.size()), quantity, core::Money::fromMinor(1250, r.currency)});
        r.customFields.insert(QStringLiteral("giftMessage"), QStringLiteral("Happy birthday"));
        return r;
    }

    QString unique(const QString& stem) { return stem + QString::number(++m_next); }

    std::optional<WmsOrder> find(DeposcoConnector& wms, const WmsOrderKey& key)
    {
        const auto found = waitFor<std::optional<WmsOrder>>([&](auto reply) { wms.findOrder(key, reply); });
        if (!found || !found->ok()) {
            qWarning() << (found ? found->error().toString() : QStringLiteral("no answer"));
            return std::nullopt;
        }
        return found->value();
    }

    std::optional<WmsOrder> create(DeposcoConnector& wms, const WmsCreateRequest& r)
    {
        const auto created = waitFor<WmsOrder>([&](auto reply) { wms.createOrder(r, reply); });
        if (!created || !created->ok()) {
            qWarning() << (created ? created->error().toString() : QStringLiteral("no answer"));
            return std::nullopt;
        }
        return created->value();
    }

    int salesOrdersFor(const QString& customerOrderNumber) const
    {
        int n = 0;
        for (const auto& so : m_sandbox.world()->salesOrders())
            n += so.customerOrderNumber == customerOrderNumber ? 1 : 0;
        return n;
    }

    const core::sim::SalesOrder* salesOrder(const QString& number) const
    {
        const int i = m_sandbox.world()->findSalesOrderByNumber(number);
        return i < 0 ? nullptr : &m_sandbox.world()->salesOrders().at(i);
    }

    /// A till return of `quantity` units of `sku`, received at DC-WEST; its WMS number is the till's with a prefix.
    WmsReturnRequest returnRequest(const QString& tillNumber, const QString& sku, int quantity = 1) const
    {
        WmsReturnRequest r;
        r.reference = QStringLiteral("pos:") + tillNumber;
        r.number = QStringLiteral("POS-") + tillNumber;
        r.customerOrderNumber = tillNumber;
        r.relatedOrderNumber = QStringLiteral("SALE-") + tillNumber;
        r.origin = QStringLiteral("pos");
        r.facility = QStringLiteral("DC-WEST");
        r.lines = {{1, sku, quantity}};
        return r;
    }

    std::optional<core::Result<std::optional<WmsCustomerReturn>>> findReturn(
        DeposcoConnector& wms, const QString& number)
    {
        return waitFor<std::optional<WmsCustomerReturn>>([&](auto reply) { wms.findCustomerReturn(number, reply); });
    }

    std::optional<core::Result<WmsCustomerReturn>> createReturn(DeposcoConnector& wms, const WmsReturnRequest& r)
    {
        return waitFor<WmsCustomerReturn>([&](auto reply) { wms.createCustomerReturn(r, reply); });
    }

    /// The customer returns the warehouse holds under `number`.
    QList<core::sim::CustomerReturn> returnsNumbered(const QString& number) const
    {
        QList<core::sim::CustomerReturn> out;
        for (const auto& r : m_sandbox.world()->customerReturns()) {
            if (r.number == number)
                out.append(r);
        }
        return out;
    }

    /// The POSTs the connector sent to `path` since the log was cleared, oldest first.
    QList<core::sim::SimRequest> postsTo(const QString& path) const
    {
        QList<core::sim::SimRequest> out;
        for (const auto& e : m_sandbox.exchanges()) {
            if (e.request.method == "POST" && e.request.path.endsWith(path))
                out.append(e.request);
        }
        return out;
    }

    /// The names of the query parameters the connector sent to `path` since the log was cleared.
    QSet<QString> parametersSentTo(const QString& path) const
    {
        QSet<QString> names;
        for (const auto& e : m_sandbox.exchanges()) {
            if (e.request.path.endsWith(path)) {
                for (const auto& [name, value] : e.request.query.queryItems())
                    names.insert(name);
            }
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ep = m_sandbox.start(quietScenario());
        QVERIFY(ep.ok());
        m_ep = ep.value();
        m_http = std::make_unique<core::net::HttpClient>(QStringLiteral("wms"), nullptr);
        for (const auto& item : m_sandbox.world()->items()) {
            if (item.components.isEmpty() && item.number.startsWith(QStringLiteral("LS-")))
                m_skus.append(item.number);
        }
        QVERIFY(m_skus.size() >= 4);
        m_sandbox.setRecordsExchanges(true);
    }

    void ordersAreKnownBySelfIdAndFoundByNumber()
    {
        DeposcoConnector wms(settings(), *m_http);
        const QString number = unique(QStringLiteral("90"));
        const auto created = create(wms, request(number, QStringLiteral("woocommerce")));
        QVERIFY(created);
        const qint64 id =
            salesOrder(QStringLiteral("WC-") + number) ? salesOrder(QStringLiteral("WC-") + number)->id : 0;
        QCOMPARE(created->wmsId, QString::number(id)); // self.id: there is no top-level id
        QCOMPARE(created->number, QStringLiteral("WC-") + number);
        QCOMPARE(created->customerOrderNumber, number);
        QCOMPARE(created->origin, QStringLiteral("woocommerce"));
        // Found among more orders than one page holds: the filter `number` worked on the wire.
        for (int i = 0; i < 55; ++i)
            QVERIFY(create(wms, request(unique(QStringLiteral("FILL-")), QStringLiteral("woocommerce"))));
        m_sandbox.clearExchanges();
        const auto found = find(wms, {number, QStringLiteral("woocommerce")});
        QVERIFY(found);
        QCOMPARE(found->wmsId, created->wmsId);
        QCOMPARE(found->lines.size(), 1);
        QCOMPARE(found->lines.constFirst().lineId,
            QString::number(salesOrder(QStringLiteral("WC-") + number)->lines.constFirst().id));
        QCOMPARE(parametersSentTo(QStringLiteral("/orders/salesOrders")),
            (QSet<QString>{QStringLiteral("businessUnit"), QStringLiteral("number")}));
        QVERIFY(!find(wms, {unique(QStringLiteral("NONE-")), QStringLiteral("woocommerce")}));
    }

    void aWriteTurnedAwayAsBusyIsSentAgainAndAppliedOnce()
    {
        // Deposco answers 409 "updated by a concurrent request" without applying the write: the connector waits a
        // moment and sends it again, whatever the method, and the order exists once.
        core::net::HttpPolicy quick;
        quick.maxAttempts = 10;
        quick.backoff = {std::chrono::milliseconds(5), std::chrono::milliseconds(50)};
        core::net::HttpClient http(QStringLiteral("wms"), nullptr, quick);
        DeposcoConnector wms(settings(), http);
        core::sim::FaultProfile busy;
        busy.conflictRate = 0.4;
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, busy);
        const int conflictsBefore = m_sandbox.ledger().faults(QStringLiteral("wms"), QStringLiteral("409"));
        QStringList numbers;
        for (int i = 0; i < 10; ++i) {
            numbers.append(unique(QStringLiteral("BUSY-")));
            QVERIFY2(create(wms, request(numbers.constLast(), QStringLiteral("woocommerce"))),
                qPrintable(numbers.constLast()));
        }
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, core::sim::FaultProfile{});
        QVERIFY(m_sandbox.ledger().faults(QStringLiteral("wms"), QStringLiteral("409")) > conflictsBefore);
        for (const QString& number : numbers)
            QCOMPARE(salesOrdersFor(number), 1);
    }

    void theSameNumberInTwoStorefrontsIsTwoWarehouseOrders()
    {
        DeposcoConnector wms(settings(), *m_http);
        const QString number = unique(QStringLiteral("10"));
        QVERIFY(create(wms, request(number, QStringLiteral("woocommerce"))));
        QVERIFY(!find(wms, {number, QStringLiteral("commercetools")})); // the other storefront's order is not it
        QVERIFY(create(wms, request(number, QStringLiteral("commercetools"))));
        QCOMPARE(salesOrdersFor(number), 2);
        QVERIFY(salesOrder(QStringLiteral("WC-") + number));
        QVERIFY(salesOrder(QStringLiteral("CT-") + number));
        QCOMPARE(find(wms, {number, QStringLiteral("woocommerce")})->number, QStringLiteral("WC-") + number);
        QCOMPARE(find(wms, {number, QStringLiteral("commercetools")})->number, QStringLiteral("CT-") + number);
        // A configured prefix replaces the default.
        DeposcoSettings s = settings();
        s.orderPrefixes.insert(QStringLiteral("woocommerce"), QStringLiteral("SHOP1-"));
        DeposcoConnector custom(s, *m_http);
        QVERIFY(create(custom, request(number, QStringLiteral("woocommerce"))));
        QVERIFY(salesOrder(QStringLiteral("SHOP1-") + number));
    }

    void repostingAnOrderInProgressIsAlreadyThere()
    {
        DeposcoConnector wms(settings(), *m_http);
        const QString number = unique(QStringLiteral("20"));
        const auto first = create(wms, request(number, QStringLiteral("woocommerce")));
        QVERIFY(first);
        // Still New: the POST is an update by number, not a second order.
        const auto again = create(wms, request(number, QStringLiteral("woocommerce")));
        QVERIFY(again);
        QCOMPARE(again->wmsId, first->wmsId);
        m_sandbox.advance(10 * 60 * 1000 + 2 * 15 * 60 * 1000); // allocated, Wave Built, Released
        QCOMPARE(salesOrder(QStringLiteral("WC-") + number)->status, QStringLiteral("Released"));
        // Released: the warehouse answers 400 "cannot be updated"; the connector reports the order that is there.
        const auto late = create(wms, request(number, QStringLiteral("woocommerce")));
        QVERIFY(late);
        QCOMPARE(late->wmsId, first->wmsId);
        QCOMPARE(late->status, core::WmsOrderStatus::Released);
        QCOMPARE(salesOrdersFor(number), 1);
    }

    void theCreateBodyFollowsTheSalesOrderModel()
    {
        DeposcoConnector wms(settings(), *m_http);
        const QString number = unique(QStringLiteral("30"));
        m_sandbox.clearExchanges();
        QVERIFY(create(wms, request(number, QStringLiteral("woocommerce"))));
        const auto posted = postsTo(QStringLiteral("/orders/salesOrders"));
        QVERIFY(!posted.isEmpty());
        const auto body = posted.constLast().jsonBody();
        QVERIFY(body);
        const core::sim::Json& j = *body;
        LOCKSTEP_COMPARE_JSON(j["businessUnit"]["businessKey"]["code"], "LOCKSTEP");
        LOCKSTEP_COMPARE_JSON(j["shipToContact"]["firstName"], "Ada");
        LOCKSTEP_COMPARE_JSON(j["shipToContact"]["lastName"], "Lovelace");
        LOCKSTEP_COMPARE_JSON(j["shipToAddress"]["line1"], "1 Market Street");
        LOCKSTEP_COMPARE_JSON(j["shipToAddress"]["line2"], "Floor 2");
        LOCKSTEP_COMPARE_JSON(j["shipToAddress"]["city"], "Berlin");
        LOCKSTEP_COMPARE_JSON(j["shipToAddress"]["postalCode"], "10115");
        LOCKSTEP_COMPARE_JSON(j["shipToAddress"]["stateProvince"], "BE");
        LOCKSTEP_COMPARE_JSON(j["shipToAddress"]["country"], "DE");
        QVERIFY(j["customFields"].is_array());
        bool gift = false;
        for (const auto& f : j["customFields"])
            gift = gift || (f["name"] == "giftMessage" && f["value"] == "Happy birthday");
        QVERIFY(gift);
        LOCKSTEP_COMPARE_JSON(j["orderLines"]["data"][0]["lineNumber"], "1");
        QVERIFY(j["orderLines"]["data"][0]["item"]["businessKey"]["number"].is_string());
        LOCKSTEP_COMPARE_JSON(j["orderLines"]["data"][0]["unitPrice"], 12.5);
        QVERIFY(!j.contains("id"));
        // The warehouse keeps what it needs to print a label.
        const auto* so = salesOrder(QStringLiteral("WC-") + number);
        QVERIFY(so);
        LOCKSTEP_COMPARE_JSON(so->extra["shipToAddress"]["line1"], "1 Market Street");
    }

    void aShipmentReachesItsOrderThroughOrderHeaders()
    {
        DeposcoConnector wms(settings(), *m_http);
        QString cursor;
        for (int guard = 0; guard < 50; ++guard) { // walk to the end: the watermark is now
            const auto page = waitFor<ShipmentPage>([&](auto reply) { wms.fetchShipmentsSince(cursor, reply); });
            QVERIFY(page && page->ok());
            cursor = page->value().nextCursor;
            if (!page->value().hasMore)
                break;
        }
        const QString number = unique(QStringLiteral("40"));
        QVERIFY(create(wms, request(number, QStringLiteral("commercetools"), 1, 2)));
        m_sandbox.advance(10 * 60 * 1000 + 7 * 15 * 60 * 1000); // through Staged and Loaded to Ship Complete
        QCOMPARE(salesOrder(QStringLiteral("CT-") + number)->status, QStringLiteral("Ship Complete"));
        DeposcoConnector fresh(settings(), *m_http); // knows no order numbers yet: reads the order for it
        QList<core::connectors::WmsShipment> seen;
        for (int guard = 0; guard < 50; ++guard) {
            const auto page = waitFor<ShipmentPage>([&](auto reply) { fresh.fetchShipmentsSince(cursor, reply); });
            QVERIFY(page && page->ok());
            QVERIFY2(page->value().problems.isEmpty(), qPrintable(page->value().problems.value(0).toString()));
            seen += page->value().shipments;
            cursor = page->value().nextCursor;
            if (!page->value().hasMore)
                break;
        }
        int collected = 0;
        for (const auto& s : seen) {
            if (s.salesOrderNumber == QStringLiteral("CT-") + number
                && s.shipment.state == core::ShipmentState::CarrierCollected) {
                ++collected;
                QCOMPARE(s.shipment.shippedUnits, 2);
                QVERIFY(s.shipment.collectedAt.isValid()); // shipmentDates.actualShipDate
                QVERIFY(!s.shipment.trackingNumber.isEmpty());
            }
        }
        QCOMPARE(collected, 1);
        const QSet<QString> sent = parametersSentTo(QStringLiteral("/shipments/outboundShipments"));
        QVERIFY(sent.contains(QStringLiteral("pageSize")));
        QVERIFY(!sent.contains(QStringLiteral("page_size")) && !sent.contains(QStringLiteral("updated_after")));
    }

    void linesBeyondTheNestedCapArePagedIn()
    {
        DeposcoConnector wms(settings(), *m_http);
        const QString number = unique(QStringLiteral("50"));
        QVERIFY(create(wms, request(number, QStringLiteral("woocommerce"), 12)));
        const auto found = find(wms, {number, QStringLiteral("woocommerce")});
        QVERIFY(found);
        QCOMPARE(found->lines.size(), 12);
        QCOMPARE(found->lines.constLast().lineNumber, 12);
    }

    void backOrderedLinesAreReadFromTheReasonCode()
    {
        DeposcoConnector wms(settings(), *m_http);
        const QString number = unique(QStringLiteral("60"));
        WmsCreateRequest r = request(number, QStringLiteral("woocommerce"));
        r.lines = {{1, QStringLiteral("PRINT-LTD"), 2, core::Money::fromMinor(1000, QStringLiteral("EUR"))}};
        QVERIFY(create(wms, r));
        m_sandbox.advance(10 * 60 * 1000);
        const auto found = find(wms, {number, QStringLiteral("woocommerce")});
        QVERIFY(found);
        QCOMPARE(found->status, core::WmsOrderStatus::BackOrdered);
        QCOMPARE(found->lines.constFirst().backOrdered, 2);
        const auto outcome = waitFor<CancelOutcome>([&](auto reply) { wms.cancelOrder(*found, reply); });
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(outcome->value(), CancelOutcome::Canceled);
        QCOMPARE(salesOrder(QStringLiteral("WC-") + number)->status, QStringLiteral("Canceled"));
    }

    void itemsCarryTheirKits()
    {
        DeposcoConnector wms(settings(), *m_http);
        const auto items = waitFor<ItemPage>([&](auto reply) { wms.fetchItems({}, reply); });
        QVERIFY(items && items->ok());
        QVERIFY2(items->value().problems.isEmpty(), qPrintable(items->value().problems.value(0).toString()));
        int kits = 0;
        for (const auto& item : items->value().items) {
            const int index = m_sandbox.world()->findItem(item.sku);
            QVERIFY(index >= 0);
            QCOMPARE(item.components, m_sandbox.world()->items().at(index).components);
            QCOMPARE(item.wmsItemId, QString::number(m_sandbox.world()->items().at(index).id));
            kits += item.isBundle() ? 1 : 0;
        }
        QCOMPARE(items->value().items.size(), m_sandbox.world()->items().size());
        QCOMPARE(kits, 2);
    }

    void availabilityComesFromTheAtpUrlWithBasicAuth()
    {
        m_sandbox.clearExchanges();
        DeposcoConnector wms(settings(), *m_http);
        const auto stock = waitFor<QList<core::Stock>>([&](auto reply) { wms.fetchAvailability(reply); });
        QVERIFY(stock && stock->ok());
        QVERIFY(!stock->value().isEmpty());
        QCOMPARE(m_sandbox.exchanges().size(), 1);
        const auto& sent = m_sandbox.exchanges().constFirst().request;
        QCOMPARE(sent.path, m_ep.wms.atpUrl.path());
        QVERIFY(sent.header("Authorization").startsWith("Basic "));
        // Wrong legacy credentials are refused: the call does not ride on the OAuth token.
        DeposcoSettings s = settings();
        s.atpUser = QStringLiteral("someone");
        s.atpPassword = QStringLiteral("wrong");
        DeposcoConnector refused(s, *m_http);
        const auto denied = waitFor<QList<core::Stock>>([&](auto reply) { refused.fetchAvailability(reply); });
        QVERIFY(denied && !denied->ok());
    }

    void signsInWithARefreshToken()
    {
        DeposcoSettings s = settings();
        s.refreshToken = QStringLiteral("rt-from-install");
        s.scope = QStringLiteral("orders/read orders/write");
        m_sandbox.clearExchanges();
        DeposcoConnector wms(s, *m_http);
        QVERIFY(!find(wms, {unique(QStringLiteral("NONE-")), QStringLiteral("woocommerce")}));
        bool refreshed = false;
        for (const auto& e : m_sandbox.exchanges()) {
            if (e.request.path.endsWith(QStringLiteral("/oauth2/token"))) {
                const QUrlQuery form = e.request.formBody();
                refreshed = form.queryItemValue(QStringLiteral("grant_type")) == QStringLiteral("refresh_token")
                    && form.queryItemValue(QStringLiteral("refresh_token")) == QStringLiteral("rt-from-install")
                    && form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                        == QStringLiteral("orders/read orders/write");
            }
        }
        QVERIFY(refreshed);
    }

    void ordersChangedSinceAWatermarkAreOnlyTheChangedOnes()
    {
        DeposcoConnector wms(settings(), *m_http);
        QString cursor;
        int pages = 0;
        for (int guard = 0; guard < 100; ++guard, ++pages) {
            const auto page = waitFor<WmsOrderPage>([&](auto reply) { wms.fetchOrdersChangedSince(cursor, reply); });
            QVERIFY(page && page->ok());
            cursor = page->value().nextCursor;
            if (!page->value().hasMore)
                break;
        }
        QVERIFY(pages >= 1); // more orders than one page of 50
        const QString number = unique(QStringLiteral("70"));
        QVERIFY(create(wms, request(number, QStringLiteral("woocommerce"))));
        const auto page = waitFor<WmsOrderPage>([&](auto reply) { wms.fetchOrdersChangedSince(cursor, reply); });
        QVERIFY(page && page->ok());
        // updatedAfter filtered on the wire: the new order, and at most those changed in the second of overlap.
        QVERIFY(page->value().orders.size() < m_sandbox.world()->salesOrders().size() / 2);
        QVERIFY(std::any_of(page->value().orders.cbegin(), page->value().orders.cend(), [&number](const WmsOrder& o) {
            return o.customerOrderNumber == number;
        }));
        const QSet<QString> sent = parametersSentTo(QStringLiteral("/orders/salesOrders"));
        QVERIFY(sent.contains(QStringLiteral("pageSize")));
        QVERIFY(sent.contains(QStringLiteral("updatedAfter")));
    }

    void aCustomerReturnIsCreatedThenFoundByNumber()
    {
        DeposcoConnector wms(settings(), *m_http);
        const QString till = unique(QStringLiteral("RET-"));
        m_sandbox.clearExchanges();
        const auto created = createReturn(wms, returnRequest(till, m_skus.at(0), 2));
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : created->error().toString()));
        const auto held = returnsNumbered(QStringLiteral("POS-") + till);
        QCOMPARE(held.size(), 1);
        QCOMPARE(created->value().wmsId, QString::number(held.constFirst().id)); // self.id
        QCOMPARE(created->value().number, QStringLiteral("POS-") + till);
        QCOMPARE(created->value().facility, QStringLiteral("DC-WEST"));
        QCOMPARE(created->value().lines.size(), 1);
        QCOMPARE(created->value().lines.constFirst().sku, m_skus.at(0));
        QCOMPARE(created->value().lines.constFirst().quantity, 2);
        // The warehouse holds what the till sent: the receiving facility, the sale it returns, the lines.
        QCOMPARE(held.constFirst().facility, QStringLiteral("DC-WEST"));
        QCOMPARE(held.constFirst().customerOrderNumber, till);
        QCOMPARE(held.constFirst().relatedOrderNumber, QStringLiteral("SALE-") + till);
        QCOMPARE(held.constFirst().orderSource, QStringLiteral("pos"));
        QCOMPARE(held.constFirst().lines.size(), 1);
        QCOMPARE(held.constFirst().lines.constFirst().item, m_skus.at(0));
        QCOMPARE(held.constFirst().lines.constFirst().orderQty, 2);
        // The body as the model has it: item and pack by business key, the line number as text.
        const auto posted = postsTo(QStringLiteral("/orders/customerReturns"));
        QCOMPARE(posted.size(), 1);
        const auto body = posted.constFirst().jsonBody();
        QVERIFY(body);
        const core::sim::Json& j = *body;
        LOCKSTEP_COMPARE_JSON(j["businessUnit"]["businessKey"]["code"], "LOCKSTEP");
        LOCKSTEP_COMPARE_JSON(j["shipToFacility"]["businessKey"]["number"], "DC-WEST");
        LOCKSTEP_COMPARE_JSON(j["orderLines"]["data"][0]["lineNumber"], "1");
        LOCKSTEP_COMPARE_JSON(j["orderLines"]["data"][0]["item"]["businessKey"]["number"], m_skus.at(0).toStdString());
        LOCKSTEP_COMPARE_JSON(
            j["orderLines"]["data"][0]["pack"]["businessKey"]["item.number"], m_skus.at(0).toStdString());
        LOCKSTEP_COMPARE_JSON(j["orderLines"]["data"][0]["orderPackQuantity"], 2);
        QVERIFY(!j.contains("id"));

        m_sandbox.clearExchanges();
        const auto found = findReturn(wms, QStringLiteral("POS-") + till);
        QVERIFY(found && found->ok());
        QVERIFY(found->value());
        QCOMPARE(found->value()->wmsId, created->value().wmsId);
        QCOMPARE(found->value()->customerOrderNumber, till);
        QCOMPARE(found->value()->lines.size(), 1);
        QCOMPARE(parametersSentTo(QStringLiteral("/orders/customerReturns")),
            (QSet<QString>{QStringLiteral("businessUnit"), QStringLiteral("number"), QStringLiteral("pageSize")}));
        // Sent again (after a look-up that failed, say): the same record, updated, never a second one.
        const auto again = createReturn(wms, returnRequest(till, m_skus.at(0), 2));
        QVERIFY(again && again->ok());
        QCOMPARE(again->value().wmsId, created->value().wmsId);
        QCOMPARE(returnsNumbered(QStringLiteral("POS-") + till).size(), 1);
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("customer_returns_created"), till), 1);
    }

    void aReturnWhoseAnswerWasLostIsFoundAndHeldOnce()
    {
        // A client of its own that gives up quickly: the sandbox applies the create and never answers.
        core::net::HttpPolicy quick;
        quick.timeout = std::chrono::milliseconds(1500);
        core::net::HttpClient http(QStringLiteral("wms-returns"), nullptr, quick);
        DeposcoConnector wms(settings(), http);
        const QString till = unique(QStringLiteral("RET-"));
        const auto none = findReturn(wms, QStringLiteral("POS-") + till); // signs in before the faults
        QVERIFY(none && none->ok() && !none->value());
        core::sim::FaultProfile silent;
        silent.timeoutRate = 1.0;
        silent.timeoutHoldMs = 10000;
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, silent);
        const int timeouts = m_sandbox.ledger().faults(QStringLiteral("wms"), QStringLiteral("timeout"));
        const auto lost = createReturn(wms, returnRequest(till, m_skus.at(1)));
        m_sandbox.setFaultProfile(core::sim::SimSystem::Wms, {});
        QVERIFY(lost);
        QVERIFY(!lost->ok());
        QVERIFY2(lost->error().message.contains(QStringLiteral("look it up")), qPrintable(lost->error().toString()));
        QCOMPARE(m_sandbox.ledger().faults(QStringLiteral("wms"), QStringLiteral("timeout")), timeouts + 1);
        // The look-up before any re-send finds what the warehouse applied.
        const auto found = findReturn(wms, QStringLiteral("POS-") + till);
        QVERIFY(found && found->ok());
        QVERIFY(found->value());
        const auto held = returnsNumbered(QStringLiteral("POS-") + till);
        QCOMPARE(held.size(), 1);
        QCOMPARE(found->value()->wmsId, QString::number(held.constFirst().id));
        QCOMPARE(found->value()->lines.constFirst().sku, m_skus.at(1));
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("customer_returns_created"), till), 1);
    }

    void aReturnOfAnUnknownItemIsRefusedWithAClearMessage()
    {
        DeposcoConnector wms(settings(), *m_http);
        const QString till = unique(QStringLiteral("RET-"));
        m_sandbox.clearExchanges();
        const auto refused = createReturn(wms, returnRequest(till, QStringLiteral("NO-SUCH-SKU")));
        QVERIFY(refused);
        QVERIFY(!refused->ok());
        LOCKSTEP_COMPARE_ENUM(refused->error().code, core::ErrorCode::Refused);
        QVERIFY2(refused->error().message.contains(QStringLiteral("Item 'NO-SUCH-SKU' does not exist")),
            qPrintable(refused->error().message));
        QVERIFY(refused->error().context.contains(QStringLiteral("POS-") + till));
        QVERIFY(returnsNumbered(QStringLiteral("POS-") + till).isEmpty());
        QCOMPARE(postsTo(QStringLiteral("/orders/customerReturns")).size(), 1); // a refusal is final: not sent again
    }

    void findingAnUnknownReturnAnswersNone()
    {
        DeposcoConnector wms(settings(), *m_http);
        QVERIFY(createReturn(wms, returnRequest(unique(QStringLiteral("RET-")), m_skus.at(2))));
        const auto found = findReturn(wms, QStringLiteral("POS-") + unique(QStringLiteral("NONE-")));
        QVERIFY(found);
        QVERIFY2(found->ok(), qPrintable(found->ok() ? QString() : found->error().toString()));
        QVERIFY(!found->value());
    }
};

QTEST_GUILESS_MAIN(TestDeposcoConnector)
#include "test_deposco_connector.moc"
