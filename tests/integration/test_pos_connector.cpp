// SPDX-License-Identifier: GPL-3.0-or-later
// The Square connector against the in-process sandbox over real HTTP: store sales and returns from Orders search
// (updated_at watermark, Square's cursor, resumed across restarts), SKUs through the catalog's variations, returns
// linked to their sales, sellable store stock (IN_STOCK only) and Deposco's stock set as physical counts per location.
#include "connector_test_support.h"
#include "connectors/pos/square_connector.h"
#include "net/http_client.h"
#include "pos_service.h"
#include "sim_test_client.h"
#include "support.h"
#include "world.h"

#include <algorithm>

using namespace lockstep;
using namespace lockstep::test;
using core::connectors::FulfilmentUpdate;
using core::connectors::OrderPage;
using core::connectors::StockLevel;
using core::connectors::StockPushOutcome;
using core::connectors::StorefrontListing;
using core::connectors::pos::SquareConnector;
using core::connectors::pos::SquareSettings;
using core::connectors::pos::StoreStock;

class TestPosConnector : public QObject
{
    Q_OBJECT

private:
    core::sim::Sandbox m_sandbox;
    core::sim::Endpoints m_ep;
    std::unique_ptr<core::net::HttpClient> m_http;

    SquareSettings settings(int pageSize = 500) const
    {
        SquareSettings s;
        s.baseUrl = m_ep.pos.baseUrl;
        s.accessToken = m_ep.pos.accessToken;
        s.pageSize = pageSize;
        return s;
    }

    /// Pages until the search says there is no more (true) or a call fails or `maxPages` are read (false).
    static bool pullAll(SquareConnector& pos, QString& cursor, QList<core::Order>& orders, int maxPages = 1000)
    {
        for (int i = 0; i < maxPages; ++i) {
            const auto page = waitFor<OrderPage>([&](auto reply) { pos.fetchOrdersChangedSince(cursor, {}, reply); });
            if (!page || !page->ok()) {
                if (page)
                    qWarning() << page->error().toString();
                return false;
            }
            if (!page->value().problems.isEmpty())
                qWarning() << page->value().problems.constFirst().toString();
            orders.append(page->value().orders);
            cursor = page->value().nextCursor;
            if (!page->value().hasMore)
                return true;
        }
        return false;
    }

    /// The events the tills have completed, as Square sorts them by updated_at (then id), from `fromMSecs` on.
    QList<const core::sim::PosEvent*> applied(qint64 fromMSecs = 0) const
    {
        QList<const core::sim::PosEvent*> out;
        const auto* world = m_sandbox.world();
        for (int i = 0; i < world->posEventsApplied(); ++i) {
            if (world->posEvents().at(i).atMSecs >= fromMSecs)
                out << &world->posEvents().at(i);
        }
        std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
            return a->atMSecs != b->atMSecs ? a->atMSecs < b->atMSecs : a->id < b->id;
        });
        return out;
    }

    QStringList appliedIds(qint64 fromMSecs = 0) const
    {
        QStringList out;
        for (const auto* e : applied(fromMSecs))
            out << e->id;
        return out;
    }

    static QStringList ids(const QList<core::Order>& orders)
    {
        QStringList out;
        for (const auto& o : orders)
            out << o.storefrontId;
        return out;
    }

    QString someSku(const QString& store, int nth = 0) const
    {
        const auto& stock = m_sandbox.world()->posStock();
        for (auto it = stock.cbegin(); it != stock.cend(); ++it) {
            if (it.key().first == store && nth-- == 0)
                return it.key().second;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ep = m_sandbox.start(quietScenario());
        QVERIFY(ep.ok());
        m_ep = ep.value();
        m_sandbox.advance(10 * kHourMs);
        m_http = std::make_unique<core::net::HttpClient>(QStringLiteral("pos"), nullptr);
        QVERIFY(m_sandbox.world()->posEventsApplied() > 20);
    }

    void pullsEverySaleAndReturnOnce()
    {
        SquareConnector pos(settings(7), *m_http);
        QString cursor;
        QList<core::Order> orders;
        QVERIFY(pullAll(pos, cursor, orders));
        QCOMPARE(ids(orders), appliedIds()); // same orders, Square's order, none twice
        QCOMPARE(pos.locations(), m_sandbox.scenario().pos.stores); // every active location of the account

        const auto events = applied();
        int returns = 0;
        for (int i = 0; i < orders.size(); ++i) {
            const core::Order& o = orders.at(i);
            const core::sim::PosEvent& e = *events.at(i);
            LOCKSTEP_COMPARE_ENUM(o.storefront, core::SourceSystem::Pos);
            QCOMPARE(o.channel, e.store);
            QCOMPARE(o.lines.size(), 1);
            // The line names a catalog variation; its SKU comes from the catalog.
            QVERIFY(core::sim::PosService::variationId(e.sku) != e.sku);
            QCOMPARE(o.lines.at(0).sku, e.sku);
            QCOMPARE(o.lines.at(0).quantity, e.quantity);
            QCOMPARE(o.lines.at(0).unitPrice.minorUnits(), e.unitPriceMinor);
            QCOMPARE(o.totals.total.minorUnits(), e.unitPriceMinor * e.quantity);
            QCOMPARE(o.modifiedAt.toMSecsSinceEpoch(), e.atMSecs);
            QCOMPARE(o.currency, m_sandbox.scenario().currency);
            if (e.isReturn) {
                ++returns;
                QVERIFY(o.lines.at(0).quantity < 0);
                LOCKSTEP_COMPARE_ENUM(o.paymentState, core::PaymentState::Refunded);
                QCOMPARE(o.customFields.size(), 1);
                QCOMPARE(o.customFields.at(0).key, QStringLiteral("source_order_id"));
                QCOMPARE(o.customFields.at(0).value, e.originalId);
            } else {
                LOCKSTEP_COMPARE_ENUM(o.paymentState, core::PaymentState::Paid);
                QCOMPARE(o.paidAt.toMSecsSinceEpoch(), e.atMSecs);
            }
        }
        QVERIFY2(returns > 0, "ten hours of two stores hold returns");
    }

    void cursorResumesAcrossRestartsWithoutLoss()
    {
        QString cursor;
        QList<core::Order> orders;
        {
            SquareConnector first(settings(4), *m_http);
            QVERIFY(!pullAll(first, cursor, orders, 2)); // stopped mid-walk: Square's cursor is in ours
        }
        QCOMPARE(orders.size(), 8);
        {
            SquareConnector second(settings(4), *m_http); // a restart with the saved cursor
            QVERIFY(pullAll(second, cursor, orders));
        }
        QCOMPARE(ids(orders), appliedIds());

        // Later sales arrive after the watermark (inclusive: the last order read comes again, stored idempotently).
        const qint64 watermark = orders.constLast().modifiedAt.toMSecsSinceEpoch();
        const int before = m_sandbox.world()->posEventsApplied();
        m_sandbox.advance(3 * kHourMs);
        QVERIFY(m_sandbox.world()->posEventsApplied() > before);
        QList<core::Order> later;
        SquareConnector third(settings(4), *m_http);
        QVERIFY(pullAll(third, cursor, later));
        QCOMPARE(ids(later), appliedIds(watermark));
    }

    void configuredLocationsOnly()
    {
        SquareSettings s = settings();
        s.locationIds = {QStringLiteral("STORE-02")};
        SquareConnector pos(s, *m_http);
        QString cursor;
        QList<core::Order> orders;
        QVERIFY(pullAll(pos, cursor, orders));
        QVERIFY(!orders.isEmpty());
        for (const auto& o : orders)
            QCOMPARE(o.channel, QStringLiteral("STORE-02"));
    }

    void fetchOrderReadsOneOrder()
    {
        SquareConnector pos(settings(), *m_http);
        const core::sim::PosEvent* ret = nullptr;
        for (const auto* e : applied())
            ret = e->isReturn ? e : ret;
        QVERIFY(ret);
        const auto found = waitFor<core::Order>([&](auto reply) { pos.fetchOrder(ret->id, reply); });
        QVERIFY(found && found->ok());
        QCOMPARE(found->value().storefrontId, ret->id);
        QCOMPARE(found->value().lines.at(0).quantity, ret->quantity);
        QCOMPARE(found->value().customFields.value(0).value, ret->originalId);
        const auto missing =
            waitFor<core::Order>([&](auto reply) { pos.fetchOrder(QStringLiteral("NO-SUCH"), reply); });
        QVERIFY(missing && !missing->ok());
        LOCKSTEP_COMPARE_ENUM(missing->error().code, core::ErrorCode::NotFound);
    }

    void storeStockIsTheInStockCount()
    {
        SquareConnector pos(settings(), *m_http);
        const auto stock =
            waitFor<QList<StoreStock>>([&](auto reply) { pos.fetchStoreStock(QStringLiteral("STORE-01"), reply); });
        QVERIFY(stock && stock->ok());
        const auto& expected = m_sandbox.world()->posStock();
        int n = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            n += it.key().first == QLatin1String("STORE-01") ? 1 : 0;
        QCOMPARE(stock->value().size(), n);
        for (const StoreStock& s : stock->value()) {
            QCOMPARE(s.store, QStringLiteral("STORE-01"));
            QCOMPARE(s.quantity, qint64(expected.value({s.store, s.sku}))); // returns not restocked (WASTE) excluded
        }
        const auto listing = waitFor<StorefrontListing>([&](auto reply) { pos.fetchListing(reply); });
        QVERIFY(listing && listing->ok());
        QCOMPARE(listing->value().items.size(), expected.size());
        for (const auto& item : listing->value().items) {
            QCOMPARE(item.id, core::sim::PosService::variationId(item.sku));
            QCOMPARE(item.stock.value_or(-1), qint64(expected.value({item.location, item.sku})));
        }
    }

    void pushStockSetsPhysicalCountsPerLocation()
    {
        SquareConnector pos(settings(), *m_http);
        const QString a = someSku(QStringLiteral("STORE-01"), 0);
        const QString b = someSku(QStringLiteral("STORE-02"), 1);
        const auto& ledger = m_sandbox.ledger();
        const int counted = ledger.counter(QStringLiteral("pos.physical_counts"));
        const QList<StockLevel> levels = {{a, 7, QStringLiteral("STORE-01")},
            {b, 9, QStringLiteral("STORE-02")},
            {QStringLiteral("NO-SUCH-SKU"), 3, QStringLiteral("STORE-01")},
            {a, 4, {}}};
        const auto pushed = waitFor<StockPushOutcome>([&](auto reply) { pos.pushStock(levels, reply); });
        QVERIFY(pushed && pushed->ok());
        QCOMPARE(pushed->value().updated, (QStringList{a, b}));
        QCOMPARE(pushed->value().failed.size(), 2); // a SKU no variation has; a level naming no store of two
        QCOMPARE(pushed->value().failed.at(0).reference, QStringLiteral("NO-SUCH-SKU"));
        QCOMPARE(pushed->value().failed.at(1).field, QStringLiteral("location"));
        QVERIFY(pushed->value().serverTime.isValid());
        QCOMPARE(ledger.counter(QStringLiteral("pos.physical_counts")), counted + 2);
        QCOMPARE(ledger.counterFor(QStringLiteral("pos_physical_counts"), QStringLiteral("STORE-01/") + a), 1);
        QCOMPARE(m_sandbox.world()->posStock().value({QStringLiteral("STORE-01"), a}), 7);
        QCOMPARE(m_sandbox.world()->posStock().value({QStringLiteral("STORE-02"), b}), 9);

        const auto stock =
            waitFor<QList<StoreStock>>([&](auto reply) { pos.fetchStoreStock(QStringLiteral("STORE-02"), reply); });
        QVERIFY(stock && stock->ok());
        QVERIFY(stock->value().contains(StoreStock{QStringLiteral("STORE-02"), b, 9}));

        // One store configured: a level without a location is that store's. More than a request holds is refused.
        SquareSettings one = settings();
        one.locationIds = {QStringLiteral("STORE-02")};
        SquareConnector single(one, *m_http);
        const auto alone = waitFor<StockPushOutcome>([&](auto reply) { single.pushStock({{b, 11, {}}}, reply); });
        QVERIFY(alone && alone->ok());
        QCOMPARE(alone->value().updated, QStringList{b});
        QCOMPARE(m_sandbox.world()->posStock().value({QStringLiteral("STORE-02"), b}), 11);
        const QList<StockLevel> tooMany(pos.stockBatchLimit() + 1, StockLevel{a, 1, QStringLiteral("STORE-01")});
        const auto refused = waitFor<StockPushOutcome>([&](auto reply) { pos.pushStock(tooMany, reply); });
        QVERIFY(refused && !refused->ok());
    }

    void aResentBatchIsAppliedOnce()
    {
        // The same idempotency key twice (a resend after a lost answer): Square answers as before, counts once.
        HttpClient client;
        const QString sku = someSku(QStringLiteral("STORE-01"), 2);
        const Json body = {{"idempotency_key", "resend-1"},
            {"changes",
                Json::array({{{"type", "PHYSICAL_COUNT"},
                    {"physical_count",
                        {{"catalog_object_id", toStd(core::sim::PosService::variationId(sku))},
                            {"location_id", "STORE-01"},
                            {"state", "IN_STOCK"},
                            {"quantity", "5"},
                            {"occurred_at", toStd(core::sim::isoUtc(m_sandbox.world()->nowMSecs()))}}}}})}};
        const QUrl url = withPath(m_ep.pos.baseUrl, QStringLiteral("/v2/inventory/changes/batch-create"));
        const auto& ledger = m_sandbox.ledger();
        const int counted = ledger.counter(QStringLiteral("pos.physical_counts"));
        const auto first = client.send(
            "POST", url, QByteArray::fromStdString(body.dump()), {HttpClient::bearer(m_ep.pos.accessToken)});
        QCOMPARE(first.status, 200);
        const auto second = client.send(
            "POST", url, QByteArray::fromStdString(body.dump()), {HttpClient::bearer(m_ep.pos.accessToken)});
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(ledger.counter(QStringLiteral("pos.physical_counts")), counted + 1);
    }

    void tillSalesNeedNoFulfilmentAndTakeNoNotes()
    {
        SquareConnector pos(settings(), *m_http);
        const int requests = m_sandbox.ledger().counter(QStringLiteral("requests.pos"));
        QVERIFY(requests > 0); // the counter counts: the earlier tests read the tills
        std::optional<core::Status> fulfilled;
        pos.markFulfilled(FulfilmentUpdate{}, [&](core::Status s) { fulfilled = s; });
        QVERIFY(fulfilled && fulfilled->ok());
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("requests.pos")), requests);
        std::optional<core::Status> noted;
        pos.addNote(QStringLiteral("S-1"), QStringLiteral("x"), [&](core::Status s) { noted = s; });
        QVERIFY(noted && !noted->ok());
        QVERIFY(!pos.verifyWebhook({}, QByteArray("{}")).ok());
    }

    void wrongTokenIsRefused()
    {
        SquareSettings s = settings();
        s.accessToken = QStringLiteral("EAAAwrong-token-value");
        SquareConnector pos(s, *m_http);
        const auto page = waitFor<OrderPage>([&](auto reply) { pos.fetchOrdersChangedSince({}, {}, reply); });
        QVERIFY(page && !page->ok());
        QVERIFY(page->error().toString().contains(QStringLiteral("UNAUTHORIZED")));
        QVERIFY(!page->error().toString().contains(s.accessToken));
    }
};

QTEST_GUILESS_MAIN(TestPosConnector)
#include "test_pos_connector.moc"
