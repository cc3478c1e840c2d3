// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox_dispatcher.h"

#include "order_judgement.h"
#include "outbox_payloads.h"
#include "rules/cancellation_past_cutoff.h"
#include "rules/exception_catalog.h"
#include "rules/shipment_confirmation.h"
#include "rules/stuck_pending.h"
#include "rules/till_return.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/shipment_repository.h"
#include "store/wms_order_repository.h"
#include "sweep.h"

namespace lockstep::core::engine {

using store::OutboxEntry;

OutboxDispatcher::OutboxDispatcher(EngineContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

qint64 OutboxDispatcher::backoffMSecs(int attempts)
{
    const int exponent = std::clamp(attempts, 0, 7); // 30 s · 2^7 = 64 min
    return std::min<qint64>(30'000LL << exponent, 3'600'000LL);
}

void OutboxDispatcher::run(JobDone done, int limit)
{
    m_summary = {};
    store::OutboxRepository outbox(m_context.db);
    auto due = outbox.due(m_context.clock.nowUtc(), limit);
    if (!due.ok()) {
        m_summary.problems << due.error().toString();
        return done(m_summary);
    }
    m_leftDue = due->size() >= limit;
    send(due.value(), std::move(done));
}

void OutboxDispatcher::drain(JobDone done, int batch)
{
    m_drained = {};
    m_tried.clear();
    drainNext(std::move(done), batch);
}

void OutboxDispatcher::drainNext(JobDone done, int batch)
{
    auto due = store::OutboxRepository(m_context.db).due(m_context.clock.nowUtc(), batch);
    if (!due.ok()) {
        m_drained.problems << due.error().toString();
        return done(m_drained);
    }
    // An entry tried in this drain is not tried again in it, even when its handler left it due (a failed write).
    QList<OutboxEntry> fresh;
    for (const OutboxEntry& e : std::as_const(due.value())) {
        if (!m_tried.contains(e.id)) {
            m_tried.insert(e.id);
            fresh.append(e);
        }
    }
    m_leftDue = due->size() >= batch;
    if (fresh.isEmpty())
        return done(m_drained);
    const bool more = m_leftDue;
    send(std::move(fresh), [this, done = std::move(done), batch, more](CycleSummary s) mutable {
        m_drained.add(s);
        if (!more)
            return done(m_drained);
        QMetaObject::invokeMethod(
            this,
            [this, done = std::move(done), batch]() mutable { drainNext(std::move(done), batch); },
            Qt::QueuedConnection);
    });
}

void OutboxDispatcher::send(QList<OutboxEntry> entries, JobDone done)
{
    m_summary = {};
    m_queue = std::move(entries);
    m_done = std::move(done);
    m_inFlight = 0;
    m_busyOrders.clear();
    pump();
}

void OutboxDispatcher::pump()
{
    // Up to kParallelSends entries at once, never two of one order (its create, cancel and "shipped" stay in order).
    for (qsizetype i = 0; i < m_queue.size() && m_inFlight < kParallelSends;) {
        const QString order = orderSubjectOfKey(m_queue.at(i).idempotencyKey);
        if (m_busyOrders.contains(order)) {
            ++i;
            continue;
        }
        const OutboxEntry entry = m_queue.takeAt(i);
        m_busyOrders.insert(order);
        ++m_inFlight;
        sendOne(entry, [this, order, id = entry.id, attempts = entry.attempts] {
            // An entry its handler left unsettled (a commit that failed) goes back to the queue, looked up first again.
            // If even that cannot be written, the entry stays 'sending' until the engine's next start releases it.
            const QDateTime now = m_context.clock.nowUtc();
            if (auto st = store::OutboxRepository(m_context.db).unclaim(id, now.addMSecs(backoffMSecs(attempts)), now);
                !st.ok())
                m_summary.problems << st.error().toString();
            m_busyOrders.remove(order);
            --m_inFlight;
            // On a fresh event-loop turn: a send that ends at once never deepens the stack.
            QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
        });
    }
    if (m_queue.isEmpty() && m_inFlight == 0 && m_done)
        std::exchange(m_done, nullptr)(m_summary);
}

void OutboxDispatcher::sendOne(const OutboxEntry& entry, Next finished)
{
    // Claimed first, so that nothing (a second engine, a retry beside this job, a stale list) sends it twice.
    auto claimed = store::OutboxRepository(m_context.db)
                       .claim(entry.id, m_context.claimant, m_context.epoch, m_context.clock.nowUtc());
    if (!claimed.ok()) {
        m_summary.problems << claimed.error().toString();
        return finished();
    }
    if (!claimed.value()) {
        ++m_summary.outboxClaimedElsewhere;
        return finished();
    }
    if (entry.kind == kWmsCreateOrder)
        return sendCreate(entry, std::move(finished));
    if (entry.kind == kWmsCancelOrder)
        return sendCancel(entry, std::move(finished));
    if (entry.kind == kStorefrontFulfil)
        return sendFulfil(entry, std::move(finished));
    if (entry.kind == kWmsCreateReturn)
        return sendReturn(entry, std::move(finished));
    if (entry.kind == kWmsStoreSale)
        return sendStoreSale(entry, std::move(finished));
    if (entry.kind == kWmsStoreSaleCheck)
        return checkStoreSale(entry, std::move(finished));
    if (auto st =
            store::OutboxRepository(m_context.db)
                .markDead(entry.id, QStringLiteral("unknown outbox kind ") + entry.kind, m_context.clock.nowUtc());
        !st.ok())
        m_summary.problems << st.error().toString();
    finished();
}

void OutboxDispatcher::failed(const OutboxEntry& entry, const Error& error)
{
    store::OutboxRepository outbox(m_context.db);
    const QDateTime now = m_context.clock.nowUtc();
    m_summary.problems << error.toString();
    const auto report = [this](const Error& e) { m_summary.problems << e.toString(); };
    if (error.code != ErrorCode::Refused && error.code != ErrorCode::Parse) {
        // Not settled when this fails: the entry is still 'sending', and the pump's unclaim makes it due again.
        if (auto st = outbox.markFailed(entry.id, error.toString(), now.addMSecs(backoffMSecs(entry.attempts)), now);
            !st.ok())
            report(st.error());
        return;
    }
    // Refused by the other side: sending it again will not help. A person takes it from here. The entry dies only
    // with its exception raised; if either cannot be written, both roll back and the entry is tried again.
    store::Transaction tx(m_context.db);
    if (auto st = outbox.markDead(entry.id, error.toString(), now); !st.ok())
        return report(st.error());
    // A "shipped" message the storefront refused (e.g. the order was cancelled there and shipped anyway) is not the
    // warehouse's refusal: it is a shipment confirmation the storefront refused, told at once (the sweep keeps it
    // open until the storefront accepts one).
    const Status raised = entry.kind == kStorefrontFulfil ? raiseRefusedShipment(entry, now)
        : entry.kind == kWmsCreateReturn                  ? raiseRefusedReturn(entry, error.message, now)
        : entry.kind == kWmsStoreSale                     ? raiseRefusedSale(entry, error.message, now)
        : entry.kind == kWmsStoreSaleCheck                ? Status::success() // a look refused: nothing more to see
                                                          : raiseRefusedOrder(entry, error.message, now);
    if (!raised.ok())
        return report(raised.error());
    if (auto st = tx.commit(); !st.ok())
        report(st.error());
}

Status OutboxDispatcher::raiseRefusedOrder(const OutboxEntry& entry, const QString& error, const QDateTime& now)
{
    const QString reference = orderSubjectOfKey(entry.idempotencyKey);
    QString number = SubjectKey::parse(reference).orderId();
    const qint64 orderId = storedOrderId(m_context.db, reference, &number);
    ExceptionRecord r = rules::makeException(ExceptionType::StuckPending,
        reference,
        Severity::High,
        Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse refused order %1: %2"),
            {Message::literal(number), Message::literal(error)}),
        Message(QT_TRANSLATE_NOOP("Lockstep", "Correct the order or the mapping the warehouse refused, then retry.")),
        QStringLiteral("wms-refused:") + error.left(60),
        now,
        m_context.config.ownerByExceptionType);
    r.orderId = orderId;
    r.orderRef = number;
    r.payload = entry.payload;
    r.attempts = entry.attempts + 1;
    return raiseException(m_context.db, r, m_summary);
}

Status OutboxDispatcher::raiseRefusedShipment(const OutboxEntry& entry, const QDateTime& now)
{
    const auto payload = decodeFulfil(entry.payload);
    if (!payload.ok())
        return {}; // nothing names the shipment; the sweep reports what the store knows
    auto shipment = store::ShipmentRepository(m_context.db).findByWmsId(payload->update.deliveryKey);
    if (!shipment.ok())
        return shipment.error();
    if (!shipment.value())
        return {};
    auto facts = shipmentFacts(m_context.db, *shipment.value());
    if (!facts.ok())
        return facts.error();
    if (auto r = rules::detectShipmentConfirmationMissing(facts.value(), ruleSettings(m_context.config), now))
        return raiseException(m_context.db, *r, m_summary);
    return {};
}

void OutboxDispatcher::delivered(const OutboxEntry& entry,
    const std::optional<connectors::WmsOrder>& wmsOrder,
    const QString& eventKind,
    const Message& detail)
{
    const QDateTime now = m_context.clock.nowUtc();
    // On any failure the transaction rolls back and the entry stays due: the next attempt looks up first.
    const auto report = [this](const Error& e) { m_summary.problems << e.toString(); };
    store::Transaction tx(m_context.db);
    if (wmsOrder) {
        store::WmsOrderState state = wmsOrderStateOf(*wmsOrder);
        if (!state.updatedAt.isValid())
            state.updatedAt = now;
        state.firstSeen = now;
        if (auto st = store::WmsOrderRepository(m_context.db).upsert(state); !st.ok())
            return report(st.error());
    }
    const QString reference = wmsOrder ? wmsOrder->reference : orderSubjectOfKey(entry.idempotencyKey);
    if (const qint64 orderId = storedOrderId(m_context.db, reference)) {
        const SourceSystem source =
            eventKind.startsWith(QLatin1String("storefront")) ? SourceSystem::Lockstep : SourceSystem::Deposco;
        if (auto id = store::LifecycleRepository(m_context.db)
                          .append(LifecycleEvent::about(orderId, now, source, eventKind, detail));
            !id.ok())
            return report(id.error());
    }
    if (auto st = store::OutboxRepository(m_context.db).markSent(entry.id, now); !st.ok())
        return report(st.error());
    // A create that landed for an order cancelled while the create was in flight: cancel it there too.
    if (entry.kind == kWmsCreateOrder && wmsOrder && storefrontCancelled(reference)) {
        if (auto queued = queueWmsCancel(m_context.db, reference, now); !queued.ok())
            return report(queued.error());
    }
    if (auto st = tx.commit(); !st.ok())
        report(st.error());
}

bool OutboxDispatcher::storefrontCancelled(const QString& reference)
{
    const auto o = storedOrderOf(m_context.db, reference);
    return o && rules::isStorefrontCancelled(o->status);
}

void OutboxDispatcher::withdraw(const OutboxEntry& entry, const QString& reference)
{
    const QDateTime now = m_context.clock.nowUtc();
    const auto report = [this](const Error& e) { m_summary.problems << e.toString(); };
    store::Transaction tx(m_context.db);
    if (auto st = store::OutboxRepository(m_context.db)
                      .markDead(entry.id,
                          QStringLiteral("withdrawn: cancelled in the storefront before it reached the warehouse"),
                          now);
        !st.ok())
        return report(st.error());
    if (const qint64 orderId = storedOrderId(m_context.db, reference)) {
        if (auto id = store::LifecycleRepository(m_context.db)
                          .append(LifecycleEvent::about(orderId,
                              now,
                              SourceSystem::Lockstep,
                              QStringLiteral("lockstep.create_withdrawn"),
                              Message(QT_TRANSLATE_NOOP("Lockstep", "Cancelled before it reached the warehouse"))));
            !id.ok())
            return report(id.error());
    }
    if (auto st = tx.commit(); !st.ok())
        report(st.error());
}

void OutboxDispatcher::sendCreate(const OutboxEntry& entry, Next next)
{
    auto request = decodeCreateRequest(entry.payload);
    if (!request.ok()) {
        failed(entry, request.error());
        return next();
    }
    const connectors::WmsCreateRequest req = request.value();
    // Look first: the order may already be there (a crash after sending, an unknown outcome, a second engine).
    m_context.wms->findOrder(req.key, [this, entry, req, next](Result<std::optional<connectors::WmsOrder>> found) {
        if (!found.ok()) {
            failed(entry, found.error());
            return next();
        }
        if (!found.value() && storefrontCancelled(req.reference)) {
            // Cancelled while its create waited (a failure's backoff): the warehouse never hears of it. A cancel
            // queued meanwhile may already have found nothing to cancel, so sending the create now would ship it.
            withdraw(entry, req.reference);
            return next();
        }
        if (found.value()) {
            ++m_summary.wmsFoundExisting;
            connectors::WmsOrder existing = *found.value();
            existing.reference = req.reference;
            delivered(entry,
                existing,
                QStringLiteral("wms.acknowledged"),
                Message(QT_TRANSLATE_NOOP("Lockstep", "Already at the warehouse as %1 (%2)"),
                    {Message::literal(existing.number), Message::literal(toWmsText(existing.status))}));
            return next();
        }
        m_context.wms->createOrder(req, [this, entry, req, next](Result<connectors::WmsOrder> created) {
            if (!created.ok()) {
                failed(entry, created.error());
                return next();
            }
            ++m_summary.wmsCreated;
            created->reference = req.reference;
            delivered(entry,
                created.value(),
                QStringLiteral("wms.acknowledged"),
                Message(QT_TRANSLATE_NOOP("Lockstep", "Received by the warehouse as %1 at %2"),
                    {Message::literal(created->number), Message::literal(created->facility)}));
            next();
        });
    });
}

void OutboxDispatcher::sendReturn(const OutboxEntry& entry, Next next)
{
    auto request = decodeReturnRequest(entry.payload);
    if (!request.ok()) {
        failed(entry, request.error());
        return next();
    }
    const connectors::WmsReturnRequest req = request.value();
    // Look first, as for orders: a create whose answer was lost, or a crash after sending, is found, not repeated.
    m_context.wms->findCustomerReturn(
        req.number, [this, entry, req, next](Result<std::optional<connectors::WmsCustomerReturn>> found) {
            if (!found.ok()) {
                failed(entry, found.error());
                return next();
            }
            if (found.value()) {
                ++m_summary.wmsFoundExisting;
                returnDelivered(entry, req, *found.value(), true);
                return next();
            }
            m_context.wms->createCustomerReturn(
                req, [this, entry, req, next](Result<connectors::WmsCustomerReturn> created) {
                    if (!created.ok()) {
                        failed(entry, created.error());
                        return next();
                    }
                    ++m_summary.returnsCreated;
                    returnDelivered(entry, req, created.value(), false);
                    next();
                });
        });
}

void OutboxDispatcher::returnDelivered(const OutboxEntry& entry,
    const connectors::WmsReturnRequest& request,
    const connectors::WmsCustomerReturn& atWms,
    bool foundExisting)
{
    const QDateTime now = m_context.clock.nowUtc();
    // On any failure the transaction rolls back and the entry stays due: the next attempt looks up first.
    const auto report = [this](const Error& e) { m_summary.problems << e.toString(); };
    store::Transaction tx(m_context.db);
    const QString number = atWms.number.isEmpty() ? request.number : atWms.number;
    const QString facility = atWms.facility.isEmpty() ? request.facility : atWms.facility;
    if (const qint64 orderId = storedOrderId(m_context.db, request.reference)) {
        const Message detail(foundExisting
                ? QT_TRANSLATE_NOOP("Lockstep", "Already at the warehouse as customer return %1 for %2")
                : QT_TRANSLATE_NOOP("Lockstep", "Received by the warehouse as customer return %1 for %2"),
            {Message::literal(number), Message::literal(facility)});
        if (auto id = store::LifecycleRepository(m_context.db)
                          .append(LifecycleEvent::about(
                              orderId, now, SourceSystem::Deposco, QStringLiteral("wms.return_created"), detail));
            !id.ok())
            return report(id.error());
    }
    if (auto st = store::OutboxRepository(m_context.db).markSent(entry.id, now); !st.ok())
        return report(st.error());
    if (auto st = resolveException(m_context.db,
            ExceptionType::TillReturnNotAtWms,
            request.reference,
            Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse has customer return %1"), {Message::literal(number)}),
            now,
            m_summary);
        !st.ok())
        return report(st.error());
    if (auto st = tx.commit(); !st.ok())
        report(st.error());
}

Status OutboxDispatcher::raiseRefusedReturn(const OutboxEntry& entry, const QString& error, const QDateTime& now)
{
    return raiseRefusedDelivery(tillReturnFacts(m_context.db, entry), error, rules::detectTillReturnNotAtWms, now);
}

Status OutboxDispatcher::raiseRefusedDelivery(Result<rules::TillReturnFacts> facts,
    const QString& error,
    std::optional<ExceptionRecord> (*detect)(
        const rules::TillReturnFacts&, const rules::RuleSettings&, const QDateTime&),
    const QDateTime& now)
{
    if (!facts.ok())
        return facts.error();
    facts->delivery = rules::ReturnDelivery::Refused;
    facts->lastError = error;
    ++facts->attempts;
    if (auto r = detect(facts.value(), ruleSettings(m_context.config), now))
        return raiseException(m_context.db, *r, m_summary);
    return {};
}

void OutboxDispatcher::sendStoreSale(const OutboxEntry& entry, Next next)
{
    auto sale = decodeStoreSale(entry.payload);
    if (!sale.ok()) {
        failed(entry, sale.error());
        return next();
    }
    sendMoves(entry, sale.value(), 0, false, std::move(next));
}

void OutboxDispatcher::sendMoves(const OutboxEntry& entry, StoreSale sale, qsizetype index, bool found, Next next)
{
    if (index >= sale.moves.size()) {
        saleDelivered(entry, sale, found);
        return next();
    }
    const connectors::WmsStockMove move = sale.moves.at(index);
    // Counted first, as an order is looked up: a move whose answer was lost, or sent before a crash, is found and
    // not applied again. The WMS has no duplicate protection for stock moves either.
    m_context.wms->countStockMoves(move, [this, entry, sale, index, found, move, next](Result<int> copies) mutable {
        if (!copies.ok()) {
            failed(entry, copies.error());
            return next();
        }
        if (copies.value() > 0) {
            ++m_summary.wmsFoundExisting;
            return sendMoves(entry, std::move(sale), index + 1, true, std::move(next));
        }
        m_context.wms->applyStockMove(move, [this, entry, sale, index, found, next](Status applied) mutable {
            if (!applied.ok()) {
                failed(entry, applied.error());
                return next();
            }
            ++m_summary.stockMovesSent;
            sendMoves(entry, std::move(sale), index + 1, found, std::move(next));
        });
    });
}

void OutboxDispatcher::saleDelivered(const OutboxEntry& entry, const StoreSale& sale, bool foundExisting)
{
    const QDateTime now = m_context.clock.nowUtc();
    const auto report = [this](const Error& e) { m_summary.problems << e.toString(); };
    store::Transaction tx(m_context.db);
    const QString facility = sale.moves.constFirst().facility;
    if (const qint64 orderId = storedOrderId(m_context.db, sale.reference)) {
        const Message detail(foundExisting
                ? QT_TRANSLATE_NOOP("Lockstep", "Already off the stock of %1 at the warehouse")
                : QT_TRANSLATE_NOOP("Lockstep", "Taken off the stock of %1 at the warehouse"),
            {Message::literal(facility)});
        if (auto id = store::LifecycleRepository(m_context.db)
                          .append(LifecycleEvent::about(
                              orderId, now, SourceSystem::Deposco, QStringLiteral("wms.stock_moved"), detail));
            !id.ok())
            return report(id.error());
    }
    store::OutboxRepository outbox(m_context.db);
    if (auto st = outbox.markSent(entry.id, now); !st.ok())
        return report(st.error());
    // A while later the WMS is asked how often it holds each move: a proxy or a second integration replaying one
    // shows then. Queued once per sale; a retried sale's look waits where it is.
    auto check = outbox.findByKey(storeSaleCheckKey(sale.reference));
    if (!check.ok())
        return report(check.error());
    if (!check.value()) {
        store::OutboxEntry look;
        look.idempotencyKey = storeSaleCheckKey(sale.reference);
        look.kind = kWmsStoreSaleCheck;
        look.target = QStringLiteral("wms");
        look.payload = entry.payload;
        look.createdAt = now;
        look.nextAttemptAt = now.addSecs(m_context.config.schedules.stockMoveCheckSeconds);
        if (auto id = outbox.enqueue(look); !id.ok())
            return report(id.error());
    }
    if (auto st = resolveException(m_context.db,
            ExceptionType::StoreSaleNotAtWms,
            sale.reference,
            Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse has taken the sale off the store's stock")),
            now,
            m_summary);
        !st.ok())
        return report(st.error());
    if (auto st = tx.commit(); !st.ok())
        report(st.error());
}

void OutboxDispatcher::checkStoreSale(const OutboxEntry& entry, Next next)
{
    auto sale = decodeStoreSale(entry.payload);
    if (!sale.ok()) {
        failed(entry, sale.error());
        return next();
    }
    countMoves(entry, sale.value(), 0, {}, std::move(next));
}

void OutboxDispatcher::countMoves(
    const OutboxEntry& entry, StoreSale sale, qsizetype index, QList<int> copies, Next next)
{
    if (index >= sale.moves.size()) {
        saleChecked(entry, sale, copies);
        return next();
    }
    m_context.wms->countStockMoves(
        sale.moves.at(index), [this, entry, sale, index, copies, next](Result<int> counted) mutable {
            if (!counted.ok()) {
                failed(entry, counted.error());
                return next();
            }
            copies.append(counted.value());
            countMoves(entry, std::move(sale), index + 1, std::move(copies), std::move(next));
        });
}

void OutboxDispatcher::saleChecked(const OutboxEntry& entry, const StoreSale& sale, const QList<int>& copies)
{
    const QDateTime now = m_context.clock.nowUtc();
    const auto report = [this](const Error& e) { m_summary.problems << e.toString(); };
    store::Transaction tx(m_context.db);
    const auto order = storedOrderOf(m_context.db, sale.reference);
    for (qsizetype i = 0; i < sale.moves.size(); ++i) {
        if (copies.value(i) <= 1)
            continue;
        const connectors::WmsStockMove& move = sale.moves.at(i);
        rules::StockMovedTwiceFacts facts;
        facts.subject = sale.reference;
        facts.orderId = order ? order->id : 0;
        facts.saleNumber = sale.saleNumber;
        facts.store = sale.store;
        facts.facility = move.facility;
        facts.sku = move.sku;
        facts.units = move.quantity;
        facts.copies = copies.value(i);
        if (auto st = raiseException(
                m_context.db, rules::stockMovedTwice(facts, ruleSettings(m_context.config), now), m_summary);
            !st.ok())
            return report(st.error());
        break; // one exception per sale: its first doubled line names the cause
    }
    if (auto st = store::OutboxRepository(m_context.db).markSent(entry.id, now); !st.ok())
        return report(st.error());
    if (auto st = tx.commit(); !st.ok())
        report(st.error());
}

Status OutboxDispatcher::raiseRefusedSale(const OutboxEntry& entry, const QString& error, const QDateTime& now)
{
    return raiseRefusedDelivery(storeSaleFacts(m_context.db, entry), error, rules::detectStoreSaleNotAtWms, now);
}

void OutboxDispatcher::sendCancel(const OutboxEntry& entry, Next next)
{
    const QString reference = orderSubjectOfKey(entry.idempotencyKey);
    const auto storefrontOrder = storedOrderOf(m_context.db, reference);
    if (!storefrontOrder) {
        failed(
            entry, makeError(ErrorCode::NotFound, QStringLiteral("the cancelled order is not in Lockstep"), reference));
        return next();
    }
    const connectors::WmsOrderKey key{storefrontOrder->number, toString(storefrontOrder->storefront)};
    m_context.wms->findOrder(key, [this, entry, reference, next](Result<std::optional<connectors::WmsOrder>> found) {
        if (!found.ok()) {
            failed(entry, found.error());
            return next();
        }
        std::optional<connectors::WmsOrder> current = found.value();
        if (current)
            current->reference = reference;
        if (!current || current->status == WmsOrderStatus::Canceled) {
            delivered(entry,
                current,
                QStringLiteral("wms.canceled"),
                Message(QT_TRANSLATE_NOOP("Lockstep", "Nothing left to cancel at the warehouse")));
            return next();
        }
        const connectors::WmsOrder order = *current;
        m_context.wms->cancelOrder(
            order, [this, entry, reference, order, next](Result<connectors::CancelOutcome> outcome) {
                if (!outcome.ok()) {
                    failed(entry, outcome.error());
                    return next();
                }
                const QDateTime now = m_context.clock.nowUtc();
                if (outcome.value() == connectors::CancelOutcome::Canceled) {
                    ++m_summary.cancelsSent;
                    connectors::WmsOrder canceled = order;
                    canceled.status = WmsOrderStatus::Canceled;
                    delivered(entry,
                        canceled,
                        QStringLiteral("wms.canceled"),
                        Message(QT_TRANSLATE_NOOP("Lockstep", "Cancelled at the warehouse")));
                    return next();
                }
                // Past the cutoff: the warehouse keeps (part of) the order. A person must act; nothing is dropped.
                rules::LateCancellationFacts facts;
                facts.subject = reference;
                facts.orderId = storedOrderId(m_context.db, reference);
                facts.orderRef = SubjectKey::parse(reference).orderId();
                facts.status = order.status;
                facts.facility = order.facility;
                facts.partial = outcome.value() == connectors::CancelOutcome::PartiallyCanceled;
                const ExceptionRecord r = rules::cancellationPastCutoff(facts, ruleSettings(m_context.config), now);
                // The cancel dies only with its exception raised; on a failed write both roll back, the pump's
                // unclaim makes the cancel due again, and its next attempt asks the warehouse first.
                const auto report = [this](const Error& e) { m_summary.problems << e.toString(); };
                store::Transaction tx(m_context.db);
                if (auto st = raiseException(m_context.db, r, m_summary); !st.ok())
                    report(st.error());
                else if (auto dead = store::OutboxRepository(m_context.db).markDead(entry.id, r.reason, now);
                         !dead.ok())
                    report(dead.error());
                else if (auto committed = tx.commit(); !committed.ok())
                    report(committed.error());
                next();
            });
    });
}

void OutboxDispatcher::sendFulfil(const OutboxEntry& entry, Next next)
{
    auto payload = decodeFulfil(entry.payload);
    if (!payload.ok()) {
        failed(entry, payload.error());
        return next();
    }
    connectors::StorefrontConnector* storefront = m_context.storefront(payload->storefront);
    if (!storefront) {
        failed(
            entry, makeError(ErrorCode::Refused, QStringLiteral("no connector for ") + toString(payload->storefront)));
        return next();
    }
    FulfilPayload p = payload.value();
    const auto order =
        storedOrderOf(m_context.db, SubjectKey::order(p.storefront, p.update.storefrontOrderId).toString());
    p.update.orderCancelled = order && rules::isStorefrontCancelled(order->status);
    storefront->markFulfilled(p.update, [this, entry, p, next](Status st) {
        if (!st.ok()) {
            failed(entry, st.error());
            return next();
        }
        ++m_summary.fulfilmentsSent;
        const QString subject =
            SubjectKey::shipment(p.storefront, p.update.storefrontOrderId, p.update.deliveryKey).toString();
        // Left open when this fails: the sweep resolves it once it reads the shipment as told.
        if (auto resolved = resolveException(m_context.db,
                ExceptionType::ShipmentConfirmationMissing,
                subject,
                Message(QT_TRANSLATE_NOOP("Lockstep", "The storefront now knows it shipped")),
                m_context.clock.nowUtc(),
                m_summary);
            !resolved.ok())
            m_summary.problems << resolved.error().toString();
        delivered(entry,
            std::nullopt,
            QStringLiteral("storefront.told_shipped"),
            Message(QT_TRANSLATE_NOOP("Lockstep", "Customer told: shipped with %1, tracking %2"),
                {Message::literal(p.update.carrier), Message::literal(p.update.trackingNumber)}));
        next();
    });
}

} // namespace lockstep::core::engine
