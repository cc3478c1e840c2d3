// SPDX-License-Identifier: GPL-3.0-or-later
#include "folder_opener.h"

#include <QDesktopServices>
#include <QDir>

namespace lockstep::ui {

namespace {
std::function<bool(const QUrl&)>& testHook()
{
    static std::function<bool(const QUrl&)> hook;
    return hook;
}
} // namespace

bool FolderOpener::open(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return false;
    const QUrl url = QUrl::fromLocalFile(QDir(folder).absolutePath());
    if (testHook())
        return testHook()(url);
    return QDesktopServices::openUrl(url);
}

void FolderOpener::setTestHook(std::function<bool(const QUrl&)> hook)
{
    testHook() = std::move(hook);
}

} // namespace lockstep::ui
