// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/secrets.h"

#include <chrono>

namespace lockstep::app {

/// The operating system's keychain through QtKeychain: Windows Credential Manager, the Secret Service
/// (GNOME Keyring, KWallet) on Linux, the macOS Keychain. Entries live under one service name ("Lockstep")
/// and are named by the configuration (`{"keychain": "lockstep/woocommerce/secret"}`). QtKeychain's
/// plain-text fallback stays off: with no keychain, reads fail with a message that names the remedy.
///
/// Each call waits for its keychain job in a local event loop, at most `timeout` (an unlock prompt counts).
/// Thread: any thread with an event loop; secrets are resolved before the engine starts.
class KeychainStore final : public core::engine::CredentialStore
{
public:
    explicit KeychainStore(
        QString service = QStringLiteral("Lockstep"), std::chrono::milliseconds timeout = std::chrono::seconds(20));

    core::Result<QString> read(const QString& entry) override;
    core::Status write(const QString& entry, const QString& secret) override;
    core::Status remove(const QString& entry) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace lockstep::app
