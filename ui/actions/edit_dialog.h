// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QVBoxLayout;

namespace lockstep::ui {

class BeforeAfterView;

/// What every edit dialog has: the type-specific fields on top, then the change as before and after, then OK
/// (named for what it does) and Cancel. OK is enabled only when the change does something. Subclasses fill
/// contentLayout() and call setChange() whenever their fields change. Thread: UI.
class EditDialog : public QDialog
{
    Q_OBJECT

public:
    QPushButton* okButton() const;
    QString beforeText() const;
    QString afterText() const;
    /// The correction the Edit command carries.
    virtual core::actions::EditSpec editSpec() const = 0;

protected:
    EditDialog(const QString& title, const QString& okText, QWidget* parent);
    QVBoxLayout* contentLayout() const { return m_content; }
    void setChange(const QString& before, const QString& after, bool changes);

private:
    QVBoxLayout* m_content = nullptr;
    BeforeAfterView* m_change = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lockstep::ui
