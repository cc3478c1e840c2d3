// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/message.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace lockstep::core::store {

/// One row of the append-only audit log: who did what to which record, with before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString actor; ///< the signed-in OS user, or "engine" for automatic transitions
    QString action; ///< e.g. "exception.acknowledge"
    QString subjectType; ///< e.g. "exception"
    QString subjectId;
    QString before; ///< JSON
    QString after; ///< JSON
    QString note; ///< a person's note as they wrote it, or the engine's in English (for search and the CLI)
    Message noteMessage; ///< the engine's note to show in the reader's language; empty for a person's note

    /// The note in this program's language.
    QString shownNote() const { return shownText(noteMessage, note); }

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

/// A keyset position in the audit log's time order.
struct AuditKey
{
    QDateTime at; ///< UTC
    qint64 id = 0;
};

/// One page of the audit log in [from, to), in time order (oldest or newest first), optionally only entries
/// whose actor, action or subject ("type:id") contains `text` (case-insensitive).
struct AuditQuery
{
    QDateTime from; ///< UTC, inclusive
    QDateTime to; ///< UTC, exclusive
    QString text;
    bool newestFirst = true;
    std::optional<AuditKey> after; ///< continue after this entry, in the page's order
    int limit = 200;
};

/// Appends to and reads the audit log. The schema refuses UPDATE and DELETE on it.
/// Thread: the thread of its Database.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db)
        : m_db(db)
    {}

    Result<qint64> append(const AuditEntry& entry);
    /// The history of one record, oldest first.
    Result<QList<AuditEntry>> forSubject(const QString& subjectType, const QString& subjectId);
    /// Entries in [from, to), oldest first, continuing after `afterId` (keyset), at most `limit`.
    Result<QList<AuditEntry>> inRange(const QDateTime& from, const QDateTime& to, qint64 afterId, int limit);
    /// One page by keyset on (at, id) over audit_by_time. Without `text` each page is an index range read;
    /// with it, the read walks that range and stops after `limit` matches, so it is bounded by the range.
    Result<QList<AuditEntry>> page(const AuditQuery& query);

private:
    Database& m_db;
};

} // namespace lockstep::core::store
