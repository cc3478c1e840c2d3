// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_writer.h"

namespace lockstep::core::reports {

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{
}

QString CsvWriter::neutralise(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar c = text.front();
    if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
        return u'\'' + text;
    return text;
}

QByteArray CsvWriter::field(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

Status CsvWriter::write(const QByteArray& bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write the export"), m_device->errorString());
    return Status::success();
}

Status CsvWriter::writeHeader(const QList<Column>& columns)
{
    m_line = QByteArrayLiteral("\xEF\xBB\xBF"); // BOM: Excel reads the file as UTF-8
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            m_line += ',';
        m_line += field(neutralise(columns[i].header));
    }
    m_line += "\r\n";
    return write(m_line);
}

Status CsvWriter::writeRow(const QList<Cell>& row)
{
    m_line.clear();
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_line += ',';
        const Cell& cell = row[i];
        m_line += cell.kind == CellKind::Text ? field(neutralise(cell.text)) : field(cell.plain());
    }
    m_line += "\r\n";
    return write(m_line);
}

} // namespace lockstep::core::reports
