// SPDX-License-Identifier: GPL-3.0-or-later
#include "order_judgement.h"

#include "outbox_payloads.h"
#include "rules/exception_catalog.h"
#include "store/exception_repository.h"
#include "store/outbox_repository.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::engine {

rules::RuleSettings ruleSettings(const Config& config)
{
    rules::RuleSettings s;
    s.wmsAcknowledgeMinutes = config.slas.wmsAcknowledgeMinutes;
    s.shipmentConfirmationMinutes = config.slas.shipmentConfirmationMinutes;
    s.paymentPendingMinutes = config.slas.paymentPendingMinutes;
    s.driftToleranceUnits = config.stockDriftToleranceUnits;
    s.totalsToleranceMinor = config.totalsToleranceMinor;
    s.owners = config.ownerByExceptionType;
    s.customFieldMap = config.customFieldMap;
    return s;
}

Message stuckPendingSettledReason()
{
    return Message(QT_TRANSLATE_NOOP("Lockstep", "No longer pending: acknowledged by the warehouse, paid, or closed"));
}

Result<rules::PendingOrderFacts> pendingFacts(store::Database& db, const Order& o)
{
    rules::PendingOrderFacts f;
    f.subject = SubjectKey::order(o.storefront, o.storefrontId).toString();
    f.orderId = o.id;
    f.orderRef = o.number;
    f.storefrontStatus = o.status;
    f.payment = o.paymentState;
    f.createdAt = o.createdAt;
    f.paidAt = o.paidAt;
    auto wms = store::WmsOrderRepository(db).find(f.subject);
    if (!wms.ok())
        return wms.error();
    if (wms.value()) {
        f.wmsStatus = wms.value()->status;
        f.wmsUpdatedAt = wms.value()->updatedAt;
        f.facility = wms.value()->facility;
    }
    auto create = store::OutboxRepository(db).findByKey(createOrderKey(f.subject));
    if (!create.ok())
        return create.error();
    if (create.value()) {
        f.createQueued = true;
        f.createGivenUp = create.value()->state == store::OutboxState::Dead;
        f.createSent = create.value()->state == store::OutboxState::Sent;
        f.sendAttempts = create.value()->attempts;
        f.lastSendError = create.value()->lastError;
    }
    auto held = store::ExceptionRepository(db).hasOpenForOrder(
        o.id, {ExceptionType::SkuMismatch, ExceptionType::FacilityRoutingFailure});
    if (!held.ok())
        return held.error();
    f.heldByException = held.value();
    return f;
}

Result<std::optional<ExceptionRecord>> judgeStuckPending(
    store::Database& db, const Order& order, const rules::RuleSettings& settings, const QDateTime& now)
{
    if (order.storefront == SourceSystem::Pos)
        return std::optional<ExceptionRecord>(); // handed over at the till: never goes to the warehouse
    auto facts = pendingFacts(db, order);
    if (!facts.ok())
        return facts.error();
    return rules::detectStuckPending(facts.value(), settings, now);
}

Status clearStuckPendingIfSettled(store::Database& db,
    const Order& order,
    const rules::RuleSettings& settings,
    const QDateTime& now,
    CycleSummary& summary)
{
    auto due = judgeStuckPending(db, order, settings, now);
    if (!due.ok())
        return due.error();
    if (due.value())
        return Status::success(); // still stuck: the sweep refreshes it
    return resolveException(db,
        ExceptionType::StuckPending,
        SubjectKey::order(order.storefront, order.storefrontId).toString(),
        stuckPendingSettledReason(),
        now,
        summary);
}

} // namespace lockstep::core::engine
