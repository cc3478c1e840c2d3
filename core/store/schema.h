// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"

#include <QList>

namespace lockstep::core::store {

/// One schema step. Applied in order, each in its own transaction, recorded in PRAGMA user_version.
struct Migration
{
    int version = 0;
    const char* description = "";
    const char* sql = "";
};

/// All migrations, oldest first. Never edit a released one: add the next.
const QList<Migration>& migrations();
int latestSchemaVersion();

/// Brings the database up to `targetVersion` (default: latest). Refuses a database newer than this program.
Status migrate(Database& db, int targetVersion = -1);

} // namespace lockstep::core::store
