// SPDX-License-Identifier: GPL-3.0-or-later
#include "change_feed.h"

#include "database.h"
#include "postgres.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>

namespace lockstep::core::store {

namespace {

/// The feed's side on its own thread: the connection, and what it gathered since the last delivery.
class Worker : public QObject
{
public:
    Worker(QString location, std::shared_ptr<std::atomic_bool> polling, ChangeFeed* feed)
        : m_location(std::move(location))
        , m_polling(std::move(polling))
        , m_feed(feed)
    {
        m_gather.setSingleShot(true);
        m_gather.setInterval(ChangeFeed::kGather);
        connect(&m_gather, &QTimer::timeout, this, &Worker::deliver);
        m_retry.setSingleShot(true);
        m_retry.setInterval(ChangeFeed::kRetry);
        connect(&m_retry, &QTimer::timeout, this, &Worker::open);
        m_poll.setInterval(ChangeFeed::kPollPeriod);
        connect(&m_poll, &QTimer::timeout, this, &Worker::poll);
    }

    /// Connects and listens (a server) or starts polling (a file).
    void open()
    {
        if (!isServerLocation(m_location)) {
            poll();
            m_poll.start();
            return;
        }
        auto connection = postgres::Connection::open(m_location, true, ChangeFeed::kApplicationName);
        if (!connection.ok())
            return lost(connection.error().toString());
        if (auto st = connection.value()->exec(QStringLiteral("LISTEN %1").arg(QLatin1String(ChangeFeed::kChannel)));
            !st.ok())
            return lost(st.error().toString());
        m_connection = std::move(connection).value();
        m_notifier = std::make_unique<QSocketNotifier>(PQsocket(m_connection->handle()), QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &Worker::readable);
        tell(std::exchange(m_listened, true) ? &ChangeFeed::resumed : &ChangeFeed::started);
    }

private:
    void readable()
    {
        PGconn* pg = m_connection->handle();
        if (!PQconsumeInput(pg) || PQstatus(pg) != CONNECTION_OK)
            return lost(QStringLiteral("the connection that listens for changes was lost: %1")
                            .arg(QString::fromUtf8(PQerrorMessage(pg)).trimmed()));
        while (PGnotify* note = PQnotifies(pg)) {
            const QString topic = QString::fromUtf8(note->extra);
            PQfreemem(note);
            if (!m_topics.contains(topic))
                m_topics.append(topic);
        }
        if (!m_topics.isEmpty() && !m_gather.isActive())
            m_gather.start();
    }

    void poll()
    {
        if (!m_db) {
            auto db = Database::open(m_location, Database::Mode::ReadOnly);
            if (!db.ok())
                return; // the file is not there yet; the console says so itself
            m_db = std::make_unique<Database>(std::move(db).value());
        }
        auto st = m_db->prepare(QStringLiteral("PRAGMA data_version"));
        if (!st.ok())
            return;
        auto row = st->step();
        if (!row.ok() || !row.value())
            return;
        const qint64 version = st->int64(0);
        const qint64 before = std::exchange(m_dataVersion, version);
        if (before < 0)
            return tell(&ChangeFeed::started);
        // Read while not told too, so a commit made meanwhile is told once polling is on again.
        m_missed = m_missed || before != version;
        if (m_missed && m_polling->load()) {
            m_missed = false;
            m_topics = {QString::fromLatin1(ChangeFeed::kAnything)};
            deliver();
        }
    }

    void lost(const QString& problem)
    {
        m_notifier.reset();
        m_connection.reset();
        if (m_reported != problem) {
            m_reported = problem;
            QMetaObject::invokeMethod(
                m_feed, [feed = m_feed, problem] { Q_EMIT feed->interrupted(problem); }, Qt::QueuedConnection);
        }
        m_retry.start();
    }

    void deliver()
    {
        const QStringList topics = std::exchange(m_topics, {});
        if (!topics.isEmpty())
            QMetaObject::invokeMethod(
                m_feed, [feed = m_feed, topics] { Q_EMIT feed->changed(topics); }, Qt::QueuedConnection);
    }

    void tell(void (ChangeFeed::*signal)())
    {
        m_reported.clear();
        QMetaObject::invokeMethod(
            m_feed,
            [feed = m_feed, signal] {
                Q_EMIT(feed->*signal)
                ();
            },
            Qt::QueuedConnection);
    }

    const QString m_location;
    const std::shared_ptr<std::atomic_bool> m_polling;
    ChangeFeed* const m_feed; ///< used only for queued calls, which die with it
    std::unique_ptr<postgres::Connection> m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unique_ptr<Database> m_db; ///< SQLite's reading connection
    qint64 m_dataVersion = -1;
    bool m_missed = false; ///< the data version moved while polling was off
    bool m_listened = false;
    QString m_reported; ///< the last problem told, so a server that stays away is told once
    QStringList m_topics;
    // Children, so they move to the feed's thread with the worker.
    QTimer m_gather{this};
    QTimer m_retry{this};
    QTimer m_poll{this};
};

} // namespace

ChangeFeed::ChangeFeed(const QString& location, QObject* parent)
    : QObject(parent)
    , m_polling(std::make_shared<std::atomic_bool>(true))
{
    connect(this, &ChangeFeed::started, this, [this] { m_started = true; });
    auto* worker = new Worker(location, m_polling, this);
    m_worker = worker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("change-feed"));
    m_thread.start();
    QMetaObject::invokeMethod(
        worker, [worker] { worker->open(); }, Qt::QueuedConnection);
}

ChangeFeed::~ChangeFeed()
{
    m_thread.quit();
    m_thread.wait();
}

void ChangeFeed::setPolling(bool on)
{
    m_polling->store(on);
}

} // namespace lockstep::core::store
