// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

namespace lockstep::ui {

class SecretField;
class SettingsForm;

/// The Connections section of Settings: one group per system (WooCommerce, commercetools, the warehouse, POS)
/// with its addresses and ids, and a SecretField per secret. Which secret is stored where is decided by the
/// page; this only lays the fields out. Thread: UI.
class ConnectionSettings : public QWidget
{
    Q_OBJECT

public:
    ConnectionSettings(SettingsForm& form, QWidget* parent = nullptr);

    /// The secret fields by configuration path (`connectors.wms.client_secret`).
    const QHash<QString, SecretField*>& secretFields() const { return m_secrets; }
    /// The keychain entry a new secret for `path` is stored under when the file names none yet.
    static QString defaultKeychainEntry(const QString& path);

private:
    QHash<QString, SecretField*> m_secrets;
};

} // namespace lockstep::ui
