// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "order_intake.h"
#include "order_judgement.h"
#include "outbox_payloads.h"
#include "rules/exception_catalog.h"
#include "rules/shipment_confirmation.h"
#include "rules/sku_mismatch.h"
#include "rules/stuck_pending.h"
#include "rules/totals_mismatch.h"
#include "rules/unmapped_field.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"
#include "store/shipment_repository.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::engine {

Result<rules::ShipmentFacts> shipmentFacts(store::Database& db, const Shipment& s)
{
    rules::ShipmentFacts f;
    f.orderSubject = SubjectKey::order(s.storefront, s.storefrontOrderId).toString();
    f.shipment = s;
    auto order = store::OrderRepository(db).findByStorefrontId(s.storefront, s.storefrontOrderId);
    if (!order.ok())
        return order.error();
    if (order.value()) {
        f.orderId = order.value()->id;
        f.orderRef = order.value()->number;
    }
    auto message = store::OutboxRepository(db).findByKey(fulfilKey(f.orderSubject, s.wmsShipmentId));
    if (!message.ok())
        return message.error();
    if (message.value()) {
        const store::OutboxState state = message.value()->state;
        f.confirmation = state == store::OutboxState::Sent ? rules::ConfirmationState::Sent
            : state == store::OutboxState::Dead            ? rules::ConfirmationState::GaveUp
                                                           : rules::ConfirmationState::Waiting;
        f.attempts = message.value()->attempts;
        f.lastError = message.value()->lastError;
    }
    return f;
}

namespace {

/// Where a till return's or sale's outbox row stands.
rules::ReturnDelivery deliveryOf(const store::OutboxEntry& entry)
{
    return entry.state == store::OutboxState::Sent ? rules::ReturnDelivery::Created
        : entry.state == store::OutboxState::Dead  ? rules::ReturnDelivery::Refused
                                                   : rules::ReturnDelivery::Waiting;
}

} // namespace

Result<rules::TillReturnFacts> tillReturnFacts(store::Database& db, const store::OutboxEntry& entry)
{
    rules::TillReturnFacts f;
    f.subject = orderSubjectOfKey(entry.idempotencyKey);
    f.returnedAt = entry.createdAt;
    f.delivery = deliveryOf(entry);
    f.attempts = entry.attempts;
    f.lastError = entry.lastError;
    auto request = decodeReturnRequest(entry.payload);
    if (!request.ok())
        return request.error();
    f.returnNumber = request->customerOrderNumber;
    f.facility = request->facility;
    for (const auto& line : std::as_const(request->lines))
        f.units += line.quantity;
    if (const auto order = storedOrderOf(db, f.subject)) {
        f.orderId = order->id;
        f.store = order->channel;
    }
    return f;
}

Result<rules::StoreSaleFacts> storeSaleFacts(store::Database& db, const store::OutboxEntry& entry)
{
    rules::StoreSaleFacts f;
    f.subject = orderSubjectOfKey(entry.idempotencyKey);
    f.returnedAt = entry.createdAt;
    f.delivery = deliveryOf(entry);
    f.attempts = entry.attempts;
    f.lastError = entry.lastError;
    auto sale = decodeStoreSale(entry.payload);
    if (!sale.ok())
        return sale.error();
    f.returnNumber = sale->saleNumber;
    f.store = sale->store;
    f.facility = sale->moves.constFirst().facility;
    f.units = sale->units();
    if (const auto order = storedOrderOf(db, f.subject))
        f.orderId = order->id;
    return f;
}

Sweep::Sweep(EngineContext& context)
    : m_context(context)
    , m_settings(ruleSettings(context.config))
{}

CycleSummary Sweep::run()
{
    m_now = m_context.clock.nowUtc();
    CycleSummary summary;
    // Held orders first, each in the intake's own transaction, so what they send no longer reads as stuck.
    if (auto st = heldOrders(summary); !st.ok())
        summary.problems << QStringLiteral("sweep: ") + st.error().toString();
    for (auto step : {&Sweep::customFields,
             &Sweep::orders,
             &Sweep::shipments,
             &Sweep::bundles,
             &Sweep::tillReturns,
             &Sweep::storeSales}) {
        store::Transaction tx(m_context.db);
        Status st = (this->*step)(summary);
        if (st.ok())
            st = tx.commit();
        if (!st.ok())
            summary.problems << QStringLiteral("sweep: ") + st.error().toString();
    }
    return summary;
}

Status Sweep::resolveRest(
    ExceptionType type, const QString& prefix, const QSet<QString>& raised, const Message& why, CycleSummary& summary)
{
    return resolveOthers(m_context.db, type, prefix, raised, why, m_now, summary);
}

Status Sweep::orders(CycleSummary& summary)
{
    store::OrderRepository orderRepo(m_context.db);
    store::WmsOrderRepository wmsRepo(m_context.db);
    auto open = orderRepo.openSince(m_now.addDays(-std::max(1, m_context.config.backfillDays)));
    if (!open.ok())
        return open.error();
    QSet<QString> stuck;
    QSet<QString> totals;
    // The same judgement a reader makes (judgeStuckPending), over every open order.
    for (const Order& o : open.value()) {
        if (o.storefront == SourceSystem::Pos)
            continue; // handed over at the till: never goes to the warehouse
        auto facts = pendingFacts(m_context.db, o);
        if (!facts.ok())
            return facts.error();
        const rules::PendingOrderFacts& f = facts.value();
        auto wms = wmsRepo.find(f.subject);
        if (!wms.ok())
            return wms.error();
        if (auto r = rules::detectStuckPending(f, m_settings, m_now)) {
            if (auto st = raiseException(m_context.db, *r, summary); !st.ok())
                return st;
            stuck.insert(f.subject);
        }
        if (wms.value()) {
            const rules::TotalsFacts t{f.subject, o.id, o.number, f.facility, o.totals, wms.value()->total};
            if (auto r = rules::detectTotalsMismatch(t, m_settings, m_now)) {
                if (auto st = raiseException(m_context.db, *r, summary); !st.ok())
                    return st;
                totals.insert(f.subject);
            }
        }
    }
    if (auto st = resolveRest(ExceptionType::StuckPending, {}, stuck, stuckPendingSettledReason(), summary); !st.ok())
        return st;
    return resolveRest(ExceptionType::TotalsMismatch,
        {},
        totals,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Storefront and warehouse totals agree")),
        summary);
}

Status Sweep::tillDeliveries(const QString& kind,
    Result<rules::TillReturnFacts> (*factsOf)(store::Database&, const store::OutboxEntry&),
    std::optional<ExceptionRecord> (*detect)(
        const rules::TillReturnFacts&, const rules::RuleSettings&, const QDateTime&),
    ExceptionType type,
    const Message& landed,
    CycleSummary& summary)
{
    constexpr int kLimit = 10000;
    auto unsent = store::OutboxRepository(m_context.db).unsent(kind, kLimit);
    if (!unsent.ok())
        return unsent.error();
    QSet<QString> raised;
    for (const store::OutboxEntry& entry : unsent.value()) {
        auto facts = factsOf(m_context.db, entry);
        if (!facts.ok()) {
            summary.problems << facts.error().toString();
            continue;
        }
        if (auto r = detect(facts.value(), m_settings, m_now)) {
            if (auto st = raiseException(m_context.db, *r, summary); !st.ok())
                return st;
            raised.insert(r->subjectKey);
        }
    }
    if (unsent.value().size() >= kLimit)
        return Status::success(); // not every unsent row was read: resolving the rest could be wrong
    // Any other open one has landed at the warehouse (the dispatcher resolves it as it lands).
    return resolveRest(type, toString(SourceSystem::Pos) + u':', raised, landed, summary);
}

Status Sweep::tillReturns(CycleSummary& summary)
{
    return tillDeliveries(kWmsCreateReturn,
        tillReturnFacts,
        rules::detectTillReturnNotAtWms,
        ExceptionType::TillReturnNotAtWms,
        Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse has the customer return")),
        summary);
}

Status Sweep::storeSales(CycleSummary& summary)
{
    return tillDeliveries(kWmsStoreSale,
        storeSaleFacts,
        rules::detectStoreSaleNotAtWms,
        ExceptionType::StoreSaleNotAtWms,
        Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse has taken the sale off the store's stock")),
        summary);
}

Status Sweep::shipments(CycleSummary& summary)
{
    auto collected = store::ShipmentRepository(m_context.db)
                         .collectedSince(m_now.addDays(-std::max(1, m_context.config.backfillDays)));
    if (!collected.ok())
        return collected.error();
    QSet<QString> missing;
    for (const Shipment& s : collected.value()) {
        auto facts = shipmentFacts(m_context.db, s);
        if (!facts.ok())
            return facts.error();
        if (auto r = rules::detectShipmentConfirmationMissing(facts.value(), m_settings, m_now)) {
            if (auto st = raiseException(m_context.db, *r, summary); !st.ok())
                return st;
            missing.insert(r->subjectKey);
        }
    }
    return resolveRest(ExceptionType::ShipmentConfirmationMissing,
        {},
        missing,
        Message(QT_TRANSLATE_NOOP("Lockstep", "The storefront was told it shipped")),
        summary);
}

Status Sweep::bundles(CycleSummary& summary)
{
    store::CatalogRepository catalog(m_context.db);
    auto items = catalog.searchItems({}, 1000000);
    if (!items.ok())
        return items.error();
    QSet<QString> master;
    for (const Item& i : items.value())
        master.insert(i.sku);
    QList<Item> bundles;
    for (const Item& listed : items.value()) {
        auto item = catalog.findItem(listed.sku);
        if (!item.ok())
            return item.error();
        if (item.value() && item.value()->isBundle())
            bundles.append(*item.value());
    }
    QSet<QString> raised;
    for (const ExceptionRecord& r : rules::detectMissingBundleComponents(bundles, master, m_settings, m_now)) {
        if (auto st = raiseException(m_context.db, r, summary); !st.ok())
            return st;
        raised.insert(r.subjectKey);
    }
    return resolveRest(ExceptionType::SkuMismatch,
        SubjectKey::bundle({}).toString(),
        raised,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Every component is in the item master")),
        summary);
}

Status Sweep::heldOrders(CycleSummary& summary)
{
    store::ExceptionRepository exceptions(m_context.db);
    store::OrderRepository orders(m_context.db);
    OrderIntake intake(m_context.db, m_context.config, m_context.clock);
    for (ExceptionType type : {ExceptionType::SkuMismatch, ExceptionType::FacilityRoutingFailure}) {
        auto open = exceptions.open(type);
        if (!open.ok())
            return open.error();
        for (const ExceptionRecord& r : open.value()) {
            if (r.orderId == 0)
                continue; // about a SKU or a bundle, not an order
            auto order = orders.findById(r.orderId);
            if (!order.ok())
                return order.error();
            if (!order.value())
                continue;
            if (rules::isStorefrontCancelled(order.value()->status)) {
                if (auto st = resolveException(m_context.db,
                        type,
                        r.subjectKey,
                        Message(QT_TRANSLATE_NOOP("Lockstep", "Cancelled in the storefront")),
                        m_context.clock.nowUtc(),
                        summary);
                    !st.ok())
                    return st;
                continue;
            }
            // Taken in again: sends it (and resolves what held it) when the SKU or facility now resolves.
            auto out = intake.ingest(*order.value());
            if (!out.ok())
                return out.error();
            summary.createsQueued += out->queuedCreate ? 1 : 0;
            summary.exceptionsResolved += out->resolvedExceptions;
            summary.changedQueues.unite(out->changedQueues);
        }
    }
    return Status::success();
}

Status Sweep::customFields(CycleSummary& summary)
{
    auto open = store::ExceptionRepository(m_context.db).open(ExceptionType::UnmappedCustomField);
    if (!open.ok())
        return open.error();
    store::OrderRepository orders(m_context.db);
    for (const ExceptionRecord& r : open.value()) {
        auto order = orders.findById(r.orderId);
        if (!order.ok())
            return order.error();
        if (order.value() && !rules::unmappedFields(order.value()->customFields, m_settings.customFieldMap).isEmpty())
            continue;
        if (auto st = resolveException(m_context.db,
                ExceptionType::UnmappedCustomField,
                r.subjectKey,
                Message(QT_TRANSLATE_NOOP("Lockstep", "Every checkout field of the order is mapped")),
                m_now,
                summary);
            !st.ok())
            return st;
    }
    return Status::success();
}

} // namespace lockstep::core::engine
