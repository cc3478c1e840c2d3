// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_reads.h"

namespace lockstep::ui {

core::Result<PreviewRead> readPreview(core::store::Database& db, const core::reports::ReportParams& params, int limit)
{
    auto preview = core::reports::previewReport(db, params, limit);
    if (!preview.ok())
        return preview.error();
    // The chart always shows the reconciliation of the range, whichever report is previewed (a drill-down
    // keeps the chart it came from).
    if (params.drillBucket)
        return PreviewRead{preview.value(), {}};
    auto days = core::reports::reconciliationDays(db, params);
    if (!days.ok())
        return days.error();
    return PreviewRead{preview.value(), days.value()};
}

} // namespace lockstep::ui
