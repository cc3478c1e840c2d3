// SPDX-License-Identifier: GPL-3.0-or-later
// The POS connector against the in-process sandbox over real HTTP: the whole till feed pulled once per transaction,
// the version cursor resuming across restarts, returns linked to their sales, store stock as the sandbox counts it.
#include "connector_test_support.h"
#include "connectors/pos/pos_connector.h"
#include "net/http_client.h"
#include "sim_test_client.h"
#include "support.h"
#include "world.h"

using namespace lockstep;
using namespace lockstep::test;
using core::connectors::FulfilmentUpdate;
using core::connectors::OrderPage;
using core::connectors::StockPushOutcome;
using core::connectors::pos::PosConnector;
using core::connectors::pos::PosSettings;
using core::connectors::pos::StoreStock;

class TestPosConnector : public QObject
{
    Q_OBJECT

private:
    core::sim::Sandbox m_sandbox;
    core::sim::Endpoints m_ep;
    std::unique_ptr<core::net::HttpClient> m_http;

    PosSettings settings(int pageSize = 200) const
    {
        PosSettings s;
        s.baseUrl = m_ep.pos.baseUrl;
        s.apiKey = m_ep.pos.apiKey;
        s.pageSize = pageSize;
        return s;
    }

    /// Pages until the feed says there is no more (true) or a call fails or `maxPages` are read (false).
    static bool pullAll(PosConnector& pos, QString& cursor, QList<core::Order>& orders, int maxPages = 1000)
    {
        for (int i = 0; i < maxPages; ++i) {
            const auto page = waitFor<OrderPage>([&](auto reply) { pos.fetchOrdersChangedSince(cursor, {}, reply); });
            if (!page || !page->ok())
                return false;
            if (!page->value().problems.isEmpty())
                qWarning() << page->value().problems.constFirst().toString();
            orders.append(page->value().orders);
            cursor = page->value().nextCursor;
            if (!page->value().hasMore)
                return true;
        }
        return false;
    }

    QStringList appliedIds(qint64 afterVersion = 0) const
    {
        QStringList out;
        const auto* world = m_sandbox.world();
        for (int i = 0; i < world->posEventsApplied(); ++i) {
            if (world->posEvents().at(i).version > afterVersion)
                out << world->posEvents().at(i).id;
        }
        return out;
    }

    static QStringList ids(const QList<core::Order>& orders)
    {
        QStringList out;
        for (const auto& o : orders)
            out << o.storefrontId;
        return out;
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

    void pullsTheWholeFeedOnce()
    {
        PosConnector pos(settings(7), *m_http);
        QString cursor;
        QList<core::Order> orders;
        QVERIFY(pullAll(pos, cursor, orders));
        QCOMPARE(ids(orders), appliedIds()); // same transactions, same order, none twice

        const auto* world = m_sandbox.world();
        int returns = 0;
        for (int i = 0; i < orders.size(); ++i) {
            const core::Order& o = orders.at(i);
            const core::sim::PosEvent& e = world->posEvents().at(i);
            LOCKSTEP_COMPARE_ENUM(o.storefront, core::SourceSystem::Pos);
            QCOMPARE(o.channel, e.store);
            QCOMPARE(o.lines.size(), 1);
            QCOMPARE(o.lines.at(0).sku, e.sku);
            QCOMPARE(o.lines.at(0).quantity, e.quantity);
            QCOMPARE(o.totals.total.minorUnits(), e.unitPriceMinor * e.quantity);
            QCOMPARE(o.createdAt.toMSecsSinceEpoch(), e.atMSecs);
            if (e.isReturn) {
                ++returns;
                QVERIFY(o.lines.at(0).quantity < 0);
                LOCKSTEP_COMPARE_ENUM(o.paymentState, core::PaymentState::Refunded);
                QCOMPARE(o.customFields.value(0).value, e.originalId);
            } else {
                LOCKSTEP_COMPARE_ENUM(o.paymentState, core::PaymentState::Paid);
            }
        }
        if (returns == 0)
            qInfo("no return in the hours simulated: the return mapping is covered by test_pos_parser");
    }

    void cursorResumesAcrossRestartsWithoutLossOrDuplicates()
    {
        QString cursor;
        QList<core::Order> orders;
        {
            PosConnector first(settings(4), *m_http);
            QVERIFY(!pullAll(first, cursor, orders, 2));
        }
        QCOMPARE(orders.size(), 8);
        {
            PosConnector second(settings(4), *m_http); // a restart with the saved cursor
            QVERIFY(pullAll(second, cursor, orders));
        }
        QCOMPARE(ids(orders), appliedIds());

        // Later sales arrive after the cursor, and only those.
        const qint64 saved = cursor.toLongLong();
        m_sandbox.advance(3 * kHourMs);
        const QStringList expected = appliedIds(saved);
        QVERIFY(!expected.isEmpty());
        QList<core::Order> later;
        PosConnector third(settings(4), *m_http);
        QVERIFY(pullAll(third, cursor, later));
        QCOMPARE(ids(later), expected);
    }

    void oneStoresFeed()
    {
        PosSettings s = settings();
        s.store = QStringLiteral("STORE-02");
        PosConnector pos(s, *m_http);
        QString cursor;
        QList<core::Order> orders;
        QVERIFY(pullAll(pos, cursor, orders));
        QVERIFY(!orders.isEmpty());
        for (const auto& o : orders)
            QCOMPARE(o.channel, QStringLiteral("STORE-02"));
    }

    void fetchOrderWalksTheFeed()
    {
        PosConnector pos(settings(5), *m_http);
        const QString last = appliedIds().constLast();
        const auto found = waitFor<core::Order>([&](auto reply) { pos.fetchOrder(last, reply); });
        QVERIFY(found && found->ok());
        QCOMPARE(found->value().storefrontId, last);
        const auto missing = waitFor<core::Order>([&](auto reply) { pos.fetchOrder(QStringLiteral("NO-SUCH"), reply); });
        QVERIFY(missing && !missing->ok());
        LOCKSTEP_COMPARE_ENUM(missing->error().code, core::ErrorCode::NotFound);
    }

    void storeStockIsWhatTheTillsCount()
    {
        PosConnector pos(settings(), *m_http);
        const auto stock = waitFor<QList<StoreStock>>([&](auto reply) { pos.fetchStoreStock(QStringLiteral("STORE-01"), reply); });
        QVERIFY(stock && stock->ok());
        const auto& expected = m_sandbox.world()->posStock();
        int n = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it.key().first == QLatin1String("STORE-01"))
                ++n;
        }
        QCOMPARE(stock->value().size(), n);
        for (const StoreStock& s : stock->value())
            QCOMPARE(s.quantity, qint64(expected.value({s.store, s.sku})));
        const auto unknown = waitFor<QList<StoreStock>>([&](auto reply) { pos.fetchStoreStock(QStringLiteral("STORE-99"), reply); });
        QVERIFY(unknown && !unknown->ok());
    }

    void tillSalesNeedNoFulfilmentAndTheApiIsReadOnly()
    {
        PosConnector pos(settings(), *m_http);
        // Answered at once, without a request: the sale was handed over at the counter.
        const int requests = m_sandbox.ledger().counter(QStringLiteral("requests.pos"));
        QVERIFY(requests > 0); // the counter counts: the earlier tests read the feed
        std::optional<core::Status> fulfilled;
        pos.markFulfilled(FulfilmentUpdate{}, [&](core::Status s) { fulfilled = s; });
        QVERIFY(fulfilled && fulfilled->ok());
        QCOMPARE(m_sandbox.ledger().counter(QStringLiteral("requests.pos")), requests);

        std::optional<core::Result<StockPushOutcome>> pushed;
        pos.pushStock({{QStringLiteral("LS-1001"), 3}}, [&](core::Result<StockPushOutcome> r) { pushed.emplace(r); });
        QVERIFY(pushed && !pushed->ok());
        LOCKSTEP_COMPARE_ENUM(pushed->error().code, core::ErrorCode::Refused);

        std::optional<core::Status> noted;
        pos.addNote(QStringLiteral("S-1"), QStringLiteral("x"), [&](core::Status s) { noted = s; });
        QVERIFY(noted && !noted->ok());
        QVERIFY(!pos.verifyWebhook({}, QByteArray("{}")).ok());
    }

    void wrongKeyIsRefused()
    {
        PosSettings s = settings();
        s.apiKey = QStringLiteral("pos_wrong-key-value");
        PosConnector pos(s, *m_http);
        const auto page = waitFor<OrderPage>([&](auto reply) { pos.fetchOrdersChangedSince({}, {}, reply); });
        QVERIFY(page && !page->ok());
        QVERIFY(!page->error().toString().contains(s.apiKey));
    }
};

QTEST_GUILESS_MAIN(TestPosConnector)
#include "test_pos_connector.moc"
