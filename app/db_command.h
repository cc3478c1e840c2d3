// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lockstep::app {

/// `lockstep db migrate --db URL|FILE` brings a store's schema up to date (on PostgreSQL as the database's owner, the
/// one role allowed DDL; consoles starting together wait on the migration's lock). `lockstep db check --db URL|FILE`
/// says, one line per finding, what the store is and whether this role can work on it: the server and schema
/// version, the trigram extension, the role's rights, the audit log append-only. Exit codes: 0 fine, 1 a problem
/// found, 2 usage or the store cannot be reached. Thread: the main thread.
int runDbCommand(QCoreApplication& application, const QStringList& arguments);

/// True when the arguments name the db command (`lockstep db ...`).
bool isDbCommand(int argc, char** argv);

/// For a PostgreSQL store whose URL carries no password: the password of the keychain entry `lockstep/database`
/// (`lockstep secret set lockstep/database`), handed to every connection of this process through the environment
/// (LOCKSTEP_DB_PASSWORD), never written anywhere. Nothing happens when the environment already has one.
void useDatabasePasswordFromKeychain(const QString& location);

} // namespace lockstep::app
