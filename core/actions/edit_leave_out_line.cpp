// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "engine/outbox_payloads.h"
#include "store/action_repository.h"
#include "store/outbox_repository.h"

#include <QJsonArray>

namespace lockstep::core::actions {

ItemOutcome leaveOutLine(ActionContext& ctx, const ExceptionRecord& record)
{
    const QString sku = ctx.command.edit.storefrontSku.isEmpty() ? record.sku : ctx.command.edit.storefrontSku;
    if (record.type != ExceptionType::SkuMismatch || sku.isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Only an order held by a SKU mismatch can be sent without a line.")),
            record.version);
    const auto loaded = orderFor(ctx.db, record);
    if (const auto* refusal = std::get_if<ItemOutcome>(&loaded))
        return *refusal;
    const Order order = std::get<Order>(loaded);
    auto entry = store::OutboxRepository(ctx.db).findByKey(engine::createOrderKey(record.subjectKey));
    if (!entry.ok())
        return storeError(record.id, entry.error());
    if (entry.value())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 is already on its way to the warehouse; change it there."),
                {Message::of(order.number)}),
            record.version);
    store::ActionRepository kept(ctx.db);
    auto leftOut = kept.linesLeftOut(order.id);
    if (!leftOut.ok())
        return storeError(record.id, leftOut.error());
    // The lines as the warehouse order would carry them, before and after this edit.
    QJsonArray before;
    QJsonArray after;
    int dropped = 0;
    for (const OrderLine& line : order.lines) {
        if (leftOut->contains(line.sku))
            continue;
        const QJsonObject json{{QStringLiteral("sku"), line.sku}, {QStringLiteral("quantity"), line.quantity}};
        before.append(json);
        if (line.sku == sku)
            ++dropped;
        else
            after.append(json);
    }
    if (dropped == 0)
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 has no line with SKU %2."),
                {Message::of(order.number), Message::of(sku)}),
            record.version);
    if (after.isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP("Lockstep",
                        "Order %1 has no other line: without SKU %2 nothing would go to the warehouse. Cancel or "
                        "refund it in "
                        "the storefront instead."),
                {Message::of(order.number), Message::of(sku)}),
            record.version);

    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    if (auto st = kept.leaveOutLine(order.id, sku, ctx.actor, ctx.now); !st.ok())
        return storeError(record.id, st.error());
    const auto lines = [](const QJsonArray& a) { return compactJson({{QStringLiteral("lines"), a}}); };
    if (auto st = auditEdit(ctx, QStringLiteral("order"), record.subjectKey, lines(before), lines(after)); !st.ok())
        return storeError(record.id, st.error());
    const Message described(QT_TRANSLATE_NOOP("Lockstep", "Order %1 goes to the warehouse without its line of SKU %2."),
        {Message::of(order.number), Message::of(sku)});
    const Message event(QT_TRANSLATE_NOOP("Lockstep", "%1 chose to send it without SKU %2"),
        {Message::literal(ctx.actor), Message::literal(sku)});
    if (auto st = noteOnOrder(ctx, order.id, QStringLiteral("lockstep.line_left_out"), event); !st.ok())
        return storeError(record.id, st.error());
    return finishEdit(ctx, tx, record, described);
}

} // namespace lockstep::core::actions
