// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert_rules.h"
#include "net/connector_health.h"

#include <QObject>
#include <QTimer>

namespace lockstep::ui {

class BackgroundReader;

/// Watches the store and the connectors for the tray: reads a snapshot off the UI thread every half minute
/// and soon after the engine reports a change, passes it through AlertRules, and announces the open counts and
/// any alert. The tray (AlertTray) only shows what this says. Thread: UI; the snapshot is read on its BackgroundReader.
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    explicit AlertMonitor(const QString& databasePath, AlertPolicy policy = {}, QObject* parent = nullptr);
    ~AlertMonitor() override;

    AlertRules& rules() { return m_rules; }

public Q_SLOTS:
    /// Reads the store soon (several calls within a second are one read).
    void refresh();
    /// A connector's health from the engine; its last success decides whether it stopped syncing.
    void setConnectorHealth(const lockstep::core::net::ConnectorHealth& health);

Q_SIGNALS:
    void countsChanged(const QHash<lockstep::core::ExceptionType, qint64>& openCounts);
    void alertRaised(const lockstep::ui::Alert& alert);

private:
    void handleSnapshot(const AlertSnapshot& snapshot);

    AlertRules m_rules;
    qint64 m_cutoffHorizon = 3600;
    BackgroundReader* m_reader = nullptr;
    QTimer m_poll;
    QTimer m_soon;
    bool m_inFlight = false;
};

} // namespace lockstep::ui

Q_DECLARE_METATYPE(lockstep::ui::Alert)
