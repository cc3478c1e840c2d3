// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"
#include "domain/item.h"
#include "domain/order.h"
#include "edit_dialog.h"

class QCheckBox;
class QLineEdit;
class QRadioButton;
class QTimer;
class QTreeWidget;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

class BackgroundReader;

/// Edit of a SKU mismatch: map the storefront SKU to an item of the WMS item master, picked from a list that
/// narrows as you type (a short indexed read of the store's catalogue per pause in typing, off the UI thread). Shows
/// the mapping before and after and how many open exceptions share the SKU; the mapping applies to all of them and they
/// are retried. When the exception is about an order with other lines, the dialog offers instead to send the order
/// without the line the warehouse does not stock (a gift card), showing its lines before and after. What it shows
/// from the store is read before it opens (`read()`, on a reader's thread). Thread: UI.
class SkuMappingDialog : public EditDialog
{
    Q_OBJECT

public:
    /// What the dialog shows from the store as it opens.
    struct Facts
    {
        QString databasePath; ///< where the item search reads
        qint64 sameSku = -1; ///< open exceptions with the same storefront SKU, -1 if unknown
        QString currentMapping; ///< the WMS item the SKU is mapped to now, if any
        QList<core::OrderLine> orderLines; ///< the order's lines, when the exception is about an order
    };
    /// Reads the facts of `record` (a few indexed reads; what cannot be read is left out). Thread: any, with `db`.
    static Facts read(core::store::Database& db, const core::ExceptionRecord& record);

    SkuMappingDialog(const Facts& facts, const core::ExceptionRecord& record, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* itemList() const { return m_items; }
    /// Re-reads the list for the search text now (typing does it after a short pause), off the UI thread: listed()
    /// says when the list shows the answer.
    void search();
    /// Selects the item with this SKU in the list; false when it is not listed.
    bool chooseItem(const QString& wmsSku);
    QString chosenSku() const;
    /// Open exceptions with the same storefront SKU (the ones the mapping retries), -1 if unknown.
    qint64 sameSkuCount() const { return m_sameSku; }
    /// The choice to send the order without the line; null when the order has no other line to send.
    QRadioButton* leaveOutChoice() const { return m_leaveOutChoice; }
    core::actions::EditSpec editSpec() const override;

Q_SIGNALS:
    /// The list shows a search's answer (`rows` rows, a message row included).
    void listed(int rows);

private:
    void showItems(const QString& text, const core::Result<QList<core::Item>>& items);
    void updateChange();

    core::ExceptionRecord m_record;
    BackgroundReader* m_reader = nullptr; ///< the item searches
    QString m_currentMapping;
    qint64 m_sameSku = -1;
    QLineEdit* m_search = nullptr;
    QTimer* m_debounce = nullptr;
    QTreeWidget* m_items = nullptr;
    QCheckBox* m_retry = nullptr;
    QRadioButton* m_leaveOutChoice = nullptr;
    QStringList m_linesBefore; ///< the order's lines as "2 × SKU name", for the before/after of leaving one out
    QStringList m_linesAfter;
};

} // namespace lockstep::ui
