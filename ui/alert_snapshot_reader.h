// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert_rules.h"

#include <QObject>

#include <memory>

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

/// Reads an AlertSnapshot (open counts, open causes, exceptions near their cutoff) through a read-only
/// connection of its own. The cause grouping walks an index over every open exception, so it runs here, off
/// the UI thread. Thread: a worker thread owned by AlertMonitor; the connection is opened and used there only.
class AlertSnapshotReader : public QObject
{
    Q_OBJECT

public:
    AlertSnapshotReader(QString databasePath, qint64 cutoffHorizonSeconds);
    ~AlertSnapshotReader() override;

public Q_SLOTS:
    void read();

Q_SIGNALS:
    void snapshotRead(const lockstep::ui::AlertSnapshot& snapshot);
    void readFailed(const QString& message);

private:
    QString m_path;
    qint64 m_horizon = 3600;
    std::unique_ptr<core::store::Database> m_db;
};

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::ui::AlertSnapshot)
