// SPDX-License-Identifier: GPL-3.0-or-later
#include "order_intake.h"

#include "engine_context.h"
#include "order_judgement.h"
#include "outbox_payloads.h"
#include "rules/exception_catalog.h"
#include "rules/facility_routing.h"
#include "rules/order_values.h"
#include "rules/sku_mismatch.h"
#include "rules/unmapped_field.h"
#include "store/action_repository.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"

namespace lockstep::core::engine {

using namespace store;

namespace {

bool isCancelledStatus(const QString& status)
{
    return status.compare(QLatin1String("cancelled"), Qt::CaseInsensitive) == 0
        || status.compare(QLatin1String("canceled"), Qt::CaseInsensitive) == 0;
}

/// WooCommerce reads a line's SKU from the product at response time, so an edited or deleted
/// product changes old orders. Keep the SKU as first seen.
void keepFirstSeenSkus(Order& order, const Order& before)
{
    for (OrderLine& line : order.lines) {
        for (const OrderLine& old : before.lines) {
            const bool same = !line.storefrontLineId.isEmpty() ? old.storefrontLineId == line.storefrontLineId
                                                               : old.lineNumber == line.lineNumber;
            if (same && !old.sku.isEmpty())
                line.sku = old.sku;
        }
    }
}

} // namespace

Result<WmsLines> toWmsLines(
    Database& db, SourceSystem storefront, const QList<OrderLine>& lines, const QString& currency)
{
    CatalogRepository catalog(db);
    WmsLines out;
    int lineNumber = 0;
    const auto unknown = [&](const QString& text, const QString& sku) {
        out.missing << text;
        if (out.firstMissingSku.isEmpty())
            out.firstMissingSku = sku;
    };
    for (const OrderLine& line : lines) {
        if (line.sku.isEmpty()) {
            out.missing << QStringLiteral("(line %1 \"%2\" has no SKU)").arg(line.lineNumber).arg(line.name);
            continue;
        }
        auto wmsSku = catalog.resolveSku(storefront, line.sku);
        if (!wmsSku.ok())
            return wmsSku.error();
        auto item = catalog.findItem(wmsSku.value());
        if (!item.ok())
            return item.error();
        if (!item.value()) {
            unknown(line.sku, line.sku);
            continue;
        }
        if (!item.value()->isBundle()) {
            out.lines.append({++lineNumber, wmsSku.value(), line.quantity, line.unitPrice});
            continue;
        }
        for (const BundleComponent& c : item.value()->components) {
            auto component = catalog.findItem(c.sku);
            if (!component.ok())
                return component.error();
            if (!component.value())
                unknown(QStringLiteral("%1 (component of bundle %2)").arg(c.sku, wmsSku.value()), c.sku);
            out.lines.append(
                {++lineNumber, c.sku, static_cast<qint64>(c.quantity) * line.quantity, Money::zero(currency)});
        }
    }
    return out;
}

OrderIntake::OrderIntake(Database& db, const Config& config, const Clock& clock)
    : m_db(db)
    , m_config(config)
    , m_clock(clock)
{}

Result<IntakeOutcome> OrderIntake::ingest(const Order& incoming)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    OrderRepository orders(m_db);
    auto existing = orders.findByStorefrontId(incoming.storefront, incoming.storefrontId);
    if (!existing.ok())
        return existing.error();

    Order order = incoming;
    if (existing.value())
        keepFirstSeenSkus(order, *existing.value());
    auto id = orders.upsert(order);
    if (!id.ok())
        return id.error();
    order.id = id.value();

    IntakeOutcome out;
    out.orderId = order.id;
    out.created = !existing.value().has_value();
    const QDateTime now = m_clock.nowUtc();
    const auto at = [&](const QDateTime& t) { return reportedNoLaterThan(t, now); };

    if (out.created) {
        if (auto st = event(order.id,
                order.storefront,
                QStringLiteral("storefront.placed"),
                Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 placed: %2 %3"),
                    {Message::literal(order.number),
                        Message::literal(order.totals.total.toDecimalString()),
                        Message::literal(order.currency)}),
                at(order.createdAt));
            !st.ok())
            return st.error();
    }
    const bool nowPaid = order.paymentState == PaymentState::Paid;
    const bool wasPaid = existing.value() && existing.value()->paymentState == PaymentState::Paid;
    if (nowPaid && !wasPaid) {
        if (auto st = event(order.id,
                order.storefront,
                QStringLiteral("storefront.paid"),
                Message(QT_TRANSLATE_NOOP("Lockstep", "Payment confirmed")),
                at(order.paidAt));
            !st.ok())
            return st.error();
    }
    if (existing.value() && existing.value()->status != order.status) {
        if (auto st = event(order.id,
                order.storefront,
                QStringLiteral("storefront.status"),
                Message(QT_TRANSLATE_NOOP("Lockstep", "Status changed from %1 to %2"),
                    {Message::literal(existing.value()->status), Message::literal(order.status)}),
                at(order.modifiedAt));
            !st.ok())
            return st.error();
    }

    if (auto st = order.storefront == SourceSystem::Pos ? decideTill(order, out) : decideWms(order, out); !st.ok())
        return st.error();
    // Paid, closed or cancelled in the storefront: a stuck-pending exception clears now, not at the next sweep.
    CycleSummary cleared;
    if (auto st = clearStuckPendingIfSettled(m_db, order, ruleSettings(m_config), now, cleared); !st.ok())
        return st.error();
    out.resolvedExceptions += cleared.exceptionsResolved;
    out.changedQueues.unite(cleared.changedQueues);
    if (auto st = tx.commit(); !st.ok())
        return st.error();
    return out;
}

Status OrderIntake::decideWms(const Order& order, IntakeOutcome& out)
{
    OutboxRepository outbox(m_db);
    const QString subject = SubjectKey::order(order.storefront, order.storefrontId).toString();
    const QDateTime now = m_clock.nowUtc();
    auto queued = outbox.findByKey(createOrderKey(subject));
    if (!queued.ok())
        return queued.error();

    if (isCancelledStatus(order.status)) {
        if (!queued.value())
            return Status::success(); // never went to the warehouse: nothing to undo
        const OutboxEntry& create = *queued.value();
        if (create.state == OutboxState::Pending && create.attempts == 0) {
            // Not yet sent, so it never will be: the warehouse never hears of it.
            if (auto st = outbox.markDead(
                    create.id, QStringLiteral("withdrawn: cancelled in the storefront before it was sent"), now);
                !st.ok())
                return st;
            out.withdrawnCreate = true;
            return event(order.id,
                SourceSystem::Lockstep,
                QStringLiteral("lockstep.create_withdrawn"),
                Message(QT_TRANSLATE_NOOP("Lockstep", "Cancelled before it reached the warehouse")),
                now);
        }
        auto cancel = outbox.findByKey(cancelOrderKey(subject));
        if (!cancel.ok())
            return cancel.error();
        if (cancel.value())
            return Status::success(); // decided by an earlier delivery of the same change
        auto queuedNow = queueWmsCancel(m_db, subject, now);
        if (!queuedNow.ok())
            return queuedNow.error();
        out.queuedCancel = true;
        return event(order.id,
            SourceSystem::Lockstep,
            QStringLiteral("lockstep.cancel_queued"),
            Message(QT_TRANSLATE_NOOP("Lockstep", "Cancellation queued for the warehouse")),
            now);
    }

    if (order.paymentState != PaymentState::Paid || queued.value())
        return Status::success(); // payment gating; and a decision once made is never made twice

    const auto base = [&](ExceptionType type,
                          Severity severity,
                          const Message& reason,
                          const Message& action,
                          const QString& signature) {
        return exceptionAbout(order, type, severity, reason, action, signature);
    };

    // Values no warehouse order may carry (a quantity of -5, a negative price) hold the order for a person: sent,
    // they would reach the warehouse as they are. A corrected order taken in again goes on, and this clears.
    // Lines a person chose to send the order without (a gift card, a line with impossible values) count for nothing.
    ActionRepository edits(m_db);
    auto leftOut = edits.linesLeftOut(order.id);
    if (!leftOut.ok())
        return leftOut.error();
    Order sent = order;
    sent.lines.removeIf([&](const OrderLine& line) { return !line.sku.isEmpty() && leftOut->contains(line.sku); });
    if (const QList<rules::InvalidOrderValue> invalid = rules::invalidOrderValues(sent); !invalid.isEmpty()) {
        QList<Message> found;
        for (const rules::InvalidOrderValue& v : invalid)
            found << v.describe();
        ExceptionRecord r = base(ExceptionType::SkuMismatch,
            Severity::High,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 cannot go to the warehouse: %2."),
                {Message::literal(order.number), Message::list(found)}),
            Message(QT_TRANSLATE_NOOP("Lockstep",
                "Correct the order in the storefront (quantities above zero, no "
                "negative amounts); it is taken in again and sent once it changes.")),
            rules::invalidValuesSignature(invalid.constFirst()));
        r.sku = invalid.constFirst().sku;
        return raise(r, out);
    }

    auto routed = facilityFor(order);
    if (!routed.ok())
        return routed.error();
    const QString facility = routed.value();
    if (facility.isEmpty()) {
        // A channel mapped to no facility on purpose (a person routes its orders), or one no mapping names.
        rules::RoutingFacts facts;
        facts.subject = subject;
        facts.orderId = order.id;
        facts.orderRef = order.number;
        facts.channel = order.channel;
        facts.mappedToNothing = m_config.facilityByChannel.contains(order.channel);
        return raise(rules::facilityRoutingFailure(facts, ruleSettings(m_config), now), out);
    }

    connectors::WmsCreateRequest request;
    request.reference = subject;
    request.key = {order.number, toString(order.storefront)};
    request.number = order.number;
    request.facility = facility;
    request.currency = order.currency;
    request.total = order.totals.total;
    request.shipToName = order.customerName;
    request.shipToCountry = order.shipToCountry;
    request.shipTo = order.shipTo;
    QStringList sentWithout;
    for (const OrderLine& line : order.lines) {
        if (!line.sku.isEmpty() && leftOut->contains(line.sku))
            sentWithout << QStringLiteral("%1 × %2").arg(line.quantity).arg(line.sku);
    }
    auto wmsLines = toWmsLines(m_db, order.storefront, sent.lines, order.currency);
    if (!wmsLines.ok())
        return wmsLines.error();
    request.lines = wmsLines->lines;
    if (!wmsLines->missing.isEmpty()) {
        rules::MissingItemFacts facts;
        facts.subject = subject;
        facts.orderId = order.id;
        facts.orderRef = order.number;
        facts.missing = wmsLines->missing;
        facts.firstMissingSku = wmsLines->firstMissingSku; // empty when every unknown line simply has no SKU
        facts.facility = facility;
        return raise(rules::missingItems(facts, ruleSettings(m_config), now), out);
    }

    auto personMapped = edits.customFieldMappings();
    if (!personMapped.ok())
        return personMapped.error();
    // The configuration's mappings first, then the ones people made in the console.
    QHash<QString, QString> fieldMap = personMapped.value();
    for (auto it = m_config.customFieldMap.cbegin(); it != m_config.customFieldMap.cend(); ++it)
        fieldMap.insert(it.key(), it.value());
    const QStringList unmapped = rules::unmappedFields(order.customFields, fieldMap);
    for (const CustomField& f : order.customFields) {
        if (fieldMap.contains(f.key))
            request.customFields.insert(fieldMap.value(f.key), f.value);
    }
    if (!unmapped.isEmpty()) {
        // The order still ships; the warehouse just will not see these fields until they are mapped.
        ExceptionRecord r = base(ExceptionType::UnmappedCustomField,
            Severity::Medium,
            Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Order %1 has checkout fields with no WMS mapping: %2. The warehouse "
                        "will not see them."),
                {Message::literal(order.number), Message::literal(unmapped.join(QStringLiteral(", ")))}),
            Message(QT_TRANSLATE_NOOP("Lockstep",
                "Map the field to a WMS field in Settings; orders already sent keep "
                "their values in Lockstep.")),
            QStringLiteral("unmapped-field:") + unmapped.constFirst());
        r.facility = facility;
        if (auto st = raise(r, out); !st.ok())
            return st;
    }

    OutboxEntry create;
    create.idempotencyKey = createOrderKey(subject);
    create.kind = kWmsCreateOrder;
    create.target = QStringLiteral("wms");
    create.payload = encodeCreateRequest(request);
    create.createdAt = now;
    auto id = outbox.enqueue(create);
    if (!id.ok())
        return id.error();
    out.queuedCreate = true;
    // Whatever held the order before (an unknown SKU, no facility) has cleared.
    if (auto st = clearHolds(subject,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Sent to the warehouse at %1"), {Message::literal(facility)}),
            out);
        !st.ok())
        return st;
    return event(order.id,
        SourceSystem::Lockstep,
        QStringLiteral("lockstep.queued_for_wms"),
        sentWithout.isEmpty()
            ? Message(QT_TRANSLATE_NOOP("Lockstep", "Queued for the warehouse at %1"), {Message::literal(facility)})
            : Message(QT_TRANSLATE_NOOP("Lockstep", "Queued for the warehouse at %1 without %2, as a person chose"),
                {Message::literal(facility), Message::literal(sentWithout.join(QStringLiteral(", ")))}),
        now);
}

ExceptionRecord OrderIntake::exceptionAbout(const Order& order,
    ExceptionType type,
    Severity severity,
    const Message& reason,
    const Message& action,
    const QString& signature) const
{
    ExceptionRecord r = rules::makeException(type,
        SubjectKey::order(order.storefront, order.storefrontId).toString(),
        severity,
        reason,
        action,
        signature,
        m_clock.nowUtc(),
        m_config.ownerByExceptionType);
    r.orderRef = order.number;
    r.orderId = order.id;
    return r;
}

Result<QString> OrderIntake::facilityFor(const Order& order)
{
    // A facility a person chose for this order (an Edit) comes before the routing table.
    auto chosen = ActionRepository(m_db).facilityOverride(order.id);
    if (!chosen.ok())
        return chosen.error();
    return !chosen->isEmpty() ? chosen.value()
                              : m_config.facilityByChannel.value(order.channel, m_config.defaultFacility);
}

Status OrderIntake::clearHolds(const QString& subject, const Message& why, IntakeOutcome& out)
{
    CycleSummary counted;
    for (ExceptionType held : {ExceptionType::SkuMismatch, ExceptionType::FacilityRoutingFailure}) {
        if (auto st = resolveException(m_db, held, subject, why, m_clock.nowUtc(), counted); !st.ok())
            return st;
    }
    out.resolvedExceptions += counted.exceptionsResolved;
    out.changedQueues.unite(counted.changedQueues);
    return Status::success();
}

Status OrderIntake::raise(ExceptionRecord record, IntakeOutcome& out)
{
    CycleSummary counted;
    if (auto st = raiseException(m_db, record, counted); !st.ok())
        return st;
    out.raised.append(record);
    out.newExceptions += counted.exceptionsRaised;
    out.changedQueues.unite(counted.changedQueues);
    return Status::success();
}

Status OrderIntake::event(
    qint64 orderId, SourceSystem source, const QString& kind, const Message& detail, const QDateTime& at)
{
    LifecycleRepository events(m_db);
    auto id = events.append(LifecycleEvent::about(orderId, at, source, kind, detail));
    return id.ok() ? Status::success() : Status(id.error());
}

} // namespace lockstep::core::engine
