// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/audit_repository.h"

#include <QAbstractTableModel>

namespace lockstep::ui {

/// The audit log as a table, read in pages by keyset on (at, id) behind canFetchMore()/fetchMore(): each
/// page is one short indexed read, inserted as one batch, formatted once. Thread: UI (its Database too).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Time,
        Actor,
        Action,
        Subject,
        Note,
        Change,
        Count
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, ///< Time: UTC QDateTime; other columns: the stored text
        IdRole, ///< the entry's id, on every column
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    /// Starts over with `query` (its `after` is ignored) on `db` (not owned; nullptr empties the model).
    void setQuery(core::store::Database* db, const core::store::AuditQuery& query);
    void setPageSize(int rows) { m_pageSize = rows; }
    const core::store::AuditEntry& entry(int row) const { return m_rows.at(row).entry; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// "assignee: — → sam; state: open → acknowledged" for two JSON objects; the texts themselves otherwise.
    static QString changeSummary(const QString& before, const QString& after);

Q_SIGNALS:
    /// One page was read and inserted (`rows` may be 0 at the end).
    void pageFetched(int rows);
    void fetchFailed(const QString& message);

private:
    struct Row
    {
        core::store::AuditEntry entry;
        QString time;
        QString subject;
        QString change;
    };

    core::store::Database* m_db = nullptr;
    core::store::AuditQuery m_query;
    QList<Row> m_rows;
    int m_pageSize = 200;
    bool m_hasMore = false;
    bool m_fetching = false; ///< stops a second request while one is being inserted
    QString m_error;
};

} // namespace lockstep::ui
