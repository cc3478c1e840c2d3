// SPDX-License-Identifier: GPL-3.0-or-later
#include "state_probe.h"

#include "engine/order_headline.h"
#include "engine/order_intake.h"
#include "store/lifecycle_repository.h"
#include "store/order_repository.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::actions {

std::optional<std::pair<SourceSystem, QString>> orderOfSubject(const QString& subjectKey)
{
    const SubjectKey key = SubjectKey::parse(subjectKey);
    if (!key.isAboutAnOrder())
        return std::nullopt;
    return std::make_pair(*key.storefront(), key.orderId());
}

StateProbe::StateProbe(engine::EngineContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

void StateProbe::read(const ExceptionRecord& record, std::function<void(ProbeResult)> done)
{
    ProbeResult result;
    result.exceptionId = record.id;
    result.state.readAt = m_context.clock.nowUtc();
    const auto about = orderOfSubject(record.subjectKey);
    if (!about)
        return done(result);
    result.reference = SubjectKey::order(about->first, about->second).toString();
    auto stored = store::OrderRepository(m_context.db).findByStorefrontId(about->first, about->second);
    result.state.orderRef = stored.ok() && stored.value() ? stored.value()->number : record.orderRef;
    connectors::StorefrontConnector* storefront = m_context.storefront(about->first);
    const auto askWms = [this, done](ProbeResult r, const QString& storefrontName) {
        if (!m_context.wms) {
            r.state.wmsError = QStringLiteral("no warehouse connector");
            return done(r);
        }
        const connectors::WmsOrderKey key{r.state.orderRef, storefrontName};
        m_context.wms->findOrder(key, [r, done](Result<std::optional<connectors::WmsOrder>> found) mutable {
            if (!found.ok()) {
                r.state.wmsError = found.error().toString();
                return done(r);
            }
            r.state.wmsRead = true;
            if (found.value() && found.value()->status != WmsOrderStatus::Canceled) {
                r.wmsOrder = found.value();
                r.wmsOrder->reference = r.reference;
                r.state.atWarehouse = true;
                r.state.wmsNumber = r.wmsOrder->number;
                r.state.wmsStatus = toWmsText(r.wmsOrder->status);
                r.state.wmsFacility = r.wmsOrder->facility;
            } else if (found.value()) {
                r.state.wmsStatus = toWmsText(found.value()->status); // only a cancelled copy
            }
            done(r);
        });
    };
    const QString storefrontName = toString(about->first);
    if (!storefront) {
        result.state.storefrontError = QStringLiteral("no connector for %1 is running").arg(storefrontName);
        return askWms(result, storefrontName);
    }
    storefront->fetchOrder(about->second, [result, askWms, storefrontName](Result<Order> order) mutable {
        if (!order.ok()) {
            result.state.storefrontError = order.error().toString();
        } else {
            result.state.storefrontRead = true;
            result.state.storefrontStatus = order->status;
            result.state.storefrontPayment = toString(order->paymentState);
            result.state.storefrontCancelled = isStorefrontCancelled(order.value(), {});
            result.state.storefrontShipped = order->shippedKeys;
            if (result.state.orderRef.isEmpty())
                result.state.orderRef = order->number;
            result.storefrontOrder = order.value();
        }
        askWms(result, storefrontName);
    });
}

Status StateProbe::record(const ProbeResult& result)
{
    if (result.reference.isEmpty())
        return Status::success();
    const QDateTime now = m_context.clock.nowUtc();
    const auto about = orderOfSubject(result.reference);
    if (result.storefrontOrder && isStorefrontCancelled(*result.storefrontOrder, {})) {
        // Cancelled there: the intake withdraws an unsent create (or queues the warehouse's cancellation).
        engine::OrderIntake intake(m_context.db, m_context.config, m_context.clock);
        if (auto taken = intake.ingest(*result.storefrontOrder); !taken.ok())
            return taken.error();
    }
    store::Transaction tx(m_context.db);
    if (!tx.isActive())
        return tx.error();
    store::OrderRepository orders(m_context.db);
    if (result.storefrontOrder) {
        // Otherwise only the facts the retry judges by (status, payment, totals); deciding is the retry's job.
        auto stored = orders.findByStorefrontId(about->first, about->second);
        if (!stored.ok())
            return stored.error();
        if (stored.value()) {
            Order fresh = *stored.value();
            const Order& live = *result.storefrontOrder;
            if (fresh.status != live.status || fresh.paymentState != live.paymentState || fresh.totals != live.totals) {
                fresh.status = live.status;
                fresh.paymentState = live.paymentState;
                fresh.paidAt = live.paidAt;
                fresh.totals = live.totals;
                fresh.modifiedAt = live.modifiedAt;
                if (auto id = orders.upsert(fresh); !id.ok())
                    return id.error();
            }
        }
    }
    if (result.wmsOrder) {
        store::WmsOrderState state = engine::wmsOrderStateOf(*result.wmsOrder);
        if (!state.updatedAt.isValid())
            state.updatedAt = now;
        state.firstSeen = now; // kept from the first record when there is one
        if (auto st = store::WmsOrderRepository(m_context.db).upsert(state); !st.ok())
            return st.error();
    }
    auto order = orders.findByStorefrontId(about->first, about->second);
    if (!order.ok())
        return order.error();
    if (order.value()) {
        auto event = store::LifecycleRepository(m_context.db)
                         .append(LifecycleEvent::about(order.value()->id,
                             now,
                             SourceSystem::Lockstep,
                             QStringLiteral("lockstep.checked"),
                             Message(QT_TRANSLATE_NOOP("Lockstep", "Both systems read before a retry: %1"),
                                 {describe(result.state)})));
        if (!event.ok())
            return event.error();
    }
    return tx.commit();
}

} // namespace lockstep::core::actions
