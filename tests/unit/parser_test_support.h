// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the connector parser tests: fixture files and a look-up in the reported problems.
#pragma once

#include "connectors/reply.h"

#include <QFile>
#include <QTest>

namespace lockstep::test {

/// The bytes of tests/unit/fixtures/<name>, empty when it cannot be read.
inline QByteArray fixture(const char* name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("fixtures/") + QString::fromLatin1(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Whether a problem about `field` was reported for a record whose reference contains `refPart`.
inline bool hasProblem(
    const QList<core::connectors::ParseProblem>& problems, const QString& refPart, const QString& field)
{
    for (const auto& p : problems) {
        if (p.reference.contains(refPart) && p.field == field)
            return true;
    }
    return false;
}

} // namespace lockstep::test
