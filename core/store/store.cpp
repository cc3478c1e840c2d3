// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "schema.h"

#include <QDir>
#include <QStandardPaths>

namespace lockstep::core::store {

QString defaultDatabasePath(const QString& environment)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(environment + QStringLiteral(".sqlite"));
}

Result<Database> openStore(const QString& path, Database::Mode mode)
{
    auto db = Database::open(path, mode);
    if (!db.ok())
        return db.error();
    if (mode == Database::Mode::ReadWrite) {
        if (auto st = migrate(db.value()); !st.ok())
            return st.error();
    } else if (const int v = db->userVersion(); v != latestSchemaVersion()) {
        return makeError(ErrorCode::SchemaTooNew,
            QStringLiteral("database schema is %1, expected %2; open it once for writing to migrate")
                .arg(v)
                .arg(latestSchemaVersion()),
            path);
    }
    return std::move(db).value();
}

Status checkWritable(Database& db)
{
    const int version = db.userVersion();
    if (auto st = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !st.ok())
        return st;
    const Status written = db.setUserVersion(version);
    const Status rolledBack = db.exec(QStringLiteral("ROLLBACK"));
    return written.ok() ? rolledBack : written;
}

} // namespace lockstep::core::store
