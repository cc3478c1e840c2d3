// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_repository.h"

namespace lockstep::core::store {

Result<qint64> ActionRepository::addResolution(const ExceptionResolution& r)
{
    auto st = m_db.cached("INSERT INTO exception_resolutions (exception_id, kind, note, resolved_by, resolved_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id");
    if (!st.ok())
        return st.error();
    auto done = st.value()
                    ->bind(1, r.exceptionId)
                    .bind(2, r.kind)
                    .bind(3, r.note)
                    .bind(4, r.resolvedBy)
                    .bind(5, r.resolvedAt)
                    .insertedId();
    if (!done.ok())
        return done.error();
    return done.value();
}

Status ActionRepository::markReopened(qint64 exceptionId, const QString& by, const QDateTime& at)
{
    auto st = m_db.cached("UPDATE exception_resolutions SET reopened_by = ?2, reopened_at = ?3 "
                          "WHERE exception_id = ?1 AND reopened_at IS NULL");
    if (!st.ok())
        return st.error();
    return st.value()->bind(1, exceptionId).bind(2, by).bind(3, at).exec();
}

Result<QList<ExceptionResolution>> ActionRepository::resolutionsFor(qint64 exceptionId)
{
    auto st = m_db.prepare(QStringLiteral("SELECT id, exception_id, kind, note, resolved_by, resolved_at, reopened_by, "
                                          "reopened_at FROM exception_resolutions WHERE exception_id = ?1 "
                                          "ORDER BY resolved_at, id"));
    if (!st.ok())
        return st.error();
    st->bind(1, exceptionId);
    return collectRows<ExceptionResolution>(st.value(), [](const Statement& s) {
        return ExceptionResolution{
            s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), s.dateTime(5), s.text(6), s.dateTime(7)};
    });
}

Status ActionRepository::setFacilityOverride(
    qint64 orderId, const QString& facility, const QString& by, const QDateTime& at)
{
    auto st =
        m_db.cached("INSERT INTO order_overrides (order_id, facility, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4) "
                    "ON CONFLICT (order_id) DO UPDATE SET facility = excluded.facility, "
                    "updated_by = excluded.updated_by, updated_at = excluded.updated_at");
    if (!st.ok())
        return st.error();
    return st.value()->bind(1, orderId).bind(2, facility).bind(3, by).bind(4, at).exec();
}

Result<QString> ActionRepository::facilityOverride(qint64 orderId)
{
    auto st = m_db.cached("SELECT facility FROM order_overrides WHERE order_id = ?1");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, orderId);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    QString facility = row.value() ? s.text(0) : QString();
    s.reset();
    return facility;
}

Status ActionRepository::leaveOutLine(qint64 orderId, const QString& sku, const QString& by, const QDateTime& at)
{
    auto st = m_db.cached("INSERT INTO order_lines_left_out (order_id, storefront_sku, left_out_by, left_out_at) "
                          "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (order_id, storefront_sku) DO NOTHING");
    if (!st.ok())
        return st.error();
    return st.value()->bind(1, orderId).bind(2, sku).bind(3, by).bind(4, at).exec();
}

Result<QStringList> ActionRepository::linesLeftOut(qint64 orderId)
{
    auto st =
        m_db.cached("SELECT storefront_sku FROM order_lines_left_out WHERE order_id = ?1 ORDER BY storefront_sku");
    if (!st.ok())
        return st.error();
    st.value()->bind(1, orderId);
    auto rows = collectRows<QString>(*st.value(), [](const Statement& s) { return s.text(0); });
    if (!rows.ok())
        return rows.error();
    return QStringList(rows.value());
}

Status ActionRepository::requestIntercept(const InterceptRequest& request)
{
    auto st = m_db.cached(
        "INSERT INTO intercept_requests (exception_id, requested_by, requested_at, note) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (exception_id) DO UPDATE SET requested_by = excluded.requested_by, "
        "requested_at = excluded.requested_at, note = excluded.note, outcome = '', outcome_at = NULL");
    if (!st.ok())
        return st.error();
    return st.value()
        ->bind(1, request.exceptionId)
        .bind(2, request.requestedBy)
        .bind(3, request.requestedAt)
        .bind(4, request.note)
        .exec();
}

Result<std::optional<InterceptRequest>> ActionRepository::interceptRequest(qint64 exceptionId)
{
    auto st = m_db.cached("SELECT exception_id, requested_by, requested_at, note, outcome, outcome_at "
                          "FROM intercept_requests WHERE exception_id = ?1");
    if (!st.ok())
        return st.error();
    st.value()->bind(1, exceptionId);
    auto rows = collectRows<InterceptRequest>(*st.value(), [](const Statement& s) {
        return InterceptRequest{s.int64(0), s.text(1), s.dateTime(2), s.text(3), s.text(4), s.dateTime(5)};
    });
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return std::optional<InterceptRequest>();
    return std::optional<InterceptRequest>(rows->constFirst());
}

Status ActionRepository::settleIntercept(qint64 exceptionId, const QString& outcome, const QDateTime& at)
{
    auto st = m_db.cached("UPDATE intercept_requests SET outcome = ?2, outcome_at = ?3 "
                          "WHERE exception_id = ?1 AND outcome = ''");
    if (!st.ok())
        return st.error();
    return st.value()->bind(1, exceptionId).bind(2, outcome).bind(3, at).exec();
}

Status ActionRepository::upsertCustomFieldMapping(
    const QString& storefrontField, const QString& wmsField, const QString& by, const QDateTime& at)
{
    auto st = m_db.cached(
        "INSERT INTO custom_field_map (storefront_field, wms_field, created_by, created_at) "
        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (storefront_field) DO UPDATE SET "
        "wms_field = excluded.wms_field, created_by = excluded.created_by, created_at = excluded.created_at");
    if (!st.ok())
        return st.error();
    return st.value()->bind(1, storefrontField).bind(2, wmsField).bind(3, by).bind(4, at).exec();
}

Result<QHash<QString, QString>> ActionRepository::customFieldMappings()
{
    auto st = m_db.prepare(QStringLiteral("SELECT storefront_field, wms_field FROM custom_field_map"));
    if (!st.ok())
        return st.error();
    QHash<QString, QString> map;
    auto done = forEachRow(st.value(), [&](const Statement& s) { map.insert(s.text(0), s.text(1)); });
    if (!done.ok())
        return done.error();
    return map;
}

} // namespace lockstep::core::store
