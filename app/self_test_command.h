// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command_line.h"

#include <QCoreApplication>

namespace lockstep::app {

/// `lockstep --self-test [--config FILE] [--db FILE] [--demo [--scenario NAME]]`: checks the database, the
/// configuration, the OS keychain and each configured system's health call, prints one line per check (the cause
/// and the remedy of each failure) and returns 0 when nothing failed, 1 otherwise. With --demo the in-process
/// sandbox is started first and checked. Needs no display. Thread: the main thread, `application` not yet executing.
int runSelfTest(QCoreApplication& application, const CommandLine& command, const QString& scenario);

} // namespace lockstep::app
