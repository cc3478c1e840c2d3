// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_count_worker.h"

#include "store/store.h"

namespace lockstep::ui {

namespace {

/// Causes listed beside a queue: the largest ones; the rest are reached by search.
constexpr int kMaxCauses = 50;

} // namespace

QueueCountWorker::QueueCountWorker(QString databasePath,
    std::shared_ptr<std::atomic<quint64>> latest,
    std::shared_ptr<std::atomic<quint64>> latestSummary)
    : m_path(std::move(databasePath))
    , m_latest(std::move(latest))
    , m_latestSummary(std::move(latestSummary))
{}

core::store::Database* QueueCountWorker::database(quint64 generation)
{
    if (!m_db) {
        auto db = core::store::openStore(m_path, core::store::Database::Mode::ReadOnly);
        if (!db.ok()) {
            Q_EMIT countFailed(generation, db.error().toString());
            return nullptr;
        }
        m_db = std::make_unique<core::store::Database>(std::move(db).value());
    }
    return m_db.get();
}

void QueueCountWorker::count(quint64 generation, const core::store::ExceptionFilter& filter)
{
    if (generation != m_latest->load())
        return; // a newer filter is already waiting
    core::store::Database* db = database(generation);
    if (!db)
        return;
    core::store::ExceptionRepository repository(*db);
    auto n = repository.count(filter);
    if (!n.ok()) {
        Q_EMIT countFailed(generation, n.error().toString());
        return;
    }
    Q_EMIT counted(generation, n.value());
}

void QueueCountWorker::summarize(quint64 generation, const core::store::ExceptionFilter& filter, const QString& person)
{
    if (generation != m_latestSummary->load())
        return;
    core::store::Database* db = database(m_latest->load());
    if (!db)
        return;
    core::store::ExceptionRepository repository(*db);
    // Each list counts under the rest of the filter: the views under the cause chosen, the causes under the view.
    auto assignees = repository.assigneeCounts(filter, person);
    auto causes = repository.causes(filter, kMaxCauses);
    if (!assignees.ok() || !causes.ok()) {
        Q_EMIT countFailed(m_latest->load(), (assignees.ok() ? causes.error() : assignees.error()).toString());
        return;
    }
    Q_EMIT summarized(generation, {assignees.value(), causes.value()});
}

} // namespace lockstep::ui
