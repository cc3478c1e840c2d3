// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

namespace lockstep::ui {

/// What an action request carries for each selected exception: its id, and the version the person saw,
/// so the engine can refuse an action on a record that changed in the meantime.
struct ExceptionRef
{
    qint64 id = 0;
    qint64 version = 0;

    friend bool operator==(const ExceptionRef&, const ExceptionRef&) = default;
};

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::ui::ExceptionRef)
