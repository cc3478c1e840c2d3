// SPDX-License-Identifier: GPL-3.0-or-later
#include "read_connection.h"

#include "store/store.h"

namespace lockstep::ui {

namespace {

const core::Clock* systemClock()
{
    static const core::SystemClock clock;
    return &clock;
}

} // namespace

ReadConnection::ReadConnection(QString databasePath)
    : m_path(std::move(databasePath))
    , m_clock(systemClock())
{}

core::store::Database* ReadConnection::database()
{
    if (m_db)
        return &*m_db;
    auto db = core::store::openStore(m_path, core::store::Database::Mode::ReadOnly);
    if (!db.ok()) {
        m_error = db.error().toString();
        return nullptr;
    }
    m_error.clear();
    m_db.emplace(std::move(db).value());
    m_db->setResponseDeadline(kWindowResponseDeadline);
    return &*m_db;
}

void ReadConnection::setClock(const core::Clock* clock)
{
    m_clock = clock ? clock : systemClock();
}

} // namespace lockstep::ui
