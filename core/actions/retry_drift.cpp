// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::actions {

ItemOutcome retryDrift(ActionContext& ctx, const ExceptionRecord& record)
{
    const SubjectKey key = SubjectKey::parse(record.subjectKey);
    const auto storefront = key.kind() == SubjectKey::Kind::Stock ? key.storefront() : std::nullopt;
    const QString sku = record.sku.isEmpty() ? key.sku() : record.sku;
    if (!storefront || sku.isEmpty())
        return refused(record.id,
            Refusal::NotRetryable,
            Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 names no storefront SKU."), {Message::of(record.id)}),
            record.version);
    store::Transaction tx(ctx.db);
    if (!tx.isActive())
        return storeError(record.id, tx.error());
    // Forgotten, so the push sends it even though the warehouse figure did not change.
    if (auto st = store::WmsOrderRepository(ctx.db).forgetStockPush(*storefront, sku); !st.ok())
        return storeError(record.id, st.error());
    ExceptionRecord after = record;
    ++after.attempts;
    auto version = writeException(ctx,
        record,
        after,
        Message(QT_TRANSLATE_NOOP("Lockstep", "stock of %1 to be pushed again"), {Message::of(sku)}));
    if (!version.ok())
        return storeError(record.id, version.error());
    if (auto st = tx.commit(); !st.ok())
        return storeError(record.id, st.error());
    ctx.repush = StockRepush{0, record.id, *storefront, sku};
    return {record.id,
        true,
        Refusal::None,
        Message(QT_TRANSLATE_NOOP("Lockstep", "The warehouse figure for %1 goes to %2 again (attempt %3)."),
            {Message::of(sku), Message::of(toString(*storefront)), Message::of(after.attempts)}),
        version.value()};
}

} // namespace lockstep::core::actions
