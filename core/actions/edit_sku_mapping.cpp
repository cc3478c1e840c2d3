// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_units.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"

namespace lockstep::core::actions {

using store::ExceptionRepository;

ItemOutcome mapSku(ActionContext& ctx, const ExceptionRecord& record)
{
    const EditSpec& spec = ctx.command.edit;
    const QString storefrontSku = spec.storefrontSku.isEmpty() ? record.sku : spec.storefrontSku.trimmed();
    const QString wmsSku = spec.wmsSku.trimmed();
    const auto about = orderOf(record);
    if (!about || storefrontSku.isEmpty() || wmsSku.isEmpty())
        return refused(record.id,
            Refusal::EditNotAllowed,
            Message(QT_TRANSLATE_NOOP(
                "Lockstep", "A SKU mapping needs the storefront SKU, the WMS item and an exception about an order.")),
            record.version);
    if (auto refusal = unknownItem(ctx.db, record, wmsSku))
        return *refusal;
    store::CatalogRepository catalog(ctx.db);
    auto previous = catalog.findSkuMapping(about->first, storefrontSku);
    if (!previous.ok())
        return storeError(record.id, previous.error());

    {
        store::Transaction tx(ctx.db);
        if (!tx.isActive())
            return storeError(record.id, tx.error());
        if (auto st = catalog.upsertSkuMapping({about->first, storefrontSku, wmsSku, ctx.actor, ctx.now}); !st.ok())
            return storeError(record.id, st.error());
        const auto mapping = [](const QString& sku) { return compactJson({{QStringLiteral("wms_sku"), sku}}); };
        if (auto st = auditEdit(ctx,
                QStringLiteral("sku_map"),
                toString(about->first) + u':' + storefrontSku,
                previous.value() ? mapping(previous.value()->wmsSku) : QString(),
                mapping(wmsSku));
            !st.ok())
            return storeError(record.id, st.error());
        if (auto v = writeException(ctx,
                record,
                record,
                Message(QT_TRANSLATE_NOOP("Lockstep", "%1 mapped to %2"),
                    {Message::of(storefrontSku), Message::of(wmsSku)}));
            !v.ok())
            return storeError(record.id, v.error());
        if (auto st = tx.commit(); !st.ok())
            return storeError(record.id, st.error());
    }
    const Message mapped(QT_TRANSLATE_NOOP("Lockstep", "%1 now maps to WMS item %2."),
        {Message::of(storefrontSku), Message::of(wmsSku)});
    if (!spec.retryAfter)
        return {record.id, true, Refusal::None, mapped, record.version + 1};

    // Every open mismatch on the same storefront SKU is retried with the new mapping, each with its own outcome.
    store::ExceptionFilter same;
    same.type = ExceptionType::SkuMismatch;
    same.state = ExceptionState::Open;
    same.sku = storefrontSku;
    ExceptionRepository exceptions(ctx.db);
    QList<qint64> others;
    for (qint64 after = 0;;) {
        auto ids = exceptions.idsMatching(same, after, 1000);
        if (!ids.ok())
            break;
        others += ids.value();
        if (ids->size() < 1000)
            break;
        after = ids->constLast();
    }
    ctx.handled.insert(record.id);
    for (qint64 other : std::as_const(others)) {
        if (ctx.handled.contains(other))
            continue;
        auto r = exceptions.findById(other);
        if (!r.ok() || !r.value())
            continue;
        if (const SubjectKey key = SubjectKey::parse(r.value()->subjectKey);
            !key.isAboutAnOrder() || key.storefront() != about->first)
            continue;
        if (!r.value()->claimedBy.isEmpty() && r.value()->claimedBy != ctx.actor) {
            ctx.push(refused(other,
                Refusal::ClaimedByOther,
                Message(
                    QT_TRANSLATE_NOOP("Lockstep", "Exception %1 has the same SKU but is claimed by %2; left to them."),
                    {Message::of(other), Message::of(r.value()->claimedBy)}),
                r.value()->version));
            continue;
        }
        ItemOutcome o = retry(ctx, *r.value());
        o.say(Message(QT_TRANSLATE_NOOP("Lockstep", "%1 %2"), {mapped, o.text}));
        ctx.push(std::move(o));
    }
    auto fresh = exceptions.findById(record.id);
    if (!fresh.ok() || !fresh.value())
        return {record.id, true, Refusal::None, mapped, 0};
    ItemOutcome own = retry(ctx, *fresh.value());
    own.say(Message(QT_TRANSLATE_NOOP("Lockstep", "%1 %2"), {mapped, own.text}));
    return own;
}

} // namespace lockstep::core::actions
