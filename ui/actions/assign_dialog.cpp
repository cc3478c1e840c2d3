// SPDX-License-Identifier: GPL-3.0-or-later
#include "assign_dialog.h"

#include "common/display_format.h"
#include "domain/exception_record.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lockstep::ui {

AssignDialog::AssignDialog(int count, const QString& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AssignDialog"));
    setWindowTitle(tr("Assign %n exception(s)", nullptr, count));
    m_person = new QRadioButton(tr("A &person:"), this);
    m_team = new QRadioButton(tr("A &team:"), this);
    m_nobody = new QRadioButton(tr("&Nobody (unassign)"), this);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Person"));
    m_name->setPlaceholderText(tr("Sign-in name, e.g. j.moreno"));
    m_teams = new QComboBox(this);
    m_teams->setAccessibleName(tr("Team"));
    for (core::OwnerTeam team : {core::OwnerTeam::Operations,
             core::OwnerTeam::CustomerService,
             core::OwnerTeam::Finance,
             core::OwnerTeam::ECommerce})
        m_teams->addItem(DisplayFormat::ownerTeam(team), core::toString(team));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));

    auto* grid = new QGridLayout;
    grid->addWidget(m_person, 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_team, 1, 0);
    grid->addWidget(m_teams, 1, 1);
    grid->addWidget(m_nobody, 2, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_buttons);

    const int team = m_teams->findData(current);
    if (team >= 0) {
        chooseTeam(team);
    } else {
        m_person->setChecked(true);
        m_name->setText(current);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* b : {m_person, m_team, m_nobody})
        connect(b, &QRadioButton::toggled, this, &AssignDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &AssignDialog::updateOk);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_person->setChecked(true); });
    connect(m_teams, &QComboBox::activated, this, [this] { m_team->setChecked(true); });
    updateOk();
}

QString AssignDialog::assignee() const
{
    if (m_person->isChecked())
        return m_name->text().trimmed();
    if (m_team->isChecked())
        return m_teams->currentData().toString();
    return {};
}

void AssignDialog::choosePerson(const QString& name)
{
    m_person->setChecked(true);
    m_name->setText(name);
}

void AssignDialog::chooseTeam(int teamIndex)
{
    m_team->setChecked(true);
    m_teams->setCurrentIndex(teamIndex);
}

void AssignDialog::chooseNobody()
{
    m_nobody->setChecked(true);
}

QPushButton* AssignDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AssignDialog::updateOk()
{
    m_name->setEnabled(m_person->isChecked());
    m_teams->setEnabled(m_team->isChecked());
    okButton()->setEnabled(!m_person->isChecked() || !m_name->text().trimmed().isEmpty());
}

} // namespace lockstep::ui
