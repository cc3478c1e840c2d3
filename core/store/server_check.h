// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QStringList>

namespace lockstep::core::store {

/// What a PostgreSQL store looks like to the role connected: for `lockstep db check` and the self-test.
struct ServerCheck
{
    QString server; ///< "PostgreSQL 15.4"
    QString role; ///< the role connected
    int schema = 0; ///< the schema version the database records
    bool trigramSearch = false; ///< pg_trgm is installed (the exception search's index)
    bool canWrite = false; ///< the role may insert and update the queues and the outbox
    bool auditAppendOnly = false; ///< no one but the owner may change or remove the audit log's rows
    bool canMigrate = false; ///< the role may create tables (the owner's role; only it runs `lockstep db migrate`)
    QStringList problems; ///< each thing that stops a console or the engine working, as a sentence

    bool ok() const { return problems.isEmpty(); }
    QString summary() const;
};

/// Reads the server's version, the schema, the extension and the connected role's rights. An Error only when the
/// server cannot be asked at all; what is missing goes into `problems`.
Result<ServerCheck> checkServer(Database& db);

} // namespace lockstep::core::store
