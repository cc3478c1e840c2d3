// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"
#include "connectors/wms_connector.h"
#include "domain/exception_record.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

class BeforeAfterView;

/// Edit of an order not yet at the warehouse: change one line of the warehouse order waiting to be sent
/// (its WMS item and/or quantity), then retry. Lists the lines of that waiting order; when there is none (the
/// order is at the warehouse already, or was never queued) it says so and offers nothing. Thread: UI. Reads
/// through `db` (the window's read-only connection).
class LineAdjustDialog : public QDialog
{
    Q_OBJECT

public:
    LineAdjustDialog(core::store::Database& db, const core::ExceptionRecord& record, QWidget* parent = nullptr);

    QTreeWidget* lineList() const { return m_lines; }
    bool chooseLine(int lineNumber);
    void setWmsSku(const QString& sku);
    void setQuantity(int quantity);
    QPushButton* okButton() const;
    QString noticeText() const;
    QString beforeText() const;
    QString afterText() const;
    core::actions::EditSpec editSpec() const;

private:
    void updateChange();
    const core::connectors::WmsCreateRequest::Line* currentLine() const;

    core::connectors::WmsCreateRequest m_request;
    QLabel* m_notice = nullptr;
    QTreeWidget* m_lines = nullptr;
    QLineEdit* m_sku = nullptr;
    QSpinBox* m_quantity = nullptr;
    BeforeAfterView* m_change = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lockstep::ui
