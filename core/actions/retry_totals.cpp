// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "engine/sweep.h"
#include "rules/totals_mismatch.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::actions {

ItemOutcome retryTotals(ActionContext& ctx, const ExceptionRecord& record)
{
    // Both sides were read again just before (the engine took the storefront's order in and stored the WMS's);
    // compare what is there now.
    const auto loaded = orderFor(ctx.db, record);
    if (const auto* refusal = std::get_if<ItemOutcome>(&loaded))
        return *refusal;
    const Order order = std::get<Order>(loaded);
    auto wms = store::WmsOrderRepository(ctx.db).find(record.subjectKey);
    if (!wms.ok())
        return storeError(record.id, wms.error());
    if (!wms.value())
        return refused(record.id,
            Refusal::NotRetryable,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 is not at the warehouse: there are no totals to compare."),
                {Message::of(order.number)}),
            record.version);
    const rules::RuleSettings settings = ctx.config ? engine::ruleSettings(*ctx.config) : rules::RuleSettings{};
    const rules::TotalsFacts facts{
        record.subjectKey, order.id, order.number, wms.value()->facility, order.totals, wms.value()->total};
    const auto still = rules::detectTotalsMismatch(facts, settings, ctx.now);
    if (!still)
        return resolveNow(ctx,
            record,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Read again: the storefront's %1 and the warehouse's %2 agree now."),
                {Message::of(order.totals.total.toDecimalString()), Message::of(wms.value()->total.toDecimalString())}),
            true);
    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    ExceptionRecord after = record;
    ++after.attempts;
    auto version =
        writeException(ctx, record, after, Message(QT_TRANSLATE_NOOP("Lockstep", "read again: still different")));
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    return refused(record.id,
        Refusal::StillFailing,
        Message(QT_TRANSLATE_NOOP("Lockstep", "Read again, still different: %1"), {Message::of(still->reason)}),
        version.value());
}

} // namespace lockstep::core::actions
