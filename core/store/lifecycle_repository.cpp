// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle_repository.h"

namespace lockstep::core::store {

Result<qint64> LifecycleRepository::append(const LifecycleEvent& e)
{
    auto st = m_db.cached("INSERT INTO lifecycle_events (order_id, at, source, kind, detail, detail_message) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
    if (!st.ok())
        return st.error();
    return st.value()
        ->bind(1, e.orderId)
        .bind(2, e.at)
        .bind(3, toString(e.source))
        .bind(4, e.kind)
        .bind(5, e.detail)
        .bind(6, e.detailMessage.isEmpty() ? QString() : e.detailMessage.toStored())
        .insertedId();
}

Result<QList<LifecycleEvent>> LifecycleRepository::forOrder(qint64 orderId)
{
    auto st = m_db.cached(
        "SELECT id, order_id, at, source, kind, detail, detail_message FROM lifecycle_events WHERE order_id = ?1 "
        "ORDER BY at, id");
    if (!st.ok())
        return st.error();
    st.value()->bind(1, orderId);
    auto rows = collectRows<LifecycleEvent>(*st.value(), [](const Statement& s) {
        LifecycleEvent e;
        e.id = s.int64(0);
        e.orderId = s.int64(1);
        e.at = s.dateTime(2);
        e.source = sourceSystemFromString(s.text(3)).value_or(SourceSystem::Lockstep);
        e.kind = s.text(4);
        e.detail = s.text(5);
        // A message this program cannot read (malformed, or an older event without one) shows the English.
        e.detailMessage = Message::fromStored(s.text(6)).value_or(Message());
        return e;
    });
    st.value()->reset();
    return rows;
}

} // namespace lockstep::core::store
