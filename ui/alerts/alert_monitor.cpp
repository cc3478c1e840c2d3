// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_monitor.h"

#include "alert_snapshot_reader.h"
#include "common/background_reader.h"

namespace lockstep::ui {

AlertMonitor::AlertMonitor(const QString& databasePath, AlertPolicy policy, QObject* parent)
    : QObject(parent)
    , m_rules(policy)
{
    qRegisterMetaType<AlertSnapshot>();
    qRegisterMetaType<Alert>();
    m_cutoffHorizon = policy.cutoffHorizonSeconds;
    m_reader = new BackgroundReader(databasePath, QStringLiteral("alerts"), this);

    m_poll.setInterval(30'000);
    connect(&m_poll, &QTimer::timeout, this, &AlertMonitor::refresh);
    m_poll.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(1000);
    connect(&m_soon, &QTimer::timeout, this, [this] {
        if (m_inFlight) {
            m_soon.start(); // one read at a time; ask again when this one is back
            return;
        }
        m_inFlight = true;
        m_reader->read<AlertSnapshot>(
            0,
            [horizon = m_cutoffHorizon](core::store::Database& db) { return readAlertSnapshot(db, horizon); },
            [this](const core::Result<AlertSnapshot>& snapshot) {
                m_inFlight = false;
                if (snapshot.ok())
                    handleSnapshot(snapshot.value());
            });
    });
    QTimer::singleShot(0, this, &AlertMonitor::refresh);
}

AlertMonitor::~AlertMonitor() = default;

void AlertMonitor::refresh()
{
    if (!m_soon.isActive())
        m_soon.start();
}

void AlertMonitor::setConnectorHealth(const core::net::ConnectorHealth& health)
{
    m_rules.setConnectorSync(health.breaker.connector, health.breaker.lastSuccessAt, QDateTime::currentDateTimeUtc());
}

void AlertMonitor::handleSnapshot(const AlertSnapshot& snapshot)
{
    m_inFlight = false;
    Q_EMIT countsChanged(snapshot.openCounts);
    QList<Alert> alerts = m_rules.evaluate(snapshot);
    alerts += m_rules.evaluateConnectors(snapshot.at);
    for (const Alert& a : alerts)
        Q_EMIT alertRaised(a);
}

} // namespace lockstep::ui
