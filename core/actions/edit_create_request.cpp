// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "engine/outbox_payloads.h"
#include "store/action_repository.h"
#include "store/outbox_repository.h"

namespace lockstep::core::actions {

ItemOutcome rewriteCreate(ActionContext& ctx, const ExceptionRecord& record)
{
    const EditSpec& spec = ctx.command.edit;
    const auto loaded = orderFor(ctx.db, record);
    if (const auto* refusal = std::get_if<ItemOutcome>(&loaded))
        return *refusal;
    const Order order = std::get<Order>(loaded);
    store::OutboxRepository outbox(ctx.db);
    auto entry = outbox.findByKey(engine::createOrderKey(record.subjectKey));
    if (!entry.ok())
        return storeError(record.id, entry.error());
    if (entry.value() && entry.value()->state == store::OutboxState::Sent)
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Order %1 is already at the warehouse; change it there (or cancel it and send it again)."),
                {Message::of(order.number)}),
            record.version);

    const bool facility = spec.kind == EditKind::ChooseFacility;
    if (facility && spec.facility.trimmed().isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Choose a facility.")),
            record.version);
    if (!facility && !entry.value())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Order %1 has no warehouse order waiting to be sent, so there is no line to adjust."),
                {Message::of(order.number)}),
            record.version);

    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    QString before;
    QString after;
    Message described;
    if (facility) {
        store::ActionRepository kept(ctx.db);
        auto old = kept.facilityOverride(order.id);
        if (!old.ok())
            return storeError(record.id, old.error());
        before = compactJson({{QStringLiteral("facility"), old->isEmpty() ? record.facility : old.value()}});
        after = compactJson({{QStringLiteral("facility"), spec.facility.trimmed()}});
        if (auto st = kept.setFacilityOverride(order.id, spec.facility.trimmed(), ctx.actor, ctx.now); !st.ok())
            return storeError(record.id, st.error());
        described = Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 goes to facility %2."),
            {Message::of(order.number), Message::of(spec.facility.trimmed())});
    }
    if (entry.value()) {
        auto request = engine::decodeCreateRequest(entry.value()->payload);
        if (!request.ok())
            return storeError(record.id, request.error());
        connectors::WmsCreateRequest changed = request.value();
        if (facility) {
            changed.facility = spec.facility.trimmed();
        } else {
            auto line = std::find_if(changed.lines.begin(),
                changed.lines.end(),
                [&](const connectors::WmsCreateRequest::Line& l) { return l.lineNumber == spec.lineNumber; });
            if (line == changed.lines.end() || spec.quantity < 0)
                return refused(record.id,
                    Refusal::EditNotAllowed,
                    Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 has no line %2 to adjust."),
                        {Message::of(order.number), Message::of(spec.lineNumber)}),
                    record.version);
            if (!spec.wmsSku.isEmpty()) {
                if (auto refusal = unknownItem(ctx.db, record, spec.wmsSku.trimmed()))
                    return *refusal;
            }
            const auto lineJson = [](const connectors::WmsCreateRequest::Line& l) {
                return compactJson({{QStringLiteral("line"), l.lineNumber},
                    {QStringLiteral("sku"), l.sku},
                    {QStringLiteral("quantity"), l.quantity}});
            };
            before = lineJson(*line);
            if (!spec.wmsSku.isEmpty())
                line->sku = spec.wmsSku.trimmed();
            if (spec.quantity > 0)
                line->quantity = spec.quantity;
            after = lineJson(*line);
            described = Message(QT_TRANSLATE_NOOP("Lockstep", "Line %1 of order %2 is now %3 × %4."),
                {Message::of(line->lineNumber),
                    Message::of(order.number),
                    Message::of(line->quantity),
                    Message::of(line->sku)});
        }
        if (auto st = outbox.updatePayload(entry.value()->id, engine::encodeCreateRequest(changed), ctx.now); !st.ok())
            return storeError(record.id, st.error());
    }
    if (auto st = auditEdit(ctx, QStringLiteral("order"), record.subjectKey, before, after); !st.ok())
        return storeError(record.id, st.error());
    return finishEdit(ctx, tx, record, described);
}

} // namespace lockstep::core::actions
