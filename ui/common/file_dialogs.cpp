// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_dialogs.h"

#include <QFileDialog>

#include <utility>

namespace lockstep::ui {

bool FileDialogs::s_hasNext = false;
QString FileDialogs::s_next;

QString FileDialogs::saveFileName(
    QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return std::exchange(s_next, QString());
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return std::exchange(s_next, QString());
    }
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

void FileDialogs::setNextFileName(const QString& fileName)
{
    s_hasNext = true;
    s_next = fileName;
}

} // namespace lockstep::ui
