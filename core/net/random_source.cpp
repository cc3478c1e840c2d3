// SPDX-License-Identifier: GPL-3.0-or-later
#include "random_source.h"

#include <limits>

namespace lockstep::core::net {

namespace {

qint64 drawUpTo(QRandomGenerator& generator, qint64 highest)
{
    if (highest <= 0)
        return 0;
    // bounded() excludes its limit; the range here includes it.
    if (highest == std::numeric_limits<qint64>::max())
        return static_cast<qint64>(generator.generate64() >> 1);
    return generator.bounded(highest + 1);
}

} // namespace

qint64 SystemRandomSource::uniformUpTo(qint64 highest)
{
    return drawUpTo(*QRandomGenerator::global(), highest);
}

qint64 SeededRandomSource::uniformUpTo(qint64 highest)
{
    return drawUpTo(m_generator, highest);
}

} // namespace lockstep::core::net
