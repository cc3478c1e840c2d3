// SPDX-License-Identifier: GPL-3.0-or-later
// An in-memory CredentialStore for tests that need to see what reached the keychain (the real one is tested in
// tests/integration/test_keychain_store.cpp).
#pragma once

#include "config/secrets.h"

#include <QHash>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace lockstep::test {

/// Called from any thread (the Settings page asks it from a worker thread); `entries`, `reads` and `answers` are
/// set up before use and read once the caller has been told the work is done.
class MemoryCredentialStore final : public core::engine::CredentialStore
{
public:
    QHash<QString, QString> entries;
    int reads = 0;

    bool answers = true; ///< false: the keychain does not answer (locked, no service); reads and writes fail

    /// From now on every call waits, as a keychain that hangs, until release() (or, so a test that forgot it fails
    /// rather than hangs, a minute; the call then fails as one that did not answer).
    void hold()
    {
        const std::lock_guard lock(m_mutex);
        m_held = true;
    }
    void release()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_held = false;
        }
        m_released.notify_all();
    }
    /// How many calls are waiting in hold() now.
    int waiting() const
    {
        const std::lock_guard lock(m_mutex);
        return m_waiting;
    }

    core::Result<QString> read(const QString& entry) override
    {
        std::unique_lock lock(m_mutex);
        ++reads;
        if (!answers || !wait(lock))
            return core::makeError(core::ErrorCode::Io, QStringLiteral("the keychain does not answer"));
        if (!entries.contains(entry))
            return core::makeError(core::ErrorCode::NotFound, QStringLiteral("no such keychain entry"));
        return entries.value(entry);
    }
    core::Status write(const QString& entry, const QString& secret) override
    {
        std::unique_lock lock(m_mutex);
        if (!answers || !wait(lock))
            return core::makeError(core::ErrorCode::Io, QStringLiteral("the keychain does not answer"));
        entries.insert(entry, secret);
        return core::Status::success();
    }
    core::Status remove(const QString& entry) override
    {
        std::unique_lock lock(m_mutex);
        if (!answers || !wait(lock))
            return core::makeError(core::ErrorCode::Io, QStringLiteral("the keychain does not answer"));
        entries.remove(entry);
        return core::Status::success();
    }

private:
    /// False when still held after the limit.
    bool wait(std::unique_lock<std::mutex>& lock)
    {
        ++m_waiting;
        const bool released = m_released.wait_for(lock, std::chrono::minutes(1), [this] { return !m_held; });
        --m_waiting;
        return released;
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    bool m_held = false;
    int m_waiting = 0;
};

} // namespace lockstep::test
