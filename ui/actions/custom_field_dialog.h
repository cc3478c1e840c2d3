// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/order.h"
#include "edit_dialog.h"

#include <QHash>

class QComboBox;
class QLineEdit;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

/// Edit of an unmapped checkout field: map it to a WMS field, kept for every later order. Offers the order's
/// own checkout fields, the unmapped one first. What it shows from the store is read before it opens (`read()`, on
/// a reader's thread). Thread: UI.
class CustomFieldDialog : public EditDialog
{
    Q_OBJECT

public:
    /// What the dialog shows from the store: the mappings people made, and the order's own checkout fields.
    struct Facts
    {
        QHash<QString, QString> mapped;
        QList<core::CustomField> orderFields;
    };
    /// Reads the facts of `record` (a few indexed reads; what cannot be read is left out). Thread: any, with `db`.
    static Facts read(core::store::Database& db, const core::ExceptionRecord& record);

    CustomFieldDialog(const Facts& facts, const core::ExceptionRecord& record, QWidget* parent = nullptr);

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
