// SPDX-License-Identifier: GPL-3.0-or-later
// The till's side of the intake (OrderIntake::decideTill): store returns become customer returns at the WMS, and a
// store's sales leave its facility's stock at the WMS when the store is mapped to a facility of its own.
#include "connectors/deposco/deposco_connector.h"
#include "connectors/pos/square_parser.h"
#include "order_intake.h"
#include "order_judgement.h"
#include "outbox_payloads.h"
#include "rules/facility_routing.h"
#include "rules/sku_mismatch.h"
#include "store/outbox_repository.h"

namespace lockstep::core::engine {

using namespace store;

Status OrderIntake::decideTill(const Order& order, IntakeOutcome& out)
{
    // A sale was handed over at the till. A return's lines carry negative quantities (an exchange holds both).
    QList<OrderLine> returned;
    QList<OrderLine> sold;
    for (const OrderLine& line : order.lines) {
        if (line.quantity > 0)
            sold.append(line);
        if (line.quantity >= 0)
            continue;
        OrderLine back = line;
        back.quantity = -line.quantity;
        returned.append(back);
    }
    if (!returned.isEmpty()) {
        if (auto st = decideTillReturn(order, returned, out); !st.ok())
            return st;
    }
    if (!sold.isEmpty())
        return decideTillSale(order, sold, out);
    return Status::success();
}

Status OrderIntake::holdForMissingItems(const Order& order,
    const QString& subject,
    const WmsLines& lines,
    const QString& facility,
    bool sale,
    IntakeOutcome& out)
{
    // A till SKU that maps to nothing: the same correction as a storefront's (map it, or add the item).
    rules::MissingItemFacts facts;
    facts.tillSale = sale;
    facts.tillReturn = !sale;
    facts.subject = subject;
    facts.orderId = order.id;
    facts.orderRef = order.number;
    facts.store = order.channel;
    facts.missing = lines.missing;
    facts.firstMissingSku = lines.firstMissingSku;
    facts.facility = facility;
    return raise(rules::missingItems(facts, ruleSettings(m_config), m_clock.nowUtc()), out);
}

Status OrderIntake::queueForWarehouse(const QString& key,
    const QString& kind,
    const QString& payload,
    const QString& subject,
    const QString& facility,
    IntakeOutcome& out)
{
    OutboxEntry entry;
    entry.idempotencyKey = key;
    entry.kind = kind;
    entry.target = QStringLiteral("wms");
    entry.payload = payload;
    entry.createdAt = m_clock.nowUtc();
    if (auto id = OutboxRepository(m_db).enqueue(entry); !id.ok())
        return id.error();
    return clearHolds(subject,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Sent to the warehouse at %1"), {Message::literal(facility)}),
        out);
}

Status OrderIntake::decideTillSale(const Order& order, const QList<OrderLine>& sold, IntakeOutcome& out)
{
    // Only when the stores' stock lives at the WMS, and for a store the routing names; else a sale stays at its till.
    const QString facility = m_config.pos.stockAtWms ? m_config.facilityByChannel.value(order.channel) : QString();
    if (facility.isEmpty())
        return Status::success();
    const QString subject = SubjectKey::order(order.storefront, order.storefrontId).toString();
    OutboxRepository outbox(m_db);
    auto queued = outbox.findByKey(storeSaleKey(subject));
    if (!queued.ok())
        return queued.error();
    if (queued.value())
        return Status::success(); // decided once: a re-read of the sale never moves the stock twice
    auto wmsLines = toWmsLines(m_db, order.storefront, sold, order.currency);
    if (!wmsLines.ok())
        return wmsLines.error();
    if (!wmsLines->missing.isEmpty())
        return holdForMissingItems(order, subject, wmsLines.value(), facility, true, out);
    const QDateTime now = m_clock.nowUtc();
    StoreSale sale;
    sale.reference = subject;
    sale.saleNumber = order.number;
    sale.store = order.channel;
    for (const auto& line : std::as_const(wmsLines->lines)) {
        connectors::WmsStockMove move;
        move.transaction = subject + u'#' + QString::number(line.lineNumber);
        move.facility = facility;
        move.location = m_config.wms.storeLocation;
        move.sku = line.sku;
        move.quantity = line.quantity;
        move.queuedAt = now;
        sale.moves.append(move);
    }
    if (auto st =
            queueForWarehouse(storeSaleKey(subject), kWmsStoreSale, encodeStoreSale(sale), subject, facility, out);
        !st.ok())
        return st;
    out.queuedSale = true;
    return event(order.id,
        SourceSystem::Lockstep,
        QStringLiteral("lockstep.sale_queued"),
        Message::plural(
            QT_TRANSLATE_N_NOOP("Lockstep", "Sale of %n unit(s) queued to leave the stock of %1 at the warehouse"),
            sale.units(),
            {Message::literal(facility)}),
        now);
}

Status OrderIntake::decideTillReturn(const Order& order, const QList<OrderLine>& returned, IntakeOutcome& out)
{
    qint64 units = 0;
    for (const OrderLine& line : returned)
        units += line.quantity;
    const QString subject = SubjectKey::order(order.storefront, order.storefrontId).toString();
    OutboxRepository outbox(m_db);
    auto queued = outbox.findByKey(customerReturnKey(subject));
    if (!queued.ok())
        return queued.error();
    if (queued.value())
        return Status::success(); // decided once: a re-read of the return never tells the WMS twice

    auto routed = facilityFor(order);
    if (!routed.ok())
        return routed.error();
    const QString facility = routed.value();
    if (facility.isEmpty()) {
        rules::RoutingFacts facts;
        facts.kind = rules::RoutingFacts::Kind::TillReturn;
        facts.subject = subject;
        facts.orderId = order.id;
        facts.orderRef = order.number;
        facts.channel = order.channel;
        return raise(rules::facilityRoutingFailure(facts, ruleSettings(m_config), m_clock.nowUtc()), out);
    }
    auto wmsLines = toWmsLines(m_db, order.storefront, returned, order.currency);
    if (!wmsLines.ok())
        return wmsLines.error();
    if (!wmsLines->missing.isEmpty())
        return holdForMissingItems(order, subject, wmsLines.value(), facility, false, out);

    connectors::WmsReturnRequest request;
    request.reference = subject;
    request.origin = toString(order.storefront);
    // Numbered as the till's orders would be at the WMS: the configured prefix, else the connector's default.
    request.number = (m_config.pos.hasWmsOrderPrefix ? m_config.pos.wmsOrderPrefix
                                                     : connectors::deposco::defaultOrderPrefix(request.origin))
        + order.storefrontId;
    request.customerOrderNumber = order.number;
    for (const CustomField& f : order.customFields) {
        if (f.key == QLatin1String(connectors::pos::kSourceOrderField))
            request.relatedOrderNumber = f.value;
    }
    request.facility = facility;
    for (const auto& line : std::as_const(wmsLines->lines))
        request.lines.append({line.lineNumber, line.sku, line.quantity});

    const QDateTime queuedAt = m_clock.nowUtc();
    if (auto st = queueForWarehouse(
            customerReturnKey(subject), kWmsCreateReturn, encodeReturnRequest(request), subject, facility, out);
        !st.ok())
        return st;
    out.queuedReturn = true;
    return event(order.id,
        SourceSystem::Lockstep,
        QStringLiteral("lockstep.return_queued"),
        Message::plural(QT_TRANSLATE_N_NOOP(
                            "Lockstep", "Return of %n unit(s) queued for the warehouse at %1 as customer return %2"),
            units,
            {Message::literal(facility), Message::literal(request.number)}),
        queuedAt);
}

} // namespace lockstep::core::engine
