// SPDX-License-Identifier: GPL-3.0-or-later
#include "key_value_table.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lockstep::ui {

KeyValueTable::KeyValueTable(const QString& keyHeader, const QString& valueHeader, QWidget* parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({keyHeader, valueHeader});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("%1 and %2").arg(keyHeader, valueHeader));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setAccessibleName(tr("Add a row"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setAccessibleName(tr("Remove the selected rows"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] { Q_EMIT edited(entries()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        {
            const QSignalBlocker blocker(m_table);
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem);
            m_table->setItem(row, 1, new QTableWidgetItem);
        }
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : rows)
            m_table->removeRow(row);
        Q_EMIT edited(entries());
    });
}

void KeyValueTable::setEntries(const ConfigDocument::Entries& entries)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const auto& [key, value] : entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
}

ConfigDocument::Entries KeyValueTable::entries() const
{
    ConfigDocument::Entries out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* key = m_table->item(row, 0);
        const QTableWidgetItem* value = m_table->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            out.append({key->text().trimmed(), value ? value->text().trimmed() : QString()});
    }
    return out;
}

void KeyValueTable::setReadOnly(bool readOnly)
{
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

} // namespace lockstep::ui
