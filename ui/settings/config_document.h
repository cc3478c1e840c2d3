// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "domain/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <nlohmann/json.hpp>
#include <utility>

namespace lockstep::ui {

/// The configuration file as the Settings page edits it: the JSON itself (key order, fields this page does not
/// show, such as a sandbox's `kind` and `ledger_url`, are kept), addressed by dotted paths
/// (`connectors.woocommerce.base_url`). Validation is core's own parseConfig() over the text that would be
/// written, so the page refuses exactly what the engine would refuse. Secrets are never put in by this class:
/// a secret field is only ever set to a keychain reference. Thread: any (a plain value).
class ConfigDocument
{
public:
    using Entries = QList<std::pair<QString, QString>>;

    /// Where a secret field points, in words for the page.
    struct SecretSource
    {
        core::engine::SecretRef::Kind kind = core::engine::SecretRef::Kind::None;
        QString name; ///< keychain entry or environment variable; empty for a literal (never shown)
    };

    ConfigDocument();
    /// Parses the file's text; malformed JSON or a non-object is an error (and nothing is lost: the page
    /// refuses to edit it rather than overwrite it).
    static core::Result<ConfigDocument> fromJson(const QByteArray& json);
    static core::Result<ConfigDocument> fromFile(const QString& path);

    /// The text that Save writes: indented JSON, a newline at the end.
    QByteArray toJson() const;
    /// Every problem core finds in toJson(), each naming its field.
    core::engine::ConfigLoad validate() const;
    /// Writes toJson() to `path` atomically (QSaveFile: the old file stays whole until the new one is complete).
    core::Status save(const QString& path) const;

    bool contains(const QString& path) const;
    /// Text, whole number or boolean at `path`; invalid when absent or null.
    QVariant value(const QString& path) const;
    /// Sets text, a whole number or a boolean, creating the objects on the way; an invalid or empty-text value
    /// removes the field (the engine's default applies).
    void setValue(const QString& path, const QVariant& value);
    void remove(const QString& path);

    /// An object of simple values as (key, text) in file order, e.g. mappings.facility_by_channel.
    Entries entries(const QString& path) const;
    /// Replaces that object. With `wholeNumbers`, a value that reads as an integer is written as one and any
    /// other text stays text, so validation names the entry that is wrong. No entries removes the object.
    void setEntries(const QString& path, const Entries& entries, bool wholeNumbers);

    SecretSource secretSource(const QString& path) const;
    /// Points a secret field at a keychain entry (the value itself goes to the CredentialStore).
    void setKeychainSecret(const QString& path, const QString& entry);

private:
    explicit ConfigDocument(nlohmann::ordered_json root);
    const nlohmann::ordered_json* find(const QString& path) const;

    nlohmann::ordered_json m_root;
};

} // namespace lockstep::ui
