// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop_opener.h"

#include <QDesktopServices>

namespace lockstep::ui {

DesktopOpener::Hook DesktopOpener::s_hook;

bool DesktopOpener::open(const QUrl& url)
{
    if (s_hook)
        return s_hook(url);
    return QDesktopServices::openUrl(url);
}

void DesktopOpener::setHook(Hook hook)
{
    s_hook = std::move(hook);
}

} // namespace lockstep::ui
