// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/exception_record.h"

#include <QDateTime>
#include <QList>

namespace lockstep::core::store {

/// Equal time buckets: [from + i * bucketMSecs, from + (i + 1) * bucketMSecs) for i in [0, count).
struct TimeBuckets
{
    QDateTime from; ///< UTC
    qint64 bucketMSecs = 3600 * 1000;
    int count = 24;

    QDateTime to() const { return from.addMSecs(bucketMSecs * count); }
    QDateTime start(int index) const { return from.addMSecs(bucketMSecs * index); }
};

/// Orders placed (orders.created_at) and acknowledged by the WMS (wms_orders.first_seen) per bucket.
struct Throughput
{
    QList<qint64> placed; ///< one count per bucket
    QList<qint64> acknowledged; ///< one count per bucket
    /// Paid orders placed within the buckets' span that the WMS has not acknowledged yet.
    qint64 backlog = 0;
};

/// Open and acknowledged (taken by a person, not resolved) exceptions of one type.
struct ExceptionTypeCount
{
    ExceptionType type = ExceptionType::FailedAllocation;
    qint64 open = 0;
    qint64 acknowledged = 0;
};

/// How long ago a sync feed last advanced.
struct CursorLag
{
    QString name; ///< e.g. "woocommerce.orders"
    QDateTime updatedAt; ///< UTC
    qint64 lagSeconds = 0; ///< now - updatedAt, never negative
};

/// The oldest open exception of a type, with its service level.
struct OldestException
{
    ExceptionType type = ExceptionType::FailedAllocation;
    qint64 id = 0;
    QString orderRef;
    QDateTime firstSeen; ///< UTC
    QDateTime slaDue; ///< UTC; invalid when the type has no SLA
    qint64 ageSeconds = 0;
    bool overdue = false; ///< slaDue has passed
};

/// Pre-aggregated series for the dashboard: every query is an aggregate or a LIMIT 1 seek over an index,
/// so its cost does not grow with the rows it counts beyond the window asked for.
/// Thread: the thread of its Database (the UI's read-only connection).
class DashboardRepository
{
public:
    explicit DashboardRepository(Database& db)
        : m_db(db)
    {}

    /// Placed and acknowledged per bucket, and the backlog within the span.
    Result<Throughput> throughput(const TimeBuckets& buckets);
    /// Every exception type in enum order, with zeros for types that have none.
    Result<QList<ExceptionTypeCount>> unresolvedByType();
    /// Every sync cursor, by name.
    Result<QList<CursorLag>> syncLag(const QDateTime& now);
    /// The oldest open exception per type (types with none are left out), in enum order.
    Result<QList<OldestException>> oldestOpenByType(const QDateTime& now);

private:
    Result<QList<qint64>> countPerBucket(const char* sql, const TimeBuckets& buckets);

    Database& m_db;
};

} // namespace lockstep::core::store
