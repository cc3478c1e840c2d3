// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include <QCoreApplication>
#include <QSettings>

namespace lockstep::ui {

namespace {
const QString kRoleKey = QStringLiteral("ui/role");
const QString kAskKey = QStringLiteral("ui/askRole");
} // namespace

Roles::Roles(QObject* parent)
    : QObject(parent)
{
    reload();
}

Roles& Roles::instance()
{
    static Roles* roles = new Roles(QCoreApplication::instance());
    return *roles;
}

void Roles::reload()
{
    m_role = fromKey(QSettings().value(kRoleKey).toString());
}

void Roles::setRole(Role role)
{
    const bool changed = m_role != role;
    m_role = role;
    QSettings().setValue(kRoleKey, key(role));
    if (changed)
        Q_EMIT roleChanged(role);
}

bool Roles::shouldAsk() const
{
    return !m_role && QSettings().value(kAskKey, true).toBool();
}

bool Roles::allows(Role role, RoleAction action)
{
    switch (role) {
    case Role::Supervisor:
        return true;
    case Role::CustomerService:
        // Agents answer customers about orders: they look, claim and note; mappings and reassignments stay with
        // the warehouse.
        return action != RoleAction::Edit && action != RoleAction::Assign;
    case Role::Finance:
        // Finance reconciles and exports; it never resends anything to the warehouse.
        return action != RoleAction::Retry && action != RoleAction::Edit && action != RoleAction::Intercept;
    }
    return true;
}

PageId Roles::startPage(Role role)
{
    switch (role) {
    case Role::Supervisor:
        return {PageKind::Queue, core::ExceptionType::FailedAllocation};
    case Role::CustomerService:
        return {PageKind::OrderLookup, std::nullopt};
    case Role::Finance:
        return {PageKind::Reports, std::nullopt};
    }
    return {};
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Supervisor:
        return tr("Warehouse supervisor");
    case Role::CustomerService:
        return tr("Customer service");
    case Role::Finance:
        return tr("Finance");
    }
    return {};
}

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::CustomerService:
        return QStringLiteral("customer_service");
    case Role::Finance:
        return QStringLiteral("finance");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString& text)
{
    for (Role r : {Role::Supervisor, Role::CustomerService, Role::Finance}) {
        if (key(r) == text)
            return r;
    }
    return std::nullopt;
}

} // namespace lockstep::ui
