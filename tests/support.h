// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the tests: a fresh migrated database file in a temporary folder.
#pragma once

#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace lockstep::test {

/// A real SQLite file in its own temporary folder, migrated to the latest schema, open for writing.
struct TempStore
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("lockstep.sqlite"));
    core::store::Database db = open();

    core::store::Database open()
    {
        auto r = core::store::openStore(path);
        if (!r.ok())
            qFatal("cannot open test store: %s", qPrintable(r.error().toString()));
        return std::move(r).value();
    }
};

inline QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

/// Waits until `spy` holds at least one signal. QSignalSpy::wait() waits for a new one, so a signal from another
/// thread that came in before the wait started (an action refused at once) would be missed and the wait time out.
inline bool waitForSignal(QSignalSpy& spy, int timeoutMs)
{
    return QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, timeoutMs);
}

} // namespace lockstep::test

#define LOCKSTEP_VERIFY_OK(expr)                                                                                       \
    do {                                                                                                               \
        const auto& lockstep_r_ = (expr);                                                                              \
        QVERIFY2(lockstep_r_.ok(), lockstep_r_.ok() ? "" : qPrintable(lockstep_r_.error().toString()));                \
    } while (false)

/// Compares two enum values (QCOMPARE would pick up the domain's QString toString() through ADL).
#define LOCKSTEP_COMPARE_ENUM(actual, expected)                                                                        \
    QVERIFY2((actual) == (expected),                                                                                   \
        qPrintable(QStringLiteral("%1 != %2").arg(static_cast<int>(actual)).arg(static_cast<int>(expected))))
