// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsx_writer.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <xlsxwriter.h>

namespace lockstep::core::reports {

struct XlsxWriter::Impl
{
    QString path;
    QByteArray tmpDir;
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* amount[5] = {};
    QList<Column> columns;
    lxw_row_t row = 0;
    bool closed = false;

    /// The header row gets Excel's filter buttons over every row written, so a sheet opens ready to filter.
    lxw_error finishSheet()
    {
        if (!sheet || columns.isEmpty())
            return LXW_NO_ERROR;
        return worksheet_autofilter(
            sheet, 0, 0, std::max<lxw_row_t>(row, 1) - 1, static_cast<lxw_col_t>(columns.size() - 1));
    }

    Error error(lxw_error e, const QString& what) const
    {
        return makeError(ErrorCode::Io, QString::fromUtf8(lxw_strerror(e)), what + QStringLiteral(": ") + path);
    }
};

XlsxWriter::XlsxWriter(const QString& path)
    : d(std::make_unique<Impl>())
{
    d->path = path;
    // libxlsxwriter's own temporary files go beside the output, not into a system folder.
    d->tmpDir = QDir::toNativeSeparators(QFileInfo(path).absolutePath()).toUtf8();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = d->tmpDir.data();
    options.use_zip64 = LXW_TRUE;
    const QByteArray file = QDir::toNativeSeparators(path).toUtf8();
    d->workbook = workbook_new_opt(file.constData(), &options);
    if (!d->workbook)
        return;
    d->header = workbook_add_format(d->workbook);
    format_set_bold(d->header);
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "yyyy-mm-dd");
    d->dateTime = workbook_add_format(d->workbook);
    format_set_num_format(d->dateTime, "yyyy-mm-dd hh:mm:ss");
    d->integer = workbook_add_format(d->workbook);
    format_set_num_format(d->integer, "0");
    static const char* const kAmountFormats[5] = {"#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "#,##0.0000"};
    for (int i = 0; i < 5; ++i) {
        d->amount[i] = workbook_add_format(d->workbook);
        format_set_num_format(d->amount[i], kAmountFormats[i]);
    }
}

XlsxWriter::~XlsxWriter()
{
    // An unclosed workbook is abandoned: libxlsxwriter frees it without writing the file.
    if (d->workbook && !d->closed)
        lxw_workbook_free(d->workbook);
}

Status XlsxWriter::addSheet(const QString& name, const QList<Column>& columns)
{
    if (!d->workbook)
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the workbook"), d->path);
    if (auto e = d->finishSheet(); e != LXW_NO_ERROR)
        return d->error(e, QStringLiteral("filter"));
    QString safe = name;
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        safe.replace(bad, u'_');
    const QByteArray sheetName = safe.left(31).toUtf8();
    d->sheet = workbook_add_worksheet(d->workbook, sheetName.constData());
    if (!d->sheet)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("cannot add the sheet"), name);
    d->columns = columns;
    d->row = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QByteArray h = columns[c].header.toUtf8();
        if (auto e = worksheet_write_string(d->sheet, 0, static_cast<lxw_col_t>(c), h.constData(), d->header);
            e != LXW_NO_ERROR)
            return d->error(e, QStringLiteral("header"));
        const double width = columns[c].kind == CellKind::Text ? 24 : columns[c].kind == CellKind::DateTime ? 20 : 14;
        worksheet_set_column(d->sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->row = 1;
    return Status::success();
}

Status XlsxWriter::writeRow(const QList<Cell>& row)
{
    if (!d->sheet)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no sheet"), d->path);
    for (qsizetype c = 0; c < row.size(); ++c) {
        const Cell& cell = row[c];
        const auto col = static_cast<lxw_col_t>(c);
        lxw_error e = LXW_NO_ERROR;
        switch (cell.kind) {
        case CellKind::Empty:
            break;
        case CellKind::Text: {
            const QByteArray utf8 = cell.text.toUtf8();
            e = worksheet_write_string(d->sheet, d->row, col, utf8.constData(), nullptr);
            break;
        }
        case CellKind::Integer:
            e = worksheet_write_number(d->sheet, d->row, col, static_cast<double>(cell.integer), d->integer);
            break;
        case CellKind::Amount: {
            // Excel stores numbers as doubles; amounts below 2^53 minor units convert exactly enough that
            // the shown decimals equal the exact value.
            const int dec = std::clamp(cell.decimals, 0, 4);
            const double value = static_cast<double>(cell.integer) / std::pow(10.0, dec);
            e = worksheet_write_number(d->sheet, d->row, col, value, d->amount[dec]);
            break;
        }
        case CellKind::Date: {
            lxw_datetime dt{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
            e = worksheet_write_datetime(d->sheet, d->row, col, &dt, d->date);
            break;
        }
        case CellKind::DateTime: {
            const QDateTime t = cell.dateTime.toUTC();
            lxw_datetime dt{t.date().year(),
                t.date().month(),
                t.date().day(),
                t.time().hour(),
                t.time().minute(),
                t.time().second() + t.time().msec() / 1000.0};
            e = worksheet_write_datetime(d->sheet, d->row, col, &dt, d->dateTime);
            break;
        }
        }
        if (e != LXW_NO_ERROR)
            return d->error(e, QStringLiteral("row %1").arg(d->row));
    }
    ++d->row;
    return Status::success();
}

Status XlsxWriter::close()
{
    if (!d->workbook)
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the workbook"), d->path);
    if (auto e = d->finishSheet(); e != LXW_NO_ERROR)
        return d->error(e, QStringLiteral("filter")); // left unclosed: the destructor abandons it
    d->closed = true;
    const lxw_error e = workbook_close(d->workbook);
    d->workbook = nullptr;
    if (e != LXW_NO_ERROR)
        return d->error(e, QStringLiteral("close"));
    return Status::success();
}

} // namespace lockstep::core::reports
