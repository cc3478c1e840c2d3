// SPDX-License-Identifier: GPL-3.0-or-later
// The stable text of an enum from a table of (value, text) pairs: stored in the database and in exports.
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace lockstep::core {

template <typename E, std::size_t N> QString enumText(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

/// The value whose text matches, ignoring case.
template <typename E, std::size_t N>
std::optional<E> enumFromText(const std::array<std::pair<E, const char*>, N>& table, const QString& text)
{
    for (const auto& [e, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

} // namespace lockstep::core
