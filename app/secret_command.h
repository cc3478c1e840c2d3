// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lockstep::app {

/// `lockstep secret set ENTRY` stores the secret read from standard input (one line, never echoed or
/// logged) in the operating system's keychain; `lockstep secret delete ENTRY` removes it;
/// `lockstep secret check ENTRY` says whether it can be read, without showing it. The configuration then
/// names the entry: `{"keychain": "ENTRY"}`. Exit codes: 0 done, 1 the keychain refused, 2 usage.
/// Thread: the main thread.
int runSecretCommand(QCoreApplication& application, const QStringList& arguments);

/// True when the arguments name the secret command (`lockstep secret ...`).
bool isSecretCommand(int argc, char** argv);

} // namespace lockstep::app
