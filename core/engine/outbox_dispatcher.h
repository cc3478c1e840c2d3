// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_context.h"
#include "outbox_payloads.h"
#include "rules/till_return.h"
#include "store/outbox_repository.h"

#include <QObject>
#include <QSet>

namespace lockstep::core::engine {

/// Sends what the outbox holds, oldest first, up to kParallelSends entries at once and never two of the same order
/// at once; each is claimed in the store before it is sent (OutboxRepository::claim), so no second sender sends it.
///
/// A WMS create is always preceded by a look-up by reference: the WMS has no duplicate protection, so a
/// create whose outcome was unknown (timeout, dropped connection, crash) is found, not repeated. A failure
/// waits with exponential backoff; a refusal (4xx) is final and becomes an exception for a person. A
/// cancellation refused because the warehouse has released the order is kept as an exception, never
/// dropped. Thread: the engine's worker thread.
class OutboxDispatcher : public QObject
{
    Q_OBJECT

public:
    explicit OutboxDispatcher(EngineContext& context, QObject* parent = nullptr);

    /// Sends up to `limit` due entries, then calls `done`. leftDue() tells whether more may be due.
    void run(JobDone done, int limit = 500);
    /// Sends every due entry, `batch` at a time, until none is left that this drain has not tried (a pass that must
    /// leave nothing behind: `--once`, the demo pass), then calls `done` with the batches' sum.
    void drain(JobDone done, int batch = 500);
    /// The last run() found a full batch: more entries may be due now.
    bool leftDue() const { return m_leftDue; }
    /// Sends these entries now, due or not (a retry a person asked for), then calls `done`.
    void send(QList<store::OutboxEntry> entries, JobDone done);

    /// Delay before attempt `attempts + 1` of a failed entry: 30 s doubling, capped at one hour.
    static qint64 backoffMSecs(int attempts);

    /// Sends at once: one slow or held request (a WMS that takes 15 s to answer) no longer holds up every other order.
    /// Deposco's observed limit is about 4 requests a second; the HTTP layer's backoff honours its 429s.
    static constexpr int kParallelSends = 4;

private:
    using Next = std::function<void()>;
    void drainNext(JobDone done, int batch);
    void pump();
    void sendOne(const store::OutboxEntry& entry, Next finished);
    void sendCreate(const store::OutboxEntry& entry, Next next);
    void sendCancel(const store::OutboxEntry& entry, Next next);
    void sendFulfil(const store::OutboxEntry& entry, Next next);
    /// A till return as a customer return: looked up by its number first, created only when the WMS lacks it.
    void sendReturn(const store::OutboxEntry& entry, Next next);
    /// Records a customer return the WMS holds: a lifecycle event on the till return, the entry sent, its
    /// "not at the warehouse" exception resolved, in one transaction.
    void returnDelivered(const store::OutboxEntry& entry,
        const connectors::WmsReturnRequest& request,
        const connectors::WmsCustomerReturn& atWms,
        bool foundExisting);
    /// A send that failed: due again after its backoff, or, when the receiver refused it, dead together with the
    /// exception that puts it in front of a person (one transaction: never a dead entry nobody is told of).
    void failed(const store::OutboxEntry& entry, const Error& error);
    /// Raises the order the WMS refused (a dead create or cancel) as a stuck pending order.
    Status raiseRefusedOrder(const store::OutboxEntry& entry, const QString& error, const QDateTime& now);
    /// A till sale's stock moves, one after the other: each counted at the WMS first, applied only when it holds none.
    void sendStoreSale(const store::OutboxEntry& entry, Next next);
    void sendMoves(const store::OutboxEntry& entry, StoreSale sale, qsizetype index, bool found, Next next);
    /// Records a sale the WMS has taken off the store's stock (event, entry sent, its exception resolved) and queues
    /// the look at it a while later (kWmsStoreSaleCheck), in one transaction.
    void saleDelivered(const store::OutboxEntry& entry, const StoreSale& sale, bool foundExisting);
    /// The look a while after a sale was sent: a move the WMS holds more than once is raised as stock moved twice.
    void checkStoreSale(const store::OutboxEntry& entry, Next next);
    void countMoves(const store::OutboxEntry& entry, StoreSale sale, qsizetype index, QList<int> copies, Next next);
    void saleChecked(const store::OutboxEntry& entry, const StoreSale& sale, const QList<int>& copies);
    /// Raises the till sale the WMS refused at once, as the sweep would.
    Status raiseRefusedSale(const store::OutboxEntry& entry, const QString& error, const QDateTime& now);
    /// A till return's or sale's delivery the WMS refused, raised at once with `detect` as the sweep would.
    Status raiseRefusedDelivery(Result<rules::TillReturnFacts> facts,
        const QString& error,
        std::optional<ExceptionRecord> (*detect)(
            const rules::TillReturnFacts&, const rules::RuleSettings&, const QDateTime&),
        const QDateTime& now);
    /// Raises the till return the WMS refused at once (a dead customer return), as the sweep would.
    Status raiseRefusedReturn(const store::OutboxEntry& entry, const QString& error, const QDateTime& now);
    /// Raises the shipment confirmation the storefront refused (a dead "shipped" message) at once.
    Status raiseRefusedShipment(const store::OutboxEntry& entry, const QDateTime& now);
    /// Records the WMS's state of the order, a lifecycle event and the entry as sent, in one transaction.
    void delivered(const store::OutboxEntry& entry,
        const std::optional<connectors::WmsOrder>& wmsOrder,
        const QString& eventKind,
        const Message& detail);
    /// Whether the storefront order behind `reference` ("woocommerce:1042") has been cancelled there.
    bool storefrontCancelled(const QString& reference);
    /// Gives up a create that must never be sent (its order was cancelled first), with a lifecycle event.
    void withdraw(const store::OutboxEntry& entry, const QString& reference);

    EngineContext& m_context;
    CycleSummary m_summary;
    QList<store::OutboxEntry> m_queue; ///< not started yet, oldest first
    QSet<QString> m_busyOrders; ///< orders ("woocommerce:1042") with a send under way
    int m_inFlight = 0;
    bool m_leftDue = false;
    CycleSummary m_drained; ///< a drain's batches so far
    QSet<qint64> m_tried; ///< the entries a drain has tried
    JobDone m_done;
};

} // namespace lockstep::core::engine
