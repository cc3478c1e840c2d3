// SPDX-License-Identifier: GPL-3.0-or-later
#include "exception_repository.h"

#include <algorithm>

namespace lockstep::core::store {

namespace {

constexpr const char* kColumns =
    "id, type, subject_key, state, severity, owner_team, order_ref, order_id, sku, facility, signature, reason, "
    "suggested_action, payload, attempts, first_seen, last_seen, sla_due, cutoff_at, assignee, claimed_by, version, "
    "reason_message, action_message";

ExceptionRecord readRecord(const Statement& s)
{
    ExceptionRecord r;
    r.id = s.int64(0);
    r.type = exceptionTypeFromString(s.text(1)).value_or(ExceptionType::FailedAllocation);
    r.subjectKey = s.text(2);
    r.state = exceptionStateFromString(s.text(3)).value_or(ExceptionState::Open);
    r.severity = static_cast<Severity>(std::clamp<qint64>(s.int64(4), 1, 4));
    r.ownerTeam = ownerTeamFromString(s.text(5)).value_or(OwnerTeam::Operations);
    r.orderRef = s.text(6);
    r.orderId = s.isNull(7) ? 0 : s.int64(7);
    r.sku = s.text(8);
    r.facility = s.text(9);
    r.signature = s.text(10);
    r.reason = s.text(11);
    r.suggestedAction = s.text(12);
    r.payload = s.text(13);
    r.attempts = s.int32(14);
    r.firstSeen = s.dateTime(15);
    r.lastSeen = s.dateTime(16);
    r.slaDue = s.dateTime(17);
    r.cutoffAt = s.dateTime(18);
    r.assignee = s.text(19);
    r.claimedBy = s.text(20);
    r.version = s.int64(21);
    r.reasonMessage = Message::fromStored(s.text(22)).value_or(Message());
    r.actionMessage = Message::fromStored(s.text(23)).value_or(Message());
    return r;
}

/// A row of (type, signature, count, oldest first seen).
CauseGroup readCause(const Statement& s)
{
    return CauseGroup{exceptionTypeFromString(s.text(0)).value_or(ExceptionType::FailedAllocation),
        s.text(1),
        s.int64(2),
        s.dateTime(3)};
}

const char* sortColumn(ExceptionSort sort)
{
    switch (sort) {
    case ExceptionSort::LastSeen:
        return "last_seen";
    case ExceptionSort::FirstSeen:
        return "first_seen";
    case ExceptionSort::Severity:
        return "severity";
    case ExceptionSort::OrderRef:
        return "order_ref";
    }
    return "last_seen";
}

/// WHERE clauses and their bound values, in order. Values are bound by position after the clauses are joined.
struct Where
{
    QStringList clauses;
    QList<std::variant<qint64, QString>> values;

    QString placeholder() const { return QStringLiteral("?%1").arg(values.size() + 1); }
    void add(const QString& clauseWithPlaceholder, std::variant<qint64, QString> value)
    {
        clauses.append(clauseWithPlaceholder.arg(placeholder()));
        values.append(std::move(value));
    }
    QString sql() const { return clauses.isEmpty() ? QStringLiteral("1 = 1") : clauses.join(QStringLiteral(" AND ")); }
    void bindAll(Statement& s) const
    {
        for (int i = 0; i < values.size(); ++i)
            std::visit([&](const auto& v) { s.bind(i + 1, v); }, values[i]);
    }
};

QString ftsPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

/// `driveFromText`: the text matches few rows (fewTextMatches), so every other condition is written so no
/// index can serve it (a unary `+`) and SQLite reads the matching rows by id from the trigram index instead
/// of walking the whole queue's index for them.
/// The searched columns as one text, on PostgreSQL: its trigram index (pg_trgm, GIN) is on this expression.
constexpr const char* kSearchedText = "(order_ref || ' ' || sku || ' ' || facility || ' ' || reason)";

Where buildWhere(const ExceptionFilter& f, Dialect dialect, bool driveFromText = false)
{
    Where w;
    // PostgreSQL's planner needs no such hint (and has no unary + for text).
    const bool hint = driveFromText && dialect == Dialect::Sqlite;
    const auto column = [hint](const char* clause) {
        return (hint ? QStringLiteral("+") : QString()) + QLatin1String(clause);
    };
    if (f.type)
        w.add(column("type = %1"), toString(*f.type));
    if (f.state)
        w.add(column("state = %1"), toString(*f.state));
    if (!f.facility.isEmpty())
        w.add(column("facility = %1"), f.facility);
    if (f.owner)
        w.add(column("owner_team = %1"), toString(*f.owner));
    if (f.firstSeenBefore.isValid())
        w.add(column("first_seen < %1"), f.firstSeenBefore.toMSecsSinceEpoch());
    if (!f.signature.isEmpty())
        w.add(column("signature = %1"), f.signature);
    if (!f.sku.isEmpty())
        w.add(column("sku = %1"), f.sku);
    if (f.assignee)
        w.add(column("assignee = %1"), f.assignee->trimmed());
    if (f.aboutAnOrder)
        w.clauses.append(column("order_ref <> ''"));
    const QString text = f.text.trimmed();
    if (!text.isEmpty() && dialect == Dialect::Postgres) {
        w.add(QLatin1String(kSearchedText) + QStringLiteral(" LIKE %1 ESCAPE '\\'"), likePattern(text));
    } else if (text.size() >= 3) {
        // Trigram index: substring match without scanning the table.
        w.add(
            QStringLiteral("id IN (SELECT rowid FROM exceptions_fts WHERE exceptions_fts MATCH %1)"), ftsPhrase(text));
    } else if (!text.isEmpty()) {
        const QString p = w.placeholder();
        w.clauses.append(QStringLiteral("(order_ref LIKE %1 ESCAPE '\\' OR sku LIKE %1 ESCAPE '\\' OR facility LIKE %1 "
                                        "ESCAPE '\\' OR reason LIKE %1 ESCAPE '\\')")
                             .arg(p));
        w.values.append(likePattern(text));
    }
    return w;
}

} // namespace

Result<bool> ExceptionRepository::fewTextMatches(const ExceptionFilter& filter)
{
    // A search such as an order number shares its commonest trigrams ("WC-", "C-1") with every row, yet
    // matches one; the page's ORDER BY ... LIMIT would walk the queue's index to the end looking for more
    // (about 150 ms at 1,000,000 rows). Reading at most a few thousand matches tells the two cases apart in
    // a few milliseconds, and a broad match (a facility) fills its page from the index at once.
    const QString text = filter.text.trimmed();
    if (text.size() < 3)
        return false;
    const bool server = m_db.dialect() == Dialect::Postgres;
    auto st = server
        ? m_db.cached("SELECT count(*) FROM (SELECT 1 FROM exceptions WHERE (order_ref || ' ' || sku || "
                      "' ' || facility || ' ' || reason) LIKE ?1 ESCAPE '\\' LIMIT ?2) AS matches")
        : m_db.cached("SELECT count(*) FROM (SELECT rowid FROM exceptions_fts WHERE exceptions_fts MATCH ?1 "
                      "LIMIT ?2)");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, server ? likePattern(text) : ftsPhrase(text)).bind(2, kFewTextMatches + 1);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    const bool few = s.int64(0) <= kFewTextMatches;
    s.reset();
    return few;
}

PageKey ExceptionRepository::keyOf(const ExceptionRecord& r, ExceptionSort sort)
{
    switch (sort) {
    case ExceptionSort::LastSeen:
        return {r.lastSeen.toMSecsSinceEpoch(), r.id};
    case ExceptionSort::FirstSeen:
        return {r.firstSeen.toMSecsSinceEpoch(), r.id};
    case ExceptionSort::Severity:
        return {static_cast<qint64>(r.severity), r.id};
    case ExceptionSort::OrderRef:
        return {r.orderRef, r.id};
    }
    return {qint64(0), r.id};
}

Result<UpsertOutcome> ExceptionRepository::upsert(const ExceptionRecord& r)
{
    // Read the previous state first (an indexed lookup) to tell created, updated and reopened apart.
    auto prior = m_db.cached("SELECT state FROM exceptions WHERE type = ?1 AND subject_key = ?2");
    if (!prior.ok())
        return prior.error();
    prior.value()->bind(1, toString(r.type)).bind(2, r.subjectKey);
    auto found = prior.value()->step();
    if (!found.ok())
        return found.error();
    const QString before = found.value() ? prior.value()->text(0) : QString();
    prior.value()->reset();

    auto st = m_db.cached(R"SQL(
        INSERT INTO exceptions (type, subject_key, state, severity, owner_team, order_ref, order_id, sku, facility,
            signature, reason, suggested_action, payload, attempts, first_seen, last_seen, sla_due, cutoff_at,
            assignee, claimed_by, version, reason_message, action_message)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, 1, ?21, ?22)
        ON CONFLICT (type, subject_key) DO UPDATE SET
            version = exceptions.version + (CASE WHEN exceptions.state = 'resolved'
                OR exceptions.reason IS DISTINCT FROM excluded.reason
                OR exceptions.severity IS DISTINCT FROM excluded.severity
                OR exceptions.suggested_action IS DISTINCT FROM excluded.suggested_action THEN 1 ELSE 0 END),
            state = CASE WHEN exceptions.state = 'resolved' THEN 'open' ELSE exceptions.state END,
            severity = excluded.severity, owner_team = excluded.owner_team, order_ref = excluded.order_ref,
            order_id = excluded.order_id, sku = excluded.sku, facility = excluded.facility,
            signature = excluded.signature, reason = excluded.reason, suggested_action = excluded.suggested_action,
            reason_message = excluded.reason_message, action_message = excluded.action_message,
            payload = excluded.payload, last_seen = excluded.last_seen, sla_due = excluded.sla_due,
            cutoff_at = excluded.cutoff_at
        RETURNING id)SQL");
    if (!st.ok())
        return st.error();
    Statement& s = *st.value();
    s.bind(1, toString(r.type))
        .bind(2, r.subjectKey)
        .bind(3, toString(r.state))
        .bind(4, static_cast<qint64>(r.severity))
        .bind(5, toString(r.ownerTeam))
        .bind(6, r.orderRef)
        .bindIdOrNull(7, r.orderId)
        .bind(8, r.sku)
        .bind(9, r.facility)
        .bind(10, r.signature)
        .bind(11, r.reason)
        .bind(12, r.suggestedAction)
        .bind(13, r.payload.isEmpty() ? QStringLiteral("{}") : r.payload)
        .bind(14, r.attempts)
        .bind(15, r.firstSeen)
        .bind(16, r.lastSeen.isValid() ? r.lastSeen : r.firstSeen)
        .bind(17, r.slaDue)
        .bind(18, r.cutoffAt)
        .bind(19, r.assignee)
        .bind(20, r.claimedBy)
        .bind(21, r.reasonMessage.toStored())
        .bind(22, r.actionMessage.toStored());
    auto row = s.step();
    if (!row.ok())
        return row.error();
    UpsertOutcome out;
    out.id = s.int64(0);
    out.created = before.isNull();
    out.reopened = before == QLatin1String("resolved");
    s.reset();
    return out;
}

Result<std::optional<ExceptionRecord>> ExceptionRepository::findById(qint64 id)
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM exceptions WHERE id = ?1").arg(QLatin1String(kColumns)));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto rows = collectRows<ExceptionRecord>(st.value(), readRecord);
    if (!rows.ok())
        return rows.error();
    return rows->isEmpty() ? std::optional<ExceptionRecord>() : std::optional<ExceptionRecord>(rows->constFirst());
}

Result<std::optional<ExceptionRecord>> ExceptionRepository::findBySubject(ExceptionType type, const QString& subjectKey)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM exceptions WHERE type = ?1 AND subject_key = ?2").arg(QLatin1String(kColumns)));
    if (!st.ok())
        return st.error();
    st->bind(1, toString(type)).bind(2, subjectKey);
    auto rows = collectRows<ExceptionRecord>(st.value(), readRecord);
    if (!rows.ok())
        return rows.error();
    return rows->isEmpty() ? std::optional<ExceptionRecord>() : std::optional<ExceptionRecord>(rows->constFirst());
}

Result<bool> ExceptionRepository::markResolved(qint64 id, const QDateTime& now)
{
    auto st = m_db.cached("UPDATE exceptions SET state = 'resolved', version = version + 1, last_seen = ?2 "
                          "WHERE id = ?1 AND state = 'open'");
    if (!st.ok())
        return st.error();
    if (auto r = st.value()->bind(1, id).bind(2, now).exec(); !r.ok())
        return r.error();
    return m_db.changes() > 0;
}

Result<bool> ExceptionRepository::applyAction(const ExceptionRecord& r, qint64 expectedVersion)
{
    auto st =
        m_db.cached("UPDATE exceptions SET state = ?3, assignee = ?4, claimed_by = ?5, attempts = ?6, "
                    "suggested_action = ?7, action_message = ?8, version = version + 1 WHERE id = ?1 AND version = ?2");
    if (!st.ok())
        return st.error();
    auto done = st.value()
                    ->bind(1, r.id)
                    .bind(2, expectedVersion)
                    .bind(3, toString(r.state))
                    .bind(4, r.assignee)
                    .bind(5, r.claimedBy)
                    .bind(6, r.attempts)
                    .bind(7, r.suggestedAction)
                    .bind(8, r.actionMessage.toStored())
                    .exec();
    if (!done.ok())
        return done.error();
    return m_db.changes() > 0;
}

Result<QList<qint64>> ExceptionRepository::idsMatching(const ExceptionFilter& filter, qint64 afterId, int limit)
{
    Where w = buildWhere(filter, m_db.dialect());
    w.add(QStringLiteral("id > %1"), afterId);
    auto st = m_db.prepare(
        QStringLiteral("SELECT id FROM exceptions WHERE %1 ORDER BY id LIMIT %2").arg(w.sql()).arg(std::max(1, limit)));
    if (!st.ok())
        return st.error();
    w.bindAll(st.value());
    return collectRows<qint64>(st.value(), [](const Statement& s) { return s.int64(0); });
}

Result<ExceptionPage> ExceptionRepository::page(const PageRequest& req)
{
    auto few = fewTextMatches(req.filter);
    if (!few.ok())
        return few.error();
    Where w = buildWhere(req.filter, m_db.dialect(), few.value());
    const QString sortedBy = QLatin1String(sortColumn(req.sort));
    const QString col =
        few.value() && m_db.dialect() == Dialect::Sqlite ? u'+' + sortedBy : sortedBy; // for the keyset condition

    // Reading "before" a key, or from the end, walks the index the other way and flips the rows back.
    const bool reverse = req.before.has_value() || (req.fromEnd && !req.after.has_value());
    const bool sqlDescending = req.descending != reverse;
    const std::optional<PageKey>& key = req.after ? req.after : req.before;
    if (key) {
        const QString op = sqlDescending ? QStringLiteral("<") : QStringLiteral(">");
        const QString p1 = w.placeholder();
        w.values.append(key->value);
        const QString p2 = w.placeholder();
        w.values.append(key->id);
        w.clauses.append(QStringLiteral("(%1, id) %2 (%3, %4)").arg(col, op, p1, p2));
    }
    const QString dir = sqlDescending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const int limit = std::max(1, req.limit);
    const QString sql = QStringLiteral("SELECT %1 FROM exceptions WHERE %2 ORDER BY %3 %4, id %4 LIMIT %5")
                            .arg(QLatin1String(kColumns), w.sql(), sortedBy, dir)
                            .arg(limit + 1);
    auto st = m_db.prepare(sql);
    if (!st.ok())
        return st.error();
    w.bindAll(st.value());
    auto rows = collectRows<ExceptionRecord>(st.value(), readRecord);
    if (!rows.ok())
        return rows.error();
    ExceptionPage page;
    page.rows = std::move(rows).value();
    page.hasMore = page.rows.size() > limit;
    if (page.hasMore)
        page.rows.resize(limit);
    if (reverse)
        std::reverse(page.rows.begin(), page.rows.end());
    return page;
}

Result<qint64> ExceptionRepository::count(const ExceptionFilter& filter)
{
    auto few = fewTextMatches(filter);
    if (!few.ok())
        return few.error();
    const Where w = buildWhere(filter, m_db.dialect(), few.value());
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM exceptions WHERE %1").arg(w.sql()));
    if (!st.ok())
        return st.error();
    w.bindAll(st.value());
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return st->int64(0);
}

Result<AssigneeCounts> ExceptionRepository::assigneeCounts(const ExceptionFilter& filter, const QString& person)
{
    ExceptionFilter f = filter;
    f.assignee = person;
    auto mine = count(f);
    if (!mine.ok())
        return mine.error();
    f.assignee = QString();
    auto unassigned = count(f);
    if (!unassigned.ok())
        return unassigned.error();
    return AssigneeCounts{mine.value(), unassigned.value()};
}

Result<QList<CauseGroup>> ExceptionRepository::causes(const ExceptionFilter& filter, int limit)
{
    ExceptionFilter f = filter;
    f.signature.clear();
    auto few = fewTextMatches(f);
    if (!few.ok())
        return few.error();
    Where w = buildWhere(f, m_db.dialect(), few.value());
    auto st = m_db.prepare(QStringLiteral("SELECT type, signature, count(*), min(first_seen) FROM exceptions WHERE %1 "
                                          "GROUP BY type, signature ORDER BY count(*) DESC, type, signature LIMIT %2")
                               .arg(w.sql())
                               .arg(std::max(1, limit)));
    if (!st.ok())
        return st.error();
    w.bindAll(st.value());
    return collectRows<CauseGroup>(st.value(), readCause);
}

Result<QHash<ExceptionType, qint64>> ExceptionRepository::openCountsByType()
{
    auto st = m_db.prepare(QStringLiteral("SELECT type, count(*) FROM exceptions WHERE state = 'open' GROUP BY type"));
    if (!st.ok())
        return st.error();
    QHash<ExceptionType, qint64> counts;
    auto done = forEachRow(st.value(), [&](const Statement& s) {
        if (auto t = exceptionTypeFromString(s.text(0)))
            counts.insert(*t, s.int64(1));
    });
    if (!done.ok())
        return done.error();
    return counts;
}

Result<QList<ExceptionRecord>> ExceptionRepository::forOrder(qint64 orderId, int limit)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM exceptions WHERE order_id = ?1 ORDER BY last_seen DESC, id DESC LIMIT ?2")
            .arg(QLatin1String(kColumns)));
    if (!st.ok())
        return st.error();
    st->bind(1, orderId).bind(2, limit);
    return collectRows<ExceptionRecord>(st.value(), readRecord);
}

Result<bool> ExceptionRepository::hasOpenForOrder(qint64 orderId, const QList<ExceptionType>& types)
{
    for (ExceptionType type : types) {
        auto st = m_db.cached("SELECT 1 FROM exceptions WHERE state = 'open' AND order_id = ?1 AND type = ?2 LIMIT 1");
        if (!st.ok())
            return st.error();
        Statement& s = *st.value();
        s.bind(1, orderId).bind(2, toString(type));
        auto row = s.step();
        s.reset();
        if (!row.ok())
            return row.error();
        if (row.value())
            return true;
    }
    return false;
}

Result<QList<ExceptionRecord>> ExceptionRepository::open(ExceptionType type, const QString& subjectPrefix, int limit)
{
    // Through the (type, state, last_seen, id) index; the prefix is checked on the rows it yields.
    auto st = m_db.prepare(QStringLiteral(
        "SELECT %1 FROM exceptions WHERE type = ?1 AND state = 'open' AND substr(subject_key, 1, ?2) = ?3 "
        "ORDER BY id LIMIT ?4")
                               .arg(QLatin1String(kColumns)));
    if (!st.ok())
        return st.error();
    st->bind(1, toString(type)).bind(2, subjectPrefix.size()).bind(3, subjectPrefix).bind(4, std::max(1, limit));
    return collectRows<ExceptionRecord>(st.value(), readRecord);
}

Result<QList<CauseGroup>> ExceptionRepository::openCauses(std::optional<ExceptionType> type, int limit)
{
    auto st = m_db.prepare(QStringLiteral("SELECT type, signature, count(*), min(first_seen) FROM exceptions "
                                          "WHERE state = 'open'%1 GROUP BY type, signature "
                                          "ORDER BY count(*) DESC, type, signature LIMIT ?1")
                               .arg(type ? QStringLiteral(" AND type = ?2") : QString()));
    if (!st.ok())
        return st.error();
    st->bind(1, std::max(1, limit));
    if (type)
        st->bind(2, toString(*type));
    return collectRows<CauseGroup>(st.value(), readCause);
}

Result<QList<CaseGroup>> ExceptionRepository::openCases(int limit)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT order_id, max(order_ref), count(*), max(severity), min(first_seen) FROM exceptions "
                       "WHERE state = 'open' AND order_id IS NOT NULL GROUP BY order_id "
                       "ORDER BY max(severity) DESC, count(*) DESC, order_id LIMIT ?1"));
    if (!st.ok())
        return st.error();
    st->bind(1, std::max(1, limit));
    return collectRows<CaseGroup>(st.value(), [](const Statement& s) {
        return CaseGroup{s.int64(0),
            s.text(1),
            s.int64(2),
            static_cast<Severity>(std::clamp<qint64>(s.int64(3), 1, 4)),
            s.dateTime(4)};
    });
}

Result<QList<ExceptionRecord>> ExceptionRepository::openByCutoff(
    ExceptionType type, std::optional<PageKey> after, int limit)
{
    const qint64* afterCutoff = after ? std::get_if<qint64>(&after->value) : nullptr;
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM exceptions WHERE state = 'open' AND type = ?1 AND cutoff_at IS NOT NULL%2 "
                       "ORDER BY cutoff_at, id LIMIT ?2")
            .arg(QLatin1String(kColumns), afterCutoff ? QStringLiteral(" AND (cutoff_at, id) > (?3, ?4)") : QString()));
    if (!st.ok())
        return st.error();
    st->bind(1, toString(type)).bind(2, std::max(1, limit));
    if (afterCutoff)
        st->bind(3, *afterCutoff).bind(4, after->id);
    return collectRows<ExceptionRecord>(st.value(), readRecord);
}

} // namespace lockstep::core::store
