// SPDX-License-Identifier: GPL-3.0-or-later
// People's actions on exceptions against a real store: each transition with its audit row, the refusals
// (empty note, a claim held by another, a stale version naming who changed it), retries through the outbox
// under the same idempotency key, and edits (SKU mapping, facility) that let the order be decided again.
#include "actions/action_executor.h"
#include "config/config.h"
#include "engine/order_intake.h"
#include "engine/outbox_payloads.h"
#include "seed.h"
#include "store/action_repository.h"
#include "store/audit_repository.h"
#include "store/catalog_repository.h"
#include "store/comment_repository.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"
#include "store/wms_order_repository.h"
#include "support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lockstep::core;
using namespace lockstep::core::actions;
using namespace lockstep::core::store;
using lockstep::test::TempStore;
using lockstep::test::utc;

namespace {

Order order(const QString& id, const QList<QString>& skus, const QString& channel = QStringLiteral("web-eu"))
{
    Order o;
    o.storefront = SourceSystem::WooCommerce;
    o.storefrontId = id;
    o.number = QStringLiteral("WC-") + id;
    o.status = QStringLiteral("processing");
    o.paymentState = PaymentState::Paid;
    o.currency = QStringLiteral("EUR");
    o.totals.total = Money::fromMinor(4200, o.currency);
    o.channel = channel;
    o.createdAt = utc("2026-11-23T09:00:00Z");
    int n = 0;
    for (const QString& sku : skus) {
        ++n;
        o.lines.append({n, sku, sku, 1, Money::fromMinor(1000, o.currency), {}, {}, QString::number(n)});
    }
    return o;
}

struct Fixture
{
    TempStore store;
    engine::Config config;
    ManualClock clock{utc("2026-11-23T10:00:00Z")};

    Fixture()
    {
        config.facilityByChannel.insert(QStringLiteral("web-eu"), QStringLiteral("DAL-1"));
        CatalogRepository catalog(store.db);
        for (const char* sku : {"MUG-WHT", "GIFTCARD-25"})
            lockstep::test::must(catalog.upsertItem(
                {QStringLiteral("id-") + QString::fromLatin1(sku), QString::fromLatin1(sku), {}, true, {}}));
    }

    /// Takes the order in as the engine would; returns the exceptions it raised.
    QList<ExceptionRecord> ingest(const Order& o)
    {
        engine::OrderIntake intake(store.db, config, clock);
        auto out = intake.ingest(o);
        if (!out.ok())
            qFatal("%s", qPrintable(out.error().toString()));
        QList<ExceptionRecord> raised;
        for (const ExceptionRecord& r : out->raised)
            raised << ExceptionRepository(store.db).findBySubject(r.type, r.subjectKey).value().value();
        return raised;
    }

    /// An open exception about nothing in particular, for the state machine.
    ExceptionRecord raise(const QString& subject, ExceptionType type = ExceptionType::FailedAllocation)
    {
        ExceptionRecord r;
        r.type = type;
        r.subjectKey = subject;
        r.reason = QStringLiteral("test reason");
        r.firstSeen = clock.nowUtc();
        r.lastSeen = clock.nowUtc();
        const qint64 id = ExceptionRepository(store.db).upsert(r).value().id;
        return ExceptionRepository(store.db).findById(id).value().value();
    }

    ExceptionRecord reread(qint64 id) { return ExceptionRepository(store.db).findById(id).value().value(); }

    Execution run(ActionCommand command, bool withConfig = true)
    {
        ActionExecutor executor(store.db, clock, withConfig ? &config : nullptr);
        return executor.execute(command);
    }

    ActionCommand command(ActionKind kind, const ExceptionRecord& r, const QString& actor = QStringLiteral("alice"))
    {
        ActionCommand c;
        c.kind = kind;
        c.actor = actor;
        c.targets = {{r.id, r.version}};
        return c;
    }

    QList<AuditEntry> audit(qint64 id)
    {
        return AuditRepository(store.db).forSubject(QStringLiteral("exception"), QString::number(id)).value();
    }
};

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgeRefusesAnEmptyNote()
    {
        Fixture f;
        const ExceptionRecord r = f.raise(QStringLiteral("woocommerce:1"));
        ActionCommand c = f.command(ActionKind::Acknowledge, r);
        c.note = QStringLiteral("   ");
        const Execution e = f.run(c);
        QCOMPARE(e.result.items.size(), 1);
        QVERIFY(!e.result.items[0].succeeded);
        LOCKSTEP_COMPARE_ENUM(e.result.items[0].refusal, Refusal::NoteRequired);
        LOCKSTEP_COMPARE_ENUM(f.reread(r.id).state, ExceptionState::Open);
        QCOMPARE(f.reread(r.id).version, r.version);
        QCOMPARE(f.audit(r.id).size(), 0);
    }

    void askingTheWarehouseToInterceptKeepsTheRequestAndTheExceptionWaitsOpen()
    {
        Fixture f;
        // An order the warehouse had locked when the storefront cancelled it.
        const Order o = order(QStringLiteral("7100"), {QStringLiteral("MUG-WHT")});
        const qint64 orderId = OrderRepository(f.store.db).upsert(o).value();
        ExceptionRecord late = f.raise(QStringLiteral("woocommerce:7100"), ExceptionType::CancellationPastCutoff);
        late.orderId = orderId;
        late.orderRef = o.number;
        late.facility = QStringLiteral("DAL-1");
        late.suggestedAction = QStringLiteral("Ask the warehouse to pull the order.");
        LOCKSTEP_VERIFY_OK(ExceptionRepository(f.store.db).upsert(late));
        late = f.reread(late.id);

        // Without saying how and whom they asked, nothing is kept.
        ActionCommand silent = f.command(ActionKind::RequestIntercept, late);
        const Execution refused = f.run(silent);
        LOCKSTEP_COMPARE_ENUM(refused.result.items[0].refusal, Refusal::NoteRequired);
        QVERIFY(!ActionRepository(f.store.db).interceptRequest(late.id).value());

        ActionCommand ask = f.command(ActionKind::RequestIntercept, late);
        ask.note = QStringLiteral("called the DAL-1 shift lead");
        const Execution e = f.run(ask);
        QVERIFY2(e.result.items[0].succeeded, qPrintable(e.result.items[0].message));
        // Each outcome names its order, so the console labels it without reading the store again.
        QCOMPARE(e.result.items[0].orderRef, o.number);
        QCOMPARE(refused.result.items[0].orderRef, o.number);
        // And its queue, so the console re-reads that queue alone.
        QVERIFY(e.result.items[0].queue == ExceptionType::CancellationPastCutoff);
        QVERIFY(refused.result.items[0].queue == ExceptionType::CancellationPastCutoff);
        const ExceptionRecord after = f.reread(late.id);
        LOCKSTEP_COMPARE_ENUM(after.state, ExceptionState::Open); // it waits for the warehouse
        QCOMPARE(after.version, late.version + 1);
        QVERIFY2(after.suggestedAction.contains(QStringLiteral("called the DAL-1 shift lead")),
            qPrintable(after.suggestedAction));
        const auto kept = ActionRepository(f.store.db).interceptRequest(late.id).value();
        QVERIFY(kept);
        QCOMPARE(kept->requestedBy, QStringLiteral("alice"));
        QCOMPARE(kept->note, QStringLiteral("called the DAL-1 shift lead"));
        QVERIFY(kept->outcome.isEmpty());
        QCOMPARE(f.audit(late.id).constLast().action, QStringLiteral("exception.request_intercept"));
        const auto events = LifecycleRepository(f.store.db).forOrder(orderId).value();
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const LifecycleEvent& ev) {
            return ev.kind == QStringLiteral("lockstep.intercept_requested")
                && ev.detail.contains(QStringLiteral("DAL-1"));
        }));

        // Another type has nothing to intercept.
        const ExceptionRecord other = f.raise(QStringLiteral("woocommerce:7101"));
        ActionCommand wrong = f.command(ActionKind::RequestIntercept, other);
        wrong.note = QStringLiteral("called");
        LOCKSTEP_COMPARE_ENUM(f.run(wrong).result.items[0].refusal, Refusal::EditNotAllowed);
    }

    void commentJoinsTheThreadAuditedAndTheOrdersTimeline()
    {
        Fixture f;
        const QList<ExceptionRecord> raised = f.ingest(order(QStringLiteral("7001"), {QStringLiteral("NOT-STOCKED")}));
        QCOMPARE(raised.size(), 1);
        const ExceptionRecord r = raised.constFirst();
        QVERIFY(r.orderId != 0);
        // Claimed by another desk and changed since it was read: a comment is still taken, and changes neither.
        QVERIFY(f.run(f.command(ActionKind::Claim, r, QStringLiteral("desk.b"))).result.ok());
        ActionCommand c = f.command(ActionKind::Comment, r, QStringLiteral("desk.a"));
        c.role = QStringLiteral("customer_service");
        c.note = QStringLiteral("  Customer asked to drop the gift card.  ");
        const Execution e = f.run(c);
        QVERIFY2(e.result.ok(), qPrintable(e.result.items.value(0).message));
        const ExceptionRecord after = f.reread(r.id);
        QCOMPARE(after.version, r.version + 1); // the claim's change only
        QCOMPARE(after.claimedBy, QStringLiteral("desk.b"));

        const auto thread = CommentRepository(f.store.db).forException(r.id);
        LOCKSTEP_VERIFY_OK(thread);
        QCOMPARE(thread->size(), 1);
        QCOMPARE(thread->constFirst().author, QStringLiteral("desk.a"));
        QCOMPARE(thread->constFirst().role, QStringLiteral("customer_service"));
        QCOMPARE(thread->constFirst().text, QStringLiteral("Customer asked to drop the gift card."));
        QCOMPARE(thread->constFirst().at, f.clock.nowUtc());

        const QList<AuditEntry> audit = f.audit(r.id);
        QCOMPARE(audit.constLast().action, QStringLiteral("exception.comment"));
        QCOMPARE(audit.constLast().actor, QStringLiteral("desk.a (customer_service)"));
        QCOMPARE(audit.constLast().note, QStringLiteral("Customer asked to drop the gift card."));

        const auto timeline = LifecycleRepository(f.store.db).forOrder(r.orderId);
        LOCKSTEP_VERIFY_OK(timeline);
        QCOMPARE(timeline->constLast().kind, QStringLiteral("lockstep.comment"));
        QVERIFY(timeline->constLast().detail.contains(QStringLiteral("gift card")));

        // A blank comment is refused and leaves no trace.
        c.note = QStringLiteral("   ");
        const Execution blank = f.run(c);
        LOCKSTEP_COMPARE_ENUM(blank.result.items[0].refusal, Refusal::NoteRequired);
        QCOMPARE(CommentRepository(f.store.db).forException(r.id)->size(), 1);
        QCOMPARE(f.audit(r.id).size(), audit.size());
    }

    void acknowledgeThenReopenKeepTheResolutionApart()
    {
        Fixture f;
        const ExceptionRecord r = f.raise(QStringLiteral("woocommerce:2"));
        ActionCommand ack = f.command(ActionKind::Acknowledge, r);
        ack.note = QStringLiteral("Pulled the order by hand in the WMS");
        ack.resolution = ResolutionKind::HandledInWms;
        const Execution e = f.run(ack);
        QVERIFY2(e.result.ok(), qPrintable(e.result.items.value(0).message));
        const ExceptionRecord acked = f.reread(r.id);
        LOCKSTEP_COMPARE_ENUM(acked.state, ExceptionState::Acknowledged);
        QCOMPARE(acked.version, r.version + 1);
        QCOMPARE(e.result.items[0].version, acked.version);

        // Out of the open queue...
        ExceptionFilter open;
        open.state = ExceptionState::Open;
        QCOMPARE(ExceptionRepository(f.store.db).count(open).value(), 0);
        // ...and its resolution kept apart from the failure.
        auto resolutions = ActionRepository(f.store.db).resolutionsFor(r.id).value();
        QCOMPARE(resolutions.size(), 1);
        QCOMPARE(resolutions[0].kind, QStringLiteral("handled_in_wms"));
        QCOMPARE(resolutions[0].note, ack.note);
        QCOMPARE(resolutions[0].resolvedBy, QStringLiteral("alice"));

        // Acknowledging twice is refused.
        ActionCommand again = f.command(ActionKind::Acknowledge, acked);
        again.note = QStringLiteral("again");
        LOCKSTEP_COMPARE_ENUM(f.run(again).result.items[0].refusal, Refusal::WrongState);

        const Execution reopened = f.run(f.command(ActionKind::Reopen, acked, QStringLiteral("bob")));
        QVERIFY(reopened.result.ok());
        LOCKSTEP_COMPARE_ENUM(f.reread(r.id).state, ExceptionState::Open);
        resolutions = ActionRepository(f.store.db).resolutionsFor(r.id).value();
        QCOMPARE(resolutions.size(), 1);
        QCOMPARE(resolutions[0].reopenedBy, QStringLiteral("bob"));

        // The audit: who, when, what, before and after, for each transition.
        const QList<AuditEntry> audit = f.audit(r.id);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[0].actor, QStringLiteral("alice"));
        QCOMPARE(audit[0].action, QStringLiteral("exception.acknowledge"));
        QCOMPARE(audit[0].at, f.clock.nowUtc());
        QCOMPARE(audit[0].note, ack.note);
        QCOMPARE(json(audit[0].before).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(json(audit[0].after).value(QStringLiteral("state")).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(json(audit[0].after).value(QStringLiteral("detail")).toString(), QStringLiteral("handled_in_wms"));
        QCOMPARE(audit[1].actor, QStringLiteral("bob"));
        QCOMPARE(audit[1].action, QStringLiteral("exception.reopen"));
        QCOMPARE(json(audit[1].after).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    }

    void claimIsRefusedWhenAnotherHoldsIt()
    {
        Fixture f;
        const ExceptionRecord r = f.raise(QStringLiteral("woocommerce:3"));
        QVERIFY(f.run(f.command(ActionKind::Claim, r, QStringLiteral("alice"))).result.ok());
        const ExceptionRecord claimed = f.reread(r.id);
        QCOMPARE(claimed.claimedBy, QStringLiteral("alice"));

        const Execution bob = f.run(f.command(ActionKind::Claim, claimed, QStringLiteral("bob")));
        LOCKSTEP_COMPARE_ENUM(bob.result.items[0].refusal, Refusal::ClaimedByOther);
        QVERIFY(bob.result.items[0].message.contains(QStringLiteral("alice")));
        QCOMPARE(f.reread(r.id).claimedBy, QStringLiteral("alice"));
        // Nor can bob act on it, or release it; assigning stays open to a supervisor.
        ActionCommand ack = f.command(ActionKind::Acknowledge, claimed, QStringLiteral("bob"));
        ack.note = QStringLiteral("done");
        LOCKSTEP_COMPARE_ENUM(f.run(ack).result.items[0].refusal, Refusal::ClaimedByOther);
        LOCKSTEP_COMPARE_ENUM(
            f.run(f.command(ActionKind::Unclaim, claimed, QStringLiteral("bob"))).result.items[0].refusal,
            Refusal::ClaimedByOther);
        ActionCommand assign = f.command(ActionKind::Assign, claimed, QStringLiteral("bob"));
        assign.assignee = QStringLiteral("operations");
        QVERIFY(f.run(assign).result.ok());
        QCOMPARE(f.reread(r.id).assignee, QStringLiteral("operations"));

        QVERIFY(f.run(f.command(ActionKind::Unclaim, f.reread(r.id), QStringLiteral("alice"))).result.ok());
        QVERIFY(f.reread(r.id).claimedBy.isEmpty());
        QVERIFY(f.run(f.command(ActionKind::Claim, f.reread(r.id), QStringLiteral("bob"))).result.ok());
        QCOMPARE(f.reread(r.id).claimedBy, QStringLiteral("bob"));
        QCOMPARE(f.audit(r.id).size(), 4);
    }

    void aStaleVersionIsRefusedNamingWhoChangedIt()
    {
        Fixture f;
        const ExceptionRecord seen = f.raise(QStringLiteral("woocommerce:4"));
        ActionCommand assign = f.command(ActionKind::Assign, seen, QStringLiteral("alice"));
        assign.assignee = QStringLiteral("carol");
        QVERIFY(f.run(assign).result.ok());

        // Bob still shows the version he read before alice's change.
        ActionCommand ack = f.command(ActionKind::Acknowledge, seen, QStringLiteral("bob"));
        ack.note = QStringLiteral("handled");
        const Execution e = f.run(ack);
        const ItemOutcome& o = e.result.items.at(0);
        LOCKSTEP_COMPARE_ENUM(o.refusal, Refusal::StaleVersion);
        QVERIFY2(o.message.contains(QStringLiteral("exception.assign by alice")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QStringLiteral("version %1, now %2").arg(seen.version).arg(seen.version + 1)),
            qPrintable(o.message));
        QCOMPARE(o.version, seen.version + 1);
        LOCKSTEP_COMPARE_ENUM(f.reread(seen.id).state, ExceptionState::Open);
        QCOMPARE(e.result.refusedCount(), 1);
    }

    void retryRequeuesTheOutboxEntryUnderItsKey()
    {
        Fixture f;
        const Order o = order(QStringLiteral("1001"), {QStringLiteral("MUG-WHT")});
        QVERIFY(f.ingest(o).isEmpty());
        OutboxRepository outbox(f.store.db);
        const QString key = engine::createOrderKey(QStringLiteral("woocommerce:1001"));
        const OutboxEntry queued = outbox.findByKey(key).value().value();
        // The warehouse refused it, the dispatcher gave up, and a person was asked.
        LOCKSTEP_VERIFY_OK(outbox.markDead(queued.id, QStringLiteral("400 unknown ship method"), f.clock.nowUtc()));
        const ExceptionRecord r = f.raise(QStringLiteral("woocommerce:1001"), ExceptionType::StuckPending);
        f.clock.advanceMSecs(60'000);

        const Execution e = f.run(f.command(ActionKind::Retry, r));
        QVERIFY2(e.result.ok(), qPrintable(e.result.items.value(0).message));
        const OutboxEntry due = outbox.findByKey(key).value().value();
        QCOMPARE(due.id, queued.id); // the same decision, not a new one
        LOCKSTEP_COMPARE_ENUM(due.state, OutboxState::Pending);
        QCOMPARE(due.nextAttemptAt, f.clock.nowUtc());
        QCOMPARE(e.sends.size(), 1);
        QCOMPARE(e.sends[0].entry.idempotencyKey, key);
        QCOMPARE(e.sends[0].item, 0);
        const ExceptionRecord after = f.reread(r.id);
        QCOMPARE(after.attempts, r.attempts + 1);
        LOCKSTEP_COMPARE_ENUM(after.state, ExceptionState::Open); // resolved once the warehouse has it
        const QList<AuditEntry> audit = f.audit(r.id);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("exception.retry"));
        QVERIFY(json(audit[0].after).value(QStringLiteral("detail")).toString().contains(key));
        const qint64 orderId = OrderRepository(f.store.db)
                                   .findByStorefrontId(SourceSystem::WooCommerce, QStringLiteral("1001"))
                                   .value()
                                   ->id;
        const auto events = LifecycleRepository(f.store.db).forOrder(orderId).value();
        QCOMPARE(events.constLast().kind, QStringLiteral("lockstep.retry"));

        // Retrying something that is not about an order is refused, with the reason.
        const ExceptionRecord sku = f.raise(QStringLiteral("sku:LS-1001"), ExceptionType::SkuMismatch);
        LOCKSTEP_COMPARE_ENUM(f.run(f.command(ActionKind::Retry, sku)).result.items[0].refusal, Refusal::NotRetryable);
    }

    void aTillReturnIsRetriedAndMappedUnderItsCustomerReturnKey()
    {
        // A store return whose till SKU the WMS lacks: held as a SKU mismatch. Mapping the SKU queues its customer
        // return (not a sales order); when the warehouse then refuses it, a retry puts that same row back.
        Fixture f;
        Order back;
        back.storefront = SourceSystem::Pos;
        back.storefrontId = QStringLiteral("R-000042");
        back.number = back.storefrontId;
        back.status = QStringLiteral("COMPLETED");
        back.paymentState = PaymentState::Refunded;
        back.currency = QStringLiteral("EUR");
        back.channel = QStringLiteral("web-eu");
        back.createdAt = f.clock.nowUtc();
        back.lines = {OrderLine{1,
            QStringLiteral("SQ-MUG"),
            QStringLiteral("Mug"),
            -1,
            Money::fromMinor(900, QStringLiteral("EUR")),
            {},
            {},
            QStringLiteral("1")}};
        const QList<ExceptionRecord> held = f.ingest(back);
        QCOMPARE(held.size(), 1);
        LOCKSTEP_COMPARE_ENUM(held[0].type, ExceptionType::SkuMismatch);

        ActionCommand map = f.command(ActionKind::Edit, held[0]);
        map.edit.kind = EditKind::MapSku;
        map.edit.wmsSku = QStringLiteral("MUG-WHT");
        const Execution mapped = f.run(map);
        QVERIFY2(mapped.result.ok(), qPrintable(mapped.result.items.value(0).message));
        const QString key = engine::customerReturnKey(QStringLiteral("pos:R-000042"));
        OutboxRepository outbox(f.store.db);
        const auto queued = outbox.findByKey(key).value();
        QVERIFY(queued.has_value());
        QVERIFY(!outbox.findByKey(engine::createOrderKey(QStringLiteral("pos:R-000042"))).value().has_value());
        QCOMPARE(
            engine::decodeReturnRequest(queued->payload).value().lines.constFirst().sku, QStringLiteral("MUG-WHT"));
        LOCKSTEP_COMPARE_ENUM(f.reread(held[0].id).state, ExceptionState::Resolved);

        LOCKSTEP_VERIFY_OK(outbox.markDead(queued->id, QStringLiteral("400 facility closed"), f.clock.nowUtc()));
        const ExceptionRecord ghost = f.raise(QStringLiteral("pos:R-000042"), ExceptionType::TillReturnNotAtWms);
        const Execution retried = f.run(f.command(ActionKind::Retry, ghost));
        QVERIFY2(retried.result.ok(), qPrintable(retried.result.items.value(0).message));
        QVERIFY2(retried.result.items[0].message.contains(QStringLiteral("Till return R-000042")),
            qPrintable(retried.result.items[0].message));
        QCOMPARE(retried.sends.size(), 1);
        QCOMPARE(retried.sends[0].entry.idempotencyKey, key);
        LOCKSTEP_COMPARE_ENUM(outbox.findByKey(key).value()->state, OutboxState::Pending);
    }

    void mapSkuEditDecidesEveryOrderWithThatSkuAgain()
    {
        Fixture f;
        const QList<ExceptionRecord> first =
            f.ingest(order(QStringLiteral("2001"), {QStringLiteral("MUG-WHT"), QStringLiteral("GC-STORE")}));
        const QList<ExceptionRecord> second = f.ingest(order(QStringLiteral("2002"), {QStringLiteral("GC-STORE")}));
        QCOMPARE(first.size(), 1);
        QCOMPARE(second.size(), 1);
        LOCKSTEP_COMPARE_ENUM(first[0].type, ExceptionType::SkuMismatch);
        QCOMPARE(first[0].sku, QStringLiteral("GC-STORE"));

        // Without the engine's configuration the order cannot be decided again: said so, nothing changed.
        const Execution blind = f.run(f.command(ActionKind::Retry, first[0]), false);
        LOCKSTEP_COMPARE_ENUM(blind.result.items[0].refusal, Refusal::NeedsConfiguration);

        // A mapping to something the WMS does not know is refused.
        ActionCommand wrong = f.command(ActionKind::Edit, first[0]);
        wrong.edit.kind = EditKind::MapSku;
        wrong.edit.wmsSku = QStringLiteral("NO-SUCH-ITEM");
        LOCKSTEP_COMPARE_ENUM(f.run(wrong).result.items[0].refusal, Refusal::EditNotAllowed);

        ActionCommand map = f.command(ActionKind::Edit, first[0]);
        map.edit.kind = EditKind::MapSku;
        map.edit.wmsSku = QStringLiteral("GIFTCARD-25");
        const Execution e = f.run(map);
        QCOMPARE(e.result.items.size(), 2); // the other order with the same SKU too
        QVERIFY2(e.result.ok(), qPrintable(e.result.items.value(0).message + u'\n' + e.result.items.value(1).message));
        QCOMPARE(e.sends.size(), 2);
        OutboxRepository outbox(f.store.db);
        for (const char* id : {"2001", "2002"}) {
            const auto entry =
                outbox.findByKey(engine::createOrderKey(QStringLiteral("woocommerce:") + QLatin1String(id))).value();
            QVERIFY(entry.has_value());
            const auto request = engine::decodeCreateRequest(entry->payload).value();
            QCOMPARE(request.lines.constLast().sku, QStringLiteral("GIFTCARD-25"));
        }
        LOCKSTEP_COMPARE_ENUM(f.reread(first[0].id).state, ExceptionState::Resolved);
        LOCKSTEP_COMPARE_ENUM(f.reread(second[0].id).state, ExceptionState::Resolved);
        QCOMPARE(f.reread(first[0].id).attempts, 1);
        // The mapping is kept, audited with before and after.
        QCOMPARE(
            CatalogRepository(f.store.db).resolveSku(SourceSystem::WooCommerce, QStringLiteral("GC-STORE")).value(),
            QStringLiteral("GIFTCARD-25"));
        const auto mapAudit = AuditRepository(f.store.db)
                                  .forSubject(QStringLiteral("sku_map"), QStringLiteral("woocommerce:GC-STORE"))
                                  .value();
        QCOMPARE(mapAudit.size(), 1);
        QCOMPARE(mapAudit[0].action, QStringLiteral("edit.map_sku"));
        QVERIFY(mapAudit[0].before.isEmpty());
        QCOMPARE(json(mapAudit[0].after).value(QStringLiteral("wms_sku")).toString(), QStringLiteral("GIFTCARD-25"));
        const QList<AuditEntry> own = f.audit(first[0].id);
        // Raised by the engine, the edit, the intake resolving it as the order can now go, the retry's outcome.
        QCOMPARE(own.size(), 4);
        QCOMPARE(own[0].action, QStringLiteral("exception.raised"));
        QCOMPARE(own[1].action, QStringLiteral("exception.edit"));
        QCOMPARE(own[1].actor, QStringLiteral("alice"));
        QCOMPARE(own[2].action, QStringLiteral("exception.auto_resolved"));
        QCOMPARE(json(own[3].after).value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
    }

    void aHeldOrderGoesWithoutTheLineTheWarehouseDoesNotStock()
    {
        // A paid order with a mug and a store gift card the warehouse has never heard of: the mismatch holds the
        // whole order. The supervisor sends it without the gift card line instead of mapping it.
        Fixture f;
        const QList<ExceptionRecord> raised =
            f.ingest(order(QStringLiteral("2101"), {QStringLiteral("MUG-WHT"), QStringLiteral("GC-STORE")}));
        QCOMPARE(raised.size(), 1);
        const ExceptionRecord mismatch = raised.constFirst();
        LOCKSTEP_COMPARE_ENUM(mismatch.type, ExceptionType::SkuMismatch);

        ActionCommand leaveOut = f.command(ActionKind::Edit, mismatch);
        leaveOut.edit.kind = EditKind::LeaveOutLine;
        const Execution e = f.run(leaveOut);
        QVERIFY2(e.result.ok(), qPrintable(e.result.items.value(0).message));
        QCOMPARE(e.sends.size(), 1);
        const auto entry =
            OutboxRepository(f.store.db).findByKey(engine::createOrderKey(QStringLiteral("woocommerce:2101"))).value();
        QVERIFY(entry.has_value());
        const auto request = engine::decodeCreateRequest(entry->payload).value();
        QCOMPARE(request.lines.size(), 1);
        QCOMPARE(request.lines.constFirst().sku, QStringLiteral("MUG-WHT"));
        QCOMPARE(request.total, Money::fromMinor(4200, QStringLiteral("EUR"))); // what the customer paid
        LOCKSTEP_COMPARE_ENUM(f.reread(mismatch.id).state, ExceptionState::Resolved);
        // Audited on the order with its lines before and after, by the person who chose it.
        const auto orderAudit =
            AuditRepository(f.store.db).forSubject(QStringLiteral("order"), QStringLiteral("woocommerce:2101")).value();
        QCOMPARE(orderAudit.size(), 1);
        QCOMPARE(orderAudit[0].action, QStringLiteral("edit.leave_out_line"));
        QCOMPARE(orderAudit[0].actor, QStringLiteral("alice"));
        QCOMPARE(json(orderAudit[0].before).value(QStringLiteral("lines")).toArray().size(), 2);
        const QJsonArray after = json(orderAudit[0].after).value(QStringLiteral("lines")).toArray();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0].toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("MUG-WHT"));
        // Taken in again (a re-poll), the order is not held again: the choice is kept.
        QVERIFY(
            f.ingest(order(QStringLiteral("2101"), {QStringLiteral("MUG-WHT"), QStringLiteral("GC-STORE")})).isEmpty());

        // A line with values no warehouse order may carry (a quantity of -2) holds its order the same way; left out,
        // it no longer does.
        Order negative = order(QStringLiteral("2103"), {QStringLiteral("MUG-WHT"), QStringLiteral("GIFTCARD-25")});
        negative.lines[1].quantity = -2;
        const ExceptionRecord invalid = f.ingest(negative).constFirst();
        QCOMPARE(invalid.sku, QStringLiteral("GIFTCARD-25"));
        ActionCommand dropInvalid = f.command(ActionKind::Edit, invalid);
        dropInvalid.edit.kind = EditKind::LeaveOutLine;
        const Execution dropped = f.run(dropInvalid);
        QVERIFY2(dropped.result.ok(), qPrintable(dropped.result.items.value(0).message));
        const auto sentNegative =
            OutboxRepository(f.store.db).findByKey(engine::createOrderKey(QStringLiteral("woocommerce:2103"))).value();
        QVERIFY(sentNegative.has_value());
        QCOMPARE(engine::decodeCreateRequest(sentNegative->payload).value().lines.size(), 1);

        // An order of nothing but the unknown line cannot go without it: refused, nothing kept.
        const ExceptionRecord only = f.ingest(order(QStringLiteral("2102"), {QStringLiteral("GC-STORE")})).constFirst();
        ActionCommand nothingLeft = f.command(ActionKind::Edit, only);
        nothingLeft.edit.kind = EditKind::LeaveOutLine;
        const Execution refused = f.run(nothingLeft);
        LOCKSTEP_COMPARE_ENUM(refused.result.items[0].refusal, Refusal::EditNotAllowed);
        QVERIFY(ActionRepository(f.store.db).linesLeftOut(only.orderId).value().isEmpty());
        LOCKSTEP_COMPARE_ENUM(f.reread(only.id).state, ExceptionState::Open);
    }

    void chooseFacilityForAnUnroutableOrder()
    {
        Fixture f;
        const QList<ExceptionRecord> raised =
            f.ingest(order(QStringLiteral("3001"), {QStringLiteral("MUG-WHT")}, QStringLiteral("popup-store")));
        QCOMPARE(raised.size(), 1);
        LOCKSTEP_COMPARE_ENUM(raised[0].type, ExceptionType::FacilityRoutingFailure);

        ActionCommand edit = f.command(ActionKind::Edit, raised[0]);
        edit.edit.kind = EditKind::ChooseFacility;
        edit.edit.facility = QStringLiteral("DC-EAST");
        const Execution e = f.run(edit);
        QVERIFY2(e.result.ok(), qPrintable(e.result.items.value(0).message));
        const auto entry =
            OutboxRepository(f.store.db).findByKey(engine::createOrderKey(QStringLiteral("woocommerce:3001"))).value();
        QVERIFY(entry.has_value());
        QCOMPARE(engine::decodeCreateRequest(entry->payload).value().facility, QStringLiteral("DC-EAST"));
        LOCKSTEP_COMPARE_ENUM(f.reread(raised[0].id).state, ExceptionState::Resolved);
        const auto orderAudit =
            AuditRepository(f.store.db).forSubject(QStringLiteral("order"), QStringLiteral("woocommerce:3001")).value();
        QCOMPARE(orderAudit.size(), 1);
        QCOMPARE(json(orderAudit[0].after).value(QStringLiteral("facility")).toString(), QStringLiteral("DC-EAST"));

        // Once queued, a line can be adjusted (while not sent); an unknown line is refused.
        ActionCommand adjust = f.command(ActionKind::Edit, f.reread(raised[0].id));
        adjust.edit.kind = EditKind::AdjustLine;
        adjust.edit.lineNumber = 7;
        adjust.edit.quantity = 2;
        LOCKSTEP_COMPARE_ENUM(f.run(adjust).result.items[0].refusal, Refusal::WrongState); // resolved: reopen first
    }

    void retryOfTotalsComparesBothSidesAgain()
    {
        Fixture f;
        const Order o = order(QStringLiteral("3001"), {QStringLiteral("MUG-WHT")});
        QVERIFY(f.ingest(o).isEmpty());
        // The warehouse holds the order at a value 2.50 short of the storefront's (a fee the mapping dropped).
        WmsOrderState at;
        at.reference = QStringLiteral("woocommerce:3001");
        at.wmsId = QStringLiteral("9001");
        at.number = QStringLiteral("SO-9001");
        at.status = WmsOrderStatus::New;
        at.facility = QStringLiteral("DAL-1");
        at.total = Money::fromMinor(3950, QStringLiteral("EUR"));
        at.firstSeen = f.clock.nowUtc();
        at.updatedAt = f.clock.nowUtc();
        QVERIFY(WmsOrderRepository(f.store.db).upsert(at).ok());
        const ExceptionRecord r = f.raise(QStringLiteral("woocommerce:3001"), ExceptionType::TotalsMismatch);

        // Still different: refused with the breakdown, the attempt counted, the exception left open.
        const Execution still = f.run(f.command(ActionKind::Retry, r));
        QCOMPARE(still.result.items.size(), 1);
        LOCKSTEP_COMPARE_ENUM(still.result.items[0].refusal, Refusal::StillFailing);
        QVERIFY2(
            still.result.items[0].message.contains(QStringLiteral("42.00")), qPrintable(still.result.items[0].message));
        QVERIFY(still.sends.isEmpty());
        QCOMPARE(f.reread(r.id).attempts, r.attempts + 1);
        LOCKSTEP_COMPARE_ENUM(f.reread(r.id).state, ExceptionState::Open);

        // The warehouse corrected its value (read again before the next retry): they agree, and it is resolved.
        at.total = Money::fromMinor(4200, QStringLiteral("EUR"));
        QVERIFY(WmsOrderRepository(f.store.db).upsert(at).ok());
        const Execution agreed = f.run(f.command(ActionKind::Retry, f.reread(r.id)));
        QVERIFY2(agreed.result.ok(), qPrintable(agreed.result.items.value(0).message));
        LOCKSTEP_COMPARE_ENUM(f.reread(r.id).state, ExceptionState::Resolved);
        QCOMPARE(f.audit(r.id).constLast().action, QStringLiteral("exception.retry"));
    }

    void retryOfDriftForgetsThePushSoTheStockJobSendsItAgain()
    {
        Fixture f;
        WmsOrderRepository pushes(f.store.db);
        QVERIFY(
            pushes.recordStockPush(SourceSystem::WooCommerce, QStringLiteral("MUG-WHT"), 12, f.clock.nowUtc()).ok());
        const ExceptionRecord r = f.raise(QStringLiteral("stock:woocommerce:MUG-WHT"), ExceptionType::InventoryDrift);
        const Execution e = f.run(f.command(ActionKind::Retry, r));
        QVERIFY2(e.result.items[0].succeeded, qPrintable(e.result.items[0].message));
        QCOMPARE(e.repushes.size(), 1);
        QCOMPARE(e.repushes[0].sku, QStringLiteral("MUG-WHT"));
        LOCKSTEP_COMPARE_ENUM(e.repushes[0].storefront, SourceSystem::WooCommerce);
        QVERIFY(!pushes.lastStockPush(SourceSystem::WooCommerce, QStringLiteral("MUG-WHT")).value().has_value());
        // A probe needs the engine: the store alone cannot read both systems.
        LOCKSTEP_COMPARE_ENUM(
            f.run(f.command(ActionKind::Probe, f.reread(r.id))).result.items[0].refusal, Refusal::NeedsConfiguration);
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "test_actions.moc"
