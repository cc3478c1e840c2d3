// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard_page.h"

#include "common/background_reader.h"
#include "common/display_format.h"
#include "common/order_text.h"
#include "shell/appearance.h"
#include "shell/navigation.h"
#include "shell/page_shortcuts.h"
#include "store/dashboard_repository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lockstep::ui {

namespace {

constexpr int kDefaultRefreshMSecs = 30 * 1000;
constexpr qint64 kLagWarningSeconds = 15 * 60; // a feed quiet for longer than this is shown as behind
constexpr qint64 kHourMSecs = 3600 * 1000;

const QColor kPlacedColor(0x21, 0x6b, 0xd9);
const QColor kAcknowledgedColor(0x1b, 0x8a, 0x3c);
const QColor kOpenColor(0xd9, 0x73, 0x1a);
const QColor kTakenColor(0x9a, 0xa5, 0xb1);
const QColor kBehindColor(0xc6, 0x28, 0x28);

QChart* makeChart()
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QChartView* makeView(QChart* chart, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    Appearance::followPalette(view);
    return view;
}

/// A value axis from zero to a round number at or above `highest`, with ticks on a 1-2-5 step, so the
/// labels are whole numbers people read at a glance (0, 5, 10, 15 rather than 0, 13, 26, 40).
void fitCountAxis(QValueAxis* axis, qreal highest)
{
    const qreal top = std::max<qreal>(4, highest);
    const qreal raw = top / 4;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    qreal step = 10 * magnitude;
    for (const qreal m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    const int intervals = int(std::ceil(top / step));
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

const core::Clock* systemClock()
{
    static const core::SystemClock clock;
    return &clock;
}

QBarSet* makeSet(const QString& label, const QColor& color)
{
    auto* set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

} // namespace

DashboardPage::DashboardPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_clock(systemClock())
{
    qRegisterMetaType<DashboardSnapshot>();
    setObjectName(QStringLiteral("DashboardPage"));
    setAccessibleName(tr("Dashboard"));
    buildUi();

    m_reader = new BackgroundReader(databasePath, QStringLiteral("dashboard"), this);

    m_timer = new QTimer(this);
    m_timer->setInterval(kDefaultRefreshMSecs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
}

DashboardPage::~DashboardPage() = default; // the reader waits for a read in flight; its result is dropped

void DashboardPage::setClock(const core::Clock* clock)
{
    m_clock = clock ? clock : systemClock();
}

QWidget* DashboardPage::makeCard(Chart which, const QString& title, QWidget* content, QWidget* extra)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    auto* heading = new QLabel(title, frame);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    if (extra)
        layout->addWidget(extra);
    Card card;
    card.stack = new QStackedWidget(frame);
    card.empty = new QLabel(frame);
    card.empty->setAlignment(Qt::AlignCenter);
    card.empty->setWordWrap(true);
    card.empty->setTextFormat(Qt::PlainText);
    content->setParent(card.stack);
    card.stack->addWidget(content);
    card.stack->addWidget(card.empty);
    layout->addWidget(card.stack, 1);
    m_cards.insert(static_cast<int>(which), card);
    return frame;
}

void DashboardPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("Dashboard"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    top->addWidget(title);
    top->addStretch(1);
    m_updated = new QLabel(this);
    top->addWidget(m_updated);
    m_spanBox = new QComboBox(this);
    m_spanBox->setAccessibleName(tr("Time span"));
    m_spanBox->addItem(tr("Last 24 hours, per hour"));
    m_spanBox->addItem(tr("Last 14 days, per day"));
    top->addWidget(m_spanBox);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setToolTip(tr("Read the figures again now (F5)"));
    top->addWidget(refreshButton);
    layout->addLayout(top);

    auto* tiles = new QHBoxLayout;
    for (const auto type : {core::ExceptionType::FailedAllocation,
             core::ExceptionType::SkuMismatch,
             core::ExceptionType::StuckPending,
             core::ExceptionType::CancellationPastCutoff}) {
        auto* tile = new QToolButton(this);
        tile->setObjectName(QStringLiteral("tile_%1").arg(core::toString(type)));
        tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        tile->setMinimumHeight(64);
        tile->setAutoRaise(false);
        QFont font = tile->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        tile->setFont(font);
        tile->setToolTip(tr("Open the %1 queue").arg(Navigation::queueName(type)));
        tile->setAccessibleName(Navigation::queueName(type));
        connect(tile, &QToolButton::clicked, this, [this, type] { Q_EMIT queueRequested(type); });
        tiles->addWidget(tile);
        m_tiles.insert(type, tile);
    }
    layout->addLayout(tiles);

    // Placed against acknowledged.
    m_throughput = makeChart();
    m_placed = new QLineSeries(m_throughput);
    m_placed->setName(tr("Placed"));
    m_placed->setPen(QPen(kPlacedColor, 2));
    m_acknowledged = new QLineSeries(m_throughput);
    m_acknowledged->setName(tr("Acknowledged by the warehouse"));
    m_acknowledged->setPen(QPen(kAcknowledgedColor, 2));
    m_throughput->addSeries(m_placed);
    m_throughput->addSeries(m_acknowledged);
    m_timeAxis = new QDateTimeAxis(m_throughput);
    m_countAxis = new QValueAxis(m_throughput);
    m_throughput->addAxis(m_timeAxis, Qt::AlignBottom);
    m_throughput->addAxis(m_countAxis, Qt::AlignLeft);
    for (auto* s : {m_placed, m_acknowledged}) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_countAxis);
    }
    m_backlog = new QLabel(this);
    m_backlog->setObjectName(QStringLiteral("backlog"));
    QFont bold = m_backlog->font();
    bold.setBold(true);
    m_backlog->setFont(bold);

    // Unresolved exceptions by type.
    m_exceptions = makeChart();
    m_exceptionSeries = new QHorizontalStackedBarSeries(m_exceptions);
    m_exceptions->addSeries(m_exceptionSeries);
    m_typeAxis = new QBarCategoryAxis(m_exceptions);
    m_exceptionAxis = new QValueAxis(m_exceptions);
    // Queue names are the point of this chart, but Qt Charts gives the axes on one side at most 0.4 of the chart's
    // width and cuts off what is wider: labels a tenth smaller, and this column wider than the other, keep the
    // longest (German "Nicht zugeordnete Checkout-Felder") whole at 1280×720.
    m_typeAxis->setTruncateLabels(false);
    QFont labelFont = m_typeAxis->labelsFont();
    labelFont.setPointSizeF(font().pointSizeF() * 0.9);
    m_typeAxis->setLabelsFont(labelFont);
    m_exceptions->addAxis(m_typeAxis, Qt::AlignLeft);
    m_exceptions->addAxis(m_exceptionAxis, Qt::AlignBottom);
    m_exceptionSeries->attachAxis(m_typeAxis);
    m_exceptionSeries->attachAxis(m_exceptionAxis);

    // Sync lag per connector feed.
    m_lag = makeChart();
    m_lagSeries = new QHorizontalStackedBarSeries(m_lag);
    m_lag->addSeries(m_lagSeries);
    m_cursorAxis = new QBarCategoryAxis(m_lag);
    m_cursorAxis->setTruncateLabels(false);
    m_minutesAxis = new QValueAxis(m_lag);
    // The card's title says what is counted; a longer axis title is cut off with "..." in a narrow chart.
    m_minutesAxis->setTitleText(tr("Minutes"));
    m_lag->addAxis(m_cursorAxis, Qt::AlignLeft);
    m_lag->addAxis(m_minutesAxis, Qt::AlignBottom);
    m_lagSeries->attachAxis(m_cursorAxis);
    m_lagSeries->attachAxis(m_minutesAxis);

    // Oldest open exception per type against its SLA.
    m_oldest = new QTreeWidget(this);
    m_oldest->setObjectName(QStringLiteral("oldestExceptions"));
    m_oldest->setAccessibleName(tr("Oldest open exception per type"));
    m_oldest->setRootIsDecorated(false);
    m_oldest->setUniformRowHeights(true);
    m_oldest->setHeaderLabels({tr("Queue"), tr("Order"), tr("Waiting"), tr("Service level")});
    m_oldest->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_oldest->header()->setStretchLastSection(true);

    auto* grid = new QGridLayout;
    grid->addWidget(makeCard(Chart::Throughput,
                        tr("Orders placed and acknowledged by the warehouse"),
                        makeView(m_throughput, this),
                        m_backlog),
        0,
        0);
    grid->addWidget(
        makeCard(Chart::Exceptions, tr("Unresolved exceptions by type"), makeView(m_exceptions, this)), 0, 1);
    grid->addWidget(makeCard(Chart::SyncLag, tr("Sync lag per connector"), makeView(m_lag, this)), 1, 0);
    grid->addWidget(makeCard(Chart::Oldest, tr("Oldest open exception against its service level"), m_oldest), 1, 1);
    // The right column holds the queue names (the type axis, the oldest table): it gets the larger share.
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 5);
    layout->addLayout(grid, 1);

    connect(m_spanBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setSpan(index == 1 ? Span::Last14Days : Span::Last24Hours);
    });
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    addPageShortcut(this, QKeySequence::Refresh, [this] { refresh(); });
}

void DashboardPage::setSpan(Span span)
{
    m_span = span;
    const QSignalBlocker block(m_spanBox);
    m_spanBox->setCurrentIndex(span == Span::Last14Days ? 1 : 0);
    refresh();
}

void DashboardPage::setRefreshInterval(int msecs)
{
    if (msecs <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(msecs);
}

QChart* DashboardPage::chart(Chart which) const
{
    switch (which) {
    case Chart::Throughput:
        return m_throughput;
    case Chart::Exceptions:
        return m_exceptions;
    case Chart::SyncLag:
        return m_lag;
    case Chart::Oldest:
        break;
    }
    return nullptr;
}

bool DashboardPage::isShowingEmptyState(Chart which) const
{
    const Card card = m_cards.value(static_cast<int>(which));
    return card.stack && card.stack->currentWidget() == card.empty;
}

QString DashboardPage::emptyStateText(Chart which) const
{
    return isShowingEmptyState(which) ? m_cards.value(static_cast<int>(which)).empty->text() : QString();
}

QString DashboardPage::backlogText() const
{
    return m_backlog->text();
}

void DashboardPage::setEmptyState(Chart which, const QString& text)
{
    const Card card = m_cards.value(static_cast<int>(which));
    card.empty->setText(text);
    card.stack->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::refresh()
{
    if (m_reading) {
        m_readAgain = true; // one more read once this one is in, however many refreshes are asked for meanwhile
        return;
    }
    startRead();
}

void DashboardPage::startRead()
{
    DashboardRequest request;
    request.now = m_clock->nowUtc();
    if (m_span == Span::Last24Hours) {
        const qint64 hour = request.now.toMSecsSinceEpoch() / kHourMSecs * kHourMSecs;
        request.buckets = {core::utcFromMSecs(hour).addSecs(-23 * 3600), kHourMSecs, 24};
    } else {
        // Local calendar days, so a day's bar is the day people remember.
        const QDateTime today = request.now.toLocalTime().date().startOfDay();
        request.buckets = {today.addDays(-13).toUTC(), 24 * kHourMSecs, 14};
    }
    m_reading = true;
    m_readAgain = false;
    ++m_reads;
    m_reader->read<DashboardSnapshot>(
        0,
        [request](core::store::Database& db) { return readDashboard(db, request); },
        [this](const core::Result<DashboardSnapshot>& snapshot) { showSnapshot(snapshot); });
}

void DashboardPage::showSnapshot(const core::Result<DashboardSnapshot>& read)
{
    m_reading = false;
    if (m_readAgain)
        startRead(); // the reader reads the next while the charts take this one
    if (!read.ok()) {
        m_updated->setText(tr("Cannot read the database: %1").arg(read.error().toString()));
        return;
    }
    const DashboardSnapshot& snapshot = read.value();
    m_lastReadBy = snapshot.readBy;
    showThroughput(snapshot);
    showExceptions(snapshot);
    showSyncLag(snapshot);
    showOldest(snapshot);
    m_updated->setText(tr("Updated %1").arg(DisplayFormat::timeOfDay(snapshot.request.now)));
    Q_EMIT refreshed();
}

void DashboardPage::showThroughput(const DashboardSnapshot& snapshot)
{
    const core::store::TimeBuckets& buckets = snapshot.request.buckets;
    // The span the read was asked for, which a span chosen since then replaces with a read of its own.
    const bool hourly = buckets.bucketMSecs == kHourMSecs;
    if (hourly) {
        m_timeAxis->setFormat(QStringLiteral("HH:mm"));
        m_timeAxis->setTickCount(7); // every four hours over the 24 h axis: more are cut off in a 400 px chart
    } else {
        m_timeAxis->setFormat(QStringLiteral("d MMM")); // day and month name
        m_timeAxis->setTickCount(5); // every three and a half days: more are cut off in a 400 px chart
    }
    if (!snapshot.throughputError.isEmpty()) {
        setEmptyState(Chart::Throughput, tr("Cannot read the orders: %1").arg(snapshot.throughputError));
        return;
    }
    const auto& t = snapshot.throughput;
    QList<QPointF> placed;
    QList<QPointF> acknowledged;
    qint64 highest = 0;
    qint64 total = 0;
    for (int i = 0; i < buckets.count; ++i) {
        const qreal x = qreal(buckets.start(i).toMSecsSinceEpoch());
        placed.append({x, qreal(t.placed[i])});
        acknowledged.append({x, qreal(t.acknowledged[i])});
        highest = std::max({highest, t.placed[i], t.acknowledged[i]});
        total += t.placed[i] + t.acknowledged[i];
    }
    m_placed->replace(placed);
    m_acknowledged->replace(acknowledged);
    m_timeAxis->setRange(buckets.from.toLocalTime(), buckets.to().toLocalTime());
    fitCountAxis(m_countAxis, qreal(highest));
    m_backlog->setText(t.backlog == 0
            ? tr("No backlog: the warehouse has acknowledged every paid order in this span.")
            : tr("Paid orders not yet acknowledged by the warehouse: %n", nullptr, int(t.backlog)));
    m_backlog->setVisible(total > 0 || t.backlog > 0);
    setEmptyState(Chart::Throughput,
        total > 0    ? QString()
            : hourly ? tr("No orders in the last 24 hours.")
                     : tr("No orders in the last 14 days."));
}

void DashboardPage::showExceptions(const DashboardSnapshot& snapshot)
{
    if (!snapshot.exceptionsError.isEmpty()) {
        setEmptyState(Chart::Exceptions, tr("Cannot read the exceptions: %1").arg(snapshot.exceptionsError));
        return;
    }
    const auto& counts = snapshot.exceptions;
    for (const auto& c : counts) {
        if (QToolButton* tile = m_tiles.value(c.type))
            tile->setText(tr("%1\n%2").arg(QLocale().toString(c.open), Navigation::queueName(c.type)));
    }
    // Horizontal bars grow upwards from the first category: append in reverse so the first type is on top.
    m_exceptionSeries->clear();
    auto* open = makeSet(tr("Open"), kOpenColor);
    auto* taken = makeSet(tr("Acknowledged"), kTakenColor);
    QStringList categories;
    qint64 highest = 0;
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        categories << Navigation::queueName(it->type);
        open->append(qreal(it->open));
        taken->append(qreal(it->acknowledged));
        highest = std::max(highest, it->open + it->acknowledged);
    }
    m_exceptionSeries->append(open);
    m_exceptionSeries->append(taken);
    m_typeAxis->setCategories(categories);
    fitCountAxis(m_exceptionAxis, qreal(highest));
    setEmptyState(Chart::Exceptions, highest > 0 ? QString() : tr("No unresolved exceptions: everything is in step."));
}

void DashboardPage::showSyncLag(const DashboardSnapshot& snapshot)
{
    if (!snapshot.lagsError.isEmpty()) {
        setEmptyState(Chart::SyncLag, tr("Cannot read the sync state: %1").arg(snapshot.lagsError));
        return;
    }
    const auto& lags = snapshot.lags;
    m_lagSeries->clear();
    auto* current = makeSet(tr("Up to date"), kAcknowledgedColor);
    auto* behind = makeSet(tr("Behind (over %n min)", nullptr, int(kLagWarningSeconds / 60)), kBehindColor);
    QStringList categories;
    qreal highest = 0;
    for (auto it = lags.crbegin(); it != lags.crend(); ++it) {
        const qreal minutes = qreal(it->lagSeconds) / 60.0;
        const bool late = it->lagSeconds > kLagWarningSeconds;
        categories << it->name;
        current->append(late ? 0.0 : minutes);
        behind->append(late ? minutes : 0.0);
        highest = std::max(highest, minutes);
    }
    m_lagSeries->append(current);
    m_lagSeries->append(behind);
    m_cursorAxis->setCategories(categories);
    fitCountAxis(m_minutesAxis, highest);
    setEmptyState(Chart::SyncLag, lags.isEmpty() ? tr("No connector has synced yet.") : QString());
}

void DashboardPage::showOldest(const DashboardSnapshot& snapshot)
{
    const QDateTime& now = snapshot.request.now;
    if (!snapshot.oldestError.isEmpty()) {
        setEmptyState(Chart::Oldest, tr("Cannot read the exceptions: %1").arg(snapshot.oldestError));
        return;
    }
    m_oldest->clear();
    for (const auto& o : snapshot.oldest) {
        QString sla;
        if (!o.slaDue.isValid())
            sla = tr("No service level");
        else if (o.overdue)
            sla = tr("Overdue by %1").arg(DisplayFormat::duration(o.slaDue.secsTo(now)));
        else
            sla = tr("Due in %1").arg(DisplayFormat::duration(now.secsTo(o.slaDue)));
        auto* item = new QTreeWidgetItem(
            m_oldest, {Navigation::queueName(o.type), o.orderRef, DisplayFormat::duration(o.ageSeconds), sla});
        // A cell too narrow for its text (the service level in German at 1280 px) ends in "…": its tooltip has it.
        item->setToolTip(0, item->text(0));
        item->setToolTip(2, tr("Open since %1").arg(DisplayFormat::localTime(o.firstSeen)));
        item->setToolTip(3,
            o.slaDue.isValid() ? QStringLiteral("%1\n%2").arg(sla, tr("Due %1").arg(DisplayFormat::localTime(o.slaDue)))
                               : sla);
        if (o.overdue) {
            item->setForeground(3, kBehindColor);
            QFont bold = item->font(3);
            bold.setBold(true);
            item->setFont(3, bold);
        }
        item->setData(0, Qt::UserRole, o.id);
    }
    setEmptyState(Chart::Oldest, snapshot.oldest.isEmpty() ? tr("No open exceptions: nothing is waiting.") : QString());
}

} // namespace lockstep::ui
