// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_context.h"

#include <QObject>

#include <memory>

namespace lockstep::core::engine {

/// Pulls changed orders from one storefront, page after page, through OrderIntake. Each order is its own
/// transaction; the cursor is stored after the page it covers is committed, so a crash re-reads at most
/// one page (and intake is idempotent). Polling is the primary path; webhooks only bring it forward.
///
/// The first sync (no cursor yet) is a backfill of `backfill.days`: when the storefront reads bounded
/// windows, the period is cut into windows read side by side, at most `backfill.parallelism` at a time,
/// each page by page, with progress reported per window. The cursor is stored only when every window is
/// done, at the backfill's start in the storefront's own time (so what changed meanwhile is read by the next
/// poll, even when the storefront's clock lags the engine's): the earliest `Date` its answers carried, less a
/// few seconds, or without one the engine's start less `backfill.clock_margin_seconds`. A backfill cut short
/// (a failure, a crash) starts again next time and re-reads harmlessly.
/// Thread: the engine's worker thread.
class OrderPoller : public QObject
{
    Q_OBJECT

public:
    OrderPoller(EngineContext& context, connectors::StorefrontConnector& storefront, QObject* parent = nullptr);

    /// Reads until the storefront has nothing newer, or `maxPages` pages, then calls `done`.
    void run(JobDone done, int maxPages = 1000);
    QString cursorName() const;

Q_SIGNALS:
    void progress(const QString& storefront, int page, int totalPages);
    /// During a backfill: windows done of all, and orders taken in so far.
    void backfillProgress(const QString& storefront, int windowsDone, int windowsTotal, int ordersRead);

private:
    struct Backfill;
    void nextPage(QString cursor, int page, int maxPages, CycleSummary summary, JobDone done);
    void backfill(JobDone done);
    void launchWindows(const std::shared_ptr<Backfill>& state);
    void readWindow(
        const std::shared_ptr<Backfill>& state, const connectors::OrderWindow& window, const QString& cursor);
    /// Takes in one page's orders; false when the store refused (the caller stops).
    bool takeIn(const connectors::OrderPage& page, CycleSummary& summary);

    EngineContext& m_context;
    connectors::StorefrontConnector& m_storefront;
};

} // namespace lockstep::core::engine
