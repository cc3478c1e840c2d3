// SPDX-License-Identifier: GPL-3.0-or-later
// The till's side of the intake (OrderIntake::decideTill): store returns become customer returns at the WMS.
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
    qint64 units = 0;
    for (const OrderLine& line : order.lines) {
        if (line.quantity >= 0)
            continue;
        OrderLine back = line;
        back.quantity = -line.quantity;
        units += back.quantity;
        returned.append(back);
    }
    if (returned.isEmpty())
        return Status::success();
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
    if (!wmsLines->missing.isEmpty()) {
        // A till SKU that maps to nothing: the same correction as a storefront's (map it, or add the item).
        rules::MissingItemFacts facts;
        facts.tillReturn = true;
        facts.subject = subject;
        facts.orderId = order.id;
        facts.orderRef = order.number;
        facts.store = order.channel;
        facts.missing = wmsLines->missing;
        facts.firstMissingSku = wmsLines->firstMissingSku;
        facts.facility = facility;
        return raise(rules::missingItems(facts, ruleSettings(m_config), m_clock.nowUtc()), out);
    }

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

    OutboxEntry entry;
    entry.idempotencyKey = customerReturnKey(subject);
    entry.kind = kWmsCreateReturn;
    entry.target = QStringLiteral("wms");
    entry.payload = encodeReturnRequest(request);
    entry.createdAt = m_clock.nowUtc();
    if (auto id = outbox.enqueue(entry); !id.ok())
        return id.error();
    out.queuedReturn = true;
    if (auto st = clearHolds(subject,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Sent to the warehouse at %1"), {Message::literal(facility)}),
            out);
        !st.ok())
        return st;
    return event(order.id,
        SourceSystem::Lockstep,
        QStringLiteral("lockstep.return_queued"),
        Message::plural(QT_TRANSLATE_N_NOOP(
                            "Lockstep", "Return of %n unit(s) queued for the warehouse at %1 as customer return %2"),
            units,
            {Message::literal(facility), Message::literal(request.number)}),
        entry.createdAt);
}

} // namespace lockstep::core::engine
