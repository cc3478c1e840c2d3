// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>

namespace lockstep::core {

/// Overflow-checked 64-bit arithmetic: returns false (and leaves *out alone) when the result would not fit.
inline bool checkedAdd(std::int64_t a, std::int64_t b, std::int64_t* out)
{
#if defined(__GNUC__) || defined(__clang__)
    std::int64_t r;
    if (__builtin_add_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
#else
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    if ((b > 0 && a > kMax - b) || (b < 0 && a < kMin - b))
        return false;
    *out = a + b;
    return true;
#endif
}

inline bool checkedSub(std::int64_t a, std::int64_t b, std::int64_t* out)
{
#if defined(__GNUC__) || defined(__clang__)
    std::int64_t r;
    if (__builtin_sub_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
#else
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    if ((b < 0 && a > kMax + b) || (b > 0 && a < kMin + b))
        return false;
    *out = a - b;
    return true;
#endif
}

inline bool checkedMul(std::int64_t a, std::int64_t b, std::int64_t* out)
{
#if defined(__GNUC__) || defined(__clang__)
    std::int64_t r;
    if (__builtin_mul_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
#else
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    if (a == 0 || b == 0) {
        *out = 0;
        return true;
    }
    if ((a == -1 && b == kMin) || (b == -1 && a == kMin))
        return false;
    if (a > 0 ? (b > 0 ? a > kMax / b : b < kMin / a) : (b > 0 ? a < kMin / b : a < kMax / b))
        return false;
    *out = a * b;
    return true;
#endif
}

} // namespace lockstep::core
