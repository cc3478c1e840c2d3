// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain_worker.h"

#include "config/secrets.h"

namespace lockstep::ui {

void KeychainWorker::check(core::engine::CredentialStore* store, quint64 generation, const QStringList& entries)
{
    for (const QString& entry : entries) {
        KeychainEntryState state;
        state.entry = entry;
        const auto read = store->read(entry); // the value is dropped here: only "present" leaves this thread
        state.present = read.ok();
        if (!read.ok() && read.error().code != core::ErrorCode::NotFound)
            state.error = read.error().message;
        Q_EMIT entryChecked(generation, state);
    }
}

void KeychainWorker::write(core::engine::CredentialStore* store, quint64 generation, const QList<KeychainWrite>& writes)
{
    QStringList written;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        const KeychainWrite& w = writes.at(i);
        Q_EMIT storing(generation, w.entry, static_cast<int>(i + 1), static_cast<int>(writes.size()));
        const core::Status stored = store->write(w.entry, w.secret);
        if (!stored.ok()) {
            Q_EMIT writeFailed(generation, w.entry, stored.error().message, written);
            return;
        }
        written << w.entry;
    }
    Q_EMIT writesFinished(generation, written);
}

} // namespace lockstep::ui
