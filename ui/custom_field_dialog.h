// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"
#include "domain/exception_record.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

class BeforeAfterView;

/// Edit of an unmapped checkout field: map it to a WMS field, kept for every later order. Offers the order's
/// own checkout fields, the unmapped one first. Thread: UI. Reads through `db` (the read-only connection).
class CustomFieldDialog : public QDialog
{
    Q_OBJECT

public:
    CustomFieldDialog(core::store::Database& db, const core::ExceptionRecord& record, QWidget* parent = nullptr);

    QComboBox* fieldBox() const { return m_field; }
    QLineEdit* wmsFieldEdit() const { return m_wmsField; }
    QPushButton* okButton() const;
    QString beforeText() const;
    QString afterText() const;
    core::actions::EditSpec editSpec() const;

private:
    void updateChange();

    QHash<QString, QString> m_mapped;
    QHash<QString, QString> m_values; ///< the order's value of each field, for the before/after
    QComboBox* m_field = nullptr;
    QLineEdit* m_wmsField = nullptr;
    BeforeAfterView* m_change = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lockstep::ui
