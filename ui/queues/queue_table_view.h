// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace lockstep::ui {

class QueueTableModel;

/// A table over a QueueTableModel that moves the model's window as people move: Ctrl+End and
/// Ctrl+Home jump the window to the last or first page (the cursor follows when it comes in), reaching the top of a
/// window that does not start at the first row reads the previous page, and rows that come or go above the first
/// visible row shift the scroll position with them, so what is on screen stays on screen. Fixed row height, whole-row
/// extended selection, and a plain-words message when the queue is empty. Thread: UI.
class QueueTableView : public QTableView
{
    Q_OBJECT

public:
    explicit QueueTableView(QWidget* parent = nullptr);

    /// Takes a QueueTableModel (other models work as in QTableView, without the window moves).
    void setModel(QAbstractItemModel* model) override;
    QueueTableModel* queueModel() const { return m_queueModel; }
    /// What the viewport says when there are no rows.
    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }
    /// The model row shown at the top of the viewport.
    int firstVisibleRow() const;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void paintEvent(QPaintEvent* event) override;
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override;

private:
    void rememberTopRow();
    void keepRowsInPlaceAfterInsert(int first, int last);
    void keepRowsInPlaceAfterRemove(int first, int last);
    void fetchPreviousAtTop(int value);
    void moveToJumpedEnd(bool toEnd);

    QueueTableModel* m_queueModel = nullptr;
    QString m_emptyText;
    int m_topBefore = 0;
    int m_jumpColumn = 0; ///< the cursor's column when a jump was asked for
    bool m_autoScrollBeforeRemove = true;
};

} // namespace lockstep::ui
