// SPDX-License-Identifier: GPL-3.0-or-later
#include "role_dialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lockstep::ui {

namespace {
QString roleDescription(Role role)
{
    switch (role) {
    case Role::Supervisor:
        return RoleDialog::tr("Opens on the exception queues, with every action.");
    case Role::CustomerService:
        return RoleDialog::tr("Opens on Order lookup, to answer a customer about one order.");
    case Role::Finance:
        return RoleDialog::tr("Opens on Reports; nothing is resent to the warehouse from this desktop.");
    }
    return {};
}
} // namespace

RoleDialog::RoleDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Lockstep"));
    setAccessibleName(tr("Choose your role"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Who works at this desktop? This sets the page Lockstep opens on and the actions in "
                                "view. You can change it any time in Settings."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_group = new QButtonGroup(this);
    for (Role role : {Role::Supervisor, Role::CustomerService, Role::Finance}) {
        auto* button = new QRadioButton(Roles::displayName(role), this);
        button->setToolTip(roleDescription(role));
        button->setAccessibleDescription(roleDescription(role));
        m_group->addButton(button, static_cast<int>(role));
        layout->addWidget(button);
        auto* note = new QLabel(roleDescription(role), this);
        note->setIndent(24);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    setSelectedRole(Roles::instance().effectiveRole());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton* later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setAccessibleName(tr("Decide later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Role RoleDialog::selectedRole() const
{
    return static_cast<Role>(m_group->checkedId());
}

void RoleDialog::setSelectedRole(Role role)
{
    if (auto* b = m_group->button(static_cast<int>(role)))
        b->setChecked(true);
}

bool RoleDialog::ask(QWidget* parent)
{
    RoleDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Roles::instance().setRole(dialog.selectedRole());
    return true;
}

} // namespace lockstep::ui
