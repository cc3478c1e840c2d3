// SPDX-License-Identifier: GPL-3.0-or-later
// Waiting for an asynchronous connector call in a test: the event loop runs (QTest::qWaitFor, as QTRY_* does) until
// the reply arrives or the time is up. No sleeps.
#pragma once

#include "domain/result.h"

#include <QTest>

#include <functional>
#include <optional>

namespace lockstep::test {

/// Starts a call that answers through a Reply<T> and waits for the answer; nullopt when none came in time.
template <typename T>
std::optional<core::Result<T>> waitFor(
    const std::function<void(std::function<void(core::Result<T>)>)>& start, int timeoutMs = 30000)
{
    std::optional<core::Result<T>> out;
    start([&out](core::Result<T> r) { out.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

/// The same for a call that answers through Done.
inline std::optional<core::Status> waitForDone(
    const std::function<void(std::function<void(core::Status)>)>& start, int timeoutMs = 30000)
{
    std::optional<core::Status> out;
    start([&out](core::Status s) { out.emplace(std::move(s)); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

} // namespace lockstep::test
