// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_table_view.h"

#include "queue_table_model.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>

namespace lockstep::ui {

QueueTableView::QueueTableView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Per item: the vertical scroll value is the top row, which keeps the window arithmetic exact.
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setTabKeyNavigation(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, this, &QueueTableView::fetchPreviousAtTop);
}

void QueueTableView::setModel(QAbstractItemModel* model)
{
    if (m_queueModel)
        disconnect(m_queueModel, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_queueModel = qobject_cast<QueueTableModel*>(model);
    if (!m_queueModel)
        return;
    connect(m_queueModel, &QAbstractItemModel::rowsAboutToBeInserted, this, &QueueTableView::rememberTopRow);
    connect(m_queueModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        keepRowsInPlaceAfterInsert(first, last);
    });
    connect(m_queueModel, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first, int last) {
        keepRowsInPlaceAfterRemove(first, last);
    });
    connect(m_queueModel, &QAbstractItemModel::modelReset, viewport(), qOverload<>(&QWidget::update));
    connect(m_queueModel, &QueueTableModel::jumped, this, &QueueTableView::moveToJumpedEnd);
}

void QueueTableView::moveToJumpedEnd(bool toEnd)
{
    // The window a Ctrl+End or Ctrl+Home asked for came in: the cursor goes to its last or first row.
    const int rows = m_queueModel->rowCount();
    if (rows == 0)
        return;
    executeDelayedItemsLayout();
    const QModelIndex to = m_queueModel->index(toEnd ? rows - 1 : 0, std::max(0, m_jumpColumn));
    selectionModel()->setCurrentIndex(to, QItemSelectionModel::NoUpdate);
    scrollTo(to);
}

void QueueTableView::setEmptyText(const QString& text)
{
    m_emptyText = text;
    viewport()->update();
}

int QueueTableView::firstVisibleRow() const
{
    return rowAt(0);
}

void QueueTableView::rememberTopRow()
{
    m_topBefore = verticalScrollBar()->value();
}

void QueueTableView::rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end)
{
    rememberTopRow();
    if (!m_queueModel) {
        QTableView::rowsAboutToBeRemoved(parent, start, end);
        return;
    }
    // When the window drops the page holding the current row, the selection model moves the current row
    // on and the view would scroll to it; until the rows are gone what is on screen stays instead
    // (keepRowsInPlaceAfterRemove turns scrolling to the current row back on).
    m_autoScrollBeforeRemove = hasAutoScroll();
    setAutoScroll(false);
    QTableView::rowsAboutToBeRemoved(parent, start, end);
}

void QueueTableView::keepRowsInPlaceAfterInsert(int first, int last)
{
    // Rows arriving above the top row push it down; follow it. At the very top of a window that starts
    // at the first row, new rows are news and stay in view.
    const int top = m_topBefore;
    if (first < top || (first == top && (top > 0 || m_queueModel->isPrepending()))) {
        updateGeometries();
        verticalScrollBar()->setValue(top + (last - first + 1));
    }
}

void QueueTableView::keepRowsInPlaceAfterRemove(int first, int last)
{
    setAutoScroll(m_autoScrollBeforeRemove);
    const int top = m_topBefore;
    if (first >= top)
        return;
    updateGeometries();
    verticalScrollBar()->setValue(last < top ? top - (last - first + 1) : first);
}

void QueueTableView::fetchPreviousAtTop(int value)
{
    if (!m_queueModel || value != verticalScrollBar()->minimum() || !m_queueModel->canFetchPrevious())
        return;
    m_queueModel->fetchPrevious();
}

QModelIndex QueueTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (m_queueModel && (modifiers & Qt::ControlModifier)) {
        const int column = currentIndex().isValid() ? currentIndex().column() : 0;
        // The other end of the queue is read off the UI thread; the cursor moves there when it comes in.
        if (cursorAction == MoveEnd && !m_queueModel->windowEndsAtLastRow()) {
            m_jumpColumn = column;
            m_queueModel->jumpToEnd();
            return currentIndex();
        }
        if (cursorAction == MoveHome && !m_queueModel->windowStartsAtFirstRow()) {
            m_jumpColumn = column;
            m_queueModel->jumpToStart();
            return currentIndex();
        }
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void QueueTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount(rootIndex()) > 0 || m_emptyText.isEmpty())
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::PlaceholderText);
    painter.setPen(color);
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

} // namespace lockstep::ui
