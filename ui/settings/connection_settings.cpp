// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection_settings.h"

#include "secret_field.h"
#include "settings_form.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lockstep::ui {

namespace {
struct Field
{
    const char* key;
    const char* label; // translated in the "lockstep::ui::ConnectionSettings" context
    bool secret = false;
    const char* placeholder = "";
};

struct System
{
    const char* key;
    const char* title;
    QList<Field> fields;
};

const QList<System>& systems()
{
    static const QList<System> list{
        {"woocommerce",
            QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "WooCommerce"),
            {{"base_url",
                 QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Base URL"),
                 false,
                 "https://shop.example.com"},
                {"consumer_key", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Consumer key"), true},
                {"consumer_secret", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Consumer secret"), true},
                {"webhook_secret", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Webhook secret"), true}}},
        {"commercetools",
            QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "commercetools"),
            {{"api_url",
                 QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "API URL"),
                 false,
                 "https://api.europe-west1.gcp.commercetools.com"},
                {"auth_url",
                    QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Authorisation URL"),
                    false,
                    "https://auth.europe-west1.gcp.commercetools.com"},
                {"project_key", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Project key")},
                {"client_id", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Client id"), true},
                {"client_secret", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Client secret"), true}}},
        {"wms",
            QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Warehouse (Deposco)"),
            {{"base_url",
                 QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Base URL"),
                 false,
                 "https://api.deposco.com/latest"},
                {"auth_url",
                    QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Authorisation URL"),
                    false,
                    "https://auth.deposco.com/oauth2/token"},
                {"atp_url", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Availability URL")},
                {"business_unit", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Business unit")},
                {"client_id", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Client id"), true},
                {"client_secret", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Client secret"), true},
                {"webhook_secret", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Webhook secret"), true}}},
        {"pos",
            QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Store tills (Square)"),
            {{"base_url",
                 QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Base URL"),
                 false,
                 "https://connect.squareup.com"},
                {"access_token", QT_TRANSLATE_NOOP("lockstep::ui::ConnectionSettings", "Access token"), true}}},
    };
    return list;
}
} // namespace

QString ConnectionSettings::defaultKeychainEntry(const QString& path)
{
    // connectors.<system>.<field> -> lockstep/<system>/<field>, the spelling the README's examples use.
    const QStringList parts = path.split(u'.');
    return QStringLiteral("lockstep/%1/%2").arg(parts.value(1), parts.value(2));
}

ConnectionSettings::ConnectionSettings(SettingsForm& form, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Addresses and ids of the systems Lockstep connects. Secrets go to this computer's "
                                "keychain and are never shown again or written in the configuration file."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const System& system : systems()) {
        const QString base = QStringLiteral("connectors.%1").arg(QLatin1String(system.key));
        auto* group = new QGroupBox(tr(system.title), this);
        group->setAccessibleName(tr(system.title));
        const bool present = form.document().contains(base);
        const QVariant enabled = form.document().value(base + QStringLiteral(".enabled"));
        const bool inUse = present && (!enabled.isValid() || enabled.toBool());
        if (form.isReadOnly()) {
            if (!inUse)
                group->setTitle(tr("%1 (not in use)").arg(tr(system.title)));
        } else {
            // The group's check box is the system's "enabled" switch.
            group->setCheckable(true);
            group->setChecked(inUse);
            group->setObjectName(base + QStringLiteral(".enabled"));
            group->setToolTip(tr("Checked: Lockstep syncs with this system."));
            connect(group, &QGroupBox::toggled, &form, [&form, base](bool on) {
                // Turning a system off keeps its settings; turning on one the file lacks starts it empty, and
                // validation then names what it still needs.
                form.document().setValue(base + QStringLiteral(".enabled"), on);
                Q_EMIT form.edited();
            });
        }
        auto* fields = new QFormLayout(group);
        for (const Field& f : system.fields) {
            const QString path = base + u'.' + QLatin1String(f.key);
            const QString label = tr(f.label);
            if (!f.secret) {
                form.addText(fields, label, path, QLatin1String(f.placeholder));
                continue;
            }
            auto* secret = new SecretField(label, form.isReadOnly(), group);
            form.registerField(path, secret, label);
            fields->addRow(label, secret);
            m_secrets.insert(path, secret);
        }
        layout->addWidget(group);
    }
    layout->addStretch(1);
}

} // namespace lockstep::ui
