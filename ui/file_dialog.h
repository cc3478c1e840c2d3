// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace lockstep::ui {

/// Thin wrappers over QFileDialog, with a hook so a test never blocks on a modal: the next call returns the
/// name given to setNextFileName() (an empty name: as if the person cancelled). Thread: UI.
class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& filter);
    static void setNextFileName(const QString& name);
};

} // namespace lockstep::ui
