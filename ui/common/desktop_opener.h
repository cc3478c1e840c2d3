// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

#include <functional>

namespace lockstep::ui {

/// Opens a file or folder with the desktop's application for it (QDesktopServices), through one door so a
/// test can see what would open without opening anything. Thread: UI.
class DesktopOpener
{
public:
    using Hook = std::function<bool(const QUrl&)>;

    static bool open(const QUrl& url);
    /// For tests: called instead of the desktop; an empty hook restores it.
    static void setHook(Hook hook);

private:
    static Hook s_hook;
};

} // namespace lockstep::ui
