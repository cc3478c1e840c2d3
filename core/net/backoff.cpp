// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include "random_source.h"

#include <algorithm>

namespace lockstep::core::net {

std::chrono::milliseconds backoffCeiling(const BackoffPolicy& policy, int retryIndex)
{
    const qint64 base = std::max<qint64>(0, policy.base.count());
    const qint64 cap = std::max<qint64>(0, policy.cap.count());
    qint64 ceiling = std::min(base, cap);
    // Double step by step and stop at the cap, so a large index can never overflow.
    for (int i = 0; i < retryIndex && ceiling > 0 && ceiling < cap; ++i)
        ceiling = ceiling > cap / 2 ? cap : ceiling * 2;
    return std::chrono::milliseconds(std::min(ceiling, cap));
}

std::chrono::milliseconds fullJitterDelay(const BackoffPolicy& policy, int retryIndex, RandomSource& random)
{
    const qint64 ceiling = backoffCeiling(policy, retryIndex).count();
    return std::chrono::milliseconds(std::clamp<qint64>(random.uniformUpTo(ceiling), 0, ceiling));
}

} // namespace lockstep::core::net
