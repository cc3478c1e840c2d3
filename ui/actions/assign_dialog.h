// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace lockstep::ui {

/// Assign: to a person (by sign-in name) or to a team, or to nobody. Thread: UI.
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current` is the present assignee of the first exception (pre-filled), `count` how many are assigned.
    AssignDialog(int count, const QString& current, QWidget* parent = nullptr);

    /// The assignee the command carries: a person's name, a team's key ("operations"), or empty (nobody).
    QString assignee() const;
    void choosePerson(const QString& name);
    void chooseTeam(int teamIndex);
    void chooseNobody();
    QPushButton* okButton() const;

private:
    void updateOk();

    QRadioButton* m_person = nullptr;
    QRadioButton* m_team = nullptr;
    QRadioButton* m_nobody = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_teams = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lockstep::ui
