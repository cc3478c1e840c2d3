// SPDX-License-Identifier: GPL-3.0-or-later
#include "connector_status.h"

#include "common/display_format.h"

#include <QHBoxLayout>
#include <QLabel>

namespace lockstep::ui {

using core::net::HealthStatus;

ConnectorStatus::ConnectorStatus(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Connectors"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
}

QString ConnectorStatus::statusName(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return tr("healthy");
    case HealthStatus::Retrying:
        return tr("retrying");
    case HealthStatus::CircuitOpen:
        return tr("circuit open");
    case HealthStatus::Probing:
        return tr("trying again");
    }
    return {};
}

void ConnectorStatus::setHealth(const core::net::ConnectorHealth& health)
{
    const QString name = health.breaker.connector;
    if (name.isEmpty())
        return;
    QLabel* label = m_labels.value(name);
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("connector_%1").arg(name));
        m_layout->addWidget(label);
        m_labels.insert(name, label);
        m_order.append(name);
    }
    const HealthStatus status = health.status();
    m_status.insert(name, status);
    QString state = statusName(status);
    if (status == HealthStatus::CircuitOpen && health.breaker.retryAt.isValid())
        state = tr("circuit open until %1").arg(DisplayFormat::localTime(health.breaker.retryAt));
    else if (status == HealthStatus::Retrying)
        state = tr("retrying %n call(s)", nullptr, health.retriesPending);
    const QString lastSync = health.breaker.lastSuccessAt.isValid()
        ? tr("last sync %1").arg(DisplayFormat::localTime(health.breaker.lastSuccessAt))
        : tr("no successful sync yet");
    const QString text = tr("%1: %2 · %3").arg(name, state, lastSync);
    label->setText(text);
    label->setAccessibleName(tr("Connector %1").arg(name));
    label->setAccessibleDescription(text);
    label->setToolTip(
        health.breaker.lastError.isEmpty() ? text : tr("%1\nLast error: %2").arg(text, health.breaker.lastError));
    // The colour only repeats what the words say.
    const bool bad = status == HealthStatus::CircuitOpen;
    const bool warn = status == HealthStatus::Retrying || status == HealthStatus::Probing;
    QPalette palette = this->palette();
    if (bad || warn)
        palette.setColor(
            QPalette::WindowText, DisplayFormat::severityColor(bad ? core::Severity::Critical : core::Severity::High));
    label->setPalette(palette);
}

QString ConnectorStatus::text(const QString& connector) const
{
    const QLabel* label = m_labels.value(connector);
    return label ? label->text() : QString();
}

std::optional<HealthStatus> ConnectorStatus::status(const QString& connector) const
{
    const auto it = m_status.constFind(connector);
    if (it == m_status.cend())
        return std::nullopt;
    return *it;
}

} // namespace lockstep::ui
