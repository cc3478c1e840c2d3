// SPDX-License-Identifier: GPL-3.0-or-later
#include "retry_after.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace lockstep::core::net {

namespace {

constexpr std::array<const char*, 12> kMonths = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int monthNumber(QStringView name)
{
    for (int i = 0; i < int(kMonths.size()); ++i) {
        if (name == QLatin1StringView(kMonths[i]))
            return i + 1;
    }
    return 0;
}

std::optional<QDateTime> makeUtc(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    // RFC 9110 allows a leap second (60); QTime does not, so it is read as the last second of the minute.
    const QTime time(hour, minute, std::min(second, 59));
    if (month == 0 || !date.isValid() || !time.isValid() || second > 60)
        return std::nullopt;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

int capturedInt(const QRegularExpressionMatch& match, int group)
{
    return match.capturedView(group).toInt();
}

} // namespace

std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    static const QRegularExpression imfFixdate(QStringLiteral(
        R"(^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-([A-Z][a-z]{2})-(\d{2}) )"
        R"((\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression asctime(QStringLiteral(
        R"(^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));

    const QString value = QString::fromLatin1(text).trimmed();
    if (const auto m = imfFixdate.match(value); m.hasMatch()) {
        return makeUtc(capturedInt(m, 3),
            monthNumber(m.capturedView(2)),
            capturedInt(m, 1),
            capturedInt(m, 4),
            capturedInt(m, 5),
            capturedInt(m, 6));
    }
    if (const auto m = rfc850.match(value); m.hasMatch()) {
        const int yy = capturedInt(m, 3);
        return makeUtc(yy < 70 ? 2000 + yy : 1900 + yy,
            monthNumber(m.capturedView(2)),
            capturedInt(m, 1),
            capturedInt(m, 4),
            capturedInt(m, 5),
            capturedInt(m, 6));
    }
    if (const auto m = asctime.match(value); m.hasMatch()) {
        return makeUtc(capturedInt(m, 6),
            monthNumber(m.capturedView(1)),
            m.capturedView(2).trimmed().toInt(),
            capturedInt(m, 3),
            capturedInt(m, 4),
            capturedInt(m, 5));
    }
    return std::nullopt;
}

QByteArray formatHttpDate(const QDateTime& t)
{
    // The C locale: day and month names are fixed English tokens, whatever the user's language.
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

std::optional<std::chrono::milliseconds> parseRetryAfter(
    QByteArrayView value, const QDateTime& nowUtc, std::chrono::milliseconds maxDelay)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const qint64 maxMs = std::max<qint64>(0, maxDelay.count());

    if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Digits only: seconds. Too many digits to fit still means "a long time", so clamp instead of refusing.
        bool fits = false;
        const qulonglong seconds = trimmed.toULongLong(&fits);
        if (!fits || seconds > qulonglong(maxMs / 1000 + 1))
            return std::chrono::milliseconds(maxMs);
        return std::chrono::milliseconds(std::min<qint64>(qint64(seconds) * 1000, maxMs));
    }

    const auto date = parseHttpDate(trimmed);
    if (!date || !nowUtc.isValid())
        return std::nullopt;
    const qint64 wait = nowUtc.msecsTo(*date);
    return std::chrono::milliseconds(std::clamp<qint64>(wait, 0, maxMs));
}

} // namespace lockstep::core::net
