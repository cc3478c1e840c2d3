// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard_repository.h"

#include <algorithm>

namespace lockstep::core::store {

namespace {

// ?1 = from, ?2 = to, ?3 = bucket length (ms). Integer division puts each row in its bucket.
// Orders for the warehouse: a till's sale was handed over at the till and never goes there.
constexpr const char* kPlacedPerBucket = "SELECT (created_at - ?1) / ?3, count(*) FROM orders "
                                         "WHERE created_at >= ?1 AND created_at < ?2 AND storefront <> 'pos' "
                                         "GROUP BY 1";
constexpr const char* kAcknowledgedPerBucket = "SELECT (first_seen - ?1) / ?3, count(*) FROM wms_orders "
                                               "WHERE first_seen >= ?1 AND first_seen < ?2 GROUP BY 1";
// Walks orders_by_created over the span; each order is one primary-key probe into wms_orders.
constexpr const char* kBacklog = "SELECT count(*) FROM orders o WHERE o.created_at >= ?1 AND o.created_at < ?2 "
                                 "AND o.payment_state = 'paid' AND o.storefront <> 'pos' "
                                 "AND NOT EXISTS (SELECT 1 FROM wms_orders w "
                                 "WHERE w.reference = o.storefront || ':' || o.storefront_id)";

qint64 secondsBetween(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return std::max<qint64>(0, from.secsTo(to));
}

} // namespace

Result<QList<qint64>> DashboardRepository::countPerBucket(const char* sql, const TimeBuckets& buckets)
{
    auto st = m_db.cached(sql);
    if (!st.ok())
        return st.error();
    st.value()->bind(1, buckets.from).bind(2, buckets.to()).bind(3, buckets.bucketMSecs);
    QList<qint64> counts(buckets.count, 0);
    auto done = forEachRow(*st.value(), [&](const Statement& s) {
        const qint64 index = s.int64(0);
        if (index >= 0 && index < buckets.count)
            counts[index] = s.int64(1);
    });
    if (!done.ok())
        return done.error();
    return counts;
}

Result<Throughput> DashboardRepository::throughput(const TimeBuckets& buckets)
{
    if (buckets.count <= 0 || buckets.bucketMSecs <= 0 || !buckets.from.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("empty time buckets"));
    Throughput t;
    auto placed = countPerBucket(kPlacedPerBucket, buckets);
    if (!placed.ok())
        return placed.error();
    t.placed = std::move(placed).value();
    auto acknowledged = countPerBucket(kAcknowledgedPerBucket, buckets);
    if (!acknowledged.ok())
        return acknowledged.error();
    t.acknowledged = std::move(acknowledged).value();

    auto st = m_db.cached(kBacklog);
    if (!st.ok())
        return st.error();
    st.value()->bind(1, buckets.from).bind(2, buckets.to());
    auto row = st.value()->step();
    if (!row.ok())
        return row.error();
    t.backlog = row.value() ? st.value()->int64(0) : 0;
    st.value()->reset();
    return t;
}

Result<QList<ExceptionTypeCount>> DashboardRepository::unresolvedByType()
{
    QList<ExceptionTypeCount> out;
    for (int i = 0; i < kExceptionTypeCount; ++i)
        out.append({static_cast<ExceptionType>(i), 0, 0});
    auto st = m_db.cached("SELECT type, state, count(*) FROM exceptions WHERE state IN ('open', 'acknowledged') "
                          "GROUP BY type, state");
    if (!st.ok())
        return st.error();
    auto done = forEachRow(*st.value(), [&](const Statement& s) {
        const auto type = exceptionTypeFromString(s.text(0));
        const auto state = exceptionStateFromString(s.text(1));
        if (!type || !state)
            return;
        auto& c = out[static_cast<int>(*type)];
        (*state == ExceptionState::Open ? c.open : c.acknowledged) = s.int64(2);
    });
    if (!done.ok())
        return done.error();
    return out;
}

Result<QList<CursorLag>> DashboardRepository::syncLag(const QDateTime& now)
{
    auto st = m_db.cached("SELECT name, updated_at FROM sync_cursors ORDER BY name");
    if (!st.ok())
        return st.error();
    return collectRows<CursorLag>(*st.value(), [&](const Statement& s) {
        const QDateTime at = s.dateTime(1);
        return CursorLag{s.text(0), at, secondsBetween(at, now)};
    });
}

Result<QList<OldestException>> DashboardRepository::oldestOpenByType(const QDateTime& now)
{
    // One seek per type on exceptions_tf (type, state, first_seen, id): portable, and never a scan.
    auto st = m_db.cached("SELECT id, order_ref, first_seen, sla_due FROM exceptions "
                          "WHERE type = ?1 AND state = 'open' ORDER BY first_seen, id LIMIT 1");
    if (!st.ok())
        return st.error();
    QList<OldestException> out;
    for (int i = 0; i < kExceptionTypeCount; ++i) {
        const auto type = static_cast<ExceptionType>(i);
        Statement& s = *st.value();
        s.reset();
        s.bind(1, toString(type));
        auto row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            continue;
        const QDateTime firstSeen = s.dateTime(2);
        const QDateTime slaDue = s.dateTime(3);
        out.append(OldestException{type,
            s.int64(0),
            s.text(1),
            firstSeen,
            slaDue,
            secondsBetween(firstSeen, now),
            slaDue.isValid() && slaDue < now});
    }
    st.value()->reset();
    return out;
}

} // namespace lockstep::core::store
