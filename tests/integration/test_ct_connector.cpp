// SPDX-License-Identifier: GPL-3.0-or-later
// The commercetools connector against the in-process sandbox over real HTTP: every order pulled once, the cursor
// resuming across restarts (ties on lastModifiedAt included), "shipped" as exactly one delivery, 409 handled by
// re-read and re-apply, stock set on the inventory entry of the supply channel.
#include "connector_test_support.h"
#include "connectors/commercetools/ct_connector.h"
#include "domain/clock.h"
#include "net/http_client.h"
#include "sim_test_client.h"
#include "support.h"
#include "world.h"

#include <QSet>
#include <QUrlQuery>

using namespace lockstep;
using namespace lockstep::test;
using core::connectors::FulfilmentUpdate;
using core::connectors::OrderPage;
using core::connectors::StockLevel;
using core::connectors::StockPushOutcome;
using core::connectors::commercetools::CtConnector;
using core::connectors::commercetools::CtSettings;

class TestCtConnector : public QObject
{
    Q_OBJECT

private:
    core::sim::Sandbox m_sandbox;
    core::sim::Endpoints m_ep;
    std::unique_ptr<core::net::HttpClient> m_http;

    CtSettings settings(int pageSize = 500) const { return settingsFor(m_ep, pageSize); }

    static CtSettings settingsFor(const core::sim::Endpoints& ep, int pageSize = 500)
    {
        CtSettings s;
        s.apiUrl = ep.commercetools.apiUrl;
        s.authUrl = ep.commercetools.authUrl;
        s.projectKey = ep.commercetools.projectKey;
        s.clientId = ep.commercetools.clientId;
        s.clientSecret = ep.commercetools.clientSecret;
        s.pageSize = pageSize;
        s.supplyChannelKey = QStringLiteral("DC-EAST");
        return s;
    }

    /// Every order the feed holds, read from the start (empty when a call fails).
    QList<core::Order> pullOrders(CtConnector& ct)
    {
        QList<core::Order> out;
        QString cursor;
        for (int i = 0; i < 1000; ++i) {
            const auto page = waitFor<OrderPage>([&](auto reply) { ct.fetchOrdersChangedSince(cursor, {}, reply); });
            if (!page || !page->ok())
                return {};
            out += page->value().orders;
            cursor = page->value().nextCursor;
            if (!page->value().hasMore)
                break;
        }
        return out;
    }

    /// Pages until the feed says there is no more (true) or a call fails or `maxPages` are read (false); every order id
    /// in arrival order.
    bool pullAll(CtConnector& ct, QString& cursor, QStringList& ids, int maxPages = 1000)
    {
        for (int i = 0; i < maxPages; ++i) {
            const auto page = waitFor<OrderPage>([&](auto reply) { ct.fetchOrdersChangedSince(cursor, {}, reply); });
            if (!page || !page->ok()) {
                qWarning() << (page ? page->error().toString() : QStringLiteral("no answer"));
                return false;
            }
            for (const auto& o : page->value().orders)
                ids << o.storefrontId;
            if (!page->value().problems.isEmpty())
                qWarning() << page->value().problems.constFirst().toString();
            cursor = page->value().nextCursor;
            if (!page->value().hasMore)
                return true;
        }
        return false;
    }

    QSet<QString> placedIds() const
    {
        QSet<QString> out;
        for (const auto& o : m_sandbox.world()->orders()) {
            if (o.placed && o.commercetools)
                out.insert(o.ctId);
        }
        return out;
    }

    int orderIndex(const std::function<bool(const core::sim::StorefrontOrder&)>& pick) const
    {
        const auto& orders = m_sandbox.world()->orders();
        for (int i = 0; i < orders.size(); ++i) {
            if (orders.at(i).placed && orders.at(i).commercetools && pick(orders.at(i)))
                return i;
        }
        return -1;
    }

    int paidOpenOrder(int skip = 0) const
    {
        int seen = 0;
        return orderIndex([&](const core::sim::StorefrontOrder& o) {
            return o.ctPaymentState == QLatin1String("Paid") && o.ctOrderState != QLatin1String("Cancelled")
                && o.ctDeliveries.empty() && !o.conflictPending && seen++ >= skip;
        });
    }

    static FulfilmentUpdate shipment(const QString& orderId, const QString& key)
    {
        FulfilmentUpdate u;
        u.storefrontOrderId = orderId;
        u.carrier = QStringLiteral("DHL");
        u.trackingNumber = QStringLiteral("00340434161094042557");
        u.collectedAt = QDateTime::currentDateTimeUtc();
        u.deliveryKey = key;
        return u;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ep = m_sandbox.start(quietScenario());
        QVERIFY(ep.ok());
        m_ep = ep.value();
        m_sandbox.advance(10 * kHourMs);
        m_http = std::make_unique<core::net::HttpClient>(QStringLiteral("commercetools"), nullptr);
        QVERIFY(placedIds().size() > 40);
    }

    void pullsEveryOrderExactlyOnce()
    {
        CtConnector ct(settings(7), *m_http);
        QString cursor;
        QStringList ids;
        QVERIFY(pullAll(ct, cursor, ids));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // no duplicates
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), placedIds());

        // One order compared field by field with what the sandbox holds.
        const int i = paidOpenOrder();
        QVERIFY(i >= 0);
        const auto& expected = m_sandbox.world()->orders().at(i);
        const auto got = waitFor<core::Order>([&](auto reply) { ct.fetchOrder(expected.ctId, reply); });
        QVERIFY(got && got->ok());
        const core::Order& o = got->value();
        QCOMPARE(o.number, expected.number);
        QCOMPARE(o.totals.total.minorUnits(), expected.totalMinor());
        QCOMPARE(o.totals.tax.minorUnits(), expected.taxMinor);
        QCOMPARE(o.totals.shipping.minorUnits(), expected.shippingMinor);
        QCOMPARE(o.lines.size(), expected.lines.size());
        QCOMPARE(o.lines.at(0).quantity, expected.lines.at(0).quantity);
        QCOMPARE(o.lines.at(0).unitPrice.minorUnits(), expected.lines.at(0).unitPriceMinor);
        LOCKSTEP_COMPARE_ENUM(o.paymentState, core::PaymentState::Paid);
        QCOMPARE(o.shipToCountry, expected.country);
    }

    void cursorResumesAcrossRestartsWithoutLossOrDuplicates()
    {
        QString cursor;
        QStringList ids;
        {
            CtConnector first(settings(5), *m_http);
            QVERIFY(!pullAll(first, cursor, ids, 3)); // stops after three pages: more remain
        }
        QVERIFY(!cursor.isEmpty());
        QCOMPARE(ids.size(), 15);
        {
            CtConnector second(settings(5), *m_http); // a restart: a new instance given the saved cursor
            QVERIFY(pullAll(second, cursor, ids));
        }
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), placedIds());

        // Time moves on: new orders and changes arrive after the saved cursor, and only those.
        const qint64 watermark =
            QDateTime::fromString(cursor.section(u'|', 0, 0), Qt::ISODateWithMs).toMSecsSinceEpoch();
        m_sandbox.advance(2 * kHourMs);
        QSet<QString> changed;
        for (const auto& o : m_sandbox.world()->orders()) {
            if (o.placed && o.commercetools && o.modifiedMSecs > watermark)
                changed.insert(o.ctId);
        }
        QVERIFY(!changed.isEmpty());
        QStringList later;
        CtConnector third(settings(5), *m_http);
        QVERIFY(pullAll(third, cursor, later));
        QCOMPARE(QSet<QString>(later.cbegin(), later.cend()), changed);
    }

    void ordersChangedInTheSameInstantAreAllRead()
    {
        // Eleven orders changed in the same millisecond, read three at a time: only the id predicate gets past them.
        auto& orders = m_sandbox.world()->orders();
        const qint64 instant = m_sandbox.now().toMSecsSinceEpoch() + 1000;
        QSet<QString> tied;
        for (auto& o : orders) {
            if (o.placed && o.commercetools && tied.size() < 11) {
                o.modifiedMSecs = instant;
                tied.insert(o.ctId);
            }
        }
        QCOMPARE(tied.size(), 11);
        QString cursor = CtConnector::makeCursor(core::utcFromMSecs(instant - 1), QString());
        QStringList ids;
        CtConnector ct(settings(3), *m_http);
        QVERIFY(pullAll(ct, cursor, ids));
        QCOMPARE(ids.size(), 11);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), tied);
        QVERIFY(cursor.startsWith(core::utcFromMSecs(instant).toString(Qt::ISODateWithMs)));
    }

    void markFulfilledAddsExactlyOneDelivery()
    {
        CtConnector ct(settings(), *m_http);
        const int i = paidOpenOrder();
        QVERIFY(i >= 0);
        const QString id = m_sandbox.world()->orders().at(i).ctId;
        const int deliveriesBefore = m_sandbox.ledger().counter(QStringLiteral("commercetools.action.addDelivery"));
        for (int attempt = 0; attempt < 2; ++attempt) { // the second call is a re-sent update
            const auto done = waitForDone([&](auto d) { ct.markFulfilled(shipment(id, QStringLiteral("SHIP-1")), d); });
            QVERIFY(done);
            QVERIFY2(done->ok(), done->ok() ? "" : qPrintable(done->error().toString()));
        }
        const auto& o = m_sandbox.world()->orders().at(i);
        QCOMPARE(o.ctDeliveries.size(), size_t(1));
        LOCKSTEP_COMPARE_JSON(o.ctDeliveries.at(0)["key"], "SHIP-1");
        LOCKSTEP_COMPARE_JSON(o.ctDeliveries.at(0)["parcels"][0]["trackingData"]["trackingId"], "00340434161094042557");
        LOCKSTEP_COMPARE_JSON(o.ctDeliveries.at(0)["parcels"][0]["trackingData"]["carrier"], "DHL");
        QCOMPARE(o.ctShipmentState, QStringLiteral("Shipped"));
        // Without the shipment's lines, the delivery names every line item with all of its quantity.
        const auto& items = o.ctDeliveries.at(0)["items"];
        QCOMPARE(items.size(), size_t(o.lines.size()));
        int units = 0;
        int ordered = 0;
        for (const auto& item : items)
            units += item["quantity"].get<int>();
        for (const auto& line : o.lines)
            ordered += line.quantity;
        QCOMPARE(units, ordered);
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("commercetools.action.addDelivery")), deliveriesBefore + 1);
        QCOMPARE(m_sandbox.ledger().counterFor(QStringLiteral("commercetools_shipment_Shipped"), o.number), 1);

        // A second WMS shipment of the same order is a second delivery.
        const auto second = waitForDone([&](auto d) { ct.markFulfilled(shipment(id, QStringLiteral("SHIP-2")), d); });
        QVERIFY(second && second->ok());
        QCOMPARE(m_sandbox.world()->orders().at(i).ctDeliveries.size(), size_t(2));
        QVERIFY(m_sandbox.world()->orders().at(i).ctDeliveries.at(1)["items"].empty()); // everything was delivered

        // A shipment that names its lines: the line items of those SKUs, no more.
        const int j = paidOpenOrder();
        QVERIFY(j >= 0);
        const auto& other = m_sandbox.world()->orders().at(j);
        const auto got = waitFor<core::Order>([&](auto reply) { ct.fetchOrder(other.ctId, reply); });
        QVERIFY(got && got->ok());
        const core::OrderLine first = got->value().lines.at(0);
        const auto partial = waitForDone([&](auto d) {
            FulfilmentUpdate u = shipment(other.ctId, QStringLiteral("SHIP-P1"));
            u.lines = {{first.sku, 1}};
            ct.markFulfilled(u, d);
        });
        QVERIFY(partial);
        QVERIFY2(partial->ok(), partial->ok() ? "" : qPrintable(partial->error().toString()));
        const auto& delivered = m_sandbox.world()->orders().at(j).ctDeliveries.at(0)["items"];
        QCOMPARE(delivered.size(), size_t(1));
        QCOMPARE(QString::fromStdString(delivered[0]["id"].get<std::string>()), first.storefrontLineId);
        QCOMPARE(delivered[0]["quantity"].get<int>(), 1);
    }

    void conflictIsReReadAndReapplied()
    {
        CtConnector ct(settings(), *m_http);
        const int i = paidOpenOrder();
        QVERIFY(i >= 0);
        m_sandbox.world()->orders()[i].conflictPending = true; // another application changes it between read and write
        const int planted = m_sandbox.ledger().counter(QStringLiteral("commercetools.planted_conflicts"));
        const auto done = waitForDone([&](auto d) {
            ct.markFulfilled(shipment(m_sandbox.world()->orders().at(i).ctId, QStringLiteral("SHIP-C")), d);
        });
        QVERIFY(done);
        QVERIFY2(done->ok(), done->ok() ? "" : qPrintable(done->error().toString()));
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("commercetools.planted_conflicts")), planted + 1);
        const auto& o = m_sandbox.world()->orders().at(i);
        QCOMPARE(o.ctDeliveries.size(), size_t(1));
        QCOMPARE(o.ctShipmentState, QStringLiteral("Shipped"));
        LOCKSTEP_COMPARE_JSON(o.ctCustomFields["loyaltyPoints"], 120); // the other writer's change survives
    }

    void conflictsBeyondTheBoundFailClearly()
    {
        CtSettings s = settings();
        s.maxConflictRetries = 0;
        CtConnector ct(s, *m_http);
        const int i = paidOpenOrder();
        QVERIFY(i >= 0);
        m_sandbox.world()->orders()[i].conflictPending = true;
        const auto done = waitForDone([&](auto d) {
            ct.markFulfilled(shipment(m_sandbox.world()->orders().at(i).ctId, QStringLiteral("SHIP-X")), d);
        });
        QVERIFY(done);
        QVERIFY(!done->ok());
        LOCKSTEP_COMPARE_ENUM(done->error().code, core::ErrorCode::Conflict);
        QVERIFY(done->error().message.contains(QStringLiteral("ConcurrentModification")));
        QVERIFY(m_sandbox.world()->orders().at(i).ctDeliveries.empty());
    }

    void plantedVersionConflictOrdersShipOnce()
    {
        CtConnector ct(settings(), *m_http);
        const int i = orderIndex([](const core::sim::StorefrontOrder& o) {
            return o.conflictPending && o.ctOrderState != QLatin1String("Cancelled");
        });
        if (i < 0)
            QSKIP("the scenario planted no version_conflict order in the hours simulated");
        const auto done = waitForDone([&](auto d) {
            ct.markFulfilled(shipment(m_sandbox.world()->orders().at(i).ctId, QStringLiteral("SHIP-P")), d);
        });
        QVERIFY(done && done->ok());
        QCOMPARE(m_sandbox.world()->orders().at(i).ctDeliveries.size(), size_t(1));
    }

    void addNoteAppendsToTheCustomField()
    {
        CtConnector ct(settings(), *m_http);
        const int i = paidOpenOrder();
        QVERIFY(i >= 0);
        const QString id = m_sandbox.world()->orders().at(i).ctId;
        QVERIFY(waitForDone([&](auto d) { ct.addNote(id, QStringLiteral("sent to the WMS"), d); })
                    .value_or(core::Status(core::makeError(core::ErrorCode::Network, {})))
                    .ok());
        QVERIFY(waitForDone([&](auto d) { ct.addNote(id, QStringLiteral("shipped"), d); })
                    .value_or(core::Status(core::makeError(core::ErrorCode::Network, {})))
                    .ok());
        QVERIFY(waitForDone([&](auto d) { ct.addNote(id, QStringLiteral("shipped"), d); })
                    .value_or(core::Status(core::makeError(core::ErrorCode::Network, {})))
                    .ok());
        LOCKSTEP_COMPARE_JSON(m_sandbox.world()->orders().at(i).ctCustomFields.value("lockstepNotes", std::string()),
            "sent to the WMS\nshipped");
    }

    void stockPushSetsTheInventoryEntry()
    {
        CtConnector ct(settings(), *m_http);
        QString sku;
        for (const auto& item : m_sandbox.world()->items()) {
            if (item.components.isEmpty()) {
                sku = item.number;
                break;
            }
        }
        QVERIFY(!sku.isEmpty());
        const int before = m_sandbox.ledger().counter(QStringLiteral("commercetools.inventory_updates"));
        const QList<StockLevel> levels = {{sku, 4242}, {QStringLiteral("NO-SUCH-SKU"), 1}};
        auto outcome = waitFor<StockPushOutcome>([&](auto reply) { ct.pushStock(levels, reply); });
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(outcome->value().updated, QStringList{sku});
        QCOMPARE(outcome->value().failed.size(), 1);
        QCOMPARE(outcome->value().failed.at(0).reference, QStringLiteral("NO-SUCH-SKU"));
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("commercetools.inventory_updates")), before + 1);

        // Read back through the API, as a person would check it.
        HttpClient raw;
        const QUrl tokenUrl = withPath(m_ep.commercetools.authUrl, QStringLiteral("/oauth/token"));
        const HttpAnswer token = raw.send("POST",
            tokenUrl,
            "grant_type=client_credentials",
            {HttpClient::basic(m_ep.commercetools.clientId, m_ep.commercetools.clientSecret),
                {"Content-Type", "application/x-www-form-urlencoded"}});
        const QString bearer = QString::fromStdString(token.json()["access_token"].get<std::string>());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("where"), QStringLiteral("sku = \"%1\"").arg(sku));
        const HttpAnswer entries = raw.get(withPath(m_ep.commercetools.apiUrl,
                                               u'/' + m_ep.commercetools.projectKey + QStringLiteral("/inventory"),
                                               q.toString()),
            {HttpClient::bearer(bearer)});
        QCOMPARE(entries.status, 200);
        int set = 0;
        const Json read = entries.json();
        for (const auto& e : read["results"]) {
            if (e["quantityOnStock"] == 4242)
                ++set;
        }
        QVERIFY2(set == 1, entries.body.constData()); // only the DC-EAST entry, not the other channel's

        // The same level again: already there, no write.
        outcome = waitFor<StockPushOutcome>([&](auto reply) { ct.pushStock({{sku, 4242}}, reply); });
        QVERIFY(outcome && outcome->ok());
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("commercetools.inventory_updates")), before + 1);
    }

    void paymentGateTellsPaidOrdersWhenTheProjectSetsNoPaymentState()
    {
        core::sim::Sandbox sandbox;
        core::sim::Scenario scenario = quietScenario();
        scenario.commercetoolsPaymentState = false;
        const auto ep = sandbox.start(scenario);
        QVERIFY(ep.ok());
        sandbox.advance(10 * kHourMs);
        QHash<QString, bool> paid; // the sandbox's truth: order id -> the customer has paid
        QSet<QString> cancelled; // a cancelled order's state no longer says whether it was paid (and it never leaves)
        for (const auto& o : sandbox.world()->orders()) {
            if (o.placed && o.commercetools)
                paid.insert(o.ctId, o.paidMSecs >= 0);
            if (o.placed && o.commercetools && o.ctOrderState == QLatin1String("Cancelled"))
                cancelled.insert(o.ctId);
        }
        QVERIFY(paid.values().contains(true));
        QVERIFY(paid.values().contains(false));

        // Gated on paymentState, which this project never sets: no order would ever leave.
        CtConnector byState(settingsFor(ep.value()), *m_http);
        const QList<core::Order> unread = pullOrders(byState);
        QCOMPARE(unread.size(), paid.size());
        for (const auto& o : unread)
            LOCKSTEP_COMPARE_ENUM(o.paymentState, core::PaymentState::Pending);

        for (const auto gate : {core::connectors::commercetools::PaymentGate::ChargeTransactions,
                 core::connectors::commercetools::PaymentGate::OrderConfirmed}) {
            CtSettings s = settingsFor(ep.value());
            s.paymentGate = gate;
            CtConnector ct(s, *m_http);
            const QList<core::Order> orders = pullOrders(ct);
            QCOMPARE(orders.size(), paid.size());
            for (const auto& o : orders) {
                if (gate == core::connectors::commercetools::PaymentGate::OrderConfirmed
                    && cancelled.contains(o.storefrontId))
                    continue;
                QVERIFY2(
                    (o.paymentState == core::PaymentState::Paid) == paid.value(o.storefrontId), qPrintable(o.number));
                if (o.paymentState != core::PaymentState::Paid)
                    LOCKSTEP_COMPARE_ENUM(o.paymentState, core::PaymentState::Pending);
            }
            // One order read by id tells the same.
            const auto one =
                waitFor<core::Order>([&](auto reply) { ct.fetchOrder(orders.constFirst().storefrontId, reply); });
            QVERIFY(one && one->ok());
            LOCKSTEP_COMPARE_ENUM(one->value().paymentState, orders.constFirst().paymentState);
        }
    }

    void webhooksAreRefused()
    {
        CtConnector ct(settings(), *m_http);
        const auto event = ct.verifyWebhook({}, QByteArray("{}"));
        QVERIFY(!event.ok());
        LOCKSTEP_COMPARE_ENUM(event.error().code, core::ErrorCode::Refused);
    }

    void wrongCredentialsFailWithoutLeakingTheSecret()
    {
        CtSettings s = settings();
        s.clientSecret = QStringLiteral("not-the-secret-123");
        CtConnector ct(s, *m_http);
        const auto page = waitFor<OrderPage>([&](auto reply) { ct.fetchOrdersChangedSince({}, {}, reply); });
        QVERIFY(page);
        QVERIFY(!page->ok());
        QVERIFY(!page->error().toString().contains(s.clientSecret));
        QVERIFY(page->error().toString().contains(QStringLiteral("commercetools sign-in")));
    }
};

QTEST_GUILESS_MAIN(TestCtConnector)
#include "test_ct_connector.moc"
