// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace lockstep::core::connectors {

/// Runs `work` (a pure function of what it captured, such as parsing a page of orders) on Qt's global thread
/// pool and hands its result to `done` on `context`'s thread; `done` is not called when `context` is destroyed
/// first. A connector parses a full page off the engine's thread this way, so the engine takes in one page
/// while the next is parsed (a backfill's lanes were otherwise parsed one after another on the engine's thread).
/// Thread: called on `context`'s thread; `work` runs on a pool thread and must touch nothing shared.
template <typename Work, typename Done> void runOffThread(QObject* context, Work work, Done done)
{
    using T = std::invoke_result_t<Work&>;
    auto promise = std::make_shared<QPromise<T>>();
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            done(watcher->future().takeResult());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace lockstep::core::connectors
