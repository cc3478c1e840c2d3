// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"

#include <QDateTime>
#include <QList>

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
    QString note;

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

/// Appends to and reads the audit log. The schema refuses UPDATE and DELETE on it.
/// Thread: the thread of its Database.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> append(const AuditEntry& entry);
    /// The history of one record, oldest first.
    Result<QList<AuditEntry>> forSubject(const QString& subjectType, const QString& subjectId);
    /// Entries in [from, to), oldest first, continuing after `afterId` (keyset), at most `limit`.
    Result<QList<AuditEntry>> inRange(const QDateTime& from, const QDateTime& to, qint64 afterId, int limit);

private:
    Database& m_db;
};

} // namespace lockstep::core::store
