// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the libFuzzer targets: the input as the Qt types the parsers take, and a check that turns a broken
// promise of a parser into a crash libFuzzer reports. Thread: libFuzzer's (the only one).
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace lockstep::fuzz {

/// The bytes without a copy (the parsers copy what they keep).
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

/// Aborts with the message when `condition` is false: a contract of the parser was broken.
inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz contract broken: %s\n", what);
        std::abort();
    }
}

} // namespace lockstep::fuzz
