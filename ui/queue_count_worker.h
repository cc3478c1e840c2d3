// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/exception_repository.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace lockstep::ui {

/// Counts the rows matching a queue's filter on a read-only connection of its own. A count walks an
/// index over the whole queue (a fraction of a second at a million rows), so it runs here and not on
/// the UI thread. Requests carry a generation; a request already overtaken by a newer one is skipped.
/// Thread: a worker thread owned by QueueTableModel; the connection is opened and used there only.
class QueueCountWorker : public QObject
{
    Q_OBJECT

public:
    QueueCountWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);

public Q_SLOTS:
    void count(quint64 generation, const lockstep::core::store::ExceptionFilter& filter);

Q_SIGNALS:
    void counted(quint64 generation, qint64 total);
    void countFailed(quint64 generation, const QString& message);

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<core::store::Database> m_db;
};

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::core::store::ExceptionFilter)
