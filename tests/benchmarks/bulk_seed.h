// SPDX-License-Identifier: GPL-3.0-or-later
// Fast seeding for the benchmarks: the same rows the tests insert through the repositories, written with one
// prepared statement (or one INSERT ... SELECT) in one transaction while the table's secondary indexes and its
// full-text triggers are set aside, then every index built again from its own DDL and the full-text index
// rebuilt from the table. The store ends in the state the repositories would leave it in (same rows, every
// index and the trigram index populated), so what is measured after it is honest; only the seeding is faster
// (a sorted index build instead of a B-tree insert per row and index). The tests keep the ordinary upsert.
// Thread: the caller's, on its own read-write connection.
#pragma once

#include "bench_support.h"
#include "store/store.h"
#include "ui/exception_samples.h"

#include <QPair>

namespace lockstep::bench {

/// Drops `table`'s secondary indexes and triggers for its life, and creates them again (with their original
/// SQL, read from sqlite_master) when finished; `ftsTable`, when given, is then rebuilt from its content
/// table. Unique constraints of the table itself (autoindexes) stay: they are part of the table.
class DeferredIndexes
{
public:
    DeferredIndexes(core::store::Database& db, const QString& table, const QString& ftsTable = {})
        : m_db(db)
        , m_fts(ftsTable)
    {
        auto st = m_db.prepare(QStringLiteral(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ?1 AND type IN ('index', 'trigger') "
            "AND sql IS NOT NULL ORDER BY type, name"));
        if (!st.ok())
            qFatal("cannot read the schema: %s", qPrintable(st.error().toString()));
        st->bind(1, table);
        while (st->step().valueOr(false))
            m_objects.append({st->text(0) + u' ' + st->text(1), st->text(2)});
        for (const auto& [what, sql] : std::as_const(m_objects))
            must(m_db.exec(QStringLiteral("DROP %1").arg(what)), "drop");
    }
    ~DeferredIndexes()
    {
        if (!m_finished)
            finish();
    }
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    /// Builds everything again; returns the milliseconds it took.
    double finish()
    {
        m_finished = true;
        return timeMs([&] {
            for (const auto& [what, sql] : std::as_const(m_objects))
                must(m_db.exec(sql), "create again");
            if (!m_fts.isEmpty())
                must(m_db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(m_fts)), "rebuild");
        });
    }
    qsizetype count() const { return m_objects.size(); }

private:
    static void must(const core::Status& st, const char* what)
    {
        if (!st.ok())
            qFatal("bulk seeding (%s): %s", what, qPrintable(st.error().toString()));
    }

    core::store::Database& m_db;
    QString m_fts;
    QList<QPair<QString, QString>> m_objects; // "index name" / "trigger name", its CREATE statement
    bool m_finished = false;
};

/// Checks a full-text index against its content table (FTS5 'integrity-check'); for the smoke runs, where it
/// is quick, so the fast seeding keeps proving that it leaves the index complete.
inline bool ftsIntact(core::store::Database& db, const QString& ftsTable)
{
    return db.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(ftsTable)).ok();
}

/// `count` open exceptions of `type`: test::insertSamples itself (ExceptionRepository::upsert, one transaction),
/// with the exceptions' fourteen secondary indexes and the trigram index's triggers set aside meanwhile and
/// built afterwards (the unique key the upsert looks its rows up by stays).
inline void seedExceptions(core::store::Database& db, core::ExceptionType type, int count, const QDateTime& newest)
{
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB while seeding only
    DeferredIndexes deferred(db, QStringLiteral("exceptions"), QStringLiteral("exceptions_fts"));
    if (!test::insertSamples(db, type, count, newest))
        qFatal("seeding the exceptions failed");
    deferred.finish();
}

/// `count` WooCommerce orders placed one second apart from `first`, each acknowledged by the WMS with another
/// total, so each is one row of the discrepancy report's totals mismatches: storefront totals of items -
/// discount + shipping + tax as test::addFinanceOrder makes them, WMS totals that differ by the shipping, the tax
/// or an unexplained amount, and facilities, statuses and times varied. Rows as OrderRepository and
/// WmsOrderRepository write them (the columns the intake fills, NOT NULL defaults elsewhere), written by one
/// INSERT ... SELECT each over a counter, with both tables' secondary indexes built afterwards.
inline void seedTotalsMismatches(core::store::Database& db, int count, const QDateTime& first)
{
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB while seeding only
    DeferredIndexes orders(db, QStringLiteral("orders"));
    DeferredIndexes wms(db, QStringLiteral("wms_orders"));
    core::store::Transaction tx(db);
    const auto run = [&](const char* sql) {
        auto st = db.prepare(QString::fromLatin1(sql));
        if (!st.ok())
            qFatal("bulk seeding: %s", qPrintable(st.error().toString()));
        st->bind(1, count).bind(2, first.toMSecsSinceEpoch());
        if (auto done = st->exec(); !done.ok())
            qFatal("bulk seeding: %s", qPrintable(done.error().toString()));
    };
    // total = items - discount (200) + shipping (500) + tax (800); 5,000 to 13,999 cents.
    run("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1) "
        "INSERT INTO orders (storefront, storefront_id, number, status, payment_state, currency, subtotal_minor, "
        "discount_minor, shipping_minor, tax_minor, total_minor, customer_name, customer_email, ship_to_country, "
        "channel, created_at, modified_at, paid_at) "
        "SELECT 'woocommerce', 100000 + i, 100000 + i, CASE i % 3 WHEN 0 THEN 'completed' ELSE 'processing' END, "
        "'paid', 'USD', 5000 + i % 9000 - 1100, 200, 500, 800, 5000 + i % 9000, 'Example Customer', "
        "'buyer' || (100000 + i) || '@example.com', 'US', 'web', ?2 + i * 1000, ?2 + i * 1000 + 120000, "
        "?2 + i * 1000 + 120000 FROM n");
    // The WMS holds the total less the shipping, less the tax, or 37 cents more (unexplained).
    run("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1) "
        "INSERT INTO wms_orders (reference, wms_id, number, status, facility, currency, total_minor, ordered_units, "
        "allocated_units, back_ordered_units, shipped_units, first_seen, updated_at) "
        "SELECT 'woocommerce:' || (100000 + i), '88' || (100000 + i), 'SO-' || (100000 + i), "
        "CASE i % 2 WHEN 0 THEN 'Ship Complete' ELSE 'Released' END, "
        "CASE i % 3 WHEN 0 THEN 'DAL-1' WHEN 1 THEN 'RNO-2' ELSE 'ATL-3' END, 'USD', "
        "5000 + i % 9000 - CASE i % 3 WHEN 0 THEN 500 WHEN 1 THEN 800 ELSE -37 END, 5, 5, 0, "
        "CASE i % 2 WHEN 0 THEN 5 ELSE 0 END, ?2 + i * 1000 + 600000, ?2 + i * 1000 + 600000 FROM n");
    if (!tx.commit().ok())
        qFatal("bulk seeding: the commit failed");
    orders.finish();
    wms.finish();
}

} // namespace lockstep::bench
