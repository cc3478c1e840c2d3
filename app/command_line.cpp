// SPDX-License-Identifier: GPL-3.0-or-later
#include "command_line.h"

#include <QtGlobal>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace lockstep::app {

bool wantsNoWindow(int argc, char** argv)
{
    if (argc > 1) { // the sandbox, secret, store and export commands never open a window
        for (const char* command : {"sandbox", "secret", "exceptions", "lookup", "export"}) {
            if (std::strcmp(argv[1], command) == 0)
                return true;
        }
    }
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        for (const char* flag : {"--version", "-v", "--help", "-h", "-?", "--help-all", "--headless", "--self-test"}) {
            if (std::strcmp(a, flag) == 0)
                return true;
        }
    }
    return false;
}

bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // X11 or Wayland needs its socket; a forced platform (offscreen, vnc, an Xvfb DISPLAY) counts too.
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true; // Windows and macOS always have a desktop session for an interactive user.
#endif
}

void attachParentConsole()
{
#ifdef Q_OS_WIN
    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if ((out == nullptr || out == INVALID_HANDLE_VALUE) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        FILE* stream = nullptr;
        freopen_s(&stream, "CONOUT$", "w", stdout);
        freopen_s(&stream, "CONOUT$", "w", stderr);
    }
#endif
}

} // namespace lockstep::app
