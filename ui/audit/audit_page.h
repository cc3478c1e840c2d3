// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/read_connection.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace lockstep::ui {

class AuditTableModel;

/// Who did what, when: the audit log in a table paged from the store (keyset), filtered by a date range
/// and by text in actor, action or record, newest or oldest first, with the selected entry's before and
/// after pretty-printed beside it. Everyone may read it; nothing here writes. The rows are read off the UI thread
/// (AuditTableModel); the status line says "Reading…" until the first ones come in. Thread: UI.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(const QString& databasePath, QWidget* parent = nullptr);
    ~AuditPage() override;

    /// For tests: the clock "today" is read from (not owned).
    void setClock(const core::Clock* clock) { m_connection.setClock(clock); }

    /// Local calendar days, both included.
    void setRange(const QDate& from, const QDate& to);
    /// Applies at once (typing applies after a short pause).
    void setFilterText(const QString& text);
    void setNewestFirst(bool newestFirst);
    /// Reads the first page again with the current filters.
    void reload();

    AuditTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString beforeText() const;
    QString afterText() const;

Q_SIGNALS:
    void entrySelected(qint64 auditId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void showDetails();
    void updateStatus();

    ReadConnection m_connection; ///< the clock "today" is read from (the rows are read by the model)
    QString m_databasePath;
    bool m_loaded = false;
    bool m_sizeColumns = false; ///< no saved header: fit the columns to the first rows read
    AuditTableModel* m_model = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_order = nullptr;
    QTimer* m_debounce = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_before = nullptr;
    QPlainTextEdit* m_after = nullptr;
};

} // namespace lockstep::ui
