// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"

namespace lockstep::core::store {

/// The default database file for an environment: <AppDataLocation>/<environment>.sqlite.
QString defaultDatabasePath(const QString& environment = QStringLiteral("default"));

/// Opens the database and brings its schema up to date. The writer uses ReadWrite; UI readers use
/// ReadOnly connections (WAL lets them read during writes), which refuse a database not yet migrated.
Result<Database> openStore(const QString& path, Database::Mode mode = Database::Mode::ReadWrite);

/// Proves that `db` can write: takes the write lock and rewrites the schema version inside a transaction that is
/// rolled back, so nothing changes. A read-only file, a full disk or another program holding the lock past the busy
/// timeout fail here (ErrorCode::Database, with SQLite's message).
Status checkWritable(Database& db);

} // namespace lockstep::core::store
