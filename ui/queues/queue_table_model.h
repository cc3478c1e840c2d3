// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "store/exception_repository.h"

#include <QAbstractTableModel>
#include <QSet>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace lockstep::ui {

class BackgroundReader;

/// What a queue's views and cause list show beside their names: the counts of "Mine" and "Unassigned" and the
/// causes, each with its count, under the queue's filter.
struct QueueSummary
{
    core::store::AssigneeCounts assignees;
    QList<core::store::CauseGroup> causes;
};

/// The rows of one exception queue, read from the store page by page (keyset), never all at once.
///
/// Windowing: the model holds a contiguous *window* of the ordered result, at most kMaxRows rows.
/// - Scrolling down appends the next page (`canFetchMore()`/`fetchMore()`, keyset `after` the last row)
///   as one `beginInsertRows` batch; past kMaxRows the oldest page is dropped from the front.
/// - Scrolling up from the top of a window that does not start at the first row prepends the previous
///   page (`fetchPrevious()`, keyset `before` the first row), dropping pages from the back.
/// - "Jump to end" (`jumpToEnd()`, Ctrl+End in QueueTableView) resets to a window anchored at the end
///   (`fromEnd`), and "jump to start" to the first page; both are one model reset.
/// rowCount() is the window's size, not the queue's: keyset paging cannot seek to an arbitrary offset
/// (OFFSET is a scan), so a scroll bar spanning a million rows cannot be backed by it. The queue's total
/// comes from `totalCount()` (an indexed count) and is shown in the status line instead.
///
/// Sorting (`sort()`) and filtering (`setFilter()`) happen in SQL and reload as one reset. Only columns
/// whose order an index serves are sortable. `refresh()` re-reads the current window and applies the
/// difference as removals, a layout change and insertions, so persistent indexes (selection, current
/// row) follow their records by id. Display text is formatted once per page, never in data().
///
/// Nothing is read on the UI thread: the pages, the total (`totalCount()`, an indexed count over the whole queue)
/// and the summary are read on a BackgroundReader the model owns (its own thread and read-only connection), so a
/// slow server never stalls the window. A read of the window is one at a time (`isReading()`): a reload, jump or
/// sort overtakes a page still on its way, a scroll waits for it, a refresh asked for meanwhile runs once it is in.
/// windowChanged() reports rows that came in, jumped() a jump's window, windowSettled() that no read is on its way;
/// totalCountChanged() and summaryChanged() report the counts.
///
/// Thread: UI. The Database it is given only names the store (its path); the model opens its own connection.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Severity,
        Order,
        Sku,
        Facility,
        Reason,
        Owner,
        Age,
        Attempts,
        LastSeen,
        SlaDue,
        Cutoff,
        Assignee,
        ClaimedBy,
        Count
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< the value the store orders by (integers, text)
        RawValueRole, ///< the typed value: QDateTime, int, QString
        SeverityRole, ///< core::Severity as int, on every column
        IdRole, ///< exception id, on every column
        VersionRole, ///< exception version, on every column
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxRows = 10 * kPageSize;

    QueueTableModel(core::store::Database& db, core::ExceptionType type, QObject* parent = nullptr);
    ~QueueTableModel() override;

    core::ExceptionType type() const { return m_type; }
    /// The columns this queue shows, in order; type-specific ones (SLA, cutoff) only where they matter.
    const QList<Column>& columns() const { return m_columns; }
    Column columnAt(int section) const { return m_columns.value(section, Column::Count); }
    int sectionOf(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }
    static bool isSortable(Column column);
    static QString columnTitle(Column column);

    /// The clock ages and time-left are measured against (not owned; the system clock by default).
    void setClock(const core::Clock* clock);
    /// The filter; its type is always this queue's. Reloads when it differs.
    void setFilter(const core::store::ExceptionFilter& filter);
    const core::store::ExceptionFilter& filter() const { return m_filter; }
    int sortSection() const { return sectionOf(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Reads the first page again (one reset) and the total count.
    void reload();
    bool isLoaded() const { return m_loaded; }
    /// A read of the window is on its way (the rows shown are the last ones that came in).
    bool isReading() const { return m_reading; }
    /// Rows are being put in front of the window (the previous page came in); for the view's scroll position.
    bool isPrepending() const { return m_prepending; }
    /// How many times the rows were read whole from the store (a reload or a refresh; not a scroll that reads more):
    /// a read that began after a change has seen it.
    quint64 windowReads() const { return m_windowReads; }
    void jumpToStart();
    void jumpToEnd();
    bool canFetchPrevious() const;
    void fetchPrevious();
    /// Re-reads the rows of the current window and the count, keeping persistent indexes on their records.
    void refresh();

    bool windowStartsAtFirstRow() const { return !m_moreBefore; }
    bool windowEndsAtLastRow() const { return !m_moreAfter; }
    /// Rows matching the filter in the whole queue, as last counted; -1 while a new filter is being counted.
    qint64 totalCount() const { return m_total; }
    const core::ExceptionRecord& record(int row) const { return m_rows.at(row).record; }
    int rowOfId(qint64 id) const;
    /// Facilities of the rows read so far, sorted, for the filter bar.
    QStringList facilitiesSeen() const;
    /// Whose exceptions "Mine" means (the OS account the console runs as, by default).
    void setPerson(const QString& person) { m_person = person; }
    const QString& person() const { return m_person; }
    /// The counts of "Mine" and "Unassigned" and the causes under the filter, as last read (after every reload and
    /// refresh, on the count thread); summaryChanged() reports a new one.
    const QueueSummary& summary() const { return m_summary; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Sorts by a sortable column (others are ignored) and reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// After a reload or refresh counted the queue again.
    void totalCountChanged(qint64 total);
    /// Rows were read (appended, prepended, reloaded or refreshed); the window may have moved.
    void windowChanged();
    /// A jump's window came in: the current row goes to its last row (`toEnd`) or its first.
    void jumped(bool toEnd);
    /// The window's reads are all in (or failed): none is on its way.
    void windowSettled();
    /// The store could not be read; `message` is for people.
    void loadFailed(const QString& message);
    void summaryChanged();

private:
    struct Row
    {
        core::ExceptionRecord record;
        std::array<QString, static_cast<std::size_t>(Column::Count)> text;
        bool slaPassed = false;
        bool cutoffPassed = false;
    };

    struct Page
    {
        QList<Row> rows;
        bool hasMore = false;
    };

    /// Reads `request` on the reader's thread, formatted there, and hands the page to `apply` here.
    void readWindow(const core::store::PageRequest& request, std::function<void(Page&)> apply);
    core::store::PageRequest baseRequest() const;
    static Row formatRow(const core::ExceptionRecord& record, const QDateTime& now);
    QVariant rawValue(const core::ExceptionRecord& record, Column column) const;
    QVariant sortValue(const core::ExceptionRecord& record, Column column) const;
    /// The first page as one reset; `recount` counts the queue again; `jump`, when set, is reported by jumped().
    void reloadRows(bool recount, std::optional<bool> jump = std::nullopt);
    void resetWith(QList<Row> rows, bool moreBefore, bool moreAfter);
    void applyWindow(QList<Row> fresh);
    void trimFront();
    void trimBack();
    BackgroundReader& reader();
    void requestCount(bool filterChanged);
    void requestSummary();
    void setCountFromWindow();
    QDateTime now() const;

    QString m_databasePath;
    core::ExceptionType m_type;
    QList<Column> m_columns;
    const core::Clock* m_clock = nullptr;
    core::store::ExceptionFilter m_filter;
    Column m_sortColumn = Column::Age;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder; // oldest first
    QList<Row> m_rows;
    bool m_moreBefore = false;
    bool m_moreAfter = false;
    bool m_reading = false; ///< a window read is on its way
    bool m_applying = false; ///< inside the notifications of rows coming in
    bool m_prepending = false;
    bool m_refreshWanted = false; ///< a refresh asked for while a read was on its way
    quint64 m_windowReads = 0;
    bool m_loaded = false;
    qint64 m_total = -1;
    BackgroundReader* m_reader = nullptr; ///< started on the first count
    QString m_person;
    QueueSummary m_summary;
    QSet<QString> m_facilities;
};

} // namespace lockstep::ui
