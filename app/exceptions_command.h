// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lockstep::app {

/// The store commands, the same actions the console runs, against the database (`--db FILE`, default the
/// normal store):
///   lockstep exceptions list [--type T] [--state S] [--limit N] [--json]
///   lockstep exceptions retry ID... [--config FILE]
///   lockstep exceptions ack ID... --note TEXT [--kind K]
///   lockstep lookup ORDER [--json]
/// The role saved for the console (`ui/role`) applies: an action it does not do (finance: retry) is refused.
/// Exit codes: 0 done, 1 some items refused (or nothing found), 2 usage, configuration or database error, 3 the role
/// does not do this action.
/// Thread: the main thread, with `application` not yet executing.
int runStoreCommand(QCoreApplication& application, const QStringList& arguments);

/// True when the arguments name a store command (`lockstep exceptions ...`, `lockstep lookup ...`).
bool isStoreCommand(int argc, char** argv);

} // namespace lockstep::app
