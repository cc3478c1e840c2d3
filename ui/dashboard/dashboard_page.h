// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard_snapshot.h"
#include "domain/clock.h"
#include "domain/exception_record.h"

#include <QHash>
#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QComboBox;
class QDateTimeAxis;
class QHorizontalStackedBarSeries;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QValueAxis;

namespace lockstep::ui {

class BackgroundReader;

/// The supervisors' dashboard: tiles with the open counts of the four primary queues (click to drill in),
/// orders placed against orders acknowledged by the warehouse (the gap is the backlog), unresolved
/// exceptions by type, sync lag per connector, and the oldest open exception per type against its SLA.
/// Series come pre-aggregated from core (DashboardRepository) and replace the charts' data in one call,
/// every 30 s while the page is visible and on demand (F5). The queries (readDashboard) run on the page's
/// BackgroundReader; at most one read is in flight, and refreshes asked for during it are folded into one more
/// read when it ends. Thread: UI.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Span
    {
        Last24Hours,
        Last14Days
    };
    /// The charts, for tests and screenshots.
    enum class Chart
    {
        Throughput,
        Exceptions,
        SyncLag,
        Oldest
    };

    explicit DashboardPage(const QString& databasePath, QWidget* parent = nullptr);
    ~DashboardPage() override;

    /// For tests: the clock "now" is read from (not owned).
    void setClock(const core::Clock* clock);
    void setSpan(Span span);
    Span span() const { return m_span; }
    /// Milliseconds between automatic refreshes while visible (0 stops them).
    void setRefreshInterval(int msecs);

    QChart* chart(Chart which) const;
    /// True when the chart shows its plain-words empty state instead of data.
    bool isShowingEmptyState(Chart which) const;
    QString emptyStateText(Chart which) const;
    QString backlogText() const;
    QToolButton* tile(core::ExceptionType type) const { return m_tiles.value(type); }
    QTreeWidget* oldestTable() const { return m_oldest; }
    /// For tests: how many reads were handed to the reader, and the thread the last one ran on.
    int readCount() const { return m_reads; }
    Qt::HANDLE lastReadThread() const { return m_lastReadBy; }

public Q_SLOTS:
    /// Asks the reader to re-read every series; the charts' data are replaced when the result arrives
    /// (refreshed()). Returns at once; during a read, it only schedules one more.
    void refresh();

Q_SIGNALS:
    /// A tile was clicked: show the queue of this type.
    void queueRequested(lockstep::core::ExceptionType type);
    /// A read's result has replaced the charts' data.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Card
    {
        QStackedWidget* stack = nullptr;
        QLabel* empty = nullptr;
    };

    void buildUi();
    QWidget* makeCard(Chart which, const QString& title, QWidget* content, QWidget* extra = nullptr);
    void setEmptyState(Chart which, const QString& text);
    void startRead();
    void showSnapshot(const core::Result<DashboardSnapshot>& read);
    void showThroughput(const DashboardSnapshot& snapshot);
    void showExceptions(const DashboardSnapshot& snapshot);
    void showSyncLag(const DashboardSnapshot& snapshot);
    void showOldest(const DashboardSnapshot& snapshot);

    const core::Clock* m_clock;
    Span m_span = Span::Last24Hours;
    BackgroundReader* m_reader = nullptr;
    bool m_reading = false;
    bool m_readAgain = false;
    int m_reads = 0;
    Qt::HANDLE m_lastReadBy = nullptr;
    QTimer* m_timer = nullptr;

    QComboBox* m_spanBox = nullptr;
    QLabel* m_updated = nullptr;
    QHash<core::ExceptionType, QToolButton*> m_tiles;
    QHash<int, Card> m_cards;

    QChart* m_throughput = nullptr;
    QLineSeries* m_placed = nullptr;
    QLineSeries* m_acknowledged = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
    QLabel* m_backlog = nullptr;

    QChart* m_exceptions = nullptr;
    QHorizontalStackedBarSeries* m_exceptionSeries = nullptr;
    QBarCategoryAxis* m_typeAxis = nullptr;
    QValueAxis* m_exceptionAxis = nullptr;

    QChart* m_lag = nullptr;
    QHorizontalStackedBarSeries* m_lagSeries = nullptr;
    QBarCategoryAxis* m_cursorAxis = nullptr;
    QValueAxis* m_minutesAxis = nullptr;

    QTreeWidget* m_oldest = nullptr;
};

} // namespace lockstep::ui
