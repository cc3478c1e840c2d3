// SPDX-License-Identifier: GPL-3.0-or-later
// A strict RFC 4180 reader for tests: CRLF records, quoted fields with doubled quotes, no stray
// quotes, the same field count on every record. Anything else is an error, so a sloppy writer fails.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lockstep::test {

struct CsvParse
{
    QList<QStringList> records;
    QString error; ///< empty when the input is valid RFC 4180
};

inline CsvParse readStrictCsv(QByteArray bytes)
{
    CsvParse out;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringList record;
    QByteArray fieldBytes;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    auto fail = [&](const QString& why) {
        out.error = QStringLiteral("%1 at byte %2").arg(why).arg(i);
        return out;
    };
    while (i < n) {
        fieldBytes.clear();
        if (bytes[i] == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"));
                if (bytes[i] == '"') {
                    if (i + 1 < n && bytes[i + 1] == '"') {
                        fieldBytes += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                fieldBytes += bytes[i++];
            }
        } else {
            while (i < n && bytes[i] != ',' && bytes[i] != '\r' && bytes[i] != '\n') {
                if (bytes[i] == '"')
                    return fail(QStringLiteral("quote inside an unquoted field"));
                fieldBytes += bytes[i++];
            }
        }
        record << QString::fromUtf8(fieldBytes);
        if (i < n && bytes[i] == ',') {
            ++i;
            continue;
        }
        if (i + 1 < n && bytes[i] == '\r' && bytes[i + 1] == '\n') {
            i += 2;
        } else if (i < n) {
            return fail(QStringLiteral("record not ended by CRLF"));
        } else {
            return fail(QStringLiteral("last record not ended by CRLF"));
        }
        if (!out.records.isEmpty() && record.size() != out.records.constFirst().size())
            return fail(QStringLiteral("record %1 has %2 fields, expected %3")
                            .arg(out.records.size())
                            .arg(record.size())
                            .arg(out.records.constFirst().size()));
        out.records.append(record);
        record.clear();
    }
    return out;
}

} // namespace lockstep::test
