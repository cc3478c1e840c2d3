// SPDX-License-Identifier: GPL-3.0-or-later
#include "server_check.h"

#include "schema.h"

namespace lockstep::core::store {

QString ServerCheck::summary() const
{
    return QStringLiteral("%1, role %2, schema %3%4")
        .arg(server, role)
        .arg(schema)
        .arg(canMigrate ? QStringLiteral(", may migrate") : QString());
}

Result<ServerCheck> checkServer(Database& db)
{
    ServerCheck c;
    if (db.dialect() != Dialect::Postgres)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not a PostgreSQL store"), db.path());
    auto st = db.prepare(QStringLiteral(
        "SELECT current_setting('server_version'), current_user, "
        "EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'), "
        "has_database_privilege(current_database(), 'CREATE') AND has_schema_privilege('public', 'CREATE')"));
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    c.server = QStringLiteral("PostgreSQL ") + st->text(0);
    c.role = st->text(1);
    c.trigramSearch = st->int64(2) != 0;
    c.canMigrate = st->int64(3) != 0;
    c.schema = db.userVersion();
    if (c.schema < 0)
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the schema version"), db.path());
    if (c.schema < latestSchemaVersion()) {
        c.problems.append(
            QStringLiteral("the database's schema is %1, this Lockstep needs %2: run lockstep db migrate as its owner")
                .arg(c.schema)
                .arg(latestSchemaVersion()));
        return c; // the tables the rights are read on may not exist yet
    }
    if (c.schema > latestSchemaVersion())
        c.problems.append(QStringLiteral("the database's schema %1 was written by a newer Lockstep (this one knows %2)")
                              .arg(c.schema)
                              .arg(latestSchemaVersion()));
    if (!c.trigramSearch)
        c.problems.append(QStringLiteral("the extension pg_trgm is missing: the exception search has no index"));
    auto rights = db.prepare(QStringLiteral(
        "SELECT has_table_privilege('exceptions', 'SELECT, INSERT, UPDATE') "
        "AND has_table_privilege('outbox', 'SELECT, INSERT, UPDATE, DELETE') "
        "AND has_table_privilege('audit_log', 'SELECT, INSERT'), "
        "NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname <> (SELECT tableowner FROM pg_tables "
        "WHERE tablename = 'audit_log' AND schemaname = 'public') AND NOT r.rolsuper AND r.rolcanlogin "
        "AND (has_table_privilege(r.oid, 'audit_log', 'UPDATE') OR has_table_privilege(r.oid, 'audit_log', 'DELETE') "
        "OR has_table_privilege(r.oid, 'audit_log', 'TRUNCATE')))"));
    if (!rights.ok())
        return rights.error();
    auto r = rights->step();
    if (!r.ok())
        return r.error();
    c.canWrite = rights->int64(0) != 0;
    c.auditAppendOnly = rights->int64(1) != 0;
    if (!c.canWrite)
        c.problems.append(
            QStringLiteral("the role %1 may not write the queues, the outbox or the audit log").arg(c.role));
    if (!c.auditAppendOnly)
        c.problems.append(
            QStringLiteral("a role other than the owner may change or remove audit log rows: revoke UPDATE, DELETE "
                           "and TRUNCATE on audit_log"));
    return c;
}

} // namespace lockstep::core::store
