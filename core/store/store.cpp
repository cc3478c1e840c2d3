// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

#include <sqlite3.h>

namespace lockstep::core::store {

QString defaultDatabasePath(const QString& environment)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(environment + QStringLiteral(".sqlite"));
}

namespace {

Error damagedFile(const QString& path, const QString& findings)
{
    return makeError(ErrorCode::Parse,
        QStringLiteral("the database file is damaged: %1").arg(findings),
        QDir::toNativeSeparators(path));
}

bool isMemory(const Database& db)
{
    return db.path() == QLatin1String(":memory:") || db.path().isEmpty();
}

/// The writer's checks before anything is written: the file is sound and takes writes.
Status checkUsableForWriting(Database& db)
{
    if (db.dialect() == Dialect::Postgres)
        return Status::success(); // the server answers for its files; checkWritable() proves the rights
    if (auto st = checkIntegrity(db); !st.ok())
        return st;
    if (sqlite3_db_readonly(db.handle(), "main") == 1)
        return makeError(ErrorCode::Refused,
            QStringLiteral("the database file opens only for reading (read-only file or folder)"),
            QDir::toNativeSeparators(db.path()));
    return Status::success();
}

} // namespace

Result<Database> openStore(const QString& path, Database::Mode mode)
{
    auto db = Database::open(path, mode);
    if (!db.ok()) {
        // Damage SQLite meets on its first read (a header or schema page overwritten) fails the open itself.
        if (db.error().code == ErrorCode::Parse)
            return damagedFile(path, db.error().message);
        return db.error();
    }
    if (mode == Database::Mode::ReadWrite) {
        if (auto st = checkUsableForWriting(db.value()); !st.ok())
            return st.error();
        if (auto st = migrate(db.value()); !st.ok())
            return st.error();
        if (auto st = checkWritable(db.value()); !st.ok())
            return makeError(ErrorCode::Refused,
                QStringLiteral("the database refuses writes: %1").arg(st.error().message),
                displayLocation(path));
    } else if (const int v = db->userVersion(); v > latestSchemaVersion()) {
        return makeError(ErrorCode::SchemaTooNew,
            QStringLiteral("database schema %1 was written by a newer Lockstep (this one knows up to %2)")
                .arg(v)
                .arg(latestSchemaVersion()),
            displayLocation(path));
    } else if (v != latestSchemaVersion()) {
        return makeError(ErrorCode::NotFound,
            QStringLiteral("database schema %1 is older than this Lockstep's (%2) and not yet migrated")
                .arg(v)
                .arg(latestSchemaVersion()),
            displayLocation(path));
    }
    return std::move(db).value();
}

Status checkWritable(Database& db)
{
    const int version = db.userVersion();
    const bool server = db.dialect() == Dialect::Postgres;
    if (auto st = db.exec(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")); !st.ok())
        return st;
    const Status written = db.setUserVersion(version);
    const Status rolledBack = db.exec(QStringLiteral("ROLLBACK"));
    return written.ok() ? rolledBack : written;
}

Status checkIntegrity(Database& db)
{
    if (db.dialect() == Dialect::Postgres)
        return Status::success(); // a server checks its own pages (data checksums, if the cluster has them)
    // SQLite may stop the check itself at damage it cannot read past (ErrorCode::Parse); other errors are not damage.
    const auto failed = [&](const Error& e) {
        return e.code == ErrorCode::Parse ? damagedFile(db.path(), e.message) : e;
    };
    // At most a few findings: the first ones say enough, and a badly damaged file has thousands.
    auto check = db.prepare(QStringLiteral("PRAGMA quick_check(5)"));
    if (!check.ok())
        return failed(check.error());
    QStringList findings;
    if (auto st = forEachRow(check.value(), [&](Statement& row) { findings.append(row.text(0)); }); !st.ok())
        return failed(st.error());
    if (findings == QStringList{QStringLiteral("ok")})
        return Status::success();
    return damagedFile(db.path(), findings.join(QStringLiteral("; ")));
}

Status checkStillAtPath(Database& db)
{
    if (isMemory(db) || !db.handle())
        return Status::success();
    const auto gone = [&] {
        return makeError(ErrorCode::NotFound,
            QStringLiteral("the database file was deleted, moved or replaced while Lockstep had it open"),
            QDir::toNativeSeparators(db.path()));
    };
    int moved = 0;
    const int rc = sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved);
    if (rc == SQLITE_OK)
        return moved ? Status(gone()) : Status::success();
    // This platform's SQLite cannot tell (SQLITE_NOTFOUND): the path must at least still exist.
    return QFileInfo::exists(db.path()) ? Status::success() : Status(gone());
}

} // namespace lockstep::core::store
