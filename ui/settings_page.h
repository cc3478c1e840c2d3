// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/self_test.h"

#include "config_document.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace lockstep::core::engine {
class CredentialStore;
}

namespace lockstep::ui {

class SettingsForm;

/// The Settings page: the language and role of this desktop (applied at once), and the configuration file the
/// console runs with: connections, schedules, mappings, safety buffers, service levels and owner teams.
///
/// Edits go into a ConfigDocument; Save validates it with core's own parser (every problem listed, naming its
/// field, and nothing written while one remains), writes typed secrets to the CredentialStore, then the file
/// atomically. A secret never reaches the file: its field only ever names a keychain entry. In demo mode the
/// sandbox's settings are shown read-only: the demo makes them afresh at every start, so there is nothing a
/// person could save. Thread: UI.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Source
    {
        None,
        File,
        Demo
    };

    explicit SettingsPage(QWidget* parent = nullptr);
    ~SettingsPage() override;

    /// Where secrets go and are checked (not owned; may be null when there is no keychain).
    void setCredentialStore(core::engine::CredentialStore* store);
    /// What the Self-test tab checks (the same checks as `lockstep --self-test`); without it the tab says so.
    void setSelfTest(core::engine::SelfTestSetup setup, std::shared_ptr<core::engine::CredentialStore> keychain);
    /// Edits the configuration file at `path`. False (with the reason shown) when it cannot be read as JSON.
    bool openFile(const QString& path);
    /// Shows the demo sandbox's configuration, read-only.
    void showDemo(const QByteArray& configJson);

    Source source() const { return m_source; }
    QString filePath() const { return m_path; }
    bool isModified() const { return m_modified; }
    /// Validates, stores the secrets typed since the last save, and writes the file. False when refused.
    bool save();
    /// Drops unsaved edits and typed secrets, and reads the file again.
    void discard();
    /// The problems shown after the last refused save, one per line ("Base URL (connectors…): must be …").
    QStringList shownIssues() const { return m_issueLines; }
    QString statusText() const;
    QTabWidget* tabs() const { return m_tabs; }
    QDialogButtonBox* buttons() const { return m_buttons; }

Q_SIGNALS:
    /// The file was written; the engine uses it from its next start.
    void saved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void scheduleRebuild();
    QWidget* buildGeneral();
    QWidget* buildSchedules(SettingsForm& form);
    QWidget* buildMappings(SettingsForm& form);
    QWidget* buildBuffers(SettingsForm& form);
    QWidget* buildSlas(SettingsForm& form);
    QWidget* buildOwners(SettingsForm& form);
    QWidget* buildSelfTest();
    QWidget* buildNoConfiguration();
    void refreshSecretStatus();
    QString secretStatus(const QString& path) const;
    void setModified(bool modified);
    void showIssues(const QList<core::engine::ConfigIssue>& issues);
    void showMessage(const QString& text);
    void load(Source source, const QString& path, ConfigDocument doc);
    void openOther();

    core::engine::CredentialStore* m_store = nullptr;
    std::optional<core::engine::SelfTestSetup> m_selfTestSetup;
    std::shared_ptr<core::engine::CredentialStore> m_selfTestKeychain;
    Source m_source = Source::None;
    QString m_path;
    std::optional<ConfigDocument> m_doc;
    std::unique_ptr<SettingsForm> m_form;
    QHash<QString, QString> m_pendingSecrets; ///< path -> value typed since the last save; cleared on save/discard
    QHash<QString, bool> m_storedEntries; ///< keychain entry -> present, read once per load
    bool m_modified = false;
    bool m_rebuildQueued = false;
    QStringList m_issueLines;

    QLabel* m_title = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QPushButton* m_openButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_issues = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lockstep::ui
