// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_context.h"

#include <QObject>

namespace lockstep::core::engine {

/// Follows the warehouse: sales-order statuses and outbound shipments since their cursors.
///
/// Every status change becomes a lifecycle event. An order the WMS could not allocate (Back Ordered, or
/// units left unallocated) raises a failed-allocation exception, resolved by itself when a later read shows
/// it allocated. A shipment is recorded at every step, but the storefront hears "shipped" only when the
/// carrier collected (a printed label, picking or packing are never announced): that queues one fulfilment
/// message per shipment in the outbox, in the same transaction. Thread: the engine's worker thread.
class WmsTracker : public QObject
{
    Q_OBJECT

public:
    explicit WmsTracker(EngineContext& context, QObject* parent = nullptr);

    void run(JobDone done, int maxPages = 1000);

private:
    void ordersPage(QString cursor, int page, int maxPages, CycleSummary summary, JobDone done);
    void shipmentsPage(QString cursor, int page, int maxPages, CycleSummary summary, JobDone done);
    Status applyOrder(connectors::WmsOrder order, CycleSummary& summary);
    Status applyShipment(Shipment shipment, const QString& salesOrderNumber, CycleSummary& summary);
    /// An order cancelled past its cutoff, as the warehouse moves on: cancelled after all (the exception resolves), or
    /// collected by the carrier (it becomes a return for customer service). A request to intercept it is settled.
    Status followLateCancellation(const QString& reference, bool canceled, const QDateTime& now, CycleSummary& summary);

    EngineContext& m_context;
};

} // namespace lockstep::core::engine
