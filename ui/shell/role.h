// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigation.h"

#include <QObject>

#include <optional>

namespace lockstep::ui {

/// Who sits at this desktop. It sets the start page and which actions are enabled (queue toolbars, context menus,
/// shortcuts, Order lookup, `lockstep exceptions`), and audit rows name it. It guards against slips, not against
/// people: anyone may change it in Settings.
enum class Role
{
    Supervisor,
    CustomerService,
    Finance
};

/// The actions a queue or order page offers; a role keeps only some of them in view.
enum class RoleAction
{
    Retry,
    Edit,
    Acknowledge,
    Assign,
    Claim,
    OpenOrder,
    Export,
    Comment, ///< every role may add to an exception's thread
    Intercept ///< ask the warehouse to pull an order cancelled past its cutoff
};

/// The role in effect, saved in QSettings (`ui/role`), with a signal when it changes, so pages can disable
/// what their person does not do (`Roles::instance().allows(RoleAction::Retry)`). Thread: UI.
class Roles : public QObject
{
    Q_OBJECT

public:
    /// The console's one instance (created on first use, parented to the application).
    static Roles& instance();

    /// The saved role; empty before the first choice.
    std::optional<Role> role() const { return m_role; }
    /// The role in effect: the saved one, or Supervisor (everything in view) before any choice.
    Role effectiveRole() const { return m_role.value_or(Role::Supervisor); }
    /// Saves the role and announces it (nothing when it is already the role in effect).
    void setRole(Role role);
    bool allows(RoleAction action) const { return allows(effectiveRole(), action); }
    /// True when the first-run question should be asked: no role saved and `ui/askRole` not set to false.
    bool shouldAsk() const;
    /// Re-reads QSettings (tests change the organisation between cases).
    void reload();

    static bool allows(Role role, RoleAction action);
    /// The page the console opens on for the role: the first primary queue for supervisors, Order lookup for
    /// customer service, Reports for finance.
    static PageId startPage(Role role);
    static QString displayName(Role role);
    /// "supervisor", "customer_service", "finance": the saved and command-line spelling.
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString& key);

Q_SIGNALS:
    void roleChanged(lockstep::ui::Role role);

private:
    explicit Roles(QObject* parent);
    std::optional<Role> m_role;
};

} // namespace lockstep::ui
