// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit_repository.h"

namespace lockstep::core::store {

namespace {

constexpr const char* kColumns = "id, at, actor, action, subject_type, subject_id, before, after, note, note_message";

AuditEntry readEntry(const Statement& s)
{
    return AuditEntry{s.int64(0),
        s.dateTime(1),
        s.text(2),
        s.text(3),
        s.text(4),
        s.text(5),
        s.text(6),
        s.text(7),
        s.text(8),
        // A message this program cannot read (malformed, or a row before it was kept) shows the note as written.
        Message::fromStored(s.text(9)).value_or(Message())};
}

} // namespace

Result<qint64> AuditRepository::append(const AuditEntry& e)
{
    auto st = m_db.cached("INSERT INTO audit_log (at, actor, action, subject_type, subject_id, before, after, note, "
                          "note_message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id");
    if (!st.ok())
        return st.error();
    auto r = st.value()
                 ->bind(1, e.at)
                 .bind(2, e.actor)
                 .bind(3, e.action)
                 .bind(4, e.subjectType)
                 .bind(5, e.subjectId)
                 .bind(6, e.before)
                 .bind(7, e.after)
                 .bind(8, e.note)
                 .bind(9, e.noteMessage.isEmpty() ? QString() : e.noteMessage.toStored())
                 .insertedId();
    if (!r.ok())
        return r.error();
    return r.value();
}

Result<QList<AuditEntry>> AuditRepository::forSubject(const QString& subjectType, const QString& subjectId)
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE subject_type = ?1 AND subject_id = ?2 "
                                          "ORDER BY at, id")
                               .arg(QLatin1String(kColumns)));
    if (!st.ok())
        return st.error();
    st->bind(1, subjectType).bind(2, subjectId);
    return collectRows<AuditEntry>(st.value(), readEntry);
}

Result<QList<AuditEntry>> AuditRepository::inRange(
    const QDateTime& from, const QDateTime& to, qint64 afterId, int limit)
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE at >= ?1 AND at < ?2 AND id > ?3 "
                                          "ORDER BY id LIMIT ?4")
                               .arg(QLatin1String(kColumns)));
    if (!st.ok())
        return st.error();
    st->bind(1, from).bind(2, to).bind(3, afterId).bind(4, limit);
    return collectRows<AuditEntry>(st.value(), readEntry);
}

Result<QList<AuditEntry>> AuditRepository::page(const AuditQuery& q)
{
    // The key replaces the range bound on its side (at <= key when reading backwards, at >= key forwards), so
    // the index range starts at the key: a page deep in a million rows costs what the first one does. Row
    // values break ties on id (SQLite 3.15+, PostgreSQL alike).
    const QLatin1String direction(q.newestFirst ? "DESC" : "ASC");
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE ").arg(QLatin1String(kColumns));
    if (!q.after)
        sql += QStringLiteral("at >= ?1 AND at < ?2");
    else if (q.newestFirst)
        sql += QStringLiteral("at >= ?1 AND at <= ?3 AND (at, id) < (?3, ?4)");
    else
        sql += QStringLiteral("at >= ?3 AND at < ?2 AND (at, id) > (?3, ?4)");
    if (!q.text.isEmpty())
        sql += QStringLiteral(" AND (actor LIKE ?5 ESCAPE '\\' OR action LIKE ?5 ESCAPE '\\'"
                              " OR (subject_type || ':' || subject_id) LIKE ?5 ESCAPE '\\')");
    sql += QStringLiteral(" ORDER BY at %1, id %1 LIMIT ?6").arg(direction);
    auto st = m_db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bind(1, q.from).bind(2, q.to);
    if (q.after)
        st->bind(3, q.after->at).bind(4, q.after->id);
    if (!q.text.isEmpty()) {
        QString pattern = q.text;
        pattern.replace(u'\\', QStringLiteral("\\\\"));
        pattern.replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        st->bind(5, u'%' + pattern + u'%');
    }
    st->bind(6, q.limit);
    return collectRows<AuditEntry>(st.value(), readEntry);
}

} // namespace lockstep::core::store
