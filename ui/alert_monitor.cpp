// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_monitor.h"

#include "alert_snapshot_reader.h"

namespace lockstep::ui {

AlertMonitor::AlertMonitor(const QString& databasePath, AlertPolicy policy, QObject* parent)
    : QObject(parent)
    , m_rules(policy)
{
    qRegisterMetaType<AlertSnapshot>();
    qRegisterMetaType<Alert>();
    m_thread.setObjectName(QStringLiteral("alerts"));
    m_reader = new AlertSnapshotReader(databasePath, policy.cutoffHorizonSeconds);
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(this, &AlertMonitor::requestRead, m_reader, &AlertSnapshotReader::read, Qt::QueuedConnection);
    connect(m_reader, &AlertSnapshotReader::snapshotRead, this, &AlertMonitor::handleSnapshot, Qt::QueuedConnection);
    connect(
        m_reader, &AlertSnapshotReader::readFailed, this, [this] { m_inFlight = false; }, Qt::QueuedConnection);
    m_thread.start();

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
        Q_EMIT requestRead();
    });
    QTimer::singleShot(0, this, &AlertMonitor::refresh);
}

AlertMonitor::~AlertMonitor()
{
    m_thread.quit();
    m_thread.wait();
}

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
