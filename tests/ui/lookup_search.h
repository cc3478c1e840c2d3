// SPDX-License-Identifier: GPL-3.0-or-later
// A search on the order lookup page, waited for: the page reads off the UI thread and says when it has answered.
#pragma once

#include "lookup/order_lookup_page.h"

#include <QSignalSpy>
#include <QTest>

namespace lockstep::test {

/// Runs `query` on `page` as if typed and Return pressed and waits until the answer is shown (and, when an order
/// matched, that order too); returns how many orders matched, or -1 when no answer came within 10 s.
inline int lookUp(ui::OrderLookupPage& page, const QString& query)
{
    QSignalSpy finished(&page, &ui::OrderLookupPage::searchFinished);
    QSignalSpy shown(&page, &ui::OrderLookupPage::orderShown);
    page.search(query);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000))
        return -1;
    const int found = finished.constFirst().constFirst().toInt();
    if (found > 0 && !QTest::qWaitFor([&] { return !shown.isEmpty(); }, 10000))
        return -1;
    return found;
}

} // namespace lockstep::test
