// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"

namespace lockstep::core::engine {

/// Reads and writes secrets kept by the operating system (Windows Credential Manager, Secret Service,
/// macOS Keychain). Implemented outside core (app/), so core never links a keychain library.
/// Thread: implementations are called from the engine thread and the UI thread; they must not block long.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual Result<QString> read(const QString& entry) = 0;
    virtual Status write(const QString& entry, const QString& secret) = 0;
    virtual Status remove(const QString& entry) = 0;
};

/// Resolves a SecretRef to its value: from the keychain, from the environment (the headless fallback),
/// or a literal. Errors name the entry or variable, never a value.
Result<QString> resolveSecret(const SecretRef& ref, CredentialStore* keychain);
/// The secret an environment reference names: the variable `name`, or, when it is not set, the file `name` in
/// `$CREDENTIALS_DIRECTORY` (where a systemd service's credentials are put: `LoadCredentialEncrypted=NAME:...`,
/// decrypted only for the service, never in a plain file or the environment), its trailing line break dropped.
/// Empty when neither has it.
QString environmentSecret(const QString& name);

/// Secret values resolved from the keychain or the environment before the engine starts. In memory only.
struct EngineCredentials
{
    QString wooKey;
    QString wooSecret;
    QString wooWebhookSecret;
    QString wmsClientId;
    QString wmsClientSecret;
    QString wmsRefreshToken;
    QString wmsAtpUser;
    QString wmsAtpPassword;
    QString ctClientId;
    QString ctClientSecret;
    QString posAccessToken; ///< Square
};

/// Resolves every secret the configuration names (keychain, environment, or a loopback-only literal).
Result<EngineCredentials> resolveCredentials(const Config& config, CredentialStore* keychain);

} // namespace lockstep::core::engine
