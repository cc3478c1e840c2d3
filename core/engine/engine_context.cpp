// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine_context.h"

#include "store/audit_repository.h"
#include "store/exception_repository.h"
#include "store/order_repository.h"

namespace lockstep::core::engine {

void CycleSummary::add(const CycleSummary& o)
{
    ordersRead += o.ordersRead;
    createsQueued += o.createsQueued;
    wmsCreated += o.wmsCreated;
    wmsFoundExisting += o.wmsFoundExisting;
    returnsCreated += o.returnsCreated;
    stockMovesSent += o.stockMovesSent;
    cancelsSent += o.cancelsSent;
    wmsOrdersSeen += o.wmsOrdersSeen;
    shipmentsSeen += o.shipmentsSeen;
    fulfilmentsQueued += o.fulfilmentsQueued;
    fulfilmentsSent += o.fulfilmentsSent;
    stockLevelsPushed += o.stockLevelsPushed;
    exceptionsRaised += o.exceptionsRaised;
    exceptionsResolved += o.exceptionsResolved;
    changedQueues.unite(o.changedQueues);
    outboxClaimedElsewhere += o.outboxClaimedElsewhere;
    problems += o.problems;
}

std::optional<Order> storedOrderOf(store::Database& db, const QString& subjectKey)
{
    const SubjectKey key = SubjectKey::parse(subjectKey);
    if (!key.isAboutAnOrder())
        return std::nullopt;
    auto o = store::OrderRepository(db).findByStorefrontId(*key.storefront(), key.orderId());
    return o.ok() ? o.value() : std::nullopt;
}

qint64 storedOrderId(store::Database& db, const QString& subjectKey, QString* number)
{
    const auto o = storedOrderOf(db, subjectKey);
    if (!o)
        return 0;
    if (number)
        *number = o->number;
    return o->id;
}

Status raiseException(store::Database& db, ExceptionRecord record, CycleSummary& summary)
{
    store::ExceptionRepository exceptions(db);
    auto up = exceptions.upsert(record);
    if (!up.ok())
        return up.error();
    if (!up->created && !up->reopened)
        return Status::success();
    ++summary.exceptionsRaised;
    summary.changedQueues.insert(record.type);
    store::AuditRepository audit(db);
    auto a = audit.append({0,
        record.lastSeen,
        QStringLiteral("engine"),
        up->created ? QStringLiteral("exception.raised") : QStringLiteral("exception.reopened"),
        QStringLiteral("exception"),
        QString::number(up->id),
        {},
        {},
        record.reason,
        record.reasonMessage});
    return a.ok() ? Status::success() : Status(a.error());
}

Status resolveException(store::Database& db,
    ExceptionType type,
    const QString& subjectKey,
    const Message& why,
    const QDateTime& now,
    CycleSummary& summary)
{
    store::ExceptionRepository exceptions(db);
    auto found = exceptions.findBySubject(type, subjectKey);
    if (!found.ok())
        return found.error();
    if (!found.value() || found.value()->state != ExceptionState::Open)
        return Status::success();
    auto resolved = exceptions.markResolved(found.value()->id, now);
    if (!resolved.ok())
        return resolved.error();
    if (!resolved.value())
        return Status::success();
    ++summary.exceptionsResolved;
    summary.changedQueues.insert(type);
    store::AuditRepository audit(db);
    auto a = audit.append({0,
        now,
        QStringLiteral("engine"),
        QStringLiteral("exception.auto_resolved"),
        QStringLiteral("exception"),
        QString::number(found.value()->id),
        QStringLiteral("{\"state\":\"open\"}"),
        QStringLiteral("{\"state\":\"resolved\"}"),
        why.english(),
        why});
    return a.ok() ? Status::success() : Status(a.error());
}

Status resolveOthers(store::Database& db,
    ExceptionType type,
    const QString& prefix,
    const QSet<QString>& raised,
    const Message& why,
    const QDateTime& now,
    CycleSummary& summary)
{
    auto open = store::ExceptionRepository(db).open(type, prefix);
    if (!open.ok())
        return open.error();
    for (const ExceptionRecord& r : open.value()) {
        if (raised.contains(r.subjectKey))
            continue;
        if (auto st = resolveException(db, type, r.subjectKey, why, now, summary); !st.ok())
            return st;
    }
    return Status::success();
}

store::WmsOrderState wmsOrderStateOf(const connectors::WmsOrder& o)
{
    store::WmsOrderState s;
    s.reference = o.reference;
    s.wmsId = o.wmsId;
    s.number = o.number;
    s.status = o.status;
    s.facility = o.facility;
    s.total = o.total;
    for (const auto& l : o.lines) {
        s.orderedUnits += l.ordered;
        s.allocatedUnits += l.allocated;
        s.backOrderedUnits += l.backOrdered;
        s.shippedUnits += l.shipped;
    }
    s.updatedAt = o.updatedAt;
    return s;
}

} // namespace lockstep::core::engine
