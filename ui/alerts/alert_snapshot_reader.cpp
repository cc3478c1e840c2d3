// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_snapshot_reader.h"

#include "store/exception_repository.h"

namespace lockstep::ui {

namespace {
constexpr int kCauseLimit = 500;
constexpr int kCutoffLimit = 200; // per type: enough to say "200 or more"
} // namespace

core::Result<AlertSnapshot> readAlertSnapshot(core::store::Database& db, qint64 cutoffHorizonSeconds)
{
    core::store::ExceptionRepository repo(db);
    AlertSnapshot s;
    s.at = QDateTime::currentDateTimeUtc();
    auto counts = repo.openCountsByType();
    if (!counts.ok())
        return counts.error();
    s.openCounts = counts.value();
    auto causes = repo.openCauses(std::nullopt, kCauseLimit);
    if (!causes.ok())
        return causes.error();
    for (const auto& c : causes.value())
        s.causes.append({c.type, c.signature, c.count});
    const QDateTime horizon = s.at.addSecs(cutoffHorizonSeconds);
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
    return s;
}

} // namespace lockstep::ui
