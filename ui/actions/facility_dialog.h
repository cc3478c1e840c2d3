// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "edit_dialog.h"

class QComboBox;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

/// Edit of a routing problem: send the order to another facility, listed with the stock the store knows there
/// for the exception's SKU; then retry. Thread: UI. Reads through `db` (the window's read-only connection).
class FacilityDialog : public EditDialog
{
    Q_OBJECT

public:
    /// `known` are facilities seen elsewhere (the queue's rows), offered even without stock figures.
    FacilityDialog(core::store::Database& db,
        const core::ExceptionRecord& record,
        const QStringList& known,
        QWidget* parent = nullptr);

    QComboBox* facilityBox() const { return m_facilities; }
    bool chooseFacility(const QString& facility);
    QString chosenFacility() const;
    core::actions::EditSpec editSpec() const override;

private:
    void updateChange();

    core::ExceptionRecord m_record;
    QComboBox* m_facilities = nullptr;
};

} // namespace lockstep::ui
