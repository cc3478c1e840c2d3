// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_snapshot_reader.h"

#include "store/exception_repository.h"
#include "store/store.h"

namespace lockstep::ui {

namespace {
constexpr int kCauseLimit = 500;
constexpr int kCutoffLimit = 200; // per type: enough to say "200 or more"
} // namespace

AlertSnapshotReader::AlertSnapshotReader(QString databasePath, qint64 cutoffHorizonSeconds)
    : m_path(std::move(databasePath))
    , m_horizon(cutoffHorizonSeconds)
{}

AlertSnapshotReader::~AlertSnapshotReader() = default;

void AlertSnapshotReader::read()
{
    if (!m_db) {
        auto db = core::store::openStore(m_path, core::store::Database::Mode::ReadOnly);
        if (!db.ok()) {
            Q_EMIT readFailed(db.error().toString());
            return;
        }
        m_db = std::make_unique<core::store::Database>(std::move(db).value());
    }
    core::store::ExceptionRepository repo(*m_db);
    AlertSnapshot s;
    s.at = QDateTime::currentDateTimeUtc();
    auto counts = repo.openCountsByType();
    if (!counts.ok()) {
        Q_EMIT readFailed(counts.error().toString());
        return;
    }
    s.openCounts = counts.value();
    auto causes = repo.openCauses(std::nullopt, kCauseLimit);
    if (!causes.ok()) {
        Q_EMIT readFailed(causes.error().toString());
        return;
    }
    for (const auto& c : causes.value())
        s.causes.append({c.type, c.signature, c.count});
    const QDateTime horizon = s.at.addSecs(m_horizon);
    for (int i = 0; i < core::kExceptionTypeCount; ++i) {
        auto near = repo.openByCutoff(static_cast<core::ExceptionType>(i), std::nullopt, kCutoffLimit);
        if (!near.ok())
            continue;
        // Least time left first: stop at the first one beyond the horizon.
        for (const auto& r : near.value()) {
            if (!r.cutoffAt.isValid() || r.cutoffAt > horizon)
                break;
            if (r.cutoffAt < s.at)
                continue; // already past: a queue item, no longer a warning
            ++s.nearCutoff;
            if (!s.firstCutoff.isValid() || r.cutoffAt < s.firstCutoff)
                s.firstCutoff = r.cutoffAt;
        }
    }
    Q_EMIT snapshotRead(s);
}

} // namespace lockstep::ui
