// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>

namespace lockstep::core::store {

/// One comment in an exception's thread.
struct ExceptionComment
{
    qint64 id = 0;
    qint64 exceptionId = 0;
    QDateTime at; ///< UTC
    QString author; ///< the OS account that wrote it
    QString role; ///< the role they wrote in ("supervisor"); may be empty
    QString text;

    friend bool operator==(const ExceptionComment&, const ExceptionComment&) = default;
};

/// People's comments on exceptions: a thread per exception, oldest first. Adding one is an action, audited by the
/// ActionExecutor in the same transaction. Thread: the thread of its Database.
class CommentRepository
{
public:
    explicit CommentRepository(Database& db)
        : m_db(db)
    {}

    /// Appends `comment` (its text trimmed; a blank one is refused by the schema) and returns its id.
    Result<qint64> add(const ExceptionComment& comment);
    /// The thread of one exception, oldest first, at most `limit` (the newest `limit` when there are more),
    /// via exception_comments_by_exception.
    Result<QList<ExceptionComment>> forException(qint64 exceptionId, int limit = 500);

private:
    Database& m_db;
};

} // namespace lockstep::core::store
