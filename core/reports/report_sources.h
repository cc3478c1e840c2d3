// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_table.h"
#include "store/audit_repository.h"
#include "store/report_repository.h"

#include <QHash>

#include <optional>

namespace lockstep::core::reports {

/// The discrepancy list: every kind asked for, one after the other, each in time order. Amounts are typed
/// amounts in the row's currency (its own column); the totals breakdown is the storefront's items, discount,
/// shipping, tax and the difference, with the part that explains it (rules::explainTotalsDifference).
/// Thread: the thread of `db`.
class DiscrepancySource final : public RowSource
{
public:
    DiscrepancySource(store::Database& db,
        QDateTime from,
        QDateTime to,
        QList<store::DiscrepancyKind> kinds,
        qint64 toleranceMinor = 1);
    static QList<Column> headers();
    QList<Column> columns() const override { return headers(); }
    Result<bool> next(QList<Cell>& row) override;

private:
    store::ReportRepository m_repo;
    QDateTime m_from;
    QDateTime m_to;
    QList<store::DiscrepancyKind> m_kinds;
    qint64 m_tolerance;
    qsizetype m_kindIndex = -1;
    std::optional<store::RowCursor<store::DiscrepancyRow>> m_cursor;
    store::DiscrepancyRow m_row;
};

/// The daily reconciliation: one row per UTC day and currency. Thread: the thread of `db`.
class ReconciliationSource final : public RowSource
{
public:
    ReconciliationSource(store::Database& db, QDateTime from, QDateTime to, QString storefront = {});
    static QList<Column> headers();
    QList<Column> columns() const override { return headers(); }
    Result<bool> next(QList<Cell>& row) override;

private:
    store::ReportRepository m_repo;
    QDateTime m_from;
    QDateTime m_to;
    QString m_storefront;
    std::optional<QList<store::ReconciliationRow>> m_days; // read on the first next()
    qsizetype m_next = 0;
};

/// The orders behind the reconciliation's cells, with the bucket each one counts in.
/// Thread: the thread of `db`.
class ReconciliationOrdersSource final : public RowSource
{
public:
    ReconciliationOrdersSource(store::Database& db,
        QDateTime from,
        QDateTime to,
        store::ReconciliationBucket bucket = store::ReconciliationBucket::Sales,
        QString currency = {},
        QString storefront = {});
    static QList<Column> headers();
    QList<Column> columns() const override { return headers(); }
    Result<bool> next(QList<Cell>& row) override;

private:
    store::ReportRepository m_repo;
    QDateTime m_from;
    QDateTime m_to;
    store::ReconciliationBucket m_bucket;
    QString m_currency;
    QString m_storefront;
    std::optional<store::RowCursor<store::ReconciliationOrder>> m_cursor;
    store::ReconciliationOrder m_row;
};

/// The exceptions first seen in the range (without their payloads). Thread: the thread of `db`.
class ExceptionsSource final : public RowSource
{
public:
    ExceptionsSource(store::Database& db, QDateTime from, QDateTime to, QString type = {}, QString state = {});
    static QList<Column> headers();
    QList<Column> columns() const override { return headers(); }
    Result<bool> next(QList<Cell>& row) override;

private:
    store::ReportRepository m_repo;
    QDateTime m_from;
    QDateTime m_to;
    QString m_type;
    QString m_state;
    std::optional<store::RowCursor<store::ExceptionReportRow>> m_cursor;
    store::ExceptionReportRow m_row;
};

/// The audit log in the range, oldest first, read in keyset pages of a few thousand (AuditRepository::page).
/// Thread: the thread of `db`.
class AuditSource final : public RowSource
{
public:
    AuditSource(store::Database& db, QDateTime from, QDateTime to, QString text = {});
    static QList<Column> headers();
    QList<Column> columns() const override { return headers(); }
    Result<bool> next(QList<Cell>& row) override;

private:
    store::AuditRepository m_repo;
    store::AuditQuery m_query;
    QList<store::AuditEntry> m_page;
    qsizetype m_next = 0;
    bool m_done = false;
};

/// Another source's rows with only some of its columns, in the order given. Thread: that of the source.
class SelectedColumns final : public RowSource
{
public:
    /// `headers` names columns of `source`; unknown names are ignored, and none known means all.
    SelectedColumns(RowSource& source, const QStringList& headers);
    QList<Column> columns() const override { return m_columns; }
    Result<bool> next(QList<Cell>& row) override;

private:
    RowSource& m_source;
    QList<qsizetype> m_indices;
    QList<Column> m_columns;
    QList<Cell> m_row;
};

/// Another source's rows under other header words: `titles` maps a header (its stable name) to the words written in
/// its place, for people who open the file rather than scripts that read it. A header without words stays as it is.
/// Thread: that of the source.
class TitledColumns final : public RowSource
{
public:
    TitledColumns(RowSource& source, const QHash<QString, QString>& titles);
    QList<Column> columns() const override { return m_columns; }
    Result<bool> next(QList<Cell>& row) override { return m_source.next(row); }

private:
    RowSource& m_source;
    QList<Column> m_columns;
};

} // namespace lockstep::core::reports
