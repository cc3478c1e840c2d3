// SPDX-License-Identifier: GPL-3.0-or-later
// The tills' side of the intake and the sweep, against a real SQLite file: a store sale goes nowhere, a store
// return becomes one customer return for the warehouse (never two), a till SKU the WMS lacks or a store mapped to
// no facility holds the return in those queues, and a return the warehouse has not received in time, or refused,
// is raised as a till return not at the warehouse, and resolved once it lands.
#include "engine/order_intake.h"
#include "engine/outbox_payloads.h"
#include "engine/sweep.h"
#include "seed.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/outbox_repository.h"
#include "support.h"

#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::engine;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

namespace {

OrderLine tillLine(int n, const QString& sku, int quantity)
{
    return OrderLine{n, sku, sku, quantity, Money::fromMinor(1500, QStringLiteral("USD")), {}, {}, QString::number(n)};
}

/// A till order as the Square connector reads it: location as channel; a return has negative quantities and
/// names its sale in source_order_id.
Order till(const QString& id,
    QList<OrderLine> lines,
    const QString& sale = {},
    const QString& store = QStringLiteral("STORE-01"))
{
    Order o;
    o.storefront = SourceSystem::Pos;
    o.storefrontId = id;
    o.number = id;
    o.status = QStringLiteral("COMPLETED");
    o.currency = QStringLiteral("USD");
    o.channel = store;
    o.createdAt = utc("2026-11-23T09:30:00Z");
    o.modifiedAt = o.createdAt;
    o.lines = std::move(lines);
    bool sold = false;
    for (const OrderLine& l : std::as_const(o.lines))
        sold = sold || l.quantity > 0;
    o.paymentState = sold ? PaymentState::Paid : PaymentState::Refunded;
    if (!sale.isEmpty())
        o.customFields.append({QStringLiteral("source_order_id"), sale});
    return o;
}

struct Fixture
{
    TempStore store;
    Config config;
    ManualClock clock{utc("2026-11-23T10:00:00Z")};
    EngineContext context{store.db, config, clock, {}, nullptr};

    Fixture()
    {
        config.defaultFacility = QStringLiteral("DAL-1");
        config.facilityByChannel.insert(QStringLiteral("STORE-01"), QStringLiteral("DAL-1"));
        config.facilityByChannel.insert(QStringLiteral("STORE-09"), QString()); // routed by a person
        CatalogRepository catalog(store.db);
        for (const char* sku : {"LS-MUG", "LS-TEA"})
            lockstep::test::must(catalog.upsertItem(
                {QStringLiteral("id-") + QString::fromLatin1(sku), QString::fromLatin1(sku), {}, true, {}}));
    }

    Result<IntakeOutcome> ingest(const Order& o)
    {
        OrderIntake intake(store.db, config, clock);
        return intake.ingest(o);
    }

    QList<OutboxEntry> returns() { return OutboxRepository(store.db).unsent(kWmsCreateReturn).value(); }

    std::optional<ExceptionRecord> exception(ExceptionType type, const QString& subject)
    {
        auto r = ExceptionRepository(store.db).findBySubject(type, subject);
        return r.ok() ? r.value() : std::nullopt;
    }
};

} // namespace

class TestTillIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStoreSaleGoesNowhereAndAStoreReturnBecomesOneCustomerReturn()
    {
        Fixture f;
        auto sale = f.ingest(till(QStringLiteral("S-000001"), {tillLine(1, QStringLiteral("LS-MUG"), 2)}));
        LOCKSTEP_VERIFY_OK(sale);
        QVERIFY(!sale->queuedCreate);
        QVERIFY(!sale->queuedReturn);
        QVERIFY(OutboxRepository(f.store.db).due(utc("2100-01-01T00:00:00Z"), 100).value().isEmpty());

        const Order ret =
            till(QStringLiteral("R-000001"), {tillLine(1, QStringLiteral("LS-MUG"), -2)}, QStringLiteral("S-000001"));
        auto in = f.ingest(ret);
        LOCKSTEP_VERIFY_OK(in);
        QVERIFY(in->queuedReturn);
        QCOMPARE(f.returns().size(), 1);
        const OutboxEntry entry = f.returns().constFirst();
        QCOMPARE(entry.idempotencyKey, QStringLiteral("wms.return:pos:R-000001"));
        auto request = decodeReturnRequest(entry.payload);
        LOCKSTEP_VERIFY_OK(request);
        QCOMPARE(request->number, QStringLiteral("POS-R-000001"));
        QCOMPARE(request->customerOrderNumber, QStringLiteral("R-000001"));
        QCOMPARE(request->relatedOrderNumber, QStringLiteral("S-000001"));
        QCOMPARE(request->origin, QStringLiteral("pos"));
        QCOMPARE(request->facility, QStringLiteral("DAL-1"));
        QCOMPARE(request->lines.size(), 1);
        QCOMPARE(request->lines.constFirst().sku, QStringLiteral("LS-MUG"));
        QCOMPARE(request->lines.constFirst().quantity, qint64(2)); // units coming back, above zero

        // Read again (a re-poll, the watermark's overlap, a restart): never a second customer return.
        for (int i = 0; i < 3; ++i) {
            auto again = f.ingest(ret);
            LOCKSTEP_VERIFY_OK(again);
            QVERIFY(!again->queuedReturn);
        }
        QCOMPARE(f.returns().size(), 1);
        QStringList kinds;
        for (const auto& e : LifecycleRepository(f.store.db).forOrder(in->orderId).value())
            kinds << e.kind;
        QVERIFY2(kinds.contains(QStringLiteral("lockstep.return_queued")), qPrintable(kinds.join(u',')));
    }

    void aSaleAtAStoreWhoseStockIsAtTheWarehouseIsQueuedOnceAsStockMoves()
    {
        Fixture f;
        f.config.pos.stockAtWms = true;
        f.config.wms.storeLocation = QStringLiteral("FLOOR-1");
        const Order sale = till(QStringLiteral("S-000007"),
            {tillLine(1, QStringLiteral("LS-MUG"), 2), tillLine(2, QStringLiteral("LS-TEA"), 1)});
        auto in = f.ingest(sale);
        LOCKSTEP_VERIFY_OK(in);
        QVERIFY(in->queuedSale);
        QVERIFY(!in->queuedCreate);
        const auto queued = OutboxRepository(f.store.db).unsent(kWmsStoreSale).value();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.constFirst().idempotencyKey, QStringLiteral("wms.sale:pos:S-000007"));
        auto decoded = decodeStoreSale(queued.constFirst().payload);
        LOCKSTEP_VERIFY_OK(decoded);
        QCOMPARE(decoded->moves.size(), 2);
        QCOMPARE(decoded->moves.at(0).transaction, QStringLiteral("pos:S-000007#1"));
        QCOMPARE(decoded->moves.at(0).facility, QStringLiteral("DAL-1"));
        QCOMPARE(decoded->moves.at(0).location, QStringLiteral("FLOOR-1"));
        QCOMPARE(decoded->moves.at(0).quantity, qint64(2));
        QCOMPARE(decoded->moves.at(1).sku, QStringLiteral("LS-TEA"));
        QCOMPARE(decoded->units(), qint64(3));
        // Read again: never a second row, so the warehouse's stock is never lowered twice by Lockstep.
        for (int i = 0; i < 3; ++i) {
            auto again = f.ingest(sale);
            LOCKSTEP_VERIFY_OK(again);
            QVERIFY(!again->queuedSale);
        }
        QCOMPARE(OutboxRepository(f.store.db).unsent(kWmsStoreSale).value().size(), 1);

        // Past the SLA unsent: raised; refused: more urgent; sent: resolved by the sweep.
        f.config.slas.wmsAcknowledgeMinutes = 30;
        const QString subject = QStringLiteral("pos:S-000007");
        Sweep(f.context).run();
        QVERIFY(!f.exception(ExceptionType::StoreSaleNotAtWms, subject));
        f.clock.advanceMSecs(31 * 60'000);
        Sweep(f.context).run();
        const auto raised = f.exception(ExceptionType::StoreSaleNotAtWms, subject);
        QVERIFY(raised);
        QVERIFY2(raised->reason.contains(QStringLiteral("3 units")) && raised->reason.contains(QStringLiteral("DAL-1")),
            qPrintable(raised->reason));
        OutboxRepository outbox(f.store.db);
        const qint64 id = queued.constFirst().id;
        LOCKSTEP_VERIFY_OK(
            outbox.markDead(id, QStringLiteral("Only 1 units of LS-MUG are available"), f.clock.nowUtc()));
        Sweep(f.context).run();
        QVERIFY(f.exception(ExceptionType::StoreSaleNotAtWms, subject)->severity == Severity::High);
        LOCKSTEP_VERIFY_OK(outbox.requeue(id, f.clock.nowUtc()));
        LOCKSTEP_VERIFY_OK(outbox.markSent(id, f.clock.nowUtc()));
        Sweep(f.context).run();
        QVERIFY(f.exception(ExceptionType::StoreSaleNotAtWms, subject)->state == ExceptionState::Resolved);
    }

    void aSaleStaysAtTheTillWhenTheStoresStockIsNotAtTheWarehouse()
    {
        Fixture f; // stock_at_wms off: STORE-01's mapping only says where its returns go
        auto in = f.ingest(till(QStringLiteral("S-000008"), {tillLine(1, QStringLiteral("LS-MUG"), 1)}));
        LOCKSTEP_VERIFY_OK(in);
        QVERIFY(!in->queuedSale);
        QVERIFY(OutboxRepository(f.store.db).unsent(kWmsStoreSale).value().isEmpty());
    }

    void anExchangeSendsOnlyItsReturnedUnits()
    {
        Fixture f;
        auto in = f.ingest(till(QStringLiteral("X-1"),
            {tillLine(1, QStringLiteral("LS-TEA"), 1), tillLine(2, QStringLiteral("LS-MUG"), -1)},
            QStringLiteral("S-7")));
        LOCKSTEP_VERIFY_OK(in);
        QVERIFY(in->queuedReturn);
        auto request = decodeReturnRequest(f.returns().constFirst().payload);
        QCOMPARE(request->lines.size(), 1);
        QCOMPARE(request->lines.constFirst().sku, QStringLiteral("LS-MUG"));
    }

    void aTillSkuTheWarehouseLacksHoldsTheReturnUntilItIsMapped()
    {
        Fixture f;
        const Order ret =
            till(QStringLiteral("R-2"), {tillLine(1, QStringLiteral("SQ-ONLY-9"), -1)}, QStringLiteral("S-2"));
        auto in = f.ingest(ret);
        LOCKSTEP_VERIFY_OK(in);
        QVERIFY(!in->queuedReturn);
        QVERIFY(f.returns().isEmpty());
        const auto held = f.exception(ExceptionType::SkuMismatch, QStringLiteral("pos:R-2"));
        QVERIFY(held);
        QVERIFY(held->state == ExceptionState::Open);
        QCOMPARE(held->sku, QStringLiteral("SQ-ONLY-9"));
        QVERIFY2(held->reason.contains(QStringLiteral("Till return R-2 at store STORE-01")), qPrintable(held->reason));

        // A person maps the till's SKU to a WMS item; the sweep takes the held return in again.
        LOCKSTEP_VERIFY_OK(CatalogRepository(f.store.db)
                               .upsertSkuMapping({SourceSystem::Pos,
                                   QStringLiteral("SQ-ONLY-9"),
                                   QStringLiteral("LS-TEA"),
                                   QStringLiteral("ops"),
                                   f.clock.nowUtc()}));
        const CycleSummary swept = Sweep(f.context).run();
        QVERIFY2(swept.problems.isEmpty(), qPrintable(swept.problems.join(u'\n')));
        QCOMPARE(f.returns().size(), 1);
        QCOMPARE(
            decodeReturnRequest(f.returns().constFirst().payload)->lines.constFirst().sku, QStringLiteral("LS-TEA"));
        QVERIFY(f.exception(ExceptionType::SkuMismatch, QStringLiteral("pos:R-2"))->state == ExceptionState::Resolved);
    }

    void aStoreMappedToNoFacilityHoldsItsReturnsForAPerson()
    {
        Fixture f;
        auto in = f.ingest(
            till(QStringLiteral("R-3"), {tillLine(1, QStringLiteral("LS-MUG"), -1)}, {}, QStringLiteral("STORE-09")));
        LOCKSTEP_VERIFY_OK(in);
        QVERIFY(!in->queuedReturn);
        const auto held = f.exception(ExceptionType::FacilityRoutingFailure, QStringLiteral("pos:R-3"));
        QVERIFY(held);
        QVERIFY2(held->reason.contains(QStringLiteral("store STORE-09")), qPrintable(held->reason));
    }

    void aReturnTheWarehouseHasNotReceivedInTimeIsRaisedAndResolvedOnceItLands()
    {
        Fixture f;
        f.config.slas.wmsAcknowledgeMinutes = 30;
        auto in =
            f.ingest(till(QStringLiteral("R-4"), {tillLine(1, QStringLiteral("LS-MUG"), -3)}, QStringLiteral("S-4")));
        LOCKSTEP_VERIFY_OK(in);
        const QString subject = QStringLiteral("pos:R-4");

        // Within the SLA nothing is raised, however often it failed.
        OutboxRepository outbox(f.store.db);
        const qint64 id = f.returns().constFirst().id;
        LOCKSTEP_VERIFY_OK(
            outbox.markFailed(id, QStringLiteral("timeout"), f.clock.nowUtc().addSecs(30), f.clock.nowUtc()));
        f.clock.advanceMSecs(29 * 60'000);
        Sweep(f.context).run();
        QVERIFY(!f.exception(ExceptionType::TillReturnNotAtWms, subject));

        f.clock.advanceMSecs(2 * 60'000);
        Sweep(f.context).run();
        const auto raised = f.exception(ExceptionType::TillReturnNotAtWms, subject);
        QVERIFY(raised);
        QVERIFY(raised->state == ExceptionState::Open);
        QVERIFY(raised->ownerTeam == OwnerTeam::Operations);
        QCOMPARE(raised->orderRef, QStringLiteral("R-4"));
        QVERIFY2(
            raised->reason.contains(QStringLiteral("3 units")) && raised->reason.contains(QStringLiteral("timeout")),
            qPrintable(raised->reason));

        // Refused for good: told at once, and more urgent.
        LOCKSTEP_VERIFY_OK(outbox.markDead(id, QStringLiteral("item LS-MUG is not active"), f.clock.nowUtc()));
        Sweep(f.context).run();
        QVERIFY(f.exception(ExceptionType::TillReturnNotAtWms, subject)->severity == Severity::High);

        // The customer return is at the warehouse (a person's retry found or created it): resolved.
        LOCKSTEP_VERIFY_OK(outbox.requeue(id, f.clock.nowUtc()));
        LOCKSTEP_VERIFY_OK(outbox.markSent(id, f.clock.nowUtc()));
        Sweep(f.context).run();
        QVERIFY(f.exception(ExceptionType::TillReturnNotAtWms, subject)->state == ExceptionState::Resolved);
    }
};

QTEST_GUILESS_MAIN(TestTillIntake)
#include "test_till_intake.moc"
