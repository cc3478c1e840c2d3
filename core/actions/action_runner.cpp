// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_runner.h"

#include "engine/outbox_dispatcher.h"
#include "engine/stock_sync.h"
#include "state_probe.h"
#include "store/exception_repository.h"
#include "store/wms_order_repository.h"

namespace lockstep::core::actions {

ActionRunner::ActionRunner(engine::EngineContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

void ActionRunner::run(const ActionCommand& command, Done done)
{
    if (command.kind != ActionKind::Retry && command.kind != ActionKind::Probe)
        return execute(command, std::move(done));
    ActionExecutor executor(m_context.db, m_context.clock, &m_context.config);
    auto targets = executor.targetsOf(command);
    if (!targets.ok()) {
        ActionResult failed;
        failed.requestId = command.requestId;
        failed.kind = command.kind;
        failed.error = targets.error().message;
        return done(failed, {});
    }
    const QList<ExceptionTarget> list = targets.value();
    probeNext(list, 0, command, [this, list, command, done] {
        if (command.kind == ActionKind::Probe)
            return probeResult(list, command, done);
        execute(command, done);
    });
}

void ActionRunner::probeNext(
    QList<ExceptionTarget> targets, qsizetype index, const ActionCommand& command, std::function<void()> then)
{
    if (index >= targets.size())
        return then();
    Q_EMIT progress(command.requestId, static_cast<int>(index), static_cast<int>(targets.size()));
    const qint64 id = targets.at(index).id;
    auto record = store::ExceptionRepository(m_context.db).findById(id);
    const auto proceed = [this, targets, index, command, then] {
        // A fresh event-loop turn per item: a bulk of thousands never deepens the stack.
        QMetaObject::invokeMethod(
            this,
            [this, targets, index, command, then] { probeNext(targets, index + 1, command, then); },
            Qt::QueuedConnection);
    };
    if (!record.ok() || !record.value() || m_states.contains(id))
        return proceed();
    m_records.insert(id, *record.value());
    // Retries read only what they act on: open exceptions about an order. A probe reads any.
    if (command.kind == ActionKind::Retry && record.value()->state != ExceptionState::Open)
        return proceed();
    if (!orderOfSubject(record.value()->subjectKey))
        return proceed();
    auto* probe = new StateProbe(m_context, this);
    probe->read(*record.value(), [this, probe, id, command, proceed](ProbeResult result) {
        probe->deleteLater();
        m_states.insert(id, result.state);
        if (command.kind == ActionKind::Retry) {
            if (auto st = probe->record(result); !st.ok())
                m_states[id].storefrontError +=
                    Message(QT_TRANSLATE_NOOP("Lockstep", " (not recorded: %1)"), {Message::of(st.error().toString())})
                        .toString();
        }
        proceed();
    });
}

void ActionRunner::probeResult(const QList<ExceptionTarget>& targets, const ActionCommand& command, Done done)
{
    ActionResult result;
    result.requestId = command.requestId;
    result.kind = command.kind;
    for (const ExceptionTarget& target : targets) {
        ItemOutcome item;
        item.exceptionId = target.id;
        const auto record = m_records.constFind(target.id);
        if (record == m_records.cend()) {
            item.refusal = Refusal::NotFound;
            item.say(Message(QT_TRANSLATE_NOOP("Lockstep", "Exception %1 does not exist."), {Message::of(target.id)}));
        } else if (!m_states.contains(target.id)) {
            item.refusal = Refusal::NotRetryable;
            item.say(Message(
                QT_TRANSLATE_NOOP("Lockstep", "Exception %1 is not about one order: there is no order to read."),
                {Message::of(target.id)}));
            item.version = record->version;
        } else {
            item.succeeded = true;
            item.current = m_states.value(target.id);
            item.say(describe(*item.current));
            item.version = record->version;
        }
        result.items.append(item);
    }
    Q_EMIT progress(command.requestId, static_cast<int>(targets.size()), static_cast<int>(targets.size()));
    done(result, {});
}

void ActionRunner::execute(const ActionCommand& command, Done done)
{
    ActionExecutor executor(m_context.db, m_context.clock, &m_context.config);
    executor.setCurrentStates(m_states);
    const qint64 requestId = command.requestId;
    Execution execution =
        executor.execute(command, [this, requestId](int n, int total) { Q_EMIT progress(requestId, n, total); });
    const auto pushes = [this, command, done](Execution e, engine::CycleSummary summary) {
        repushNext(std::move(e), 0, command, summary, done);
    };
    if (execution.sends.isEmpty() || !m_context.wms)
        return pushes(execution, {});
    QList<store::OutboxEntry> entries;
    for (const PendingSend& send : std::as_const(execution.sends))
        entries.append(send.entry);
    auto* dispatcher = new engine::OutboxDispatcher(m_context, this);
    dispatcher->send(entries, [this, dispatcher, execution, command, pushes](engine::CycleSummary summary) mutable {
        dispatcher->deleteLater();
        ActionExecutor settler(m_context.db, m_context.clock, &m_context.config);
        for (const PendingSend& send : std::as_const(execution.sends)) {
            ItemOutcome settled = settler.settle(send, command);
            settled.current = execution.result.items[send.item].current;
            settled.orderRef = execution.result.items[send.item].orderRef;
            settled.queue = execution.result.items[send.item].queue;
            execution.result.items[send.item] = settled;
        }
        pushes(execution, summary);
    });
}

void ActionRunner::repushNext(
    Execution execution, qsizetype index, const ActionCommand& command, engine::CycleSummary summary, Done done)
{
    if (index >= execution.repushes.size())
        return done(execution.result, summary);
    const StockRepush repush = execution.repushes.at(index);
    auto settle = [this, execution, index, command, summary, done, repush](Result<qint64> pushed) mutable {
        ActionExecutor settler(m_context.db, m_context.clock, &m_context.config);
        ItemOutcome settled = settler.settleRepush(repush, pushed, command);
        settled.current = execution.result.items[repush.item].current;
        settled.orderRef = execution.result.items[repush.item].orderRef;
        settled.queue = execution.result.items[repush.item].queue;
        execution.result.items[repush.item] = settled;
        repushNext(std::move(execution), index + 1, command, summary, done);
    };
    connectors::StorefrontConnector* storefront = m_context.storefront(repush.storefront);
    if (!storefront)
        return settle(makeError(
            ErrorCode::Refused, QStringLiteral("no connector for %1 is running").arg(toString(repush.storefront))));
    // The figure the stock job would push now: available-to-sell minus the buffer, from the stored item master.
    engine::StockSync stock(m_context);
    auto levels = stock.sellableBySku();
    if (!levels.ok())
        return settle(levels.error());
    if (!levels->contains(repush.sku))
        return settle(
            makeError(ErrorCode::NotFound, QStringLiteral("%1 is not in the WMS item master").arg(repush.sku)));
    const qint64 quantity = levels->value(repush.sku);
    storefront->pushStock({{repush.sku, quantity}},
        [this, settle, repush, quantity](Result<connectors::StockPushOutcome> outcome) mutable {
            if (!outcome.ok())
                return settle(outcome.error());
            if (!outcome->updated.contains(repush.sku))
                return settle(makeError(ErrorCode::Refused,
                    outcome->failed.isEmpty() ? QStringLiteral("the storefront did not take it")
                                              : outcome->failed.constFirst().message));
            if (auto st =
                    store::WmsOrderRepository(m_context.db)
                        .recordStockPush(
                            repush.storefront, repush.sku, quantity, m_context.clock.nowUtc(), outcome->serverTime);
                !st.ok())
                return settle(st.error());
            settle(quantity);
        });
}

} // namespace lockstep::core::actions
