// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/exception_ref.h"
#include "domain/clock.h"
#include "queue_filter_bar.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QToolBar;

namespace lockstep::core::store {
class Database;
}

namespace lockstep::ui {

enum class RoleAction;
class ElidedLabel;
class QueueDetailPanel;
class QueueTableModel;
class QueueTableView;

/// The page for one exception queue: filter bar and saved views, the table, actions (toolbar, context
/// menu, shortcuts), a detail panel and a status line. Actions are requests: the page emits the selected
/// exceptions' ids and versions (or, with "Whole filter" on, no ids: everything matching the filter), and
/// QueueActions turns them into engine commands. The first page of rows is read when
/// the page is first shown. Column layout, saved views and the All / Mine / Unassigned choice are kept in QSettings
/// per queue.
/// Thread: UI. Reads through the Database it is given (the window's read-only connection), which must
/// outlive the page.
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    enum class Action
    {
        Retry,
        Edit,
        Acknowledge,
        Assign,
        Claim,
        OpenOrder,
        Unclaim,
        Reopen,
        Intercept
    };

    QueuePage(core::store::Database& db, core::ExceptionType type, QWidget* parent = nullptr);
    ~QueuePage() override;

    core::ExceptionType type() const { return m_type; }
    QueueTableModel* model() const { return m_model; }
    QueueTableView* view() const { return m_view; }
    QueueFilterBar* filterBar() const { return m_filterBar; }
    QueueDetailPanel* detailPanel() const { return m_detail; }
    QAction* action(Action which) const;
    /// Whether `action` means something for an exception of `type` (Edit only where a correction exists, Retry only
    /// where there is something to send again); the others stay disabled on that queue.
    static bool fits(core::ExceptionType type, Action action);
    /// The role permission an action needs (Release claim and Reopen count as Claim and Acknowledge).
    static std::optional<RoleAction> roleActionOf(Action action);
    /// The checkable "Whole filter" action: when on, the next Retry, Acknowledge, Assign or Claim applies to everything
    /// matching the filter (the request then carries no ids), not only to the selected rows. It turns itself off
    /// with that request and whenever the filter changes.
    QAction* wholeFilterAction() const { return m_wholeFilter; }
    bool actsOnWholeFilter() const;
    /// The selected rows' exceptions, in row order.
    QList<ExceptionRef> selectedRefs() const;
    /// "200 of 1,000,000 shown · Open · DAL-1".
    QString statusText() const;
    /// A line beside the status about the last action ("Order WC-1042: at the warehouse as SO-77").
    void setActionNote(const QString& text);
    QString actionNote() const;
    /// The rows shown may be out of date (the engine changed exceptions while another page was shown): the
    /// page re-reads them when it is next shown.
    void markStale() { m_stale = true; }

    /// Ages, time left and the "older than" filter count from this clock (not owned; system clock by default).
    void setClock(const core::Clock* clock);

    QStringList savedViewNames() const;
    /// Saves the current filter under `name` (replacing a view of that name).
    void saveView(const QString& name);
    /// Applies a saved view's filter; false when there is none of that name.
    bool applyView(const QString& name);
    void deleteView(const QString& name);

public Q_SLOTS:
    /// Applies the filter bar's filter and reads the first page (off the UI thread: the rows come in later).
    void reload();
    /// Re-reads the rows on screen (after the engine reported changes), keeping selection and scroll; off the UI
    /// thread, so the rows change when the read is in.
    void refresh();

Q_SIGNALS:
    void retryRequested(const QList<lockstep::ui::ExceptionRef>& exceptions);
    void editRequested(const QList<lockstep::ui::ExceptionRef>& exceptions);
    void acknowledgeRequested(const QList<lockstep::ui::ExceptionRef>& exceptions);
    void assignRequested(const QList<lockstep::ui::ExceptionRef>& exceptions);
    void claimRequested(const QList<lockstep::ui::ExceptionRef>& exceptions);
    void unclaimRequested(const QList<lockstep::ui::ExceptionRef>& exceptions);
    /// Ask the warehouse to pull an order cancelled past its cutoff (one exception at a time).
    void interceptRequested(const QList<lockstep::ui::ExceptionRef>& exceptions);
    /// Back to the open queue (from the acknowledged or resolved view).
    void reopenRequested(const QList<lockstep::ui::ExceptionRef>& exceptions);
    /// The order of the exception under the cursor.
    void openOrderRequested(const lockstep::ui::ExceptionRef& exception, const QString& orderRef);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QAction* addPageAction(const QString& text, const QKeySequence& shortcut, const QString& tip);
    void requestForSelection(void (QueuePage::*signal)(const QList<ExceptionRef>&));
    void requestOpenOrder();
    void buildActions();
    void applyHeaderLayout();
    /// Header (widths, order, hidden columns, sort) and the table/detail split, per queue.
    void saveLayout() const;
    void keepSortIndicatorOnSortableColumn(int section, Qt::SortOrder order);
    void updateActions();
    /// After a re-read: when there was a selection and its rows are gone, selects the current row.
    void keepASelection(bool hadSelection);
    void updateDetail();
    void updateStatus();
    void updateEmptyText();
    void saveViewFromPrompt();
    QString settingsKey(const QString& leaf) const;
    /// The All / Mine / Unassigned choice is kept per queue across restarts.
    void restoreAssigneeView();
    void saveAssigneeView() const;
    QList<QVariantMap> savedViews() const;
    void storeViews(const QList<QVariantMap>& views);
    void fillViewsCombo();

    core::store::Database& m_db;
    core::ExceptionType m_type;
    const core::Clock* m_clock;
    QueueTableModel* m_model = nullptr;
    QueueTableView* m_view = nullptr;
    QueueFilterBar* m_filterBar = nullptr;
    QueueDetailPanel* m_detail = nullptr;
    QComboBox* m_views = nullptr;
    QToolBar* m_toolBar = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_status = nullptr;
    QList<QAction*> m_actions; // indexed by Action
    QStringList m_tips; // each action's own tooltip, indexed by Action
    QAction* m_wholeFilter = nullptr;
    ElidedLabel* m_note = nullptr;
    bool m_stale = false;
    bool m_keepSelection = false; ///< a refresh is on its way and rows were selected when it was asked for
    bool m_widenReason = false;
    qint64 m_detailVersion = 0; // version of the record the detail panel shows
};

} // namespace lockstep::ui
