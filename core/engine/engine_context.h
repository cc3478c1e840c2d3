// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "connectors/storefront_connector.h"
#include "connectors/wms_connector.h"
#include "domain/clock.h"
#include "domain/exception_record.h"
#include "store/database.h"
#include "store/wms_order_repository.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace lockstep::core::engine {

/// What one run of the jobs did, for logs, the status bar and tests.
struct CycleSummary
{
    int ordersRead = 0;
    int createsQueued = 0;
    int wmsCreated = 0;
    int wmsFoundExisting = 0; ///< a create that was already at the WMS (after a crash or an unknown outcome)
    int returnsCreated = 0; ///< customer returns (till returns) created at the WMS
    int stockMovesSent = 0; ///< till sales' stock moves applied at the WMS
    int cancelsSent = 0;
    int wmsOrdersSeen = 0;
    int shipmentsSeen = 0;
    int fulfilmentsQueued = 0;
    int fulfilmentsSent = 0;
    int stockLevelsPushed = 0;
    int exceptionsRaised = 0;
    int exceptionsResolved = 0;
    QSet<ExceptionType> changedQueues; ///< the queues whose exceptions were raised, reopened or resolved
    int outboxClaimedElsewhere = 0; ///< due entries not sent because another sender had claimed them
    QStringList problems; ///< payload problems and failed calls, in English, secrets redacted

    void add(const CycleSummary& other);
};

/// Everything the jobs share. Thread: the engine's worker thread; the database is the single writer.
struct EngineContext
{
    store::Database& db;
    const Config& config;
    const Clock& clock;
    QList<connectors::StorefrontConnector*> storefronts;
    connectors::WmsConnector* wms = nullptr;
    /// The stores' tills (POS), when configured: their sales and returns are read like orders, but a sale never
    /// goes to the warehouse and stock, fulfilment and listings are not theirs (not among `storefronts`).
    connectors::StorefrontConnector* till = nullptr;
    /// The engine claim's epoch (store::EngineClaim) that every outbox send is claimed under; 0 = not fenced (tests
    /// that drive one job without an engine).
    qint64 epoch = 0;
    /// Who claims outbox rows, as recorded on them ("pid 4242 on host").
    QString claimant = QStringLiteral("this engine");

    connectors::StorefrontConnector* storefront(SourceSystem system) const
    {
        for (auto* s : storefronts) {
            if (s->system() == system)
                return s;
        }
        return nullptr;
    }
};

using JobDone = std::function<void(CycleSummary)>;

/// The stored order an order or shipment subject names ("woocommerce:1042", "woocommerce:1042/SH-9"); none when the
/// key names no order or the order is not stored (or cannot be read).
std::optional<Order> storedOrderOf(store::Database& db, const QString& subjectKey);
/// The stored order's row id (and its number in `number`), or 0: storedOrderOf() for the places that keep only the id.
qint64 storedOrderId(store::Database& db, const QString& subjectKey, QString* number = nullptr);

/// What the store keeps of an order a WMS connector read: its state and unit counts summed over its lines.
store::WmsOrderState wmsOrderStateOf(const connectors::WmsOrder& order);

/// Raises (or refreshes) an exception and audits its creation, in the caller's transaction.
Status raiseException(store::Database& db, ExceptionRecord record, CycleSummary& summary);
/// Resolves the open exception of `type` about `subjectKey`, if there is one, and audits it.
Status resolveException(store::Database& db,
    ExceptionType type,
    const QString& subjectKey,
    const Message& why,
    const QDateTime& now,
    CycleSummary& summary);
/// Resolves every open exception of `type` whose subject starts with `prefix` and is not in `raised` (what a
/// detector's pass found again), each audited, in the caller's transaction.
Status resolveOthers(store::Database& db,
    ExceptionType type,
    const QString& prefix,
    const QSet<QString>& raised,
    const Message& why,
    const QDateTime& now,
    CycleSummary& summary);

} // namespace lockstep::core::engine
