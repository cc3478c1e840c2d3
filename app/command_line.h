// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lockstep::app {

/// How the program was asked to run.
enum class Mode { Console, Headless };

/// The parsed command line. Built on whatever application object exists (QCoreApplication or QApplication).
struct CommandLine
{
    Mode mode = Mode::Console;
    QString databasePath; ///< empty: the platform's default
    bool demo = false;
    bool once = false;
    QString configPath;
};

/// True when the arguments ask for a mode that needs no window (so no QApplication is created).
bool wantsNoWindow(int argc, char** argv);

/// True on desktop platforms that have a display, or when a Qt platform is forced (offscreen, Xvfb).
bool hasDisplay();

} // namespace lockstep::app
