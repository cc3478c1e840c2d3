// SPDX-License-Identifier: GPL-3.0-or-later
#include "cursor_repository.h"

namespace lockstep::core::store {

Result<std::optional<QString>> CursorRepository::get(const QString& name)
{
    auto st = m_db.prepare(QStringLiteral("SELECT value FROM sync_cursors WHERE name = ?1"));
    if (!st.ok())
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return row.value() ? std::optional<QString>(st->text(0)) : std::optional<QString>();
}

Status CursorRepository::set(const QString& name, const QString& value, const QDateTime& now)
{
    auto st = m_db.cached("INSERT INTO sync_cursors (name, value, updated_at) VALUES (?1, ?2, ?3) "
                          "ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at");
    if (!st.ok())
        return st.error();
    return st.value()->bind(1, name).bind(2, value).bind(3, now).exec();
}

} // namespace lockstep::core::store
