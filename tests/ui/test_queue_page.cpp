// SPDX-License-Identifier: GPL-3.0-or-later
// The queue page on the offscreen platform over a real database: a 100,000-row queue opened and
// walked to its end by keyboard inside a bounded window, debounced search, sorting, selection kept
// across a refresh, action requests carrying the selection, the detail panel, saved views, the
// header layout, the empty state, and a screenshot for people to look at.
#include "exception_samples.h"
#include "queue_window.h"
#include "queues/queue_detail_panel.h"
#include "queues/queue_page.h"
#include "queues/queue_table_model.h"
#include "queues/queue_table_view.h"
#include "store/audit_repository.h"
#include "support.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace lockstep;
using namespace lockstep::core;
using lockstep::ui::ExceptionRef;
using lockstep::ui::QueuePage;
using lockstep::ui::QueueTableModel;

namespace {

const QDateTime kNewest = test::utc("2026-11-23T12:00:00Z");

/// The page's own read-only connection, as the main window opens it.
struct Reader
{
    explicit Reader(const QString& path)
        : db(store::openStore(path, store::Database::Mode::ReadOnly).value())
    {}
    store::Database db;
};

qint64 idOfSample(store::Database& db, ExceptionType type, int i)
{
    store::ExceptionRepository repo(db);
    return repo.findBySubject(type, QStringLiteral("woocommerce:%1").arg(100000 + i)).value().value().id;
}

qint64 currentId(const QueuePage& page)
{
    return page.view()->currentIndex().data(QueueTableModel::IdRole).toLongLong();
}

QSet<qint64> idsOf(const QList<ExceptionRef>& refs)
{
    QSet<qint64> ids;
    for (const ExceptionRef& r : refs)
        ids.insert(r.id);
    return ids;
}

void showPage(QueuePage& page)
{
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(test::settled(page));
    QVERIFY(page.model()->isLoaded());
}

/// A key on the page's table, and the page it asked for (a jump, the page before or after) read in.
void press(QueuePage& page, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(page.view(), key, modifiers);
    QVERIFY(test::settled(page));
}

} // namespace

class TestQueuePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_big; // 100,000 failed allocations

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_queue_page"));
        qRegisterMetaType<QList<ExceptionRef>>();
        m_big = std::make_unique<test::TempStore>();
        QVERIFY(test::insertSamples(m_big->db, ExceptionType::FailedAllocation, 100000, kNewest));
    }

    void init() { QSettings().clear(); }

    void opensAHundredThousandRowsAndWalksToTheEndInABoundedWindow()
    {
        Reader reader(m_big->path);
        QueuePage page(reader.db, ExceptionType::FailedAllocation);
        int most = 0;
        const auto track = [&] { most = std::max(most, page.model()->rowCount()); };
        connect(page.model(), &QAbstractItemModel::rowsInserted, this, track);
        connect(page.model(), &QAbstractItemModel::modelReset, this, track);
        showPage(page);
        QTRY_COMPARE(page.model()->totalCount(), 100000);
        QVERIFY(page.statusText().startsWith(QStringLiteral("200 of 100,000 shown · Open")));
        QCOMPARE(page.model()->rowCount(), QueueTableModel::kPageSize);

        page.view()->setFocus();
        press(page, Qt::Key_Home, Qt::ControlModifier); // the first row becomes current
        QCOMPARE(currentId(page), idOfSample(m_big->db, ExceptionType::FailedAllocation, 99999));

        press(page, Qt::Key_End, Qt::ControlModifier);
        const QModelIndex last = page.view()->currentIndex();
        QCOMPARE(last.row(), page.model()->rowCount() - 1);
        QCOMPARE(currentId(page), idOfSample(m_big->db, ExceptionType::FailedAllocation, 0));
        QVERIFY(page.view()->viewport()->rect().contains(page.view()->visualRect(last)));
        QVERIFY(page.model()->windowEndsAtLastRow());

        // Walking up from the top of that window reads the page before it; the cursor stays on its record.
        for (int i = 0; i < QueueTableModel::kPageSize; ++i)
            press(page, Qt::Key_Up);
        QCOMPARE(currentId(page), idOfSample(m_big->db, ExceptionType::FailedAllocation, QueueTableModel::kPageSize));
        QCOMPARE(page.model()->rowCount(), 2 * QueueTableModel::kPageSize);
        QVERIFY(page.view()->viewport()->rect().contains(page.view()->visualRect(page.view()->currentIndex())));

        // Page Down to the end of the window and on: the window slides, it does not grow without bound.
        for (int i = 0; i < 400; ++i)
            press(page, Qt::Key_PageDown);
        QCOMPARE(currentId(page), idOfSample(m_big->db, ExceptionType::FailedAllocation, 0));

        press(page, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(page.view()->currentIndex().row(), 0);
        QCOMPARE(currentId(page), idOfSample(m_big->db, ExceptionType::FailedAllocation, 99999));
        // Page by page through more rows than the window holds: the cursor only ever moves forward, one
        // screen at a time, while pages are appended at the end and dropped at the front.
        int sample = 99999;
        for (int i = 0; i < 200; ++i) {
            press(page, Qt::Key_PageDown);
            const int now = page.model()->record(page.view()->currentIndex().row()).subjectKey.mid(12).toInt() - 100000;
            QVERIFY2(now < sample && sample - now < 50, qPrintable(QStringLiteral("%1 after %2").arg(now).arg(sample)));
            sample = now;
            QVERIFY(page.view()->viewport()->rect().contains(page.view()->visualRect(page.view()->currentIndex())));
        }
        QVERIFY(!page.model()->windowStartsAtFirstRow());
        QVERIFY(page.model()->rowCount() <= QueueTableModel::kMaxRows);

        // Dragging the scroll bar to its end reads on; the record at the top stays at the top while the
        // window appends a page and drops one at the front.
        press(page, Qt::Key_Home, Qt::ControlModifier);
        QScrollBar* bar = page.view()->verticalScrollBar();
        // Scrolling is per item: the scroll value is the top row (at the very end Qt shows a partial row above it).
        const auto topId = [&] {
            return page.model()->index(bar->value(), 0).data(QueueTableModel::IdRole).toLongLong();
        };
        for (int i = 0; i < 20; ++i) {
            const qint64 expected = page.model()->index(bar->maximum(), 0).data(QueueTableModel::IdRole).toLongLong();
            bar->setValue(bar->maximum());
            QVERIFY(test::settled(page));
            QCOMPARE(topId(), expected);
            QTRY_VERIFY(bar->value() < bar->maximum()); // the view has laid out the rows that came in
            QCOMPARE(topId(), expected);
        }
        QVERIFY(!page.model()->windowStartsAtFirstRow());
        // And back up: reaching the top of the window reads the page before it, the top record staying put.
        for (int i = 0; i < 20 && !page.model()->windowStartsAtFirstRow(); ++i) {
            const qint64 expected = page.model()->index(0, 0).data(QueueTableModel::IdRole).toLongLong();
            bar->setValue(0);
            QVERIFY(test::settled(page));
            QCOMPARE(topId(), expected);
        }
        QVERIFY(page.model()->windowStartsAtFirstRow());
        QVERIFY2(most <= QueueTableModel::kMaxRows + QueueTableModel::kPageSize, qPrintable(QString::number(most)));
        QVERIFY(most > QueueTableModel::kPageSize);
    }

    void searchIsDebouncedAndFiltersInTheStore()
    {
        Reader reader(m_big->path);
        QueuePage page(reader.db, ExceptionType::FailedAllocation);
        showPage(page);
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(page.filterBar()->searchField(), QStringLiteral("MUG-350"));
        QCOMPARE(resets.size(), 0); // nothing read while typing
        QTRY_COMPARE(resets.size(), 1);
        QTRY_COMPARE(page.model()->totalCount(), 14286); // i % 7 == 2
        QVERIFY(page.statusText().contains(QStringLiteral("“MUG-350”")));
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->record(r).sku, QStringLiteral("MUG-350-WHT"));

        ui::QueueFilterState state = page.filterBar()->filterState();
        state.facility = QStringLiteral("ATL-3");
        state.owner = OwnerTeam::CustomerService;
        page.filterBar()->setFilterState(state);
        QVERIFY(test::settled(page));
        QCOMPARE(resets.size(), 2);
        QTRY_COMPARE(page.model()->totalCount(), 952); // and i % 3 == 2 and i % 5 == 4
    }

    void sortsByIndexedColumnsOnly()
    {
        Reader reader(m_big->path);
        QueuePage page(reader.db, ExceptionType::FailedAllocation);
        showPage(page);
        QueueTableModel* m = page.model();
        QHeaderView* header = page.view()->horizontalHeader();
        const int severity = m->sectionOf(QueueTableModel::Column::Severity);
        page.view()->sortByColumn(severity, Qt::DescendingOrder);
        QVERIFY(test::settled(page));
        QCOMPARE(m->index(0, 0).data(QueueTableModel::SeverityRole).toInt(), int(Severity::Critical));
        QCOMPARE(m->index(m->rowCount() - 1, 0).data(QueueTableModel::SeverityRole).toInt(), int(Severity::Critical));

        // A click on the reason header changes nothing, and the indicator stays where the order is.
        const int reason = m->sectionOf(QueueTableModel::Column::Reason);
        QSignalSpy resets(m, &QAbstractItemModel::modelReset);
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(reason) + 10, 5));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(header->sortIndicatorSection(), severity);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void selectionSurvivesARefreshWithNewRows()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::FailedAllocation, 300, kNewest));
        Reader reader(s.path);
        QueuePage page(reader.db, ExceptionType::FailedAllocation);
        page.view()->sortByColumn(page.model()->sectionOf(QueueTableModel::Column::Age), Qt::AscendingOrder);
        showPage(page);
        QCOMPARE(currentId(page), 0);
        page.view()->setFocus();
        page.view()->selectRow(20);
        press(page, Qt::Key_Down, Qt::ShiftModifier);
        press(page, Qt::Key_Down, Qt::ShiftModifier);
        const QList<ExceptionRef> before = page.selectedRefs();
        QCOMPARE(before.size(), 3);
        page.view()->verticalScrollBar()->setValue(15);
        const qint64 top =
            page.model()->index(page.view()->firstVisibleRow(), 0).data(QueueTableModel::IdRole).toLongLong();

        // The engine reports ten newer exceptions; they sort above the selection.
        QVERIFY(test::insertSamples(s.db, ExceptionType::FailedAllocation, 10, kNewest.addSecs(2000 * 60), 2000));
        page.refresh();
        QVERIFY(test::settled(page));
        QTRY_COMPARE(page.model()->totalCount(), 310);
        QCOMPARE(page.selectedRefs(), before);
        QCOMPARE(page.view()->currentIndex().row(), 22 + 10);
        QCOMPARE(
            page.model()->index(page.view()->firstVisibleRow(), 0).data(QueueTableModel::IdRole).toLongLong(), top);
    }

    void actionsCarryTheSelectedIdsAndVersions()
    {
        Reader reader(m_big->path);
        QueuePage page(reader.db, ExceptionType::FailedAllocation);
        showPage(page);
        QSignalSpy retries(&page, &QueuePage::retryRequested);
        QSignalSpy claims(&page, &QueuePage::claimRequested);
        for (auto a : {QueuePage::Action::Retry,
                 QueuePage::Action::Edit,
                 QueuePage::Action::Acknowledge,
                 QueuePage::Action::Assign,
                 QueuePage::Action::Claim,
                 QueuePage::Action::OpenOrder})
            QVERIFY(!page.action(a)->isEnabled());
        page.view()->setFocus();
        press(page, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(retries.size(), 0);

        // Fifty rows by keyboard: the first, then Shift+Down 49 times.
        press(page, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 49; ++i)
            press(page, Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(page.action(QueuePage::Action::Retry)->isEnabled());
        QVERIFY(page.statusText().endsWith(QStringLiteral("50 selected")));
        press(page, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(retries.size(), 1);
        const auto refs = retries.at(0).at(0).value<QList<ExceptionRef>>();
        QCOMPARE(refs.size(), 50);
        QSet<qint64> expected;
        for (int r = 0; r < 50; ++r)
            expected.insert(page.model()->index(r, 0).data(QueueTableModel::IdRole).toLongLong());
        QCOMPARE(idsOf(refs), expected);
        QCOMPARE(refs.first().version, 1);

        page.action(QueuePage::Action::Claim)->trigger();
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims.at(0).at(0).value<QList<ExceptionRef>>(), refs);

        // Return on a row opens its order.
        QSignalSpy opens(&page, &QueuePage::openOrderRequested);
        press(page, Qt::Key_Return);
        QCOMPARE(opens.size(), 1);
        QCOMPARE(opens.at(0).at(1).toString(), page.model()->record(49).orderRef);
    }

    void theDetailPanelFollowsTheCurrentRow()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::SkuMismatch, 3, kNewest));
        const qint64 id = idOfSample(s.db, ExceptionType::SkuMismatch, 1);
        Reader reader(s.path);
        QueuePage page(reader.db, ExceptionType::SkuMismatch);
        showPage(page);
        QCOMPARE(page.detailPanel()->recordId(), 0);
        page.view()->setCurrentIndex(page.model()->index(page.model()->rowOfId(id), 0));
        QCOMPARE(page.detailPanel()->recordId(), id);
        QCOMPARE(page.detailPanel()->reasonText(),
            QStringLiteral("SKU HOODIE-L-GRY is not in the WMS item master; 4 open orders contain it"));
        page.filterBar()->searchField()->setText(QStringLiteral("no such thing"));
        QTRY_COMPARE(page.detailPanel()->recordId(), 0);
    }

    void savedViewsAndHeaderLayoutOutliveThePage()
    {
        test::TempStore s;
        QVERIFY(test::insertSamples(s.db, ExceptionType::StuckPending, 30, kNewest));
        Reader reader(s.path);
        const int cutoff = [&] {
            QueueTableModel m(reader.db, ExceptionType::StuckPending);
            return m.sectionOf(QueueTableModel::Column::Cutoff);
        }();
        {
            QueuePage page(reader.db, ExceptionType::StuckPending);
            showPage(page);
            ui::QueueFilterState state;
            state.facility = QStringLiteral("DAL-1");
            state.age = ui::AgeBucket::FourHours;
            page.filterBar()->setFilterState(state);
            page.saveView(QStringLiteral("Dallas, late"));
            page.view()->horizontalHeader()->resizeSection(cutoff, 311);
        }
        QueuePage again(reader.db, ExceptionType::StuckPending);
        QCOMPARE(again.view()->horizontalHeader()->sectionSize(cutoff), 311);
        QCOMPARE(again.savedViewNames(), QStringList{QStringLiteral("Dallas, late")});
        QVERIFY(again.applyView(QStringLiteral("Dallas, late")));
        QCOMPARE(again.filterBar()->filterState().facility, QStringLiteral("DAL-1"));
        QCOMPARE(again.filterBar()->filterState().age, ui::AgeBucket::FourHours);
        QVERIFY(!again.applyView(QStringLiteral("Nowhere")));
        // Other queues keep their own.
        QueuePage other(reader.db, ExceptionType::FailedAllocation);
        QVERIFY(other.savedViewNames().isEmpty());
    }

    void anEmptyQueueSaysSoInPlainWords()
    {
        test::TempStore s;
        Reader reader(s.path);
        QueuePage page(reader.db, ExceptionType::TotalsMismatch);
        showPage(page);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.statusText(), QStringLiteral("0 of 0 shown · Open")); // an empty first page is the count
        QCOMPARE(page.view()->emptyText(), QStringLiteral("Nothing open here. Every record of this kind is in step."));
        page.filterBar()->searchField()->setText(QStringLiteral("DAL"));
        QTRY_VERIFY(page.view()->emptyText().startsWith(QStringLiteral("Nothing matches these filters.")));
    }

    void screenshots()
    {
        test::TempStore s;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(test::insertSamples(s.db, ExceptionType::CancellationPastCutoff, 400, now.addSecs(-300)));
        store::AuditRepository audit(s.db);
        store::AuditEntry e;
        e.at = now.addSecs(-120);
        e.actor = QStringLiteral("engine");
        e.action = QStringLiteral("exception.retry");
        e.subjectType = QStringLiteral("exception");
        e.subjectId = QString::number(idOfSample(s.db, ExceptionType::CancellationPastCutoff, 399));
        e.note = QStringLiteral("WMS refused: order is Released");
        LOCKSTEP_VERIFY_OK(audit.append(e));
        Reader reader(s.path);
        const QDir dir(QStringLiteral(LOCKSTEP_SCREENSHOT_DIR));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        {
            QueuePage page(reader.db, ExceptionType::CancellationPastCutoff);
            showPage(page);
            page.view()->setFocus();
            press(page, Qt::Key_Home, Qt::ControlModifier);
            for (int i = 0; i < 3; ++i)
                press(page, Qt::Key_Down, Qt::ShiftModifier);
            QTRY_COMPARE(page.model()->totalCount(), 400);
            const QImage image = page.grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.save(dir.filePath(QStringLiteral("queue_page.png"))));
        }
        QueuePage empty(reader.db, ExceptionType::InventoryDrift);
        showPage(empty);
        QCOMPARE(empty.statusText(), QStringLiteral("0 of 0 shown · Open"));
        QVERIFY(empty.grab().toImage().save(dir.filePath(QStringLiteral("queue_page_empty.png"))));
    }
};

QTEST_MAIN(TestQueuePage)
#include "test_queue_page.moc"
