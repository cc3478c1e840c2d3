// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

namespace lockstep::core::net {

/// Where retry jitter gets its randomness, injectable so tests are deterministic.
/// Thread: an instance is used by the thread that owns the client it was given to.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    /// A uniformly distributed integer in [0, highest] (both ends included). `highest` is >= 0.
    virtual qint64 uniformUpTo(qint64 highest) = 0;
};

/// The default: Qt's system-seeded generator (QRandomGenerator::global() is thread-safe).
class SystemRandomSource final : public RandomSource
{
public:
    qint64 uniformUpTo(qint64 highest) override;
};

/// A reproducible sequence from a fixed seed, for tests and the sandbox.
class SeededRandomSource final : public RandomSource
{
public:
    explicit SeededRandomSource(quint32 seed)
        : m_generator(seed)
    {}
    qint64 uniformUpTo(qint64 highest) override;

private:
    QRandomGenerator m_generator;
};

} // namespace lockstep::core::net
