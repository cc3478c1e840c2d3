// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

namespace lockstep::app {

/// One line to stdout or stderr in the locale's encoding, flushed at once (a scheduled task's log sees it
/// even when the command is killed). Thread: the main thread of a command.
inline void printLine(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace lockstep::app
