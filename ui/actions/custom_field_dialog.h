// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "edit_dialog.h"

#include <QHash>

class QComboBox;
class QLineEdit;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

/// Edit of an unmapped checkout field: map it to a WMS field, kept for every later order. Offers the order's
/// own checkout fields, the unmapped one first. Thread: UI. Reads through `db` (the read-only connection).
class CustomFieldDialog : public EditDialog
{
    Q_OBJECT

public:
    CustomFieldDialog(core::store::Database& db, const core::ExceptionRecord& record, QWidget* parent = nullptr);

    QComboBox* fieldBox() const { return m_field; }
    QLineEdit* wmsFieldEdit() const { return m_wmsField; }
    core::actions::EditSpec editSpec() const override;

private:
    void updateChange();

    QHash<QString, QString> m_mapped;
    QHash<QString, QString> m_values; ///< the order's value of each field, for the before/after
    QComboBox* m_field = nullptr;
    QLineEdit* m_wmsField = nullptr;
};

} // namespace lockstep::ui
