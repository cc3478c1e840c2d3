// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox_repository.h"

namespace lockstep::core::store {

namespace {

constexpr const char* kColumns = "id, idempotency_key, kind, target, payload, state, attempts, next_attempt_at, "
                                 "last_error, created_at, updated_at";

OutboxState stateFrom(const QString& text)
{
    if (text == QLatin1String("sent"))
        return OutboxState::Sent;
    if (text == QLatin1String("sending"))
        return OutboxState::Sending;
    if (text == QLatin1String("failed"))
        return OutboxState::Failed;
    if (text == QLatin1String("dead"))
        return OutboxState::Dead;
    return OutboxState::Pending;
}

OutboxEntry readEntry(const Statement& s)
{
    OutboxEntry e;
    e.id = s.int64(0);
    e.idempotencyKey = s.text(1);
    e.kind = s.text(2);
    e.target = s.text(3);
    e.payload = s.text(4);
    e.state = stateFrom(s.text(5));
    e.attempts = s.int32(6);
    e.nextAttemptAt = s.dateTime(7);
    e.lastError = s.text(8);
    e.createdAt = s.dateTime(9);
    e.updatedAt = s.dateTime(10);
    return e;
}

} // namespace

QString toString(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Dead:
        return QStringLiteral("dead");
    }
    return {};
}

Result<qint64> OutboxRepository::enqueue(const OutboxEntry& e)
{
    // A key already queued is refused without an error from the database: on PostgreSQL a failed statement would
    // abort the transaction around it, and callers go on in it (a cancellation already queued is looked at next).
    auto st = m_db.cached(R"SQL(
        INSERT INTO outbox (idempotency_key, kind, target, payload, state, attempts, next_attempt_at, last_error,
            created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)
        ON CONFLICT (idempotency_key) DO NOTHING RETURNING id)SQL");
    if (!st.ok())
        return st.error();
    const QDateTime created = e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc();
    Statement& insert = *st.value();
    insert.bind(1, e.idempotencyKey)
        .bind(2, e.kind)
        .bind(3, e.target)
        .bind(4, e.payload)
        .bind(5, toString(e.state))
        .bind(6, e.attempts)
        .bind(7, e.nextAttemptAt.isValid() ? e.nextAttemptAt : created)
        .bind(8, e.lastError)
        .bind(9, created);
    auto row = insert.step();
    if (!row.ok()) {
        Error err = row.error();
        err.context = e.idempotencyKey;
        return err;
    }
    const qint64 id = row.value() ? insert.int64(0) : 0;
    if (auto done = insert.exec(); !done.ok())
        return done.error();
    if (!row.value())
        return makeError(
            ErrorCode::Conflict, QStringLiteral("an outbox entry with this idempotency key exists"), e.idempotencyKey);
    return id;
}

Result<std::optional<OutboxEntry>> OutboxRepository::findByKey(const QString& key)
{
    auto st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE idempotency_key = ?1").arg(QLatin1String(kColumns)));
    if (!st.ok())
        return st.error();
    st->bind(1, key);
    auto rows = collectRows<OutboxEntry>(st.value(), readEntry);
    if (!rows.ok())
        return rows.error();
    return rows->isEmpty() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(rows->constFirst());
}

Result<QList<OutboxEntry>> OutboxRepository::due(const QDateTime& now, int limit)
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state IN ('pending', 'failed') AND "
                                          "next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2")
                               .arg(QLatin1String(kColumns)));
    if (!st.ok())
        return st.error();
    st->bind(1, now).bind(2, limit);
    return collectRows<OutboxEntry>(st.value(), readEntry);
}

Status OutboxRepository::setState(
    qint64 id, OutboxState state, const QString& error, const QDateTime& next, const QDateTime& now, int addAttempts)
{
    auto st =
        m_db.cached("UPDATE outbox SET state = ?2, last_error = ?3, next_attempt_at = COALESCE(?4, next_attempt_at), "
                    "attempts = attempts + ?5, updated_at = ?6 WHERE id = ?1");
    if (!st.ok())
        return st.error();
    auto r = st.value()
                 ->bind(1, id)
                 .bind(2, toString(state))
                 .bind(3, error)
                 .bind(4, next)
                 .bind(5, addAttempts)
                 .bind(6, now)
                 .exec();
    if (!r.ok())
        return r;
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no outbox entry"), QString::number(id));
    return Status::success();
}

Status OutboxRepository::markSent(qint64 id, const QDateTime& now)
{
    return setState(id, OutboxState::Sent, {}, {}, now, 1);
}

Status OutboxRepository::markFailed(
    qint64 id, const QString& error, const QDateTime& nextAttemptAt, const QDateTime& now)
{
    return setState(id, OutboxState::Failed, error, nextAttemptAt, now, 1);
}

Status OutboxRepository::markDead(qint64 id, const QString& error, const QDateTime& now)
{
    return setState(id, OutboxState::Dead, error, {}, now, 1);
}

Status OutboxRepository::requeue(qint64 id, const QDateTime& now)
{
    auto st = m_db.cached("UPDATE outbox SET state = 'pending', last_error = '', next_attempt_at = ?2, updated_at = ?2 "
                          "WHERE id = ?1 AND state <> 'sending'");
    if (!st.ok())
        return st.error();
    if (auto r = st.value()->bind(1, id).bind(2, now).exec(); !r.ok())
        return r;
    if (m_db.changes() == 0)
        return makeError(
            ErrorCode::Conflict, QStringLiteral("the outbox entry is being sent or is gone"), QString::number(id));
    return Status::success();
}

Result<bool> OutboxRepository::claim(qint64 id, const QString& claimant, qint64 epoch, const QDateTime& now)
{
    // Fenced: only under the holder's epoch, and on a server only while its lease runs by the server's clock (a file's
    // claim is its lock and has no lease).
    auto st = m_db.dialect() == Dialect::Postgres
        ? m_db.cached(
            "UPDATE outbox SET state = 'sending', claimed_by = ?2, claimed_epoch = ?3, claimed_at = ?4, "
            "updated_at = ?4 WHERE id = ?1 AND state IN ('pending', 'failed') AND (?3 = 0 OR ?3 = (SELECT epoch "
            "FROM engine_claim WHERE id = 1 AND lease_until > (extract(epoch from clock_timestamp()) * 1000)::bigint))")
        : m_db.cached("UPDATE outbox SET state = 'sending', claimed_by = ?2, claimed_epoch = ?3, claimed_at = ?4, "
                      "updated_at = ?4 WHERE id = ?1 AND state IN ('pending', 'failed') "
                      "AND (?3 = 0 OR ?3 = (SELECT epoch FROM engine_claim WHERE id = 1))");
    if (!st.ok())
        return st.error();
    if (auto r = st.value()->bind(1, id).bind(2, claimant).bindInt64(3, epoch).bind(4, now).exec(); !r.ok())
        return r.error();
    return m_db.changes() == 1;
}

Status OutboxRepository::unclaim(qint64 id, const QDateTime& retryAt, const QDateTime& now)
{
    auto st = m_db.cached(
        "UPDATE outbox SET state = 'failed', next_attempt_at = ?2, updated_at = ?3, attempts = attempts + 1, "
        "last_error = 'its outcome could not be recorded; the next attempt looks at the receiver first' "
        "WHERE id = ?1 AND state = 'sending'");
    if (!st.ok())
        return st.error();
    return st.value()->bind(1, id).bind(2, retryAt).bind(3, now).exec();
}

Result<int> OutboxRepository::releaseInterrupted(const QDateTime& retryAt, const QDateTime& now)
{
    auto st = m_db.cached("UPDATE outbox SET state = 'failed', next_attempt_at = ?1, updated_at = ?2, "
                          "last_error = 'interrupted while sending; the next attempt looks at the receiver first' "
                          "WHERE state = 'sending'");
    if (!st.ok())
        return st.error();
    if (auto r = st.value()->bind(1, retryAt).bind(2, now).exec(); !r.ok())
        return r.error();
    return m_db.changes();
}

Status OutboxRepository::updatePayload(qint64 id, const QString& payload, const QDateTime& now)
{
    auto st = m_db.cached(
        "UPDATE outbox SET payload = ?2, updated_at = ?3 WHERE id = ?1 AND state NOT IN ('sent', 'sending')");
    if (!st.ok())
        return st.error();
    if (auto r = st.value()->bind(1, id).bind(2, payload).bind(3, now).exec(); !r.ok())
        return r;
    if (m_db.changes() == 0)
        return makeError(
            ErrorCode::Conflict, QStringLiteral("the outbox entry was sent or is gone"), QString::number(id));
    return Status::success();
}

Result<QList<OutboxEntry>> OutboxRepository::unsent(const QString& kind, int limit)
{
    // By state first (the outbox_due index): sent rows, the great majority, are never read.
    auto st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state IN ('pending', 'failed', 'sending', 'dead') "
                                    "AND kind = ?1 ORDER BY created_at, id LIMIT ?2")
                         .arg(QLatin1String(kColumns)));
    if (!st.ok())
        return st.error();
    st->bind(1, kind).bind(2, std::max(1, limit));
    return collectRows<OutboxEntry>(st.value(), readEntry);
}

Result<int> OutboxRepository::countByState(OutboxState state)
{
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?1"));
    if (!st.ok())
        return st.error();
    st->bind(1, toString(state));
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return st->int32(0);
}

} // namespace lockstep::core::store
