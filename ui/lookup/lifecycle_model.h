// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/lifecycle_event.h"

#include <QAbstractTableModel>
#include <QList>

namespace lockstep::ui {

/// One order's timeline: every event from storefront, Lockstep, warehouse and carrier, in time order.
/// Small and bounded (one order), so it holds its rows and formats them once when they are set.
/// Thread: UI.
class LifecycleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Time,
        Source,
        Event,
        Detail,
        Count
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, ///< Time: UTC QDateTime; Source: toString(system); Event: the kind
        SourceRole, ///< the SourceSystem as int, on every column
    };

    explicit LifecycleModel(QObject* parent = nullptr);

    /// Replaces the rows (one model reset). `events` are in time order.
    void setEvents(const QList<core::LifecycleEvent>& events);
    const core::LifecycleEvent& event(int row) const { return m_rows.at(row).event; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        core::LifecycleEvent event;
        QString time;
        QString source;
        QString title;
    };
    QList<Row> m_rows;
};

} // namespace lockstep::ui
