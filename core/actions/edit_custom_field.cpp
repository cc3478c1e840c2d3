// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "config/config.h"
#include "engine/outbox_payloads.h"
#include "store/action_repository.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"

namespace lockstep::core::actions {

ItemOutcome mapCustomField(ActionContext& ctx, const ExceptionRecord& record)
{
    const EditSpec& spec = ctx.command.edit;
    const QString field =
        spec.storefrontField.trimmed().isEmpty() ? record.signature.section(u':', 1) : spec.storefrontField.trimmed();
    const QString wmsField = spec.wmsField.trimmed();
    if (field.isEmpty() || wmsField.isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "A field mapping needs the checkout field and the WMS field.")),
            record.version);
    store::ActionRepository kept(ctx.db);
    auto mapped = kept.customFieldMappings();
    if (!mapped.ok())
        return storeError(record.id, mapped.error());

    std::optional<Order> order;
    if (const auto about = orderOf(record)) {
        auto o = store::OrderRepository(ctx.db).findByStorefrontId(about->first, about->second);
        if (!o.ok())
            return storeError(record.id, o.error());
        order = o.value();
    }
    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    if (auto st = kept.upsertCustomFieldMapping(field, wmsField, ctx.actor, ctx.now); !st.ok())
        return storeError(record.id, st.error());
    const auto json = [](const QString& value) { return compactJson({{QStringLiteral("wms_field"), value}}); };
    if (auto st = auditEdit(ctx,
            QStringLiteral("custom_field_map"),
            field,
            mapped->contains(field) ? json(mapped->value(field)) : QString(),
            json(wmsField));
        !st.ok())
        return storeError(record.id, st.error());
    mapped->insert(field, wmsField);

    // The order's own create still waiting? It carries the field too. Once every field of the order is mapped,
    // the exception is resolved.
    Message message(QT_TRANSLATE_NOOP("Lockstep", "Checkout field %1 now maps to WMS field %2 for every later order."),
        {Message::of(field), Message::of(wmsField)});
    bool allMapped = true;
    if (order) {
        store::OutboxRepository outbox(ctx.db);
        auto entry = outbox.findByKey(engine::createOrderKey(record.subjectKey));
        if (!entry.ok())
            return storeError(record.id, entry.error());
        QHash<QString, QString> carried;
        for (const CustomField& f : std::as_const(order->customFields)) {
            const QString target = ctx.config && ctx.config->customFieldMap.contains(f.key)
                ? ctx.config->customFieldMap.value(f.key)
                : mapped->value(f.key);
            if (target.isEmpty())
                allMapped = false;
            else
                carried.insert(target, f.value);
        }
        if (entry.value() && entry.value()->state != store::OutboxState::Sent) {
            auto request = engine::decodeCreateRequest(entry.value()->payload);
            if (!request.ok())
                return storeError(record.id, request.error());
            connectors::WmsCreateRequest changed = request.value();
            changed.customFields.insert(carried);
            if (auto st = outbox.updatePayload(entry.value()->id, engine::encodeCreateRequest(changed), ctx.now);
                !st.ok())
                return storeError(record.id, st.error());
        } else if (entry.value()) {
            message = Message(QT_TRANSLATE_NOOP("Lockstep", "%1 %2"),
                {message,
                    Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 reached the warehouse without it."),
                        {Message::of(order->number)})});
        }
    }
    ExceptionRecord after = record;
    if (allMapped)
        after.state = ExceptionState::Resolved;
    auto version = writeException(ctx,
        record,
        after,
        Message(QT_TRANSLATE_NOOP("Lockstep", "%1 mapped to %2"), {Message::of(field), Message::of(wmsField)}));
    if (!version.ok())
        return storeError(record.id, version.error());
    return commitAndSay(tx, record.id, message, version.value());
}

} // namespace lockstep::core::actions
