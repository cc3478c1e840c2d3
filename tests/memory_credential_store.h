// SPDX-License-Identifier: GPL-3.0-or-later
// An in-memory CredentialStore for tests that need to see what reached the keychain (the real one is tested in
// tests/integration/test_keychain_store.cpp).
#pragma once

#include "engine/secrets.h"

#include <QHash>

namespace lockstep::test {

class MemoryCredentialStore final : public core::engine::CredentialStore
{
public:
    QHash<QString, QString> entries;
    int reads = 0;

    bool answers = true; ///< false: the keychain does not answer (locked, no service)

    core::Result<QString> read(const QString& entry) override
    {
        ++reads;
        if (!answers)
            return core::makeError(core::ErrorCode::Io, QStringLiteral("the keychain does not answer"));
        if (!entries.contains(entry))
            return core::makeError(core::ErrorCode::NotFound, QStringLiteral("no such keychain entry"));
        return entries.value(entry);
    }
    core::Status write(const QString& entry, const QString& secret) override
    {
        entries.insert(entry, secret);
        return core::Status::success();
    }
    core::Status remove(const QString& entry) override
    {
        entries.remove(entry);
        return core::Status::success();
    }
};

} // namespace lockstep::test
