// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_catalog.h"

#include "domain/enum_text.h"

#include <QTimeZone>

namespace lockstep::core::reports {

namespace {

constexpr std::array<std::pair<ReportKind, const char*>, kReportKindCount> kKinds{{
    {ReportKind::Discrepancies, "discrepancies"},
    {ReportKind::Reconciliation, "reconciliation"},
    {ReportKind::Exceptions, "exceptions"},
    {ReportKind::Audit, "audit"},
}};

std::unique_ptr<RowSource> makeFirst(store::Database& db, const ReportParams& p)
{
    switch (p.kind) {
    case ReportKind::Discrepancies:
        return std::make_unique<DiscrepancySource>(
            db, p.fromUtc(), p.toUtc(), p.discrepancyKinds, p.totalsToleranceMinor);
    case ReportKind::Reconciliation:
        if (p.drillBucket) {
            return std::make_unique<ReconciliationOrdersSource>(
                db, p.fromUtc(), p.toUtc(), *p.drillBucket, p.drillCurrency, p.storefront);
        }
        return std::make_unique<ReconciliationSource>(db, p.fromUtc(), p.toUtc(), p.storefront);
    case ReportKind::Exceptions:
        return std::make_unique<ExceptionsSource>(db, p.fromUtc(), p.toUtc(), p.exceptionType, p.exceptionState);
    case ReportKind::Audit:
        return std::make_unique<AuditSource>(db, p.fromUtc(), p.toUtc(), p.text);
    }
    return {};
}

QString sheetName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Discrepancies:
        return QStringLiteral("Discrepancies");
    case ReportKind::Reconciliation:
        return QStringLiteral("Reconciliation");
    case ReportKind::Exceptions:
        return QStringLiteral("Exceptions");
    case ReportKind::Audit:
        return QStringLiteral("Audit log");
    }
    return {};
}

} // namespace

QString toString(ReportKind kind)
{
    return enumText(kKinds, kind);
}
std::optional<ReportKind> reportKindFromString(const QString& text)
{
    return enumFromText(kKinds, text);
}

QDateTime ReportParams::fromUtc() const
{
    return from.startOfDay(QTimeZone::utc());
}
QDateTime ReportParams::toUtc() const
{
    return to.addDays(1).startOfDay(QTimeZone::utc());
}

QList<QPair<QString, QString>> ReportParams::describe() const
{
    QList<QPair<QString, QString>> out{{QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("days"), QStringLiteral("UTC, inclusive")}};
    if (kind == ReportKind::Discrepancies) {
        QStringList kinds;
        for (auto k : discrepancyKinds)
            kinds.append(store::toString(k));
        out.append({QStringLiteral("kinds"), kinds.isEmpty() ? QStringLiteral("all") : kinds.join(u',')});
        out.append({QStringLiteral("totals_tolerance_minor"), QString::number(totalsToleranceMinor)});
    }
    if (kind == ReportKind::Reconciliation) {
        out.append({QStringLiteral("storefront"), storefront.isEmpty() ? QStringLiteral("all but pos") : storefront});
        if (drillBucket)
            out.append({QStringLiteral("orders_in"), store::toString(*drillBucket)});
        if (!drillCurrency.isEmpty())
            out.append({QStringLiteral("currency"), drillCurrency});
    }
    if (kind == ReportKind::Exceptions) {
        if (!exceptionType.isEmpty())
            out.append({QStringLiteral("type"), exceptionType});
        if (!exceptionState.isEmpty())
            out.append({QStringLiteral("state"), exceptionState});
    }
    if (kind == ReportKind::Audit && !text.isEmpty())
        out.append({QStringLiteral("text"), text});
    if (!columns.isEmpty())
        out.append({QStringLiteral("columns"), columns.join(u',')});
    return out;
}

OpenedReport::OpenedReport(store::Database& db, const ReportParams& params)
{
    std::unique_ptr<RowSource> first = makeFirst(db, params);
    if (!params.columns.isEmpty()) {
        m_unselected = std::move(first);
        first = std::make_unique<SelectedColumns>(*m_unselected, params.columns);
    }
    const bool drillDown = params.kind == ReportKind::Reconciliation && params.drillBucket;
    m_sheets.emplace_back(drillDown ? QStringLiteral("Orders") : sheetName(params.kind), std::move(first));
    if (params.kind == ReportKind::Reconciliation && !drillDown) {
        m_sheets.emplace_back(QStringLiteral("Orders"),
            std::make_unique<ReconciliationOrdersSource>(db,
                params.fromUtc(),
                params.toUtc(),
                store::ReconciliationBucket::Sales,
                QString(),
                params.storefront));
    }
    if (!params.headerTitles.isEmpty()) {
        for (auto& [name, source] : m_sheets) {
            auto titled = std::make_unique<TitledColumns>(*source, params.headerTitles);
            m_untitled.push_back(std::move(source));
            source = std::move(titled);
        }
    }
}

QList<ExportSheet> OpenedReport::sheets() const
{
    QList<ExportSheet> out;
    for (const auto& [name, source] : m_sheets)
        out.append({name, source.get()});
    return out;
}

QList<Column> reportColumns(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Discrepancies:
        return DiscrepancySource::headers();
    case ReportKind::Reconciliation:
        return ReconciliationSource::headers();
    case ReportKind::Exceptions:
        return ExceptionsSource::headers();
    case ReportKind::Audit:
        return AuditSource::headers();
    }
    return {};
}

Result<ExportOutcome> exportReport(store::Database& db,
    const ReportParams& params,
    const QString& outputPath,
    ExportFormat format,
    const std::atomic<bool>* cancel,
    const ExportProgress& progress,
    const QDateTime& generatedAt)
{
    if (!params.from.isValid() || !params.to.isValid() || params.from > params.to)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("the range needs a first day on or before the last"));
    OpenedReport report(db, params);
    ExportRequest request;
    request.outputPath = outputPath;
    request.format = format;
    request.report = toString(params.kind);
    request.filters = params.describe();
    request.sheets = report.sheets();
    request.generatedAt = generatedAt.toUTC();
    return writeExport(request, cancel, progress);
}

Result<ReportPreview> previewReport(store::Database& db, const ReportParams& params, int limit)
{
    ReportParams named = params; // the preview names its columns; the page shows them in words
    named.headerTitles.clear();
    OpenedReport report(db, named);
    RowSource& source = report.first();
    ReportPreview preview;
    preview.columns = source.columns();
    QList<Cell> row;
    while (preview.rows.size() <= limit) {
        auto more = source.next(row);
        if (!more.ok())
            return more.error();
        if (!more.value())
            return preview;
        if (preview.rows.size() == limit) {
            preview.more = true;
            return preview;
        }
        preview.rows.append(row);
    }
    return preview;
}

Result<QList<store::ReconciliationRow>> reconciliationDays(store::Database& db, const ReportParams& params)
{
    return store::ReportRepository(db).reconciliation(params.fromUtc(), params.toUtc(), params.storefront);
}

} // namespace lockstep::core::reports
