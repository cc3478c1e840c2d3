// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert_rules.h"
#include "domain/result.h"

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

/// Reads an AlertSnapshot (open counts, open causes, exceptions within `cutoffHorizonSeconds` of their warehouse
/// cutoff). The cause grouping walks an index over every open exception, so AlertMonitor runs this on its
/// BackgroundReader, off the UI thread.
core::Result<AlertSnapshot> readAlertSnapshot(core::store::Database& db, qint64 cutoffHorizonSeconds);

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::ui::AlertSnapshot)
