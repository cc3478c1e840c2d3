// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit_table_model.h"

#include "common/background_reader.h"
#include "common/display_format.h"
#include "common/order_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lockstep::ui {

namespace {

constexpr int kMaxChangeLength = 160;
/// The reader's one channel: a new query's page overtakes the old query's.
constexpr int kPageChannel = 0;

QString shortValue(const QString& key, const QJsonValue& v)
{
    if (key == QLatin1String("state") && v.isString())
        if (const auto state = core::exceptionStateFromString(v.toString()))
            return DisplayFormat::state(*state);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble());
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace

AuditTableModel::AuditTableModel(QString databasePath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_databasePath(std::move(databasePath))
{}

AuditTableModel::~AuditTableModel() = default;

QString AuditTableModel::changeSummary(const QString& before, const QString& after)
{
    const QJsonDocument b = QJsonDocument::fromJson(before.toUtf8());
    const QJsonDocument a = QJsonDocument::fromJson(after.toUtf8());
    QString out;
    if ((b.isObject() || before.isEmpty()) && (a.isObject() || after.isEmpty())) {
        const QJsonObject bo = b.object();
        const QJsonObject ao = a.object();
        QStringList keys = bo.keys() + ao.keys();
        keys.removeDuplicates();
        keys.sort();
        QStringList parts;
        for (const QString& key : keys) {
            const QJsonValue bv = bo.value(key);
            const QJsonValue av = ao.value(key);
            if (bv != av)
                parts
                    << tr("%1: %2 → %3").arg(DisplayFormat::auditField(key), shortValue(key, bv), shortValue(key, av));
        }
        out = parts.join(QStringLiteral("; "));
    } else if (before != after) {
        out = tr("%1 → %2").arg(before.simplified(), after.simplified());
    }
    if (out.size() > kMaxChangeLength)
        out = out.left(kMaxChangeLength - 1) + u'…';
    return out;
}

void AuditTableModel::setQuery(const core::store::AuditQuery& query)
{
    if (m_reader)
        m_reader->drop(kPageChannel); // what the old query has on its way is not shown
    beginResetModel();
    m_query = query;
    m_query.after.reset();
    m_rows.clear();
    m_hasMore = true;
    m_reading = false;
    m_error.clear();
    // Views and testers react to modelReset by asking for rows; the first page is asked for after the
    // announcement, not inside it.
    m_applying = true;
    endResetModel();
    m_applying = false;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_reading && !m_applying;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_reading = true;
    core::store::AuditQuery q = m_query;
    if (!m_rows.isEmpty())
        q.after = core::store::AuditKey{m_rows.constLast().entry.at, m_rows.constLast().entry.id};
    const int pageSize = m_pageSize;
    q.limit = pageSize + 1; // one more than shown tells whether another page exists
    if (!m_reader)
        m_reader = new BackgroundReader(m_databasePath, QStringLiteral("audit-log"), this);
    m_reader->read<Page>(
        kPageChannel,
        [q, pageSize](core::store::Database& db) -> core::Result<Page> {
            auto read = core::store::AuditRepository(db).page(q);
            if (!read.ok())
                return read.error();
            auto entries = std::move(read).value();
            Page page;
            page.hasMore = entries.size() > pageSize;
            if (page.hasMore)
                entries.removeLast();
            page.rows.reserve(entries.size());
            for (auto& e : entries) {
                Row row{e,
                    DisplayFormat::localTime(e.at),
                    DisplayFormat::auditSubject(e.subjectType, e.subjectId),
                    changeSummary(e.before, e.after)};
                page.rows.append(std::move(row));
            }
            return page;
        },
        [this](const core::Result<Page>& read) {
            m_reading = false;
            if (!read.ok()) {
                m_hasMore = false;
                m_error = read.error().toString();
                Q_EMIT fetchFailed(m_error);
                return;
            }
            const Page& page = read.value();
            m_hasMore = page.hasMore;
            if (!page.rows.isEmpty()) {
                const int first = int(m_rows.size());
                m_applying = true;
                beginInsertRows({}, first, first + int(page.rows.size()) - 1);
                m_rows.append(page.rows);
                endInsertRows();
                m_applying = false;
            }
            Q_EMIT pageFetched(int(page.rows.size()));
        });
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.entry.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::Time:
        if (role == RawValueRole)
            return row.entry.at;
        return role == Qt::ToolTipRole ? DisplayFormat::fullTime(row.entry.at) : row.time;
    case Column::Actor:
        return row.entry.actor;
    case Column::Action:
        return role == Qt::DisplayRole ? DisplayFormat::auditAction(row.entry.action) : row.entry.action;
    case Column::Subject:
        return row.subject;
    case Column::Note:
        return row.entry.shownNote();
    case Column::Change:
        return role == RawValueRole ? row.entry.after : row.change;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Actor:
        return tr("Who");
    case Column::Action:
        return tr("Action");
    case Column::Subject:
        return tr("Record");
    case Column::Note:
        return tr("Note");
    case Column::Change:
        return tr("Before → after");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lockstep::ui
