// SPDX-License-Identifier: GPL-3.0-or-later
// A queue's window, waited for: the model reads its pages off the UI thread and says when none is on its way.
#pragma once

#include "queues/queue_page.h"
#include "queues/queue_table_model.h"

#include <QCoreApplication>
#include <QTest>

namespace lockstep::test {

/// Waits until no read of `model`'s window is on its way and what came in is laid out; false when one still is
/// after 10 s.
inline bool settled(const ui::QueueTableModel& model)
{
    const bool done = QTest::qWaitFor([&] { return !model.isReading(); }, 10000);
    QCoreApplication::processEvents(); // the view's delayed layout of the rows that came in
    return done;
}

inline bool settled(const ui::QueuePage& page)
{
    return settled(*page.model());
}

} // namespace lockstep::test
