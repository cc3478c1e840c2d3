// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_file.h"

#include "csv_writer.h"
#include "xlsx_writer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <filesystem>

namespace lockstep::core::reports {

namespace {

constexpr qint64 kProgressEvery = 5000;

Error cancelled()
{
    return makeError(ErrorCode::Refused, QStringLiteral("export cancelled"));
}

/// Deletes the temporary file unless released: every early return cleans up.
struct TempFile
{
    QString path;
    bool keep = false;
    ~TempFile()
    {
        if (!keep)
            QFile::remove(path);
    }
};

QString tempPathFor(const QString& target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.partial-%2")
                                           .arg(info.fileName())
                                           .arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0')));
}

/// Streams one source into a writer, counting rows and polling for cancellation.
template <typename Writer>
Result<qint64> pump(
    Writer& writer, RowSource& source, qint64 before, const std::atomic<bool>* cancel, const ExportProgress& progress)
{
    qint64 rows = 0;
    QList<Cell> row;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return cancelled();
        auto more = source.next(row);
        if (!more.ok())
            return more.error();
        if (!more.value())
            return rows;
        if (auto st = writer.writeRow(row); !st.ok())
            return st.error();
        if (++rows % kProgressEvery == 0 && progress)
            progress(before + rows);
    }
}

Result<QByteArray> sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the export back"), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

Status replaceInto(const QString& from, const QString& to)
{
    // std::filesystem::rename replaces an existing target atomically on POSIX and with
    // MOVEFILE_REPLACE_EXISTING on Windows.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdWString()), std::filesystem::path(to.toStdWString()), ec);
    if (ec)
        return makeError(ErrorCode::Io, QString::fromStdString(ec.message()), to);
    return Status::success();
}

Result<ExportOutcome> writeCsv(
    const ExportRequest& r, const QString& temp, const std::atomic<bool>* cancel, const ExportProgress& progress)
{
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the export file"), file.errorString());
    CsvWriter writer(&file);
    const ExportSheet& sheet = r.sheets.constFirst();
    if (auto st = writer.writeHeader(sheet.source->columns()); !st.ok())
        return st.error();
    auto rows = pump(writer, *sheet.source, 0, cancel, progress);
    if (!rows.ok())
        return rows.error();
    if (auto st = writer.finish(); !st.ok())
        return st.error();
    if (!file.flush())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write the export"), file.errorString());
    ExportOutcome out;
    out.rows = rows.value();
    out.rowsPerSheet.append({sheet.name, rows.value()});
    out.sha256 = writer.sha256(); // hashed while it was written
    return out;
}

Result<ExportOutcome> writeXlsx(
    const ExportRequest& r, const QString& temp, const std::atomic<bool>* cancel, const ExportProgress& progress)
{
    XlsxWriter writer(temp);
    ExportOutcome out;
    for (const ExportSheet& sheet : r.sheets) {
        if (auto st = writer.addSheet(sheet.name, sheet.source->columns()); !st.ok())
            return st.error();
        auto rows = pump(writer, *sheet.source, out.rows, cancel, progress);
        if (!rows.ok())
            return rows.error();
        out.rows += rows.value();
        out.rowsPerSheet.append({sheet.name, rows.value()});
    }
    // The summary sheet says what the workbook holds (its checksum goes in the manifest beside it).
    if (auto st = writer.addSheet(QStringLiteral("Summary"),
            {{QStringLiteral("Field"), CellKind::Text}, {QStringLiteral("Value"), CellKind::Text}});
        !st.ok())
        return st.error();
    QList<QList<Cell>> lines{{Cell::ofText(QStringLiteral("Report")), Cell::ofText(r.report)},
        {Cell::ofText(QStringLiteral("Generated (UTC)")), Cell::ofDateTime(r.generatedAt)}};
    for (const auto& [key, value] : r.filters)
        lines.append({Cell::ofText(QStringLiteral("Filter: ") + key), Cell::ofText(value)});
    for (const auto& [name, count] : out.rowsPerSheet)
        lines.append({Cell::ofText(QStringLiteral("Rows: ") + name), Cell::ofInteger(count)});
    for (const auto& line : lines) {
        if (auto st = writer.writeRow(line); !st.ok())
            return st.error();
    }
    if (cancel && cancel->load())
        return cancelled();
    if (auto st = writer.close(); !st.ok())
        return st.error();
    return out;
}

Status writeManifest(const ExportRequest& r, ExportOutcome& out)
{
    QJsonObject filters;
    for (const auto& [key, value] : r.filters)
        filters.insert(key, value);
    QJsonArray sheets;
    for (const auto& [name, count] : out.rowsPerSheet)
        sheets.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("rows"), count}});
    const QJsonObject manifest{{QStringLiteral("report"), r.report},
        {QStringLiteral("format"), r.format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx")},
        {QStringLiteral("file"), QFileInfo(r.outputPath).fileName()},
        {QStringLiteral("generated_at"), r.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("filters"), filters},
        {QStringLiteral("sheets"), sheets},
        {QStringLiteral("rows"), out.rows},
        {QStringLiteral("sha256"), QString::fromLatin1(out.sha256)},
        {QStringLiteral("generator"), QStringLiteral("Lockstep")}};
    out.manifestPath = r.outputPath + QStringLiteral(".manifest.json");
    QSaveFile file(out.manifestPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write the manifest"), file.errorString());
    file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write the manifest"), file.errorString());
    return Status::success();
}

} // namespace

Result<ExportOutcome> writeExport(
    const ExportRequest& request, const std::atomic<bool>* cancel, const ExportProgress& progress)
{
    if (request.sheets.isEmpty() || !request.sheets.constFirst().source)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("nothing to export"));
    if (!QDir().mkpath(QFileInfo(request.outputPath).absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder"), request.outputPath);

    TempFile temp{tempPathFor(request.outputPath)};
    auto out = request.format == ExportFormat::Csv ? writeCsv(request, temp.path, cancel, progress)
                                                   : writeXlsx(request, temp.path, cancel, progress);
    if (!out.ok())
        return out.error();
    if (out->sha256.isEmpty()) { // the workbook is written by the library: read it back for its checksum
        auto hash = sha256Of(temp.path);
        if (!hash.ok())
            return hash.error();
        out->sha256 = hash.value();
    }
    if (auto st = replaceInto(temp.path, request.outputPath); !st.ok())
        return st.error();
    temp.keep = true; // renamed: nothing left to remove
    if (progress)
        progress(out->rows);
    if (auto st = writeManifest(request, out.value()); !st.ok())
        return st.error();
    return out;
}

} // namespace lockstep::core::reports
