// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config_document.h"
#include "keychain_worker.h"
#include "service/self_test.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QThread;

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
/// person could save.
///
/// The keychain is never called on the UI thread (an OS keychain can wait for an unlock prompt or hang): whether
/// each entry is stored, and a save's secrets, are asked of a KeychainWorker on a thread the page owns, while each
/// field says "Checking…" and a save says which entry it is storing. Thread: UI.
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

    /// Where secrets go and are checked (not owned; may be null when there is no keychain). It is called from the
    /// page's keychain thread, and must outlive the page (whose destructor waits for a call under way).
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
    /// Validates, stores the secrets typed since the last save, and writes the file. False when refused at once
    /// (a problem in a field, no keychain for typed secrets, a save under way, nothing to save). Without typed
    /// secrets the file is written before it returns; with some, it returns true while the keychain takes them
    /// (isSaving(), the editors locked) and the file is written only once every one is stored: saved() or
    /// saveFailed() follows.
    bool save();
    bool isSaving() const { return m_saving; }
    /// Drops unsaved edits and typed secrets, and reads the file again.
    void discard();
    /// The problems shown after the last refused save, one per line ("Base URL (connectors…): must be …").
    QStringList shownIssues() const { return m_issueLines; }
    QString statusText() const;
    QTabWidget* tabs() const { return m_tabs; }
    QDialogButtonBox* buttons() const { return m_buttons; }

Q_SIGNALS:
    /// The file was written; a console whose engine runs from it restarts the engine with it.
    void saved(const QString& path);
    /// A save was refused after it had started (the keychain did not take a secret, the file could not be
    /// written); the message is the one shown, naming the entry, never a secret.
    void saveFailed(const QString& message);

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
    KeychainWorker* worker();
    void takeEntryState(quint64 generation, const KeychainEntryState& state);
    void takeStoring(quint64 generation, const QString& entry, int index, int count);
    void takeWritesFinished(quint64 generation, const QStringList& entries);
    void takeWriteFailed(quint64 generation, const QString& entry, const QString& message, const QStringList& written);
    bool writeFile(const ConfigDocument& doc);
    void setSaving(bool saving);
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
    QHash<QString, KeychainEntryState> m_storedEntries; ///< keychain entry -> what the keychain said, once per load
    QSet<QString> m_checking; ///< keychain entries asked of the worker, not answered yet
    quint64 m_generation = 0; ///< counts loads and store changes: the worker's answers about an earlier one are dropped
    QThread* m_keychainThread = nullptr; ///< started on first use; the worker lives there
    KeychainWorker* m_worker = nullptr; ///< lives on m_keychainThread: reached only by queued calls
    bool m_saving = false;
    std::optional<ConfigDocument> m_savingDoc; ///< the document as validated: what the file gets once secrets are in
    QList<QPointer<QWidget>> m_configTabs; ///< the configuration's sections, locked while a save is under way
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
