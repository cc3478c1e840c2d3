// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lockstep::app {

/// `lockstep sandbox --scenario FILE|NAME [--write-config FILE] [--speed X] [--exit-after SECONDS]`:
/// runs the sandbox standalone, prints one JSON line with every system's endpoints and credentials first on
/// stdout, optionally writes a Lockstep configuration pointing every connector at it, and runs until SIGINT /
/// SIGTERM (Ctrl+C or console close on Windows) or the given number of seconds. Returns the exit code.
/// Thread: the main thread, with `application` not yet executing.
int runSandboxCommand(QCoreApplication& application, const QStringList& arguments);

/// True when the arguments name the sandbox command (`lockstep sandbox ...`).
bool isSandboxCommand(int argc, char** argv);

} // namespace lockstep::app
