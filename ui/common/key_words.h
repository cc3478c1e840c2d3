// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>

namespace lockstep::ui {

/// A key the engine writes ("exception.retry", "shipped_count") and the words people read for it, marked
/// with QT_TR_NOOP inside the class whose tr() translates them.
struct KeyWords
{
    const char* key;
    const char* text;
};

/// The translated words for `key` in `table`, by the table's class's tr(); the key itself when the table
/// does not know it.
template <std::size_t N>
QString wordsFor(const QString& key, const KeyWords (&table)[N], QString (*translate)(const char*, const char*, int))
{
    for (const KeyWords& w : table)
        if (key == QLatin1String(w.key))
            return translate(w.text, nullptr, -1);
    return key;
}

} // namespace lockstep::ui
