// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace lockstep::core::engine {
class CredentialStore;
}

namespace lockstep::ui {

/// What the keychain said about one entry. Only whether it is there travels back, never the value read.
struct KeychainEntryState
{
    QString entry;
    bool present = false;
    QString error; ///< non-empty: the keychain gave no answer about the entry (locked, no service): why
};

/// One secret for the keychain: the entry (a name, safe to show) and the value (never shown or logged).
struct KeychainWrite
{
    QString entry;
    QString secret;
};

/// Asks the keychain off the UI thread: a keychain call waits for the OS (an unlock prompt, a Secret Service that
/// is slow or hangs, up to the store's own timeout), so SettingsPage hands each check and each save's writes here
/// and shows what it is waiting for. Calls run one after another in the order they were queued; each carries the
/// page's generation so the page can drop answers about a configuration it no longer shows.
/// Thread: a worker thread owned by SettingsPage. The CredentialStore (not owned) is called on that thread only
/// while a call runs; its owner keeps it alive until the page has stopped the thread.
class KeychainWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Asks whether each entry exists; entryChecked() follows for each, as soon as its answer is in.
    void check(core::engine::CredentialStore* store, quint64 generation, const QStringList& entries);
    /// Writes the secrets in order and stops at the first the keychain refuses: storing() before each, then
    /// writesFinished() or writeFailed() (with the entries already written).
    void write(core::engine::CredentialStore* store, quint64 generation, const QList<KeychainWrite>& writes);

Q_SIGNALS:
    void entryChecked(quint64 generation, const lockstep::ui::KeychainEntryState& state);
    void storing(quint64 generation, const QString& entry, int index, int count);
    void writesFinished(quint64 generation, const QStringList& entries);
    void writeFailed(quint64 generation, const QString& entry, const QString& message, const QStringList& written);
};

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::ui::KeychainEntryState)
