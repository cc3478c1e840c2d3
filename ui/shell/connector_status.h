// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/connector_health.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;

namespace lockstep::ui {

/// The status bar's connector badges: one per connector, in the order they first reported, saying its state
/// (healthy, retrying, circuit open until …, probing) and its last successful sync, with the last error in the
/// tooltip. Fed by the engine's connectorHealthChanged(). Thread: UI.
class ConnectorStatus : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectorStatus(QWidget* parent = nullptr);

    /// Connectors reported so far, in badge order.
    QStringList connectors() const { return m_order; }
    /// The badge text of one connector ("wms: circuit open until 14:05 · last sync 13:58"); empty if unknown.
    QString text(const QString& connector) const;
    /// The last reported status of one connector.
    std::optional<core::net::HealthStatus> status(const QString& connector) const;

    static QString statusName(core::net::HealthStatus status);

public Q_SLOTS:
    void setHealth(const lockstep::core::net::ConnectorHealth& health);

private:
    QHBoxLayout* m_layout = nullptr;
    QStringList m_order;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, core::net::HealthStatus> m_status;
};

} // namespace lockstep::ui
