// SPDX-License-Identifier: GPL-3.0-or-later
// The queue model over a real database: the text it shows, keyset paging into a bounded window in both
// directions, sorting and filtering in SQL as one reset each, and refresh keeping persistent indexes.
#include "exception_samples.h"
#include "queue_window.h"
#include "queues/queue_table_model.h"
#include "support.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lockstep;
using namespace lockstep::core;
using lockstep::ui::QueueTableModel;

namespace {

const QDateTime kNewest = test::utc("2026-11-23T12:00:00Z");

QStringList dump(const QAbstractItemModel& model, int rows)
{
    QStringList lines;
    for (int r = 0; r < std::min(rows, model.rowCount()); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}

qint64 idAt(const QueueTableModel& model, int row)
{
    return model.index(row, 0).data(QueueTableModel::IdRole).toLongLong();
}

qint64 idOfSample(store::Database& db, ExceptionType type, int i)
{
    store::ExceptionRepository repo(db);
    return repo.findBySubject(type, QStringLiteral("woocommerce:%1").arg(100000 + i)).value().value().id;
}

/// A model with a tester attached before anything is loaded.
struct Fixture
{
    explicit Fixture(store::Database& db, ExceptionType type = ExceptionType::FailedAllocation)
        : model(db, type)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        model.setClock(&clock);
    }
    ManualClock clock{kNewest.addSecs(30 * 60)};
    QueueTableModel model;
    QAbstractItemModelTester tester;
};

} // namespace

class TestQueueTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_big; // 5,000 failed allocations, 20 SKU mismatches

private Q_SLOTS:
    void initTestCase()
    {
        m_big = std::make_unique<test::TempStore>();
        QVERIFY(test::insertSamples(m_big->db, ExceptionType::FailedAllocation, 5000, kNewest));
        QVERIFY(test::insertSamples(m_big->db, ExceptionType::SkuMismatch, 20, kNewest));
    }

    void showsFormattedRowsOldestFirst()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::FailedAllocation, 5, kNewest));
        Fixture f(s.db);
        f.model.reload();
        QVERIFY(test::settled(f.model));
        QCOMPARE(f.model.rowCount(), 5);
        QTRY_COMPARE(f.model.totalCount(), 5);
        const QStringList expected{
            QStringLiteral("Low | WC-100004 | SOCK-3PK-BLK | RNO-2 | No stock of SOCK-3PK-BLK at RNO-2: 1 ordered, 0 "
                           "available | Customer service | 34 min | 0 | 2026-11-23 12:00 | a.okafor | "),
            QStringLiteral("Medium | WC-100003 | CAP-OS-NVY | DAL-1 | No stock of CAP-OS-NVY at DAL-1: 4 ordered, 1 "
                           "available | Operations | 33 min | 3 | 2026-11-23 12:00 | j.moreno | "),
            QStringLiteral("High | WC-100002 | MUG-350-WHT | ATL-3 | No stock of MUG-350-WHT at ATL-3: 3 ordered, 0 "
                           "available | Operations | 32 min | 2 | 2026-11-23 12:00 |  | "),
        };
        QCOMPARE(dump(f.model, 3), expected);
        QCOMPARE(f.model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Severity"));
    }

    void columnsDependOnTheQueue()
    {
        using C = QueueTableModel::Column;
        test::TempStore s;
        QueueTableModel allocations(s.db, ExceptionType::FailedAllocation);
        QueueTableModel pending(s.db, ExceptionType::StuckPending);
        QueueTableModel cancellations(s.db, ExceptionType::CancellationPastCutoff);
        QCOMPARE(allocations.sectionOf(C::Cutoff), -1);
        QVERIFY(pending.sectionOf(C::Cutoff) >= 0);
        QVERIFY(pending.sectionOf(C::SlaDue) >= 0);
        QVERIFY(cancellations.sectionOf(C::Cutoff) >= 0);
        QCOMPARE(cancellations.columnCount(), allocations.columnCount() + 1);
    }

    void rolesCarryTypedValues()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::CancellationPastCutoff, 3, kNewest));
        Fixture f(s.db, ExceptionType::CancellationPastCutoff);
        f.model.reload();
        QVERIFY(test::settled(f.model));
        const ExceptionRecord& r = f.model.record(0);
        const auto cell = [&](QueueTableModel::Column c) { return f.model.index(0, f.model.sectionOf(c)); };
        QCOMPARE(cell(QueueTableModel::Column::Reason).data(QueueTableModel::IdRole).toLongLong(), r.id);
        QCOMPARE(cell(QueueTableModel::Column::Sku).data(QueueTableModel::VersionRole).toLongLong(), r.version);
        QCOMPARE(cell(QueueTableModel::Column::Sku).data(QueueTableModel::SeverityRole).toInt(), int(r.severity));
        QCOMPARE(cell(QueueTableModel::Column::Age).data(QueueTableModel::RawValueRole).toDateTime(), r.firstSeen);
        QCOMPARE(cell(QueueTableModel::Column::Age).data(QueueTableModel::SortRole).toLongLong(),
            r.firstSeen.toMSecsSinceEpoch());
        QCOMPARE(cell(QueueTableModel::Column::Attempts).data(QueueTableModel::RawValueRole).toInt(), r.attempts);
        // Sample 2: cutoff six hours after first seen (11:58), seen from 12:30.
        QCOMPARE(cell(QueueTableModel::Column::Cutoff).data().toString(), QStringLiteral("in 5 h 28 min"));
    }

    void pagesForwardIntoABoundedWindow()
    {
        Fixture f(m_big->db);
        int most = 0;
        QSet<qint64> seen;
        connect(&f.model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex&, int first, int last) {
            most = std::max(most, f.model.rowCount());
            for (int r = first; r <= last; ++r)
                seen.insert(idAt(f.model, r));
        });
        f.model.reload();
        QVERIFY(test::settled(f.model));
        for (int r = 0; r < f.model.rowCount(); ++r)
            seen.insert(idAt(f.model, r));
        QCOMPARE(f.model.rowCount(), QueueTableModel::kPageSize);
        QVERIFY(f.model.windowStartsAtFirstRow());
        int fetches = 0;
        while (f.model.canFetchMore({})) {
            f.model.fetchMore({});
            QVERIFY(test::settled(f.model));
            ++fetches;
        }
        QCOMPARE(fetches, 5000 / QueueTableModel::kPageSize - 1);
        QCOMPARE(seen.size(), 5000); // every row once, in order of the keyset
        QCOMPARE(most, QueueTableModel::kMaxRows + QueueTableModel::kPageSize); // before the trim of that batch
        QCOMPARE(f.model.rowCount(), QueueTableModel::kMaxRows);
        QVERIFY(!f.model.windowStartsAtFirstRow());
        QVERIFY(f.model.windowEndsAtLastRow());
        QCOMPARE(idAt(f.model, f.model.rowCount() - 1), idOfSample(m_big->db, ExceptionType::FailedAllocation, 0));

        // And back up to the first row, page by page.
        while (f.model.canFetchPrevious()) {
            f.model.fetchPrevious();
            QVERIFY(test::settled(f.model));
        }
        QVERIFY(f.model.windowStartsAtFirstRow());
        QVERIFY(!f.model.windowEndsAtLastRow());
        QCOMPARE(f.model.rowCount(), QueueTableModel::kMaxRows);
        QCOMPARE(idAt(f.model, 0), idOfSample(m_big->db, ExceptionType::FailedAllocation, 4999));
    }

    void jumpsToTheEndAndPagesBackwards()
    {
        Fixture f(m_big->db);
        f.model.reload();
        QVERIFY(test::settled(f.model));
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        f.model.jumpToEnd();
        QVERIFY(test::settled(f.model));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(f.model.rowCount(), QueueTableModel::kPageSize);
        QVERIFY(f.model.windowEndsAtLastRow());
        QVERIFY(!f.model.canFetchMore({}));
        QCOMPARE(idAt(f.model, f.model.rowCount() - 1), idOfSample(m_big->db, ExceptionType::FailedAllocation, 0));
        QCOMPARE(idAt(f.model, 0), idOfSample(m_big->db, ExceptionType::FailedAllocation, 199));
        f.model.fetchPrevious();
        QVERIFY(test::settled(f.model));
        QCOMPARE(f.model.rowCount(), 2 * QueueTableModel::kPageSize);
        QCOMPARE(idAt(f.model, 0), idOfSample(m_big->db, ExceptionType::FailedAllocation, 399));
        f.model.jumpToStart();
        QVERIFY(test::settled(f.model));
        QVERIFY(f.model.windowStartsAtFirstRow());
        QCOMPARE(idAt(f.model, 0), idOfSample(m_big->db, ExceptionType::FailedAllocation, 4999));
    }

    void sortsInTheStore()
    {
        using C = QueueTableModel::Column;
        Fixture f(m_big->db);
        f.model.reload();
        QVERIFY(test::settled(f.model));
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);

        f.model.sort(f.model.sectionOf(C::Severity), Qt::DescendingOrder);
        QVERIFY(test::settled(f.model));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(f.model.index(0, 0).data(QueueTableModel::SeverityRole).toInt(), int(Severity::Critical));
        for (int r = 1; r < f.model.rowCount(); ++r)
            QVERIFY(f.model.index(r, 0).data(QueueTableModel::SeverityRole).toInt()
                <= f.model.index(r - 1, 0).data(QueueTableModel::SeverityRole).toInt());

        f.model.sort(f.model.sectionOf(C::Order), Qt::AscendingOrder);
        QVERIFY(test::settled(f.model));
        QCOMPARE(f.model.index(0, f.model.sectionOf(C::Order)).data().toString(), QStringLiteral("WC-100000"));
        QCOMPARE(f.model.index(1, f.model.sectionOf(C::Order)).data().toString(), QStringLiteral("WC-100001"));

        // Age ascending: youngest first.
        f.model.sort(f.model.sectionOf(C::Age), Qt::AscendingOrder);
        QVERIFY(test::settled(f.model));
        QCOMPARE(idAt(f.model, 0), idOfSample(m_big->db, ExceptionType::FailedAllocation, 0));
        QCOMPARE(resets.size(), 3);

        // A column no index orders is not sortable: nothing happens.
        f.model.sort(f.model.sectionOf(C::Reason), Qt::AscendingOrder);
        QVERIFY(test::settled(f.model));
        QCOMPARE(resets.size(), 3);
        QCOMPARE(f.model.sortSection(), f.model.sectionOf(C::Age));
        QVERIFY(!QueueTableModel::isSortable(C::Reason));
    }

    void filtersReloadAsOneReset()
    {
        Fixture f(m_big->db);
        f.model.reload();
        QVERIFY(test::settled(f.model));
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        QTRY_COMPARE(f.model.totalCount(), 5000);

        store::ExceptionFilter filter = f.model.filter();
        filter.facility = QStringLiteral("DAL-1");
        f.model.setFilter(filter);
        QCOMPARE(f.model.totalCount(), -1); // counted off the UI thread
        QVERIFY(test::settled(f.model));
        QCOMPARE(resets.size(), 1);
        QTRY_COMPARE(f.model.totalCount(), 1667); // i % 3 == 0

        filter.text = QStringLiteral("MUG-350");
        f.model.setFilter(filter);
        QVERIFY(test::settled(f.model));
        QTRY_COMPARE(f.model.totalCount(), 238); // i % 3 == 0 and i % 7 == 2
        for (int r = 0; r < f.model.rowCount(); ++r)
            QCOMPARE(f.model.record(r).sku, QStringLiteral("MUG-350-WHT"));

        filter.owner = OwnerTeam::CustomerService;
        f.model.setFilter(filter);
        QVERIFY(test::settled(f.model));
        QTRY_COMPARE(f.model.totalCount(), 48); // and i % 5 == 4
        QCOMPARE(resets.size(), 3);

        QSignalSpy counts(&f.model, &QueueTableModel::totalCountChanged);
        f.model.setFilter(filter); // the same filter again reads nothing
        QVERIFY(test::settled(f.model));
        QCOMPARE(resets.size(), 3);
        QCOMPARE(counts.size(), 0);

        // The type is always the queue's.
        filter = {};
        f.model.setFilter(filter);
        QVERIFY(test::settled(f.model));
        QTRY_COMPARE(f.model.totalCount(), 5000);
    }

    void refreshKeepsPersistentIndexesOnTheirRecords()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::FailedAllocation, 50, kNewest));
        Fixture f(s.db);
        f.model.sort(f.model.sectionOf(QueueTableModel::Column::Age), Qt::AscendingOrder); // youngest first
        QVERIFY(test::settled(f.model));
        f.model.reload();
        QVERIFY(test::settled(f.model));
        const qint64 id10 = idOfSample(s.db, ExceptionType::FailedAllocation, 10);
        const qint64 id3 = idOfSample(s.db, ExceptionType::FailedAllocation, 3);
        QPersistentModelIndex tenth(f.model.index(f.model.rowOfId(id10), 2));
        QCOMPARE(tenth.row(), 10);

        // Five younger rows arrive at the top; sample 3 is acknowledged elsewhere and leaves the queue.
        QVERIFY(test::insertSamples(s.db, ExceptionType::FailedAllocation, 5, kNewest.addSecs(1005 * 60), 1000));
        QVERIFY(s.db.exec(QStringLiteral("UPDATE exceptions SET state = 'acknowledged' WHERE id = %1").arg(id3)).ok());

        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        f.model.refresh();
        QVERIFY(test::settled(f.model));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(f.model.rowCount(), 54);
        QTRY_COMPARE(f.model.totalCount(), 54);
        QVERIFY(tenth.isValid());
        QCOMPARE(tenth.row(), 10 + 5 - 1);
        QCOMPARE(tenth.data(QueueTableModel::IdRole).toLongLong(), id10);
        QCOMPARE(f.model.rowOfId(id3), -1);
    }

    void refreshFollowsARecordThatMoved()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::FailedAllocation, 10, kNewest));
        Fixture f(s.db);
        f.model.sort(f.model.sectionOf(QueueTableModel::Column::LastSeen), Qt::DescendingOrder);
        QVERIFY(test::settled(f.model));
        f.model.reload();
        QVERIFY(test::settled(f.model));
        const qint64 last = idAt(f.model, 9);
        QPersistentModelIndex p(f.model.index(9, 0));
        // Seen again just now: it moves to the top.
        QVERIFY(s.db.exec(QStringLiteral("UPDATE exceptions SET last_seen = %1 WHERE id = %2")
                              .arg(kNewest.addSecs(3600).toMSecsSinceEpoch())
                              .arg(last))
                    .ok());
        f.model.refresh();
        QVERIFY(test::settled(f.model));
        QCOMPARE(p.row(), 0);
        QCOMPARE(idAt(f.model, 0), last);
    }
};

QTEST_MAIN(TestQueueTableModel)
#include "test_queue_table_model.moc"
