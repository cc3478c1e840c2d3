// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace lockstep::core::net {

class RandomSource;

/// Exponential backoff with full jitter: before retry n (n = 0 for the first retry) wait a uniformly random time in
/// [0, min(cap, base * 2^n)]. Full jitter spreads the retries of many clients so they do not hit a recovering server
/// in waves.
struct BackoffPolicy
{
    std::chrono::milliseconds base{500};
    std::chrono::milliseconds cap{30'000};
};

/// The upper bound of the wait before retry `retryIndex` (0-based): min(cap, base * 2^retryIndex), never overflowing.
/// A negative index counts as 0; a negative base or cap as 0.
std::chrono::milliseconds backoffCeiling(const BackoffPolicy& policy, int retryIndex);

/// The wait before retry `retryIndex`: uniformly random in [0, backoffCeiling(policy, retryIndex)].
std::chrono::milliseconds fullJitterDelay(const BackoffPolicy& policy, int retryIndex, RandomSource& random);

} // namespace lockstep::core::net
