// SPDX-License-Identifier: GPL-3.0-or-later
// The detectors' sweep against a real SQLite file: what it raises from the store's facts, and the
// auto-resolve (with its audit row) once the condition clears; and the queue groupings it feeds.
#include "connectors/wms_connector.h"
#include "engine/listing_check.h"
#include "engine/order_intake.h"
#include "engine/order_judgement.h"
#include "engine/sweep.h"
#include "engine/wms_tracker.h"
#include "seed.h"
#include "store/action_repository.h"
#include "store/audit_repository.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"
#include "store/shipment_repository.h"
#include "store/wms_order_repository.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::engine;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

namespace {

/// A warehouse that answers at once with the sales orders it is given, and nothing else.
class ListedWms : public connectors::WmsConnector
{
public:
    QList<connectors::WmsOrder> orders;
    QList<connectors::WmsShipment> shipments;

    void findOrder(
        const connectors::WmsOrderKey&, connectors::Reply<std::optional<connectors::WmsOrder>> reply) override
    {
        reply(std::optional<connectors::WmsOrder>());
    }
    void createOrder(const connectors::WmsCreateRequest&, connectors::Reply<connectors::WmsOrder> reply) override
    {
        reply(Error{ErrorCode::Refused, QStringLiteral("not in this test"), {}});
    }
    void cancelOrder(const connectors::WmsOrder&, connectors::Reply<connectors::CancelOutcome> reply) override
    {
        reply(Error{ErrorCode::Refused, QStringLiteral("not in this test"), {}});
    }
    void fetchOrdersChangedSince(const QString&, connectors::Reply<connectors::WmsOrderPage> reply) override
    {
        connectors::WmsOrderPage page;
        page.orders = orders;
        page.nextCursor = QStringLiteral("1");
        reply(page);
    }
    void fetchShipmentsSince(const QString&, connectors::Reply<connectors::ShipmentPage> reply) override
    {
        connectors::ShipmentPage page;
        page.shipments = shipments;
        page.nextCursor = QStringLiteral("1");
        reply(page);
    }
    void fetchItems(const QString&, connectors::Reply<connectors::ItemPage> reply) override
    {
        reply(connectors::ItemPage{});
    }
    void fetchAvailability(connectors::Reply<QList<Stock>> reply) override { reply(QList<Stock>()); }
    void findCustomerReturn(
        const QString&, connectors::Reply<std::optional<connectors::WmsCustomerReturn>> reply) override
    {
        reply(std::optional<connectors::WmsCustomerReturn>());
    }
    void createCustomerReturn(
        const connectors::WmsReturnRequest&, connectors::Reply<connectors::WmsCustomerReturn> reply) override
    {
        reply(Error{ErrorCode::Refused, QStringLiteral("not in this test"), {}});
    }
    void countStockMoves(const connectors::WmsStockMove&, connectors::Reply<int> reply) override { reply(0); }
    void applyStockMove(const connectors::WmsStockMove&, connectors::Done done) override
    {
        done(Error{ErrorCode::Refused, QStringLiteral("not in this test"), {}});
    }
    void checkHealth(connectors::HealthReply) override {}
};

struct Fixture
{
    TempStore store;
    Config config;
    ManualClock clock{utc("2026-11-23T10:00:00Z")};
    EngineContext context{store.db, config, clock, {}, nullptr};

    Fixture()
    {
        config.defaultFacility = QStringLiteral("DAL-1");
        CatalogRepository catalog(store.db);
        lockstep::test::must(catalog.upsertItem({QStringLiteral("id-mug"), QStringLiteral("MUG-WHT"), {}, true, {}}));
    }

    Order order(const QString& id, const QString& sku, PaymentState payment = PaymentState::Paid)
    {
        Order o;
        o.storefront = SourceSystem::WooCommerce;
        o.storefrontId = id;
        o.number = id;
        o.status = payment == PaymentState::Paid ? QStringLiteral("processing") : QStringLiteral("on-hold");
        o.paymentState = payment;
        o.currency = QStringLiteral("EUR");
        o.totals = {Money::fromMinor(4000, o.currency),
            Money::zero(o.currency),
            Money::fromMinor(495, o.currency),
            Money::fromMinor(899, o.currency),
            Money::fromMinor(5394, o.currency)};
        o.createdAt = utc("2026-11-23T08:00:00Z");
        o.paidAt = payment == PaymentState::Paid ? utc("2026-11-23T08:10:00Z") : QDateTime();
        o.lines = {OrderLine{1, sku, sku, 1, Money::fromMinor(4000, o.currency), {}, {}, QStringLiteral("1")}};
        return o;
    }

    qint64 ingest(const Order& o)
    {
        auto out = OrderIntake(store.db, config, clock).ingest(o);
        if (!out.ok())
            qFatal("intake failed: %s", qPrintable(out.error().toString()));
        return out->orderId;
    }

    void acknowledge(
        const QString& reference, qint64 totalMinor, WmsOrderStatus status = WmsOrderStatus::ReadyForFulfillment)
    {
        WmsOrderState s;
        s.reference = reference;
        s.wmsId = QStringLiteral("w-") + reference;
        s.number = QStringLiteral("SO-") + reference.section(u':', 1);
        s.status = status;
        s.facility = QStringLiteral("DAL-1");
        s.total = Money::fromMinor(totalMinor, QStringLiteral("EUR"));
        s.updatedAt = clock.nowUtc();
        s.firstSeen = clock.nowUtc();
        lockstep::test::must(WmsOrderRepository(store.db).upsert(s));
    }

    CycleSummary sweep() { return Sweep(context).run(); }

    std::optional<ExceptionRecord> find(ExceptionType type, const QString& subject)
    {
        return ExceptionRepository(store.db).findBySubject(type, subject).value();
    }

    QStringList auditActions(qint64 exceptionId)
    {
        QStringList actions;
        for (const auto& a :
            AuditRepository(store.db).forSubject(QStringLiteral("exception"), QString::number(exceptionId)).value())
            actions << a.action + u'|' + a.note;
        return actions;
    }

    /// The engine's audit notes as messages (template and arguments), for each reader's language.
    QList<Message> auditMessages(qint64 exceptionId)
    {
        QList<Message> actions;
        for (const auto& a :
            AuditRepository(store.db).forSubject(QStringLiteral("exception"), QString::number(exceptionId)).value())
            actions << a.noteMessage;
        return actions;
    }
};

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stuckPendingIsRaisedThenResolvedWhenAcknowledged()
    {
        Fixture f;
        f.ingest(f.order(QStringLiteral("1001"), QStringLiteral("MUG-WHT")));
        auto first = f.sweep();
        QVERIFY2(first.problems.isEmpty(), qPrintable(first.problems.join(u'\n')));
        QCOMPARE(first.exceptionsRaised, 1);
        // The console re-reads only the queue named.
        QCOMPARE(first.changedQueues, QSet<ExceptionType>{ExceptionType::StuckPending});
        auto r = f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:1001"));
        QVERIFY(r.has_value());
        QVERIFY2(r->reason.contains(QLatin1String("Order 1001 was paid 110 min ago")), qPrintable(r->reason));
        QVERIFY2(r->reason.contains(QLatin1String("queued and has not been tried yet")), qPrintable(r->reason));
        QVERIFY(r->orderId > 0);

        // Again: refreshed, not duplicated, not counted as new, and no queue named.
        const auto again = f.sweep();
        QCOMPARE(again.exceptionsRaised, 0);
        QVERIFY(again.changedQueues.isEmpty());

        f.acknowledge(QStringLiteral("woocommerce:1001"), 5394);
        const auto second = f.sweep();
        QCOMPARE(second.exceptionsResolved, 1);
        QCOMPARE(second.changedQueues, QSet<ExceptionType>{ExceptionType::StuckPending});
        LOCKSTEP_COMPARE_ENUM(
            f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:1001"))->state, ExceptionState::Resolved);
        const QStringList audit = f.auditActions(r->id);
        QCOMPARE(audit.size(), 2);
        QVERIFY(audit[0].startsWith(QLatin1String("exception.raised|")));
        QVERIFY2(audit[1].startsWith(QLatin1String("exception.auto_resolved|No longer pending")), qPrintable(audit[1]));
        // The same notes as messages: the raise's is the exception's reason, the resolve's the sweep's reason.
        const QList<Message> notes = f.auditMessages(r->id);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0], r->reasonMessage);
        QCOMPARE(notes[1].english(), audit[1].section(u'|', 1));
        QVERIFY(notes[1].toStored().contains(QLatin1String("No longer pending")));
    }

    void aWarehouseAcknowledgementResolvesStuckPendingAtOnce()
    {
        Fixture f;
        f.ingest(f.order(QStringLiteral("1001"), QStringLiteral("MUG-WHT")));
        QCOMPARE(f.sweep().exceptionsRaised, 1);

        // The warehouse tracker reads the acknowledgement; no sweep runs after it.
        ListedWms wms;
        connectors::WmsOrder acknowledged;
        acknowledged.wmsId = QStringLiteral("w-1001");
        acknowledged.number = QStringLiteral("SO-1001");
        acknowledged.customerOrderNumber = QStringLiteral("1001");
        acknowledged.origin = QStringLiteral("woocommerce");
        acknowledged.status = WmsOrderStatus::ReadyForFulfillment;
        acknowledged.facility = QStringLiteral("DAL-1");
        acknowledged.total = Money::fromMinor(5394, QStringLiteral("EUR"));
        wms.orders = {acknowledged};
        f.context.wms = &wms;
        std::optional<CycleSummary> done;
        WmsTracker(f.context).run([&done](CycleSummary s) { done = s; });
        QVERIFY(done.has_value());
        QVERIFY2(done->problems.isEmpty(), qPrintable(done->problems.join(u'\n')));
        QCOMPARE(done->exceptionsResolved, 1);
        const auto r = f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:1001"));
        LOCKSTEP_COMPARE_ENUM(r->state, ExceptionState::Resolved);
        QVERIFY2(
            f.auditActions(r->id).constLast().startsWith(QLatin1String("exception.auto_resolved|No longer pending")),
            qPrintable(f.auditActions(r->id).join(u'\n')));
    }

    void aLateCancellationFollowsTheWarehouseAndTheRequestToInterceptIt()
    {
        Fixture f;
        ListedWms wms;
        f.context.wms = &wms;
        // Two orders the warehouse had locked when the storefront cancelled them; a person asked for both to be pulled.
        QHash<QString, qint64> exceptionOf;
        for (const QString& id : {QStringLiteral("2001"), QStringLiteral("2002")}) {
            Order o = f.order(id, QStringLiteral("MUG-WHT"));
            const qint64 orderId = f.ingest(o);
            ExceptionRecord late;
            late.type = ExceptionType::CancellationPastCutoff;
            late.subjectKey = QStringLiteral("woocommerce:") + id;
            late.orderId = orderId;
            late.orderRef = id;
            late.facility = QStringLiteral("DAL-1");
            late.ownerTeam = OwnerTeam::Operations;
            late.reason = QStringLiteral("cancelled past cutoff");
            late.firstSeen = f.clock.nowUtc();
            late.lastSeen = f.clock.nowUtc();
            exceptionOf.insert(id, ExceptionRepository(f.store.db).upsert(late).value().id);
            QVERIFY(ActionRepository(f.store.db)
                        .requestIntercept({exceptionOf.value(id),
                            QStringLiteral("alice"),
                            f.clock.nowUtc(),
                            QStringLiteral("called the floor"),
                            {},
                            {}})
                        .ok());
            connectors::WmsOrder at;
            at.wmsId = QStringLiteral("w-") + id;
            at.number = QStringLiteral("SO-") + id;
            at.customerOrderNumber = id;
            at.origin = QStringLiteral("woocommerce");
            // The warehouse pulled the first; the second went on and the carrier collected it.
            at.status = id == QStringLiteral("2001") ? WmsOrderStatus::Canceled : WmsOrderStatus::ShipComplete;
            at.facility = QStringLiteral("DAL-1");
            at.total = Money::fromMinor(5394, QStringLiteral("EUR"));
            wms.orders.append(at);
        }
        Shipment collected;
        collected.wmsShipmentId = QStringLiteral("SH-2002");
        collected.facility = QStringLiteral("DAL-1");
        collected.carrier = QStringLiteral("DHL");
        collected.trackingNumber = QStringLiteral("00340434");
        collected.state = ShipmentState::CarrierCollected;
        collected.shippedUnits = 1;
        collected.collectedAt = f.clock.nowUtc();
        wms.shipments = {{collected, QStringLiteral("w-2002"), QStringLiteral("SO-2002"), QStringLiteral("2002")}};

        std::optional<CycleSummary> done;
        WmsTracker(f.context).run([&done](CycleSummary s) { done = s; });
        QVERIFY(done.has_value());
        QVERIFY2(done->problems.isEmpty(), qPrintable(done->problems.join(u'\n')));

        const auto pulled = f.find(ExceptionType::CancellationPastCutoff, QStringLiteral("woocommerce:2001"));
        LOCKSTEP_COMPARE_ENUM(pulled->state, ExceptionState::Resolved);
        QVERIFY2(f.auditActions(pulled->id).constLast().contains(QLatin1String("pulled the order")),
            qPrintable(f.auditActions(pulled->id).join(u'\n')));
        QCOMPARE(ActionRepository(f.store.db).interceptRequest(exceptionOf.value("2001")).value()->outcome,
            QStringLiteral("canceled"));

        // Collected: nothing stops it now; customer service arranges the return.
        const auto gone = f.find(ExceptionType::CancellationPastCutoff, QStringLiteral("woocommerce:2002"));
        LOCKSTEP_COMPARE_ENUM(gone->state, ExceptionState::Open);
        LOCKSTEP_COMPARE_ENUM(gone->ownerTeam, OwnerTeam::CustomerService);
        QVERIFY2(gone->reason.contains(QLatin1String("carrier collected")), qPrintable(gone->reason));
        QVERIFY2(gone->suggestedAction.contains(QLatin1String("return")), qPrintable(gone->suggestedAction));
        QCOMPARE(ActionRepository(f.store.db).interceptRequest(exceptionOf.value("2002")).value()->outcome,
            QStringLiteral("shipped"));
        QVERIFY(f.auditActions(gone->id).constLast().startsWith(QLatin1String("exception.handed_over|")));
    }

    void aStorefrontCancellationResolvesStuckPendingAtIntake()
    {
        Fixture f;
        Order o = f.order(QStringLiteral("1001"), QStringLiteral("MUG-WHT"));
        f.ingest(o);
        QCOMPARE(f.sweep().exceptionsRaised, 1);

        o.status = QStringLiteral("cancelled");
        auto out = OrderIntake(f.store.db, f.config, f.clock).ingest(o);
        QVERIFY(out.ok());
        QCOMPARE(out->resolvedExceptions, 1);
        LOCKSTEP_COMPARE_ENUM(
            f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:1001"))->state, ExceptionState::Resolved);
    }

    void aReaderJudgesAnSlaPastItsLimitBeforeAnySweep()
    {
        Fixture f;
        const Order o = f.order(QStringLiteral("1001"), QStringLiteral("MUG-WHT"));
        const qint64 id = f.ingest(o);
        const Order stored = *OrderRepository(f.store.db).findById(id).value();
        QVERIFY(!f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:1001")).has_value());

        // Paid at 08:10 with a 30-minute limit: at 08:30 it is within it, at 10:00 it is 80 minutes past.
        const rules::RuleSettings settings = ruleSettings(f.config);
        auto within = judgeStuckPending(f.store.db, stored, settings, utc("2026-11-23T08:30:00Z"));
        QVERIFY(within.ok());
        QVERIFY(!within.value().has_value());
        auto past = judgeStuckPending(f.store.db, stored, settings, f.clock.nowUtc());
        QVERIFY(past.ok());
        QVERIFY(past.value().has_value());
        QVERIFY2(past.value()->reason.contains(QLatin1String("paid 110 min ago")), qPrintable(past.value()->reason));
        QCOMPARE(past.value()->slaDue, utc("2026-11-23T08:40:00Z"));
        // Judging writes nothing: the queue is still the sweep's to fill.
        QVERIFY(!f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:1001")).has_value());
    }

    void salesBetweenThePushAndTheReadAreNotDrift()
    {
        Fixture f;
        const QString sku = QStringLiteral("MUG-WHT");
        // Pushed 20 at 08:00 on the storefront's clock; the listing is read at 09:00 on it.
        LOCKSTEP_VERIFY_OK(
            WmsOrderRepository(f.store.db)
                .recordStockPush(SourceSystem::WooCommerce, sku, 20, f.clock.nowUtc(), utc("2026-11-23T08:00:00Z")));
        const auto paidAt = [&](const QString& id, const char* at, PaymentState payment = PaymentState::Paid) {
            Order o = f.order(id, sku, payment);
            o.paidAt = payment == PaymentState::Paid ? utc(at) : QDateTime();
            return o;
        };
        // Between the two: two paid sales (the storefront took them off), one unpaid order and one cancelled (neither
        // holds stock). Before the push and after the read: sales the two figures already or do not yet show.
        f.ingest(paidAt(QStringLiteral("2001"), "2026-11-23T08:10:00Z"));
        f.ingest(paidAt(QStringLiteral("2002"), "2026-11-23T08:55:00Z"));
        f.ingest(paidAt(QStringLiteral("2003"), "2026-11-23T08:20:00Z", PaymentState::Pending));
        Order cancelled = paidAt(QStringLiteral("2004"), "2026-11-23T08:30:00Z");
        cancelled.status = QStringLiteral("cancelled");
        f.ingest(cancelled);
        f.ingest(paidAt(QStringLiteral("2005"), "2026-11-23T07:59:00Z"));
        f.ingest(paidAt(QStringLiteral("2006"), "2026-11-23T09:01:00Z"));
        const QString subject = QStringLiteral("stock:woocommerce:MUG-WHT");
        const auto listing = [&](qint64 stock) {
            connectors::StorefrontListing l;
            l.items = {{QStringLiteral("p1"), {}, sku, QStringLiteral("Mug"), {}, stock, utc("2026-11-23T09:00:00Z")}};
            return l;
        };

        CycleSummary summary;
        LOCKSTEP_VERIFY_OK(ListingCheck(f.context).apply(SourceSystem::WooCommerce, listing(18), summary));
        QCOMPARE(summary.exceptionsRaised, 0);
        QVERIFY(!f.find(ExceptionType::InventoryDrift, subject).has_value());

        // Three fewer than that: a hand edit, or a sale Lockstep has not read; only that difference raises.
        LOCKSTEP_VERIFY_OK(ListingCheck(f.context).apply(SourceSystem::WooCommerce, listing(15), summary));
        const auto r = f.find(ExceptionType::InventoryDrift, subject);
        QVERIFY(r.has_value());
        QVERIFY2(r->reason.contains(QLatin1String(
                     "last pushed 20 (0 min ago), less 2 units sold there since, so 18 expected: 3 units fewer")),
            qPrintable(r->reason));

        // commercetools does not take its sales off by itself: what was pushed is what it should show.
        LOCKSTEP_VERIFY_OK(
            WmsOrderRepository(f.store.db)
                .recordStockPush(SourceSystem::Commercetools, sku, 20, f.clock.nowUtc(), utc("2026-11-23T08:00:00Z")));
        LOCKSTEP_VERIFY_OK(ListingCheck(f.context).apply(SourceSystem::Commercetools, listing(20), summary));
        QVERIFY(!f.find(ExceptionType::InventoryDrift, QStringLiteral("stock:commercetools:MUG-WHT")).has_value());
    }

    void unpaidOrderPastThePaymentSla()
    {
        Fixture f;
        f.ingest(f.order(QStringLiteral("1002"), QStringLiteral("MUG-WHT"), PaymentState::Pending));
        f.sweep();
        QVERIFY(f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:1002")).has_value()
            == false); // 2 h, SLA 120 min: not yet
        f.clock.advanceMSecs(5 * 60 * 1000);
        f.sweep();
        auto r = f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:1002"));
        QVERIFY(r.has_value());
        QCOMPARE(r->signature, QStringLiteral("awaiting-payment:on-hold"));
    }

    void totalsMismatchRaisedAndCleared()
    {
        Fixture f;
        f.ingest(f.order(QStringLiteral("1003"), QStringLiteral("MUG-WHT")));
        f.acknowledge(QStringLiteral("woocommerce:1003"), 5144);
        f.sweep();
        auto r = f.find(ExceptionType::TotalsMismatch, QStringLiteral("woocommerce:1003"));
        QVERIFY(r.has_value());
        QVERIFY2(r->reason.contains(QLatin1String("difference 2.50 EUR")), qPrintable(r->reason));
        QVERIFY(!f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:1003")).has_value());
        f.acknowledge(QStringLiteral("woocommerce:1003"), 5394);
        f.sweep();
        LOCKSTEP_COMPARE_ENUM(
            f.find(ExceptionType::TotalsMismatch, QStringLiteral("woocommerce:1003"))->state, ExceptionState::Resolved);
    }

    void heldSkuOrderGoesOnceTheItemExists()
    {
        Fixture f;
        for (const char* id : {"2001", "2002", "2003"})
            f.ingest(f.order(QString::fromLatin1(id), QStringLiteral("TSHIRT-M-BLK")));
        f.sweep();
        // Held by the SKU, so not also "stuck pending": one explanation per order.
        QVERIFY(!f.find(ExceptionType::StuckPending, QStringLiteral("woocommerce:2001")).has_value());
        const auto causes = ExceptionRepository(f.store.db).openCauses(ExceptionType::SkuMismatch);
        LOCKSTEP_VERIFY_OK(causes);
        QCOMPARE(causes->size(), 1);
        QCOMPARE(causes->constFirst().signature, QStringLiteral("sku-missing:TSHIRT-M-BLK"));
        QCOMPARE(causes->constFirst().count, qint64(3));

        const qint64 id = f.find(ExceptionType::SkuMismatch, QStringLiteral("woocommerce:2001"))->id;
        LOCKSTEP_VERIFY_OK(CatalogRepository(f.store.db)
                               .upsertItem({QStringLiteral("id-t"), QStringLiteral("TSHIRT-M-BLK"), {}, true, {}}));
        const auto summary = f.sweep();
        QCOMPARE(summary.createsQueued, 3);
        QCOMPARE(summary.exceptionsResolved, 3);
        QVERIFY(
            OutboxRepository(f.store.db).findByKey(QStringLiteral("wms.create:woocommerce:2001")).value().has_value());
        QVERIFY(ExceptionRepository(f.store.db).openCauses(ExceptionType::SkuMismatch)->isEmpty());
        QVERIFY2(f.auditActions(id).last().startsWith(
                     QLatin1String("exception.auto_resolved|Sent to the warehouse at DAL-1")),
            qPrintable(f.auditActions(id).join(u'\n')));
    }

    void unmappedFieldClearsOnceMapped()
    {
        Fixture f;
        Order o = f.order(QStringLiteral("3001"), QStringLiteral("MUG-WHT"));
        o.customFields = {{QStringLiteral("_delivery_window"), QStringLiteral("evening 18-21")}};
        f.ingest(o);
        f.sweep();
        LOCKSTEP_COMPARE_ENUM(f.find(ExceptionType::UnmappedCustomField, QStringLiteral("woocommerce:3001"))->state,
            ExceptionState::Open);
        f.config.customFieldMap.insert(QStringLiteral("_delivery_window"), QStringLiteral("deliveryWindow"));
        QCOMPARE(f.sweep().exceptionsResolved, 1);
        LOCKSTEP_COMPARE_ENUM(f.find(ExceptionType::UnmappedCustomField, QStringLiteral("woocommerce:3001"))->state,
            ExceptionState::Resolved);
    }

    void shipmentConfirmationMissingUntilTold()
    {
        Fixture f;
        f.ingest(f.order(QStringLiteral("4001"), QStringLiteral("MUG-WHT")));
        f.acknowledge(QStringLiteral("woocommerce:4001"), 5394, WmsOrderStatus::ShipComplete);
        Shipment s;
        s.wmsShipmentId = QStringLiteral("SH-1");
        s.storefrontOrderId = QStringLiteral("4001");
        s.carrier = QStringLiteral("UPS");
        s.trackingNumber = QStringLiteral("1Z1");
        s.state = ShipmentState::CarrierCollected;
        s.shippedUnits = 1;
        s.updatedAt = s.collectedAt = utc("2026-11-23T08:30:00Z");
        LOCKSTEP_VERIFY_OK(ShipmentRepository(f.store.db).upsert(s));
        OutboxEntry message;
        message.idempotencyKey = QStringLiteral("storefront.fulfil:woocommerce:4001:SH-1");
        message.kind = QStringLiteral("storefront.fulfil");
        message.target = QStringLiteral("woocommerce");
        message.payload = QStringLiteral("{}");
        message.createdAt = utc("2026-11-23T08:30:00Z");
        const qint64 messageId = OutboxRepository(f.store.db).enqueue(message).value();
        f.sweep();
        auto r = f.find(ExceptionType::ShipmentConfirmationMissing, QStringLiteral("woocommerce:4001/SH-1"));
        QVERIFY(r.has_value());
        QVERIFY2(r->reason.contains(QLatin1String("UPS collected 1 unit of order 4001 (tracking 1Z1) 90 min ago")),
            qPrintable(r->reason));
        LOCKSTEP_VERIFY_OK(OutboxRepository(f.store.db).markSent(messageId, f.clock.nowUtc()));
        f.sweep();
        LOCKSTEP_COMPARE_ENUM(
            f.find(ExceptionType::ShipmentConfirmationMissing, QStringLiteral("woocommerce:4001/SH-1"))->state,
            ExceptionState::Resolved);
    }

    void bundleWithAMissingComponent()
    {
        Fixture f;
        CatalogRepository catalog(f.store.db);
        LOCKSTEP_VERIFY_OK(catalog.upsertItem({QStringLiteral("b"),
            QStringLiteral("DUO"),
            {},
            true,
            {{QStringLiteral("MUG-WHT"), 1}, {QStringLiteral("TEA-GHOST"), 1}}}));
        f.sweep();
        QVERIFY(f.find(ExceptionType::SkuMismatch, QStringLiteral("bundle:DUO")).has_value());
        LOCKSTEP_VERIFY_OK(catalog.upsertItem({QStringLiteral("t"), QStringLiteral("TEA-GHOST"), {}, true, {}}));
        f.sweep();
        LOCKSTEP_COMPARE_ENUM(
            f.find(ExceptionType::SkuMismatch, QStringLiteral("bundle:DUO"))->state, ExceptionState::Resolved);
    }

    void casesAndCutoffRanking()
    {
        Fixture f;
        f.ingest(f.order(QStringLiteral("5001"), QStringLiteral("MUG-WHT"))); // paid 08:10: cutoff 08:40
        Order later = f.order(QStringLiteral("5002"), QStringLiteral("MUG-WHT"));
        later.paidAt = utc("2026-11-23T08:00:00Z"); // cutoff 08:30: less time left, comes first
        later.customFields = {{QStringLiteral("gift_note"), QStringLiteral("hi")}};
        f.ingest(later);
        f.sweep();
        ExceptionRepository repo(f.store.db);
        const auto ranked = repo.openByCutoff(ExceptionType::StuckPending);
        LOCKSTEP_VERIFY_OK(ranked);
        QCOMPARE(ranked->size(), 2);
        QCOMPARE(ranked->at(0).orderRef, QStringLiteral("5002"));
        QCOMPARE(ranked->at(1).orderRef, QStringLiteral("5001"));
        const auto next =
            repo.openByCutoff(ExceptionType::StuckPending, ExceptionRepository::keyOfCutoff(ranked->at(0)));
        QCOMPARE(next->size(), 1);
        QCOMPARE(next->at(0).orderRef, QStringLiteral("5001"));

        const auto cases = repo.openCases();
        LOCKSTEP_VERIFY_OK(cases);
        QCOMPARE(cases->size(), 2);
        QCOMPARE(cases->at(0).orderRef, QStringLiteral("5002")); // two open exceptions: stuck and the unmapped field
        QCOMPARE(cases->at(0).count, qint64(2));
        LOCKSTEP_COMPARE_ENUM(cases->at(0).worst, Severity::High);
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "test_sweep.moc"
