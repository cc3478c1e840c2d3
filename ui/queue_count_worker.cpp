// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_count_worker.h"

#include "store/store.h"

namespace lockstep::ui {

QueueCountWorker::QueueCountWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(std::move(databasePath))
    , m_latest(std::move(latest))
{
}

void QueueCountWorker::count(quint64 generation, const core::store::ExceptionFilter& filter)
{
    if (generation != m_latest->load())
        return; // a newer filter is already waiting
    if (!m_db) {
        auto db = core::store::openStore(m_path, core::store::Database::Mode::ReadOnly);
        if (!db.ok()) {
            Q_EMIT countFailed(generation, db.error().toString());
            return;
        }
        m_db = std::make_unique<core::store::Database>(std::move(db).value());
    }
    core::store::ExceptionRepository repository(*m_db);
    auto n = repository.count(filter);
    if (!n.ok()) {
        Q_EMIT countFailed(generation, n.error().toString());
        return;
    }
    Q_EMIT counted(generation, n.value());
}

} // namespace lockstep::ui
