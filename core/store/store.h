// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

namespace lockstep::core::store {

/// The default database file for an environment: <AppDataLocation>/<environment>.sqlite.
QString defaultDatabasePath(const QString& environment = QStringLiteral("default"));

/// Opens the database. ReadWrite (the engine's writer, the store commands) refuses a file the engine could not
/// work on, before anything is written: a damaged file (checkIntegrity(), ErrorCode::Parse), a file that opens only
/// read-only or refuses the write lock (ErrorCode::Refused, the cause in the message); then it brings the schema up
/// to date (ErrorCode::SchemaTooNew for a newer one). ReadOnly connections (UI readers; WAL lets them read during
/// writes) refuse a schema other than this program's: ErrorCode::SchemaTooNew for a newer one, ErrorCode::NotFound
/// for an older (or empty) one, which the engine migrates the next time it starts.
Result<Database> openStore(const QString& path, Database::Mode mode = Database::Mode::ReadWrite);

/// Proves that `db` can write: takes the write lock and rewrites the schema version inside a transaction that is
/// rolled back, so nothing changes. A read-only file, a full disk or another program holding the lock past the busy
/// timeout fail here (ErrorCode::Database, with SQLite's message).
Status checkWritable(Database& db);

/// SQLite's `PRAGMA quick_check` over the whole file (a read of every page; seconds for a file of gigabytes).
/// A damaged file (pages overwritten, truncated, not a database at all) fails with ErrorCode::Parse and SQLite's
/// first findings.
Status checkIntegrity(Database& db);

/// Whether the file `db` has open is still the file at its path: fails (ErrorCode::NotFound) once it was deleted,
/// renamed or replaced, since every later write would go to a file no one will open again. SQLite compares the open
/// file's identity with the path's (device and inode on POSIX); where it cannot, the path must at least exist.
/// Cheap (a stat): meant to be called periodically by the engine.
Status checkStillAtPath(Database& db);

} // namespace lockstep::core::store
