// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lockstep::app {

/// How the program was asked to run.
enum class Mode
{
    Console,
    Headless
};

/// The parsed command line. Built on whatever application object exists (QCoreApplication or QApplication).
struct CommandLine
{
    Mode mode = Mode::Console;
    QString databasePath; ///< empty: the platform's default
    bool demo = false;
    bool once = false;
    bool standby = false; ///< headless: while another engine holds the store, wait to take over instead of exiting
    QString configPath;
};

/// True when the arguments ask for a mode that needs no window (so no QApplication is created).
bool wantsNoWindow(int argc, char** argv);

/// True on desktop platforms that have a display, or when a Qt platform is forced (offscreen, Xvfb).
bool hasDisplay();

/// Windows: lockstep.exe is a GUI program with no console of its own, so its command-line modes (--self-test,
/// --headless, sandbox, exceptions...) write to the console of the cmd or PowerShell that started them, unless the
/// output is already redirected to a file or pipe. Elsewhere: nothing to do.
void attachParentConsole();

} // namespace lockstep::app
