// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "role.h"

#include <QDialog>

class QButtonGroup;

namespace lockstep::ui {

/// The first-run question: who works at this desktop. Skipped when a role is saved, when `--role NAME` is
/// given, or when QSettings `ui/askRole` is false (tests, kiosks). Thread: UI.
class RoleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoleDialog(QWidget* parent = nullptr);

    Role selectedRole() const;
    void setSelectedRole(Role role);

    /// Asks, and saves the answer in Roles; returns false when the person chose to decide later.
    static bool ask(QWidget* parent = nullptr);

private:
    QButtonGroup* m_group = nullptr;
};

} // namespace lockstep::ui
