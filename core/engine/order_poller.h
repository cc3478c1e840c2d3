// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine_context.h"

#include <QObject>

namespace lockstep::core::engine {

/// Pulls changed orders from one storefront, page after page, through OrderIntake. Each order is its own
/// transaction; the cursor is stored after the page it covers is committed, so a crash re-reads at most
/// one page (and intake is idempotent). Polling is the primary path; webhooks only bring it forward.
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

private:
    void nextPage(QString cursor, int page, int maxPages, CycleSummary summary, JobDone done);

    EngineContext& m_context;
    connectors::StorefrontConnector& m_storefront;
};

} // namespace lockstep::core::engine
