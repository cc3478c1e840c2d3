// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/system.h"

#include <QColor>
#include <QIcon>

namespace lockstep::ui {

/// The colour tag each system wears in timelines, so storefront, warehouse and carrier steps are told apart
/// at a glance (the name is always shown beside it: colour is never the only cue). Thread: UI.
class SystemTag
{
public:
    static QColor color(core::SourceSystem system);
    /// A rounded square in the system's colour, cached per system.
    static QIcon icon(core::SourceSystem system);
};

} // namespace lockstep::ui
