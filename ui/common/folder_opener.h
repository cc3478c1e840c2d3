// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace lockstep::ui {

/// Opens a folder in the desktop's file manager (QDesktopServices), creating it first if it is missing. A thin
/// wrapper so a test can see what would be opened without a file manager popping up. Thread: UI.
class FolderOpener
{
public:
    /// Returns false when the folder cannot be created or the desktop cannot open it.
    static bool open(const QString& folder);
    /// While set, open() hands the folder's URL to `hook` instead of the desktop (tests). An empty function resets.
    static void setTestHook(std::function<bool(const QUrl&)> hook);
};

} // namespace lockstep::ui
