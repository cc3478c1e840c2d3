// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QList>

namespace lockstep::core::store {

/// One schema step. Applied in order, each in its own transaction, recorded in PRAGMA user_version on SQLite and
/// in the table schema_migrations on PostgreSQL. The steps are numbered alike on both; most are one text, which
/// schema.cpp translates for PostgreSQL.
struct Migration
{
    struct Sql
    {
        QString sqlite;
        QString postgres;
        const QString& of(Dialect dialect) const { return dialect == Dialect::Postgres ? postgres : sqlite; }
    };
    int version = 0;
    const char* description = "";
    Sql sql;
};

/// All migrations, oldest first. Never edit a released one: add the next.
const QList<Migration>& migrations();
int latestSchemaVersion();

/// Brings the database up to `targetVersion` (default: latest). Refuses a database newer than this program.
Status migrate(Database& db, int targetVersion = -1);

} // namespace lockstep::core::store
