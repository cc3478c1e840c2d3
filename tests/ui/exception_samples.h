// SPDX-License-Identifier: GPL-3.0-or-later
// Realistic exception records for the queue tests and screenshots, inserted fast in one transaction.
#pragma once

#include "store/exception_repository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lockstep::test {

/// Record `i` of a queue: deterministic, varied like a real queue (facilities, SKUs, severities, owners).
/// First seen goes back one minute per `i` from `newest`, so higher `i` is older.
inline core::ExceptionRecord sampleException(core::ExceptionType type, int i, const QDateTime& newest)
{
    static const char* const kSkus[] = {
        "TSHIRT-M-BLK", "HOODIE-L-GRY", "MUG-350-WHT", "CAP-OS-NVY", "SOCK-3PK-BLK", "TOTE-CNV-NAT", "BOTTLE-750-STL"};
    static const char* const kFacilities[] = {"DAL-1", "RNO-2", "ATL-3"};
    static const char* const kPeople[] = {"", "", "", "j.moreno", "a.okafor"};
    core::ExceptionRecord r;
    r.type = type;
    r.subjectKey = QStringLiteral("woocommerce:%1").arg(100000 + i);
    r.severity = static_cast<core::Severity>(1 + (i * 7) % 4);
    r.ownerTeam = i % 5 == 4 ? core::OwnerTeam::CustomerService : core::OwnerTeam::Operations;
    r.orderRef = QStringLiteral("WC-%1").arg(100000 + i);
    r.sku = QString::fromLatin1(kSkus[i % 7]);
    r.facility = QString::fromLatin1(kFacilities[i % 3]);
    r.signature = QStringLiteral("%1:%2").arg(core::toString(type), r.sku);
    switch (type) {
    case core::ExceptionType::SkuMismatch:
        r.reason = QStringLiteral("SKU %1 is not in the WMS item master; %2 open orders contain it")
                       .arg(r.sku)
                       .arg(3 + i % 11);
        r.suggestedAction = QStringLiteral("Map the storefront SKU to a WMS item, then retry.");
        break;
    case core::ExceptionType::StuckPending:
    case core::ExceptionType::CancellationPastCutoff:
        r.reason = QStringLiteral("Paid %1 h ago and not acknowledged by the WMS at %2").arg(2 + i % 9).arg(r.facility);
        r.suggestedAction = QStringLiteral("Check the order in the WMS; retry to send it again.");
        break;
    default:
        r.reason = QStringLiteral("No stock of %1 at %2: %3 ordered, %4 available")
                       .arg(r.sku, r.facility)
                       .arg(1 + i % 4)
                       .arg(i % 2);
        r.suggestedAction = QStringLiteral("Retry after the next stock pull, or route to another facility.");
        break;
    }
    r.payload = QString::fromUtf8(QJsonDocument(
        QJsonObject{{QStringLiteral("order"), r.orderRef},
            {QStringLiteral("sku"), r.sku},
            {QStringLiteral("facility"), r.facility},
            {QStringLiteral("requested"), 1 + i % 4},
            {QStringLiteral("available"),
                i % 2}}).toJson(QJsonDocument::Compact));
    r.attempts = i % 4;
    r.firstSeen = newest.addSecs(-60LL * i);
    r.lastSeen = r.firstSeen.addSecs(60LL * (i % 17));
    r.slaDue = r.firstSeen.addSecs(4 * 3600);
    r.cutoffAt = r.firstSeen.addSecs(6 * 3600);
    r.assignee = QString::fromLatin1(kPeople[i % 5]);
    r.claimedBy = i % 9 == 0 ? QStringLiteral("a.okafor") : QString();
    return r;
}

/// Inserts `count` sample records of `type` (indexes from `start`) in one transaction.
inline bool insertSamples(
    core::store::Database& db, core::ExceptionType type, int count, const QDateTime& newest, int start = 0)
{
    core::store::ExceptionRepository repo(db);
    core::store::Transaction tx(db);
    for (int i = start; i < start + count; ++i) {
        if (!repo.upsert(sampleException(type, i, newest)).ok())
            return false;
    }
    return tx.commit().ok();
}

} // namespace lockstep::test
