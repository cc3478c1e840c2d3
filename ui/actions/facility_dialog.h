// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/stock.h"
#include "edit_dialog.h"

class QComboBox;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

/// Edit of a routing problem: send the order to another facility, listed with the stock the store knows there
/// for the exception's SKU; then retry. What it shows from the store is read before it opens (`read()`, on a
/// reader's thread). Thread: UI.
class FacilityDialog : public EditDialog
{
    Q_OBJECT

public:
    /// What the dialog shows from the store: the stock of the exception's SKU at each facility.
    struct Facts
    {
        QList<core::Stock> stock;
    };
    /// Reads the facts of `record` (a few indexed reads; what cannot be read is left out). Thread: any, with `db`.
    static Facts read(core::store::Database& db, const core::ExceptionRecord& record);

    /// `known` are facilities seen elsewhere (the queue's rows), offered even without stock figures.
    FacilityDialog(
        const Facts& facts, const core::ExceptionRecord& record, const QStringList& known, QWidget* parent = nullptr);

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
