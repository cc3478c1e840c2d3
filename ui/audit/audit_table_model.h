// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/audit_repository.h"

#include <QAbstractTableModel>

namespace lockstep::ui {

class BackgroundReader;

/// The audit log as a table, read in pages by keyset on (at, id) behind canFetchMore()/fetchMore(): each
/// page is one short indexed read, inserted as one batch, formatted once. The pages are read and formatted on a
/// BackgroundReader of the model's own (its thread and read-only connection), never on the UI thread: fetchMore()
/// asks, pageFetched() says the rows came in, isReading() that one is on its way (a second waits for it).
/// A new query drops what the old one still had on its way. Thread: UI.
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

    /// Reads the store at `databasePath` (a file or a server's URL).
    explicit AuditTableModel(QString databasePath, QObject* parent = nullptr);
    ~AuditTableModel() override;

    /// Starts over with `query` (its `after` is ignored); the first page is read when asked for (fetchMore()).
    void setQuery(const core::store::AuditQuery& query);
    /// A page is being read.
    bool isReading() const { return m_reading; }
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
    struct Page
    {
        QList<Row> rows;
        bool hasMore = false;
    };

    QString m_databasePath;
    BackgroundReader* m_reader = nullptr; ///< started on the first read
    core::store::AuditQuery m_query;
    QList<Row> m_rows;
    int m_pageSize = 200;
    bool m_hasMore = false;
    bool m_reading = false; ///< a page is on its way: a second request waits for it
    bool m_applying = false; ///< inside the notifications of a reset or of rows coming in: nothing is asked for there
    QString m_error;
};

} // namespace lockstep::ui
