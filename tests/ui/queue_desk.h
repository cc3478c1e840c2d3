// SPDX-License-Identifier: GPL-3.0-or-later
// A desk for the queue tests: a store of sample exceptions, the main window on it with its commands run by an
// InlineEngine, a queue page on screen; and row selection that does not depend on the keyboard's state.
#pragma once

#include "exception_samples.h"
#include "inline_engine.h"
#include "queue_window.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "queues/queue_table_view.h"
#include "shell/main_window.h"
#include "support.h"

#include <QItemSelectionModel>
#include <QTest>

#include <memory>

namespace lockstep::test {

/// Shows `w` (1400×900) on the queue of `type` with its rows in; null when the window was not exposed or the queue
/// did not load.
inline ui::QueuePage* showQueue(ui::MainWindow& w, core::ExceptionType type)
{
    w.resize(1400, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return nullptr;
    w.showPage({ui::PageKind::Queue, type});
    ui::QueuePage* page = w.queuePage(type);
    return page && settled(*page) && page->model()->isLoaded() ? page : nullptr;
}

/// Makes `row` the current and only selected row, whatever modifier keys an earlier key click left pressed
/// (QTableView::selectRow() toggles the row while Ctrl is down).
inline void selectOnly(ui::QueuePage* page, int row)
{
    page->view()->selectionModel()->setCurrentIndex(
        page->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

/// `count` sample exceptions of one type in a fresh store, the window on it, its commands run at once by an
/// InlineEngine (which keeps them), and that queue on screen with the keyboard focus in its table.
struct QueueDesk
{
    TempStore store;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<InlineEngine> engine;
    ui::QueuePage* page = nullptr;

    bool open(core::ExceptionType type, int count)
    {
        if (!insertSamples(store.db, type, count, QDateTime::currentDateTimeUtc()))
            return false;
        window = std::make_unique<ui::MainWindow>(store.path);
        engine = std::make_unique<InlineEngine>(window->actionBroker(), store.db);
        page = showQueue(*window, type);
        if (page)
            page->view()->setFocus();
        return page != nullptr;
    }
};

} // namespace lockstep::test
