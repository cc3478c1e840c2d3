// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

/// A thread of its own with a read-only connection to the store, opened there on first use, for what must not run
/// on the UI thread: a count over a million rows, the dashboard's aggregates, the alerts' snapshot, a report's
/// preview or export. Every page that reads in the background owns one of these instead of a thread, a worker and a
/// generation counter of its own.
/// - read(channel, work, deliver): `work` runs on the reader's thread with the connection and returns a Result;
///   `deliver` gets it on the thread that owns the reader. A read overtakes the older ones on its channel: one not
///   yet started is skipped, one already running has its result dropped. A connection that cannot be opened is
///   delivered as the error saying why.
/// - run(work): `work` runs on the reader's thread with the connection (or null and the reason), in order, never
///   skipped; it reports back itself (a queued call to the page), e.g. an export's progress.
/// The destructor waits for the work in flight; what it would deliver is dropped with the reader.
/// Thread: created and used on the UI thread; `work` runs on the reader's thread only.
class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    BackgroundReader(QString databasePath, const QString& threadName, QObject* parent = nullptr);
    ~BackgroundReader() override;

    template <typename T, typename Work, typename Deliver> void read(int channel, Work work, Deliver deliver);
    void run(std::function<void(core::store::Database* db, const core::Error& openError)> work);
    /// Drops what is on its way on `channel` (the page knows the answer another way now).
    void drop(int channel) { m_shared->next(channel); }

    /// The thread the work runs on (for tests that check the UI thread stayed free). Not QObject::thread(), which
    /// is the owner's thread, where the answers are delivered.
    const QThread* workerThread() const { return &m_thread; }

private:
    /// What the reader's thread and the owner share: the connection (used on the reader's thread only) and the
    /// newest generation asked for on each channel (either thread, under the mutex).
    struct Shared
    {
        QString path;
        std::unique_ptr<core::store::Database> db;
        core::Error openError; ///< why the connection could not be opened
        QMutex mutex;
        QHash<int, quint64> latest;

        ~Shared();
        core::store::Database* database();
        quint64 next(int channel);
        bool isLatest(int channel, quint64 generation);
    };

    void post(std::function<void()> job);

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    QObject* m_context = nullptr; ///< lives on m_thread; jobs are posted to it
};

template <typename T, typename Work, typename Deliver>
void BackgroundReader::read(int channel, Work work, Deliver deliver)
{
    const quint64 generation = m_shared->next(channel);
    post([this, shared = m_shared, channel, generation, work, deliver] {
        if (!shared->isLatest(channel, generation))
            return; // a newer read on this channel is already waiting
        core::store::Database* db = shared->database();
        core::Result<T> result = db ? core::Result<T>(work(*db)) : core::Result<T>(shared->openError);
        QMetaObject::invokeMethod(
            this,
            [shared, channel, generation, deliver, result] {
                if (shared->isLatest(channel, generation))
                    deliver(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace lockstep::ui
