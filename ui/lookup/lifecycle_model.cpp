// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle_model.h"

#include "common/display_format.h"
#include "common/order_text.h"
#include "common/system_tag.h"

#include <QLocale>

namespace lockstep::ui {

LifecycleModel::LifecycleModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LifecycleModel::setEvents(const QList<core::LifecycleEvent>& events)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(events.size());
    for (const auto& e : events)
        m_rows.append(
            {e, DisplayFormat::localTime(e.at), OrderText::systemName(e.source), OrderText::eventTitle(e.kind)});
    endResetModel();
}

int LifecycleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LifecycleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant LifecycleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == SourceRole)
        return static_cast<int>(row.event.source);
    switch (column) {
    case Column::Time:
        if (role == Qt::DisplayRole)
            return row.time;
        if (role == RawValueRole)
            return row.event.at;
        if (role == Qt::ToolTipRole)
            return DisplayFormat::fullTime(row.event.at);
        break;
    case Column::Source:
        if (role == Qt::DisplayRole)
            return row.source;
        if (role == Qt::DecorationRole)
            return SystemTag::icon(row.event.source);
        if (role == RawValueRole)
            return core::toString(row.event.source);
        break;
    case Column::Event:
        if (role == Qt::DisplayRole)
            return row.title;
        if (role == RawValueRole || role == Qt::ToolTipRole)
            return row.event.kind;
        break;
    case Column::Detail:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.event.shownDetail();
        break;
    case Column::Count:
        break;
    }
    return {};
}

QVariant LifecycleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Source:
        return tr("Source");
    case Column::Event:
        return tr("Event");
    case Column::Detail:
        return tr("Detail");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lockstep::ui
