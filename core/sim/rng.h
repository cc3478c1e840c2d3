// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>
#include <cstdint>

namespace lockstep::core::sim {

/// A small seeded random source (SplitMix64) with its own distributions.
///
/// The standard library's distributions are implementation-defined, so the same seed would give different
/// scenarios on different compilers; these are written out here so that a seed means the same orders
/// everywhere. Thread: not thread-safe; each owner keeps its own.
class Rng
{
public:
    explicit Rng(std::uint64_t seed = 0)
        : m_state(seed)
    {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    /// Uniform integer in [low, high] (both inclusive); `low` when the range is empty.
    qint64 range(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<qint64>(next() % span);
    }

    bool chance(double probability) { return probability > 0 && uniform() < probability; }

    /// Standard normal (Box-Muller).
    double normal()
    {
        double u1 = uniform();
        if (u1 < 1e-300)
            u1 = 1e-300;
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

    /// An independent stream derived from this seed and a salt, so adding draws in one place does not
    /// shift every later draw elsewhere.
    Rng fork(std::uint64_t salt) const { return Rng(m_state ^ (salt * 0xD6E8FEB86659FD93ULL)); }

private:
    std::uint64_t m_state;
};

/// One element of `list` (not empty), drawn with `rng`.
template <typename T> const T& pick(Rng& rng, const QList<T>& list)
{
    return list.at(static_cast<qsizetype>(rng.range(0, list.size() - 1)));
}

} // namespace lockstep::core::sim
