// SPDX-License-Identifier: GPL-3.0-or-later
#include "background_reader.h"

#include "store/store.h"

#include <QMutexLocker>

namespace lockstep::ui {

BackgroundReader::Shared::~Shared() = default;

core::store::Database* BackgroundReader::Shared::database()
{
    if (!db) {
        auto opened = core::store::openStore(path, core::store::Database::Mode::ReadOnly);
        if (!opened.ok()) {
            openError = opened.error();
            return nullptr;
        }
        db = std::make_unique<core::store::Database>(std::move(opened).value());
    }
    return db.get();
}

quint64 BackgroundReader::Shared::next(int channel)
{
    QMutexLocker lock(&mutex);
    return ++latest[channel];
}

bool BackgroundReader::Shared::isLatest(int channel, quint64 generation)
{
    QMutexLocker lock(&mutex);
    return latest.value(channel) == generation;
}

BackgroundReader::BackgroundReader(QString databasePath, const QString& threadName, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->path = std::move(databasePath);
    m_thread.setObjectName(threadName);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    m_thread.quit(); // the work in flight finishes first; what it posts back is dropped with this object
    m_thread.wait();
}

void BackgroundReader::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

void BackgroundReader::run(std::function<void(core::store::Database* db, const core::Error& openError)> work)
{
    post([shared = m_shared, work] {
        core::store::Database* db = shared->database();
        work(db, shared->openError);
    });
}

} // namespace lockstep::ui
