// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace lockstep::app {

/// Makes Ctrl+C / SIGINT / SIGTERM (Unix) and console close events (Windows) end the event loop cleanly,
/// so the engine finishes its transaction and the store closes. Main thread only.
void installQuitOnSignals(QCoreApplication& application);

} // namespace lockstep::app
