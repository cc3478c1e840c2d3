// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue_table_model.h"

#include "actions/action_command.h"
#include "common/background_reader.h"
#include "common/display_format.h"

#include <QHash>

#include <algorithm>

namespace lockstep::ui {

using core::ExceptionRecord;
using core::ExceptionType;
using core::store::ExceptionSort;
using core::store::PageRequest;

namespace {

const core::SystemClock kSystemClock;
/// The reader's channels: a newer count overtakes an older one, and so does a summary, and a window read (a reload,
/// a jump, a refresh) the page read before it.
constexpr int kCountChannel = 0;
constexpr int kSummaryChannel = 1;
constexpr int kWindowChannel = 2;
/// Causes listed beside a queue: the largest ones; the rest are reached by search.
constexpr int kMaxCauses = 50;

QList<QueueTableModel::Column> columnsFor(ExceptionType type)
{
    using C = QueueTableModel::Column;
    QList<C> columns{C::Severity, C::Order, C::Sku, C::Facility, C::Reason, C::Owner, C::Age, C::Attempts};
    switch (type) {
    case ExceptionType::StuckPending:
        columns << C::SlaDue << C::Cutoff;
        break;
    case ExceptionType::CancellationPastCutoff:
        columns << C::Cutoff;
        break;
    case ExceptionType::ShipmentConfirmationMissing:
        columns << C::SlaDue;
        break;
    default:
        break;
    }
    columns << C::LastSeen << C::Assignee << C::ClaimedBy;
    return columns;
}

std::optional<ExceptionSort> storeSort(QueueTableModel::Column column)
{
    switch (column) {
    case QueueTableModel::Column::Severity:
        return ExceptionSort::Severity;
    case QueueTableModel::Column::Order:
        return ExceptionSort::OrderRef;
    case QueueTableModel::Column::Age:
        return ExceptionSort::FirstSeen;
    case QueueTableModel::Column::LastSeen:
        return ExceptionSort::LastSeen;
    default:
        return std::nullopt;
    }
}

constexpr std::size_t at(QueueTableModel::Column column)
{
    return static_cast<std::size_t>(column);
}

/// Same filter, ignoring the age threshold's exact instant (it is recomputed from "now" on each apply).
bool sameFilter(const core::store::ExceptionFilter& a, const core::store::ExceptionFilter& b)
{
    return a.type == b.type && a.state == b.state && a.text == b.text && a.facility == b.facility && a.owner == b.owner
        && a.firstSeenBefore == b.firstSeenBefore && a.signature == b.signature && a.sku == b.sku
        && a.assignee == b.assignee;
}

} // namespace

QueueTableModel::QueueTableModel(core::store::Database& db, ExceptionType type, QObject* parent)
    : QAbstractTableModel(parent)
    , m_databasePath(db.path())
    , m_type(type)
    , m_columns(columnsFor(type))
    , m_clock(&kSystemClock)
    , m_person(core::actions::currentOsUser())
{
    m_filter.type = type;
    m_filter.state = core::ExceptionState::Open;
}

QueueTableModel::~QueueTableModel() = default;

bool QueueTableModel::isSortable(Column column)
{
    return storeSort(column).has_value();
}

QString QueueTableModel::columnTitle(Column column)
{
    switch (column) {
    case Column::Severity:
        return tr("Severity");
    case Column::Order:
        return tr("Order");
    case Column::Sku:
        return tr("SKU");
    case Column::Facility:
        return tr("Facility");
    case Column::Reason:
        return tr("Reason");
    case Column::Owner:
        return tr("Owner");
    case Column::Age:
        return tr("Age");
    case Column::Attempts:
        return tr("Attempts");
    case Column::LastSeen:
        return tr("Last seen");
    case Column::SlaDue:
        return tr("SLA");
    case Column::Cutoff:
        return tr("Cutoff");
    case Column::Assignee:
        return tr("Assignee");
    case Column::ClaimedBy:
        return tr("Claimed by");
    case Column::Count:
        break;
    }
    return {};
}

void QueueTableModel::setClock(const core::Clock* clock)
{
    m_clock = clock ? clock : &kSystemClock;
}

QDateTime QueueTableModel::now() const
{
    return m_clock->nowUtc();
}

void QueueTableModel::setFilter(const core::store::ExceptionFilter& filter)
{
    core::store::ExceptionFilter f = filter;
    f.type = m_type;
    if (m_loaded && sameFilter(f, m_filter))
        return;
    m_filter = f;
    reload();
}

PageRequest QueueTableModel::baseRequest() const
{
    PageRequest req;
    req.filter = m_filter;
    req.sort = storeSort(m_sortColumn).value_or(ExceptionSort::FirstSeen);
    // Age grows as first seen goes back in time: age ascending is first seen descending.
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    req.descending = m_sortColumn == Column::Age ? ascending : !ascending;
    req.limit = kPageSize;
    return req;
}

void QueueTableModel::readWindow(const PageRequest& request, std::function<void(Page&)> apply)
{
    m_reading = true;
    // The page is read and its text formatted on the reader's thread; the rows come in whole on this one.
    reader().read<Page>(
        kWindowChannel,
        [request, t = now()](core::store::Database& db) -> core::Result<Page> {
            auto page = core::store::ExceptionRepository(db).page(request);
            if (!page.ok())
                return page.error();
            Page out;
            out.hasMore = page->hasMore;
            out.rows.reserve(page->rows.size());
            for (const ExceptionRecord& r : page->rows)
                out.rows.append(formatRow(r, t));
            return out;
        },
        [this, apply = std::move(apply)](const core::Result<Page>& read) {
            m_reading = false;
            if (!read.ok()) {
                Q_EMIT loadFailed(tr("Cannot read the queue: %1").arg(read.error().toString()));
            } else {
                Page page = read.value();
                for (const Row& row : std::as_const(page.rows)) {
                    if (!row.record.facility.isEmpty())
                        m_facilities.insert(row.record.facility);
                }
                apply(page);
            }
            if (m_refreshWanted && !m_reading) {
                m_refreshWanted = false;
                refresh();
            }
            if (!m_reading)
                Q_EMIT windowSettled();
        });
}

QueueTableModel::Row QueueTableModel::formatRow(const ExceptionRecord& r, const QDateTime& t)
{
    Row row;
    row.record = r;
    auto& text = row.text;
    text[at(Column::Severity)] = DisplayFormat::severity(r.severity);
    text[at(Column::Order)] = r.orderRef;
    text[at(Column::Sku)] = r.sku;
    text[at(Column::Facility)] = r.facility;
    // One line in the table; the detail panel shows it whole.
    text[at(Column::Reason)] = DisplayFormat::reason(r).replace(u'\n', u' ');
    text[at(Column::Owner)] = DisplayFormat::ownerTeam(r.ownerTeam);
    text[at(Column::Age)] = DisplayFormat::duration(r.firstSeen.secsTo(t));
    text[at(Column::Attempts)] = QString::number(r.attempts);
    text[at(Column::LastSeen)] = DisplayFormat::localTime(r.lastSeen);
    text[at(Column::SlaDue)] = DisplayFormat::timeLeft(r.slaDue, t);
    text[at(Column::Cutoff)] = DisplayFormat::timeLeft(r.cutoffAt, t);
    text[at(Column::Assignee)] = r.assignee;
    text[at(Column::ClaimedBy)] = r.claimedBy;
    row.slaPassed = r.slaDue.isValid() && r.slaDue < t;
    row.cutoffPassed = r.cutoffAt.isValid() && r.cutoffAt < t;
    return row;
}

QVariant QueueTableModel::rawValue(const ExceptionRecord& r, Column column) const
{
    switch (column) {
    case Column::Severity:
        return static_cast<int>(r.severity);
    case Column::Order:
        return r.orderRef;
    case Column::Sku:
        return r.sku;
    case Column::Facility:
        return r.facility;
    case Column::Reason:
        return r.reason;
    case Column::Owner:
        return static_cast<int>(r.ownerTeam);
    case Column::Age:
        return r.firstSeen;
    case Column::Attempts:
        return r.attempts;
    case Column::LastSeen:
        return r.lastSeen;
    case Column::SlaDue:
        return r.slaDue;
    case Column::Cutoff:
        return r.cutoffAt;
    case Column::Assignee:
        return r.assignee;
    case Column::ClaimedBy:
        return r.claimedBy;
    case Column::Count:
        break;
    }
    return {};
}

QVariant QueueTableModel::sortValue(const ExceptionRecord& r, Column column) const
{
    const QVariant raw = rawValue(r, column);
    // Times sort as milliseconds since the epoch, as the store orders them.
    if (raw.metaType().id() == QMetaType::QDateTime)
        return raw.toDateTime().isValid() ? QVariant(raw.toDateTime().toMSecsSinceEpoch()) : QVariant();
    return raw;
}

int QueueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant QueueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return row.text[at(column)];
    case Qt::ToolTipRole:
        if (column == Column::Reason)
            return DisplayFormat::reason(row.record);
        if (column == Column::Age)
            return tr("First seen %1").arg(DisplayFormat::localTime(row.record.firstSeen));
        if (column == Column::SlaDue || column == Column::Cutoff)
            return DisplayFormat::localTime(column == Column::SlaDue ? row.record.slaDue : row.record.cutoffAt);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Attempts || column == Column::Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((column == Column::SlaDue && row.slaPassed) || (column == Column::Cutoff && row.cutoffPassed))
            return DisplayFormat::severityColor(core::Severity::Critical);
        return {};
    case Qt::DecorationRole:
        if (column == Column::Severity)
            return DisplayFormat::severityColor(row.record.severity);
        return {};
    case SortRole:
        return sortValue(row.record, column);
    case RawValueRole:
        return rawValue(row.record, column);
    case SeverityRole:
        return static_cast<int>(row.record.severity);
    case IdRole:
        return row.record.id;
    case VersionRole:
        return row.record.version;
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return columnTitle(column);
    if (role == Qt::ToolTipRole && !isSortable(column))
        return tr("%1 (not sortable)").arg(columnTitle(column));
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (column == Column::Attempts || column == Column::Age ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags QueueTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

int QueueTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.id == id)
            return i;
    }
    return -1;
}

QStringList QueueTableModel::facilitiesSeen() const
{
    QStringList list(m_facilities.cbegin(), m_facilities.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

BackgroundReader& QueueTableModel::reader()
{
    if (!m_reader)
        m_reader = new BackgroundReader(m_databasePath, QStringLiteral("queue-count"), this);
    return *m_reader;
}

void QueueTableModel::requestCount(bool filterChanged)
{
    if (filterChanged && m_total != -1) {
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    reader().read<qint64>(
        kCountChannel,
        [filter = m_filter](core::store::Database& db) { return core::store::ExceptionRepository(db).count(filter); },
        [this](const core::Result<qint64>& total) {
            if (!total.ok()) {
                Q_EMIT loadFailed(tr("Cannot count the queue: %1").arg(total.error().toString()));
                return;
            }
            m_total = total.value();
            Q_EMIT totalCountChanged(m_total);
        });
}

void QueueTableModel::requestSummary()
{
    // Each list counts under the rest of the filter: the views under the cause chosen, the causes under the view.
    reader().read<QueueSummary>(
        kSummaryChannel,
        [filter = m_filter, person = m_person](core::store::Database& db) -> core::Result<QueueSummary> {
            core::store::ExceptionRepository repository(db);
            auto assignees = repository.assigneeCounts(filter, person);
            if (!assignees.ok())
                return assignees.error();
            auto causes = repository.causes(filter, kMaxCauses);
            if (!causes.ok())
                return causes.error();
            return QueueSummary{assignees.value(), causes.value()};
        },
        [this](const core::Result<QueueSummary>& summary) {
            if (!summary.ok()) {
                Q_EMIT loadFailed(tr("Cannot count the queue: %1").arg(summary.error().toString()));
                return;
            }
            m_summary = summary.value();
            Q_EMIT summaryChanged();
        });
}

void QueueTableModel::resetWith(QList<Row> rows, bool moreBefore, bool moreAfter)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_moreBefore = moreBefore;
    m_moreAfter = moreAfter;
    m_loaded = true;
    // Whoever reacts to the reset (a view, a tester) must not fetch more inside the notification.
    m_applying = true;
    endResetModel();
    m_applying = false;
    Q_EMIT windowChanged();
}

void QueueTableModel::reload()
{
    // Until the new filter's rows are in, the old total no longer holds.
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    reloadRows(true);
    requestSummary();
}

void QueueTableModel::setCountFromWindow()
{
    if (m_reader)
        m_reader->drop(kCountChannel); // any count still on its way is stale
    if (m_total != m_rows.size()) {
        m_total = m_rows.size();
        Q_EMIT totalCountChanged(m_total);
    }
}

void QueueTableModel::reloadRows(bool recount, std::optional<bool> jump)
{
    ++m_windowReads;
    readWindow(baseRequest(), [this, recount, jump](Page& page) {
        resetWith(std::move(page.rows), false, page.hasMore);
        // A queue that fits in its first page is counted by reading it.
        if (recount && m_moreAfter)
            requestCount(false);
        else if (recount)
            setCountFromWindow();
        if (jump)
            Q_EMIT jumped(*jump);
    });
}

void QueueTableModel::jumpToStart()
{
    reloadRows(false, false);
}

void QueueTableModel::jumpToEnd()
{
    PageRequest req = baseRequest();
    req.fromEnd = true;
    ++m_windowReads;
    readWindow(req, [this](Page& page) {
        resetWith(std::move(page.rows), page.hasMore, false);
        Q_EMIT jumped(true);
    });
}

bool QueueTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_moreAfter && !m_reading && !m_applying && !m_rows.isEmpty();
}

void QueueTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    PageRequest req = baseRequest();
    req.after = core::store::ExceptionRepository::keyOf(m_rows.constLast().record, req.sort);
    readWindow(req, [this](Page& page) {
        m_moreAfter = page.hasMore;
        if (!page.rows.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            m_applying = true;
            beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
            m_rows.append(std::move(page.rows));
            endInsertRows();
            trimFront();
            m_applying = false;
        }
        Q_EMIT windowChanged();
    });
}

bool QueueTableModel::canFetchPrevious() const
{
    return m_moreBefore && !m_reading && !m_applying && !m_rows.isEmpty();
}

void QueueTableModel::fetchPrevious()
{
    if (!canFetchPrevious())
        return;
    PageRequest req = baseRequest();
    req.before = core::store::ExceptionRepository::keyOf(m_rows.constFirst().record, req.sort);
    readWindow(req, [this](Page& page) {
        m_moreBefore = page.hasMore;
        if (!page.rows.isEmpty()) {
            m_applying = true;
            m_prepending = true;
            beginInsertRows({}, 0, static_cast<int>(page.rows.size()) - 1);
            m_rows = std::move(page.rows) + m_rows;
            endInsertRows();
            m_prepending = false;
            trimBack();
            m_applying = false;
        }
        Q_EMIT windowChanged();
    });
}

void QueueTableModel::trimFront()
{
    const int excess = static_cast<int>(m_rows.size()) - kMaxRows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.remove(0, excess);
    m_moreBefore = true;
    endRemoveRows();
}

void QueueTableModel::trimBack()
{
    const int excess = static_cast<int>(m_rows.size()) - kMaxRows;
    if (excess <= 0)
        return;
    const int first = static_cast<int>(m_rows.size()) - excess;
    beginRemoveRows({}, first, first + excess - 1);
    m_rows.remove(first, excess);
    m_moreAfter = true;
    endRemoveRows();
}

void QueueTableModel::sort(int column, Qt::SortOrder order)
{
    const Column c = columnAt(column);
    if (!isSortable(c) || (m_loaded && c == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = c;
    m_sortOrder = order;
    if (m_loaded)
        reloadRows(false); // same rows in another order: the count stands
}

void QueueTableModel::refresh()
{
    if (m_reading) {
        // What is on its way may have been read before the change: read the window again once it is in.
        m_refreshWanted = true;
        return;
    }
    if (!m_loaded) {
        reload();
        return;
    }
    PageRequest req = baseRequest();
    req.limit = std::clamp(static_cast<int>(m_rows.size()), kPageSize, kMaxRows);
    const bool anchoredAtStart = !m_moreBefore || m_rows.isEmpty();
    const bool anchoredAtEnd = !anchoredAtStart && !m_moreAfter;
    if (anchoredAtEnd) {
        req.fromEnd = true;
    } else if (!anchoredAtStart) {
        // From the window's first row inclusive: "after" a key one id short of it in display order.
        core::store::PageKey key = core::store::ExceptionRepository::keyOf(m_rows.constFirst().record, req.sort);
        key.id += req.descending ? 1 : -1;
        req.after = key;
    }
    ++m_windowReads;
    readWindow(req, [this, anchoredAtStart, anchoredAtEnd](Page& page) {
        m_applying = true;
        applyWindow(std::move(page.rows));
        m_applying = false;
        if (anchoredAtEnd)
            m_moreBefore = page.hasMore;
        else
            m_moreAfter = page.hasMore;
        Q_EMIT windowChanged();
        if (anchoredAtStart && !m_moreAfter)
            setCountFromWindow();
        else
            requestCount(false);
    });
    requestSummary();
}

void QueueTableModel::applyWindow(QList<Row> fresh)
{
    QHash<qint64, int> freshRow;
    freshRow.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i)
        freshRow.insert(fresh.at(i).record.id, i);

    // 1. Rows that left the window go, bottom-up, in contiguous runs.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
        if (freshRow.contains(m_rows.at(i).record.id)) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !freshRow.contains(m_rows.at(i).record.id))
            --i;
        beginRemoveRows({}, i + 1, last);
        m_rows.remove(i + 1, last - i);
        endRemoveRows();
    }

    // 2. Rows that stayed but moved (their sort value changed): one layout change, persistent indexes by id.
    const auto byFreshOrder = [&](const Row& a, const Row& b) {
        return freshRow.value(a.record.id) < freshRow.value(b.record.id);
    };
    if (!std::is_sorted(m_rows.cbegin(), m_rows.cend(), byFreshOrder)) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QList<qint64> oldIds;
        oldIds.reserve(m_rows.size());
        for (const Row& r : std::as_const(m_rows))
            oldIds.append(r.record.id);
        std::stable_sort(m_rows.begin(), m_rows.end(), byFreshOrder);
        QHash<qint64, int> newRow;
        for (int i = 0; i < m_rows.size(); ++i)
            newRow.insert(m_rows.at(i).record.id, i);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& p : from)
            to.append(index(newRow.value(oldIds.at(p.row())), p.column()));
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. New rows come in, top-down, in contiguous runs; rows that stayed take their fresh values.
    int r = 0;
    for (int i = 0; i < fresh.size();) {
        if (r < m_rows.size() && m_rows.at(r).record.id == fresh.at(i).record.id) {
            m_rows[r++] = fresh.at(i++);
            continue;
        }
        int j = i;
        while (j < fresh.size() && (r >= m_rows.size() || fresh.at(j).record.id != m_rows.at(r).record.id))
            ++j;
        beginInsertRows({}, r, r + (j - i) - 1);
        m_rows.insert(r, j - i, Row());
        for (int k = i; k < j; ++k)
            m_rows[r++] = fresh.at(k);
        endInsertRows();
        i = j;
    }

    // 4. Values (age, attempts, claims) may have changed anywhere in the window.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, columnCount() - 1));
}

} // namespace lockstep::ui
