// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace lockstep::core {

/// The systems Lockstep talks to, and itself. Stored as the stable text of toString().
enum class SourceSystem
{
    WooCommerce,
    Commercetools,
    Pos,
    Deposco,
    Carrier,
    Lockstep
};

QString toString(SourceSystem system);
std::optional<SourceSystem> sourceSystemFromString(const QString& text);

} // namespace lockstep::core
