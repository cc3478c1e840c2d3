// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/config_document.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace lockstep::ui {

/// A small editable two-column table (key, value) with Add and Remove, for the configuration's mappings,
/// per-SKU buffers and the like. Emits `edited` with every row whose key is not empty. Thread: UI.
class KeyValueTable : public QWidget
{
    Q_OBJECT

public:
    KeyValueTable(const QString& keyHeader, const QString& valueHeader, QWidget* parent = nullptr);

    void setEntries(const ConfigDocument::Entries& entries);
    ConfigDocument::Entries entries() const;
    QTableWidget* table() const { return m_table; }
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void edited(const lockstep::ui::ConfigDocument::Entries& entries);

private:
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace lockstep::ui
