// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/wms_connector.h"
#include "domain/exception_record.h"
#include "edit_dialog.h"
#include "store/outbox_repository.h"

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

/// Edit of an order not yet at the warehouse: change one line of the warehouse order waiting to be sent
/// (its WMS item and/or quantity), then retry. Lists the lines of that waiting order; when there is none (the
/// order is at the warehouse already, or was never queued) it says so and offers nothing. What it shows from the
/// store is read before it opens (`read()`, on a reader's thread). Thread: UI.
class LineAdjustDialog : public EditDialog
{
    Q_OBJECT

public:
    /// What the dialog shows from the store: the warehouse order waiting to be sent, if any.
    struct Facts
    {
        std::optional<core::store::OutboxEntry> waiting;
        QString readError; ///< why it could not be read; empty when it was
    };
    /// Reads the facts of `record` (one indexed read). Thread: any, with `db`.
    static Facts read(core::store::Database& db, const core::ExceptionRecord& record);

    LineAdjustDialog(const Facts& facts, const core::ExceptionRecord& record, QWidget* parent = nullptr);

    QTreeWidget* lineList() const { return m_lines; }
    bool chooseLine(int lineNumber);
    void setWmsSku(const QString& sku);
    void setQuantity(int quantity);
    QString noticeText() const;
    core::actions::EditSpec editSpec() const override;

private:
    void updateChange();
    const core::connectors::WmsCreateRequest::Line* currentLine() const;

    core::connectors::WmsCreateRequest m_request;
    QLabel* m_notice = nullptr;
    QTreeWidget* m_lines = nullptr;
    QLineEdit* m_sku = nullptr;
    QSpinBox* m_quantity = nullptr;
};

} // namespace lockstep::ui
