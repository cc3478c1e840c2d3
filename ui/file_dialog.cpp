// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_dialog.h"

#include <QFileDialog>

#include <optional>

namespace lockstep::ui {

namespace {
std::optional<QString>& nextName()
{
    static std::optional<QString> name;
    return name;
}
std::optional<QString> takeNext()
{
    std::optional<QString> name = nextName();
    nextName().reset();
    return name;
}
} // namespace

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto name = takeNext())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto name = takeNext())
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, {}, filter);
}

void FileDialog::setNextFileName(const QString& name)
{
    nextName() = name;
}

} // namespace lockstep::ui
