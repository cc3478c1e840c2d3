// SPDX-License-Identifier: GPL-3.0-or-later
#include "comment_repository.h"

#include <algorithm>

namespace lockstep::core::store {

Result<qint64> CommentRepository::add(const ExceptionComment& c)
{
    auto st = m_db.cached("INSERT INTO exception_comments (exception_id, at, author, role, body) VALUES (?1, ?2, ?3, "
                          "?4, ?5) RETURNING id");
    if (!st.ok())
        return st.error();
    auto r = st.value()
                 ->bind(1, c.exceptionId)
                 .bind(2, c.at)
                 .bind(3, c.author)
                 .bind(4, c.role)
                 .bind(5, c.text.trimmed())
                 .insertedId();
    if (!r.ok())
        return r.error();
    return r.value();
}

Result<QList<ExceptionComment>> CommentRepository::forException(qint64 exceptionId, int limit)
{
    // The newest `limit` by the index backwards, turned back into the thread's order.
    auto st = m_db.cached("SELECT id, exception_id, at, author, role, body FROM exception_comments "
                          "WHERE exception_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2");
    if (!st.ok())
        return st.error();
    st.value()->bind(1, exceptionId).bind(2, std::max(1, limit));
    auto rows = collectRows<ExceptionComment>(*st.value(), [](const Statement& s) {
        return ExceptionComment{s.int64(0), s.int64(1), s.dateTime(2), s.text(3), s.text(4), s.text(5)};
    });
    if (!rows.ok())
        return rows.error();
    QList<ExceptionComment> thread = std::move(rows).value();
    std::reverse(thread.begin(), thread.end());
    return thread;
}

} // namespace lockstep::core::store
