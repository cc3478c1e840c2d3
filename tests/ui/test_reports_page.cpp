// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page on the offscreen platform, over a real store: the preview shows the report's first rows
// with the chosen columns, the chart holds the daily reconciliation's series, an export runs in the worker to
// a finished file and offers to open it, and a cancelled export leaves no file behind.
#include "common/desktop_opener.h"
#include "common/file_dialogs.h"
#include "csv_reader.h"
#include "export_checks.h"
#include "finance_seed.h"
#include "reports/reports_page.h"
#include "shell/language.h"
#include "support.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace lockstep;
using namespace lockstep::core;
using namespace lockstep::test;

namespace {

QStringList column(const QTableWidget* table, int c)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out.append(table->item(r, c) ? table->item(r, c)->text() : QString());
    return out;
}

QList<qreal> valuesOf(const QBarSet* set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out.append(set->at(i));
    return out;
}

/// The daily reconciliation of 2 and 3 November on screen: three rows (day 2 in two currencies).
void showReconciliation(ui::ReportsPage& page)
{
    page.setRange(QDate(2026, 11, 2), QDate(2026, 11, 3));
    page.setReport(reports::ReportKind::Reconciliation);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.preview()->rowCount() == 3, 30000);
}

/// The reconciliation of the whole of November on screen, for an export.
void showNovember(ui::ReportsPage& page)
{
    page.setRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
    page.setReport(reports::ReportKind::Reconciliation);
    page.show();
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewShowsTheFirstRowsWithTheChosenColumns()
    {
        TempStore store;
        seedFinance(store.db);
        ui::ReportsPage page(store.path);
        page.setRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
        page.setReport(reports::ReportKind::Discrepancies);
        QSignalSpy shown(&page, &ui::ReportsPage::previewShown);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.preview()->rowCount() == 5, 30000);
        QCOMPARE(page.preview()->columnCount(), int(reports::reportColumns(reports::ReportKind::Discrepancies).size()));
        QCOMPARE(column(page.preview(), 0),
            (QStringList{QStringLiteral("totals_mismatch"),
                QStringLiteral("shipped_not_confirmed"),
                QStringLiteral("cancelled_but_shipped"),
                QStringLiteral("refunded_without_return"),
                QStringLiteral("stock_drift")}));

        // Columns are named in people's words; the key stays behind each.
        QCOMPARE(page.preview()->horizontalHeaderItem(0)->text(), QStringLiteral("Kind"));
        QCOMPARE(page.columnList()->item(0)->text(), QStringLiteral("Kind"));
        for (int c = 0; c < page.preview()->columnCount(); ++c)
            QVERIFY2(!page.preview()->horizontalHeaderItem(c)->text().contains(u'_'),
                qPrintable(page.preview()->horizontalHeaderItem(c)->text()));

        // One kind, two columns.
        page.filterBox()->setCurrentIndex(page.filterBox()->findData(QStringLiteral("refunded_without_return")));
        for (int i = 0; i < page.columnList()->count(); ++i) {
            QListWidgetItem* item = page.columnList()->item(i);
            const QString key = item->data(Qt::UserRole).toString();
            const bool keep = key == QLatin1String("order") || key == QLatin1String("storefront_total");
            item->setCheckState(keep ? Qt::Checked : Qt::Unchecked);
        }
        shown.clear();
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QCOMPARE(page.preview()->columnCount(), 2);
        QCOMPARE(page.preview()->horizontalHeaderItem(0)->text(), QStringLiteral("Order"));
        QCOMPARE(page.preview()->horizontalHeaderItem(1)->text(), QStringLiteral("Storefront total"));
        QCOMPARE(column(page.preview(), 0), QStringList{QStringLiteral("9004")});
        QCOMPARE(column(page.preview(), 1), QStringList{QStringLiteral("25.00")});
    }

    void chartHoldsTheDailyReconciliation()
    {
        TempStore store;
        seedFinance(store.db);
        ui::ReportsPage page(store.path);
        showReconciliation(page);
        QBarSeries* series = page.chartSeries();
        QCOMPARE(series->count(), 3);
        const auto sets = series->barSets();
        QCOMPARE(sets[0]->label(), QStringLiteral("Sold"));
        QCOMPARE(sets[1]->label(), QStringLiteral("Shipped"));
        QCOMPARE(sets[2]->label(), QStringLiteral("Cancelled or refunded"));
        QCOMPARE(valuesOf(sets[0]), (QList<qreal>{7, 3}));
        QCOMPARE(valuesOf(sets[1]), (QList<qreal>{6, 1}));
        QCOMPARE(valuesOf(sets[2]), (QList<qreal>{1, 1}));
        auto* days = qobject_cast<QBarCategoryAxis*>(page.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(days);
        QCOMPARE(days->categories(), (QStringList{QStringLiteral("11-02"), QStringLiteral("11-03")}));

        // Double-clicking a cell shows the orders behind it; the chart stays on the days.
        QSignalSpy shown(&page, &ui::ReportsPage::previewShown);
        const int shippedValue = int(reports::reportColumns(reports::ReportKind::Reconciliation).size()) - 7;
        QCOMPARE(page.preview()->horizontalHeaderItem(shippedValue)->text(), QStringLiteral("Shipped (value)"));
        // (As the table emits it on a double click; offscreen windows get no real double clicks.)
        Q_EMIT page.preview()->cellDoubleClicked(0, shippedValue);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QCOMPARE(page.preview()->rowCount(), 6); // the six USD orders of 11-02 that shipped
        QCOMPARE(page.preview()->horizontalHeaderItem(2)->text(), QStringLiteral("Bucket"));
        QCOMPARE(column(page.preview(), 2), QStringList(6, QStringLiteral("shipped")));
        QCOMPARE(valuesOf(page.chartSeries()->barSets()[0]), (QList<qreal>{7, 3}));
    }

    void previewFollowsTheControlsWithoutPressingPreview()
    {
        TempStore store;
        seedFinance(store.db);
        ui::ReportsPage page(store.path);
        showReconciliation(page);
        page.setRange(QDate(2026, 11, 2), QDate(2026, 11, 2));
        QTRY_VERIFY_WITH_TIMEOUT(page.preview()->rowCount() == 1, 30000);
    }

    void containsBoxShowsOnlyForTheAuditLog()
    {
        TempStore store;
        ui::ReportsPage page(store.path);
        page.show();
        for (int k = 0; k < reports::kReportKindCount; ++k) {
            const auto kind = static_cast<reports::ReportKind>(k);
            page.setReport(kind);
            QCOMPARE(page.containsField()->isVisibleTo(&page), kind == reports::ReportKind::Audit);
        }
    }

    void drillDownSaysHowManyOrdersTheCellCountedNotHowManyItShows()
    {
        TempStore store;
        seedFinance(store.db);
        ui::ReportsPage page(store.path);
        page.setPreviewRowLimit(4);
        showReconciliation(page);
        QSignalSpy shown(&page, &ui::ReportsPage::previewShown);
        const int shippedValue = int(reports::reportColumns(reports::ReportKind::Reconciliation).size()) - 7;
        Q_EMIT page.preview()->cellDoubleClicked(0, shippedValue);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QCOMPARE(page.preview()->rowCount(), 4); // the preview's cap
        const QString note = page.findChild<QLabel*>(QStringLiteral("previewNote"))->text();
        QVERIFY2(note.startsWith(QLatin1String("6 order")) && note.contains(QLatin1String("the first 4 shown"))
                && note.contains(QLatin1String("(shipped)")),
            qPrintable(note));
    }

    void exportFinishesAndOffersToOpenTheFile()
    {
        TempStore store;
        seedFinance(store.db);
        ui::ReportsPage page(store.path);
        showNovember(page);
        QList<QUrl> opened;
        ui::DesktopOpener::setHook([&opened](const QUrl& url) {
            opened.append(url);
            return true;
        });
        const QString target = store.dir.filePath(QStringLiteral("out/reconciliation.xlsx"));
        ui::FileDialogs::setNextFileName(target);
        QSignalSpy ended(&page, &ui::ReportsPage::exportEnded);
        page.startExport(reports::ExportFormat::Xlsx);
        QVERIFY(page.isExporting());
        QVERIFY(page.cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000);
        QCOMPARE(ended.takeFirst().at(0).toBool(), true);
        QVERIFY(!page.isExporting());
        QVERIFY(QFile::exists(target));
        QVERIFY(QFile::exists(target + QStringLiteral(".manifest.json")));
        QCOMPARE(page.progressBar()->value(), page.progressBar()->maximum());
        QVERIFY(page.statusLabel()->text().contains(QLatin1String("13 row(s) exported"))); // 3 days + 10 orders
        QVERIFY(page.openFileButton()->isVisible());
        QTest::mouseClick(page.openFileButton(), Qt::LeftButton);
        QTest::mouseClick(page.openFolderButton(), Qt::LeftButton);
        QCOMPARE(
            opened, (QList<QUrl>{QUrl::fromLocalFile(target), QUrl::fromLocalFile(QFileInfo(target).absolutePath())}));
        ui::DesktopOpener::setHook({});

        // A dialog answered with Cancel starts nothing.
        ui::FileDialogs::setNextFileName(QString());
        page.startExport(reports::ExportFormat::Csv);
        QVERIFY(!page.isExporting());
    }

    void exportsFromTheConsoleHaveHeadersInWordsOfItsLanguage()
    {
        // Finance opens these in a spreadsheet: "Sold (orders)", not sales_count (the command line keeps the names).
        TempStore store;
        seedFinance(store.db);
        ui::ReportsPage page(store.path);
        showNovember(page);
        const auto exportTo = [&](const QString& name, reports::ExportFormat format) {
            const QString target = store.dir.filePath(name);
            ui::FileDialogs::setNextFileName(target);
            QSignalSpy ended(&page, &ui::ReportsPage::exportEnded);
            page.startExport(format);
            if (!QTest::qWaitFor([&] { return !ended.isEmpty(); }, 60000) || !ended.constFirst().at(0).toBool())
                return QString();
            return target;
        };

        const QString csv = exportTo(QStringLiteral("reconciliation.csv"), reports::ExportFormat::Csv);
        QVERIFY(!csv.isEmpty());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvParse parsed = readStrictCsv(file.readAll());
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records.constFirst().mid(0, 4),
            (QStringList{QStringLiteral("Day"),
                QStringLiteral("Currency"),
                QStringLiteral("Sold (orders)"),
                QStringLiteral("Sold (value)")}));
        QCOMPARE(parsed.records.size(), 4); // the header and three days: the rows themselves are as before

        // The workbook, both sheets: the days and the orders behind them.
        const QString xlsx = exportTo(QStringLiteral("reconciliation.xlsx"), reports::ExportFormat::Xlsx);
        QVERIFY(!xlsx.isEmpty());
        // Constant-memory workbooks hold their strings inline, in each sheet.
        const QByteArray strings = unzipMember(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"))
            + unzipMember(xlsx, QStringLiteral("xl/worksheets/sheet2.xml"));
        QVERIFY(strings.contains("Sold (orders)"));
        QVERIFY(strings.contains("Storefront order id"));
        QVERIFY(!strings.contains("sales_count"));
        QVERIFY(!strings.contains("storefront_order_id"));

        // In German, German headers.
        QCOMPARE(ui::applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
        const QString sold = ui::ReportsPage::columnTitle(QStringLiteral("sales_count"));
        const QString german = exportTo(QStringLiteral("abgleich.csv"), reports::ExportFormat::Csv);
        ui::applyLanguage(QStringLiteral("en"));
        QVERIFY(sold != QLatin1String("Sold (orders)") && sold != QLatin1String("sales_count"));
        QVERIFY(!german.isEmpty());
        QFile germanFile(german);
        QVERIFY(germanFile.open(QIODevice::ReadOnly));
        QCOMPARE(readStrictCsv(germanFile.readAll()).records.constFirst().value(2), sold);
    }

    void cancelledExportLeavesNoFile()
    {
        TempStore store;
        lockstep::test::seedAuditRows(store.db, 400000, 5000);
        ui::ReportsPage page(store.path);
        page.setRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
        page.setReport(reports::ReportKind::Audit);
        page.show();
        const QString folder = store.dir.filePath(QStringLiteral("exports"));
        QDir().mkpath(folder);
        ui::FileDialogs::setNextFileName(folder + QStringLiteral("/audit.csv"));
        QSignalSpy ended(&page, &ui::ReportsPage::exportEnded);
        // Cancel as soon as the first rows are written, as a person pressing Cancel part-way.
        QMetaObject::Connection onProgress;
        onProgress = connect(&page, &ui::ReportsPage::exportProgressed, &page, [&] {
            disconnect(onProgress);
            QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
        });
        page.startExport(reports::ExportFormat::Csv);
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 120000);
        QCOMPARE(ended.takeFirst().at(0).toBool(), false);
        QVERIFY(page.statusLabel()->text().contains(QLatin1String("cancelled")));
        QVERIFY2(filesIn(folder).isEmpty(), qPrintable(filesIn(folder).join(u',')));
        QCOMPARE(page.progressBar()->value(), 0);
    }
};

QTEST_MAIN(TestReportsPage)
#include "test_reports_page.moc"
