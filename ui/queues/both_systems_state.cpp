// SPDX-License-Identifier: GPL-3.0-or-later
#include "both_systems_state.h"

#include "common/display_format.h"
#include "engine/order_headline.h"
#include "engine/outbox_payloads.h"
#include "store/order_repository.h"
#include "store/outbox_repository.h"
#include "store/wms_order_repository.h"

#include <QCoreApplication>

namespace lockstep::ui {

QString BothSystemsState::paymentText(core::PaymentState state)
{
    switch (state) {
    case core::PaymentState::Pending:
        return tr("payment pending");
    case core::PaymentState::Paid:
        return tr("paid");
    case core::PaymentState::Failed:
        return tr("payment failed");
    case core::PaymentState::Refunded:
        return tr("refunded");
    case core::PaymentState::PartiallyRefunded:
        return tr("partly refunded");
    }
    return {};
}

QString BothSystemsState::notThereYet(core::store::Database& db, const core::ExceptionRecord& record)
{
    const bool cancellation = record.type == core::ExceptionType::CancellationPastCutoff;
    const QString order = core::SubjectKey::parse(record.subjectKey).orderKey().toString();
    const QString key = cancellation ? core::engine::cancelOrderKey(order) : core::engine::createOrderKey(order);
    auto entry = core::store::OutboxRepository(db).findByKey(key);
    if (!entry.ok())
        return tr("Warehouse: cannot read what is waiting to be sent: %1").arg(entry.error().toString());
    if (!entry.value())
        return cancellation ? tr("Warehouse: no cancellation is waiting to be sent.")
                            : tr("Warehouse: not created; the order is held in Lockstep and was never sent.");
    const core::store::OutboxEntry& e = *entry.value();
    switch (e.state) {
    case core::store::OutboxState::Pending:
        return tr("Warehouse: not created yet; waiting to be sent (%n attempt(s) so far).", nullptr, e.attempts);
    case core::store::OutboxState::Sending:
        return tr("Warehouse: being sent right now (%1).")
            .arg(e.lastError.isEmpty() ? tr("by the engine") : e.lastError);
    case core::store::OutboxState::Failed:
        return tr("Warehouse: not created yet; the last attempt failed (%1), next try %2.")
            .arg(e.lastError, DisplayFormat::localTime(e.nextAttemptAt));
    case core::store::OutboxState::Dead:
        return tr("Warehouse: refused it: %1").arg(e.lastError);
    case core::store::OutboxState::Sent:
        return tr("Warehouse: sent, not yet seen there; a retry asks the warehouse before sending anything.");
    }
    return {};
}

BothSystemsState BothSystemsState::read(core::store::Database& db, const core::ExceptionRecord& record)
{
    BothSystemsState s;
    // An order, or a shipment of one: the order behind it is what both systems hold.
    const core::SubjectKey order = core::SubjectKey::parse(record.subjectKey).orderKey();
    if (!order.isAboutAnOrder() || record.orderRef.isEmpty())
        return s;
    s.aboutAnOrder = true;
    auto stored = core::store::OrderRepository(db).findByStorefrontId(*order.storefront(), order.orderId());
    if (!stored.ok()) {
        s.storefront = tr("Storefront: cannot read the order: %1").arg(stored.error().toString());
    } else if (!stored.value()) {
        s.storefront = tr("Storefront: order %1 is not in Lockstep.").arg(record.orderRef);
    } else {
        const core::Order& o = *stored.value();
        s.cancelled = core::isStorefrontCancelled(o, {});
        s.storefront = s.cancelled
            ? tr("Storefront: order %1 is cancelled (%2).").arg(o.number, paymentText(o.paymentState))
            : tr("Storefront: order %1 is %2, %3.").arg(o.number, o.status, paymentText(o.paymentState));
    }
    auto wms = core::store::WmsOrderRepository(db).find(order.toString());
    if (!wms.ok()) {
        s.warehouse = tr("Warehouse: cannot read: %1").arg(wms.error().toString());
    } else if (wms.value()) {
        const core::store::WmsOrderState& w = *wms.value();
        s.atWarehouse = true;
        s.shipped = w.shippedUnits > 0;
        const QString where = tr("%1 at %2").arg(core::toWmsText(w.status), w.facility);
        if (s.shipped)
            s.warehouse = tr(
                "Warehouse: already created as %1 (%2), %n unit(s) shipped.", nullptr, static_cast<int>(w.shippedUnits))
                              .arg(w.number, where);
        else if (w.backOrderedUnits > 0)
            s.warehouse = tr("Warehouse: already created as %1 (%2), %n unit(s) back-ordered.",
                nullptr,
                static_cast<int>(w.backOrderedUnits))
                              .arg(w.number, where);
        else
            s.warehouse =
                tr("Warehouse: already created as %1 (%2); a retry sends nothing twice.").arg(w.number, where);
    } else {
        s.warehouse = notThereYet(db, record);
    }
    return s;
}

QString BothSystemsState::text() const
{
    if (!aboutAnOrder)
        return tr("Not about one order: there is nothing at the storefront or the warehouse to compare.");
    return storefront + u'\n' + warehouse;
}

} // namespace lockstep::ui
