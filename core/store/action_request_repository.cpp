// SPDX-License-Identifier: GPL-3.0-or-later
#include "action_request_repository.h"

#include "domain/enum_text.h"

#include <array>

namespace lockstep::core::store {

namespace {

constexpr std::array<std::pair<ActionRequest::State, const char*>, 5> kStateNames{{
    {ActionRequest::State::Queued, "queued"},
    {ActionRequest::State::Running, "running"},
    {ActionRequest::State::Done, "done"},
    {ActionRequest::State::Interrupted, "interrupted"},
    {ActionRequest::State::Withdrawn, "withdrawn"},
}};

constexpr const char* kColumns = "id, kind, command, requested_by, requested_from, requested_at, state, epoch, "
                                 "taken_at, progress_done, progress_total, result, finished_at";

ActionRequest readRequest(const Statement& s)
{
    ActionRequest r;
    r.id = s.int64(0);
    r.kind = s.text(1);
    r.command = s.text(2);
    r.requestedBy = s.text(3);
    r.requestedFrom = s.text(4);
    r.requestedAt = s.dateTime(5);
    r.state = enumFromText(kStateNames, s.text(6)).value_or(ActionRequest::State::Queued);
    r.epoch = s.isNull(7) ? 0 : s.int64(7);
    r.takenAt = s.dateTime(8);
    r.progressDone = s.int32(9);
    r.progressTotal = s.int32(10);
    r.result = s.text(11);
    r.finishedAt = s.dateTime(12);
    return r;
}

Result<std::optional<ActionRequest>> oneOrNone(Statement& st)
{
    auto row = st.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<ActionRequest>{};
    return std::optional<ActionRequest>{readRequest(st)};
}

} // namespace

QString toString(ActionRequest::State state)
{
    return enumText(kStateNames, state);
}

Result<qint64> ActionRequestRepository::add(const ActionRequest& r)
{
    auto st = m_db.cached("INSERT INTO action_requests (kind, command, requested_by, requested_from, requested_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id");
    if (!st.ok())
        return st.error();
    return st.value()
        ->bind(1, r.kind)
        .bind(2, r.command)
        .bind(3, r.requestedBy)
        .bind(4, r.requestedFrom)
        .bind(5, r.requestedAt)
        .insertedId();
}

Result<std::optional<ActionRequest>> ActionRequestRepository::find(qint64 id)
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM action_requests WHERE id = ?1").arg(kColumns));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    return oneOrNone(st.value());
}

Result<bool> ActionRequestRepository::anyQueued()
{
    auto st = m_db.cached("SELECT 1 FROM action_requests WHERE state = 'queued' LIMIT 1");
    if (!st.ok())
        return st.error();
    auto row = st.value()->step();
    st.value()->reset(); // no read left open on the connection
    return row;
}

Result<std::optional<ActionRequest>> ActionRequestRepository::take(qint64 epoch, const QDateTime& now)
{
    // On a server, two takers at once: the first locks the oldest row, the other skips it (and finds the next, or
    // none), and the outer state check holds either way. On a file the writer's lock serialises them.
    const bool server = m_db.dialect() == Dialect::Postgres;
    auto st = m_db.prepare(QStringLiteral("UPDATE action_requests SET state = 'running', epoch = ?1, taken_at = ?2 "
                                          "WHERE state = 'queued' AND id = (SELECT id FROM action_requests "
                                          "WHERE state = 'queued' ORDER BY id LIMIT 1%1) RETURNING %2")
                               .arg(server ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString(), kColumns));
    if (!st.ok())
        return st.error();
    st->bind(1, epoch).bind(2, now);
    return oneOrNone(st.value());
}

Status ActionRequestRepository::setProgress(qint64 id, int done, int total)
{
    auto st = m_db.cached("UPDATE action_requests SET progress_done = ?2, progress_total = ?3 "
                          "WHERE id = ?1 AND state = 'running'");
    if (!st.ok())
        return st.error();
    return st.value()->bind(1, id).bind(2, done).bind(3, total).exec();
}

Status ActionRequestRepository::finish(qint64 id, const QString& result, const QDateTime& now)
{
    auto st = m_db.cached("UPDATE action_requests SET state = 'done', result = ?2, finished_at = ?3 "
                          "WHERE id = ?1 AND state = 'running' RETURNING id");
    if (!st.ok())
        return st.error();
    auto row = st.value()->bind(1, id).bind(2, result).bind(3, now).step();
    st.value()->reset(); // complete the change: a kept statement is otherwise reset only at its next use
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Conflict, QStringLiteral("action request %1 is no longer running").arg(id));
    return Status::success();
}

Result<bool> ActionRequestRepository::withdraw(qint64 id, const QDateTime& now)
{
    auto st = m_db.cached("UPDATE action_requests SET state = 'withdrawn', finished_at = ?2 "
                          "WHERE id = ?1 AND state = 'queued' RETURNING id");
    if (!st.ok())
        return st.error();
    auto row = st.value()->bind(1, id).bind(2, now).step();
    st.value()->reset(); // complete the change: a kept statement is otherwise reset only at its next use
    return row;
}

Result<int> ActionRequestRepository::interruptOthers(qint64 epoch, const QString& result, const QDateTime& now)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE action_requests SET state = 'interrupted', result = ?2, "
                                          "finished_at = ?3 WHERE state = 'running' AND epoch <> ?1"));
    if (!st.ok())
        return st.error();
    if (auto done = st->bind(1, epoch).bind(2, result).bind(3, now).exec(); !done.ok())
        return done.error();
    return m_db.changes();
}

} // namespace lockstep::core::store
