// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace lockstep::ui {

/// File dialogs through one door, so a test never blocks on a modal: setNextFileName() makes the next call
/// answer with that name (an empty name: as if the user cancelled) without showing anything.
/// Thread: UI.
class FileDialogs
{
public:
    /// The file to save to, or an empty string when the user cancelled.
    static QString saveFileName(
        QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);
    /// The file to open, or an empty string when the user cancelled.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    /// For tests: the answer of the next dialog.
    static void setNextFileName(const QString& fileName);

private:
    static bool s_hasNext;
    static QString s_next;
};

} // namespace lockstep::ui
