// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports_page.h"

#include "common/background_reader.h"
#include "common/desktop_opener.h"
#include "common/display_format.h"
#include "common/file_dialogs.h"
#include "common/key_words.h"
#include "domain/exception_record.h"
#include "shell/appearance.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <climits>

namespace lockstep::ui {

namespace {

using core::reports::ReportKind;
using core::store::DiscrepancyKind;

constexpr int kKeyRole = Qt::UserRole;

QString reportName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Discrepancies:
        return ReportsPage::tr("Discrepancies");
    case ReportKind::Reconciliation:
        return ReportsPage::tr("Daily reconciliation");
    case ReportKind::Exceptions:
        return ReportsPage::tr("Exceptions");
    case ReportKind::Audit:
        return ReportsPage::tr("Audit log");
    }
    return {};
}

QString discrepancyName(DiscrepancyKind kind)
{
    switch (kind) {
    case DiscrepancyKind::TotalsMismatch:
        return ReportsPage::tr("Totals differ (tax, shipping, discount)");
    case DiscrepancyKind::ShippedNotConfirmed:
        return ReportsPage::tr("Shipped, storefront never told");
    case DiscrepancyKind::CancelledButShipped:
        return ReportsPage::tr("Cancelled in the storefront but shipped");
    case DiscrepancyKind::RefundedWithoutReturn:
        return ReportsPage::tr("Refunded without a return");
    case DiscrepancyKind::StockDrift:
        return ReportsPage::tr("Stock drift");
    }
    return {};
}

/// A bucket of the reconciliation as the drill-down names it.
QString bucketName(core::store::ReconciliationBucket bucket)
{
    switch (bucket) {
    case core::store::ReconciliationBucket::Sales:
        return ReportsPage::tr("sold");
    case core::store::ReconciliationBucket::Shipped:
        return ReportsPage::tr("shipped");
    case core::store::ReconciliationBucket::Cancelled:
        return ReportsPage::tr("cancelled");
    case core::store::ReconciliationBucket::Refunded:
        return ReportsPage::tr("refunded");
    case core::store::ReconciliationBucket::Open:
        return ReportsPage::tr("not yet shipped, cancelled or refunded");
    }
    return {};
}

/// A cell as the preview shows it: the text the export writes, so what is seen is what the file holds.
QString display(const core::reports::Cell& cell)
{
    return cell.kind == core::reports::CellKind::Text ? cell.text : cell.plain();
}

} // namespace

QString ReportsPage::columnTitle(const QString& key)
{
    static constexpr KeyWords kTitles[] = {
        {"action", QT_TR_NOOP("Action")},
        {"actor", QT_TR_NOOP("Who")},
        {"after", QT_TR_NOOP("After")},
        {"assignee", QT_TR_NOOP("Assignee")},
        {"at", QT_TR_NOOP("When")},
        {"attempts", QT_TR_NOOP("Attempts")},
        {"before", QT_TR_NOOP("Before")},
        {"bucket", QT_TR_NOOP("Bucket")},
        {"cancelled_count", QT_TR_NOOP("Cancelled (orders)")},
        {"cancelled_value", QT_TR_NOOP("Cancelled (value)")},
        {"carrier", QT_TR_NOOP("Carrier")},
        {"claimed_by", QT_TR_NOOP("Claimed by")},
        {"currency", QT_TR_NOOP("Currency")},
        {"day", QT_TR_NOOP("Day")},
        {"difference", QT_TR_NOOP("Difference")},
        {"difference_count", QT_TR_NOOP("Not yet closed (orders)")},
        {"difference_value", QT_TR_NOOP("Not yet closed (value)")},
        {"discount", QT_TR_NOOP("Discount")},
        {"explained_by", QT_TR_NOOP("Explained by")},
        {"facility", QT_TR_NOOP("Facility")},
        {"first_seen", QT_TR_NOOP("First seen")},
        {"id", QT_TR_NOOP("Id")},
        {"items", QT_TR_NOOP("Items")},
        {"kind", QT_TR_NOOP("Kind")},
        {"last_seen", QT_TR_NOOP("Last seen")},
        {"note", QT_TR_NOOP("Note")},
        {"order", QT_TR_NOOP("Order")},
        {"owner_team", QT_TR_NOOP("Owner")},
        {"payment_state", QT_TR_NOOP("Payment")},
        {"placed_at", QT_TR_NOOP("Placed")},
        {"reason", QT_TR_NOOP("Reason")},
        {"refunded_count", QT_TR_NOOP("Refunded (orders)")},
        {"refunded_value", QT_TR_NOOP("Refunded (value)")},
        {"sales_count", QT_TR_NOOP("Sold (orders)")},
        {"sales_value", QT_TR_NOOP("Sold (value)")},
        {"severity", QT_TR_NOOP("Severity")},
        {"shipment", QT_TR_NOOP("Shipment")},
        {"shipped_count", QT_TR_NOOP("Shipped (orders)")},
        {"shipped_value", QT_TR_NOOP("Shipped (value)")},
        {"shipping", QT_TR_NOOP("Shipping")},
        {"sku", QT_TR_NOOP("SKU")},
        {"sla_due", QT_TR_NOOP("SLA due")},
        {"state", QT_TR_NOOP("State")},
        {"storefront", QT_TR_NOOP("Storefront")},
        {"storefront_order_id", QT_TR_NOOP("Storefront order id")},
        {"storefront_status", QT_TR_NOOP("Storefront status")},
        {"storefront_total", QT_TR_NOOP("Storefront total")},
        {"subject", QT_TR_NOOP("Record")},
        {"subject_id", QT_TR_NOOP("Record id")},
        {"subject_type", QT_TR_NOOP("Record type")},
        {"suggested_action", QT_TR_NOOP("Suggested action")},
        {"tax", QT_TR_NOOP("Tax")},
        {"total", QT_TR_NOOP("Total")},
        {"tracking_number", QT_TR_NOOP("Tracking number")},
        {"type", QT_TR_NOOP("Type")},
        {"units_difference", QT_TR_NOOP("Units difference")},
        {"units_expected", QT_TR_NOOP("Units expected")},
        {"units_observed", QT_TR_NOOP("Units seen")},
        {"wms_status", QT_TR_NOOP("Warehouse status")},
        {"wms_total", QT_TR_NOOP("Warehouse total")},
    };
    return wordsFor(key, kTitles, &ReportsPage::tr);
}

ReportsPage::ReportsPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_path(databasePath)
{
    setObjectName(QStringLiteral("ReportsPage"));
    buildUi();

    m_reader = new BackgroundReader(m_path, QStringLiteral("reports"), this);
}

ReportsPage::~ReportsPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true); // an export in flight stops at its next row and removes its partial file
    delete m_reader; // waits for it while the page is whole, since the export reports to the page
    m_reader = nullptr;
}

void ReportsPage::buildUi()
{
    auto* title = new QLabel(tr("Reports"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportType"));
    for (int k = 0; k < core::reports::kReportKindCount; ++k)
        m_report->addItem(reportName(static_cast<ReportKind>(k)), k);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("reportFilter"));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Actor, action or record contains…"));
    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("reportColumns"));
    m_columns->setMaximumHeight(160);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Report:"), m_report);
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addWidget(new QLabel(tr("(UTC days, both included)"), this));
    range->addStretch(1);
    form->addRow(tr("Days:"), range);
    form->addRow(tr("Filter:"), m_filter);
    form->addRow(tr("Contains:"), m_text);
    form->addRow(tr("Columns:"), m_columns);

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportXlsx = new QPushButton(tr("Export &Excel…"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFile = new QPushButton(tr("Open the file"), this);
    m_openFolder = new QPushButton(tr("Open its folder"), this);
    m_openFile->hide();
    m_openFolder->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportXlsx);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    auto* done = new QHBoxLayout;
    done->addWidget(m_status, 1);
    done->addWidget(m_openFile);
    done->addWidget(m_openFolder);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->verticalHeader()->hide();
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);

    m_chart = new QChart;
    m_chart->setTitle(tr("Daily reconciliation: orders sold, shipped, cancelled or refunded"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_series = new QBarSeries(m_chart);
    m_chart->addSeries(m_series);
    m_dayAxis = new QBarCategoryAxis(m_chart);
    m_countAxis = new QValueAxis(m_chart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_dayAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_series->attachAxis(m_dayAxis);
    m_series->attachAxis(m_countAxis);
    auto* chartView = new QChartView(m_chart, this);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(220);
    Appearance::followPalette(chartView);

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewNote);
    previewLayout->addWidget(m_preview, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(previewBox);
    split->addWidget(chartView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addLayout(done);
    layout->addWidget(split, 1);

    // The preview follows the controls: a change reads it again once the typing or clicking pauses.
    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(300);
    connect(m_refreshSoon, &QTimer::timeout, this, &ReportsPage::refreshPreview);
    const auto refreshSoon = [this] {
        if (m_shown)
            m_refreshSoon->start();
    };
    fillFilterAndColumns();
    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        fillFilterAndColumns();
        refreshPreview();
    });
    connect(m_from, &QDateEdit::dateChanged, this, refreshSoon);
    connect(m_to, &QDateEdit::dateChanged, this, refreshSoon);
    connect(m_filter, &QComboBox::currentIndexChanged, this, refreshSoon);
    connect(m_text, &QLineEdit::textChanged, this, refreshSoon);
    connect(m_columns, &QListWidget::itemChanged, this, refreshSoon);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::refreshPreview);
    connect(m_preview, &QTableWidget::cellDoubleClicked, this, &ReportsPage::drillDown);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { startExport(core::reports::ExportFormat::Csv); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { startExport(core::reports::ExportFormat::Xlsx); });
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    connect(
        m_openFile, &QPushButton::clicked, this, [this] { DesktopOpener::open(QUrl::fromLocalFile(m_lastExport)); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        DesktopOpener::open(QUrl::fromLocalFile(QFileInfo(m_lastExport).absolutePath()));
    });
}

void ReportsPage::fillFilterAndColumns()
{
    const auto kind = static_cast<ReportKind>(m_report->currentData().toInt());
    m_filter->clear();
    switch (kind) {
    case ReportKind::Discrepancies:
        m_filter->addItem(tr("Every kind"), QString());
        for (int k = 0; k < core::store::kDiscrepancyKindCount; ++k) {
            const auto d = static_cast<DiscrepancyKind>(k);
            m_filter->addItem(discrepancyName(d), core::store::toString(d));
        }
        break;
    case ReportKind::Reconciliation:
        m_filter->addItem(tr("Every web storefront"), QString());
        m_filter->addItem(QStringLiteral("WooCommerce"), QStringLiteral("woocommerce"));
        m_filter->addItem(QStringLiteral("commercetools"), QStringLiteral("commercetools"));
        break;
    case ReportKind::Exceptions:
        m_filter->addItem(tr("Every state"), QString());
        for (auto s : {core::ExceptionState::Open, core::ExceptionState::Acknowledged, core::ExceptionState::Resolved})
            m_filter->addItem(DisplayFormat::state(s), core::toString(s));
        break;
    case ReportKind::Audit:
        m_filter->addItem(tr("Every entry"), QString());
        break;
    }
    m_filter->setEnabled(m_filter->count() > 1);
    // Only the audit log is searched by text; other reports do not show the box.
    m_form->setRowVisible(m_text, kind == ReportKind::Audit);
    const QSignalBlocker quiet(m_columns);
    m_columns->clear();
    for (const auto& c : core::reports::reportColumns(kind)) {
        auto* item = new QListWidgetItem(columnTitle(c.header), m_columns);
        item->setData(kKeyRole, c.header);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

void ReportsPage::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsPage::setReport(ReportKind kind)
{
    m_report->setCurrentIndex(m_report->findData(static_cast<int>(kind)));
}

core::reports::ReportParams ReportsPage::params() const
{
    core::reports::ReportParams p;
    p.kind = static_cast<ReportKind>(m_report->currentData().toInt());
    p.from = m_from->date();
    p.to = m_to->date();
    const QString filter = m_filter->currentData().toString();
    if (p.kind == ReportKind::Discrepancies && !filter.isEmpty()) {
        if (auto d = core::store::discrepancyKindFromString(filter))
            p.discrepancyKinds = {*d};
    }
    if (p.kind == ReportKind::Reconciliation)
        p.storefront = filter;
    if (p.kind == ReportKind::Exceptions)
        p.exceptionState = filter;
    if (p.kind == ReportKind::Audit)
        p.text = m_text->text().trimmed();
    QStringList chosen;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            chosen.append(m_columns->item(i)->data(kKeyRole).toString());
    }
    if (chosen.size() < m_columns->count())
        p.columns = chosen; // all checked: the report's own order, nothing to record
    return p;
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Each time the page opens it shows what the controls describe, read afresh.
    m_shown = true;
    refreshPreview();
}

void ReportsPage::refreshPreview()
{
    const core::reports::ReportParams p = params();
    if (p.from > p.to) {
        m_previewNote->setText(tr("The first day is after the last."));
        return;
    }
    m_refreshSoon->stop();
    m_previewNote->setText(tr("Reading…"));
    m_requested = p;
    m_drillCount.reset();
    requestPreview(p);
}

void ReportsPage::drillDown(int row, int column)
{
    if (m_requested.kind != ReportKind::Reconciliation || m_requested.drillBucket)
        return;
    const auto headerAt = [this](int c) { return previewKey(c); };
    const auto textAt = [&](const QString& header) {
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            if (headerAt(c) == header && m_preview->item(row, c))
                return m_preview->item(row, c)->text();
        }
        return QString();
    };
    const QDate day = QDate::fromString(textAt(QStringLiteral("day")), Qt::ISODate);
    if (!day.isValid())
        return; // the day column is not shown
    const QString clicked = headerAt(column);
    core::store::ReconciliationBucket bucket = core::store::ReconciliationBucket::Sales;
    if (clicked.startsWith(QLatin1String("difference_")))
        bucket = core::store::ReconciliationBucket::Open;
    else if (auto b = core::store::reconciliationBucketFromString(clicked.section(u'_', 0, 0)))
        bucket = *b;
    core::reports::ReportParams p = m_requested;
    p.from = day;
    p.to = day;
    p.drillBucket = bucket;
    p.drillCurrency = textAt(QStringLiteral("currency"));
    p.columns.clear();
    // The cell counted the orders; the drill-down reads only the first of them, so it says the cell's count.
    const QString countKey = (bucket == core::store::ReconciliationBucket::Open ? QStringLiteral("difference")
                                                                                : core::store::toString(bucket))
        + QStringLiteral("_count");
    bool counted = false;
    const qint64 count = textAt(countKey).toLongLong(&counted);
    m_refreshSoon->stop();
    m_previewNote->setText(tr("Reading the orders behind %1…").arg(day.toString(Qt::ISODate)));
    m_requested = p;
    m_drillCount = counted ? std::optional<qint64>(count) : std::nullopt;
    requestPreview(p);
}

void ReportsPage::requestPreview(const core::reports::ReportParams& p)
{
    // A newer preview overtakes an older one still waiting or running.
    m_reader->read<PreviewRead>(
        0,
        [p, limit = m_previewRows](core::store::Database& db) { return readPreview(db, p, limit); },
        [this](const core::Result<PreviewRead>& read) {
            if (!read.ok()) {
                m_previewNote->setText(tr("The preview could not be read: %1").arg(read.error().toString()));
                return;
            }
            showPreview(read->preview, read->days);
        });
}

void ReportsPage::showPreview(
    const core::reports::ReportPreview& preview, const QList<core::store::ReconciliationRow>& days)
{
    m_preview->clear();
    m_preview->setColumnCount(int(preview.columns.size()));
    m_preview->setRowCount(int(preview.rows.size()));
    for (int c = 0; c < preview.columns.size(); ++c) {
        auto* header = new QTableWidgetItem(columnTitle(preview.columns[c].header));
        header->setData(kKeyRole, preview.columns[c].header);
        m_preview->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < preview.rows.size(); ++r) {
        const auto& row = preview.rows[r];
        for (int c = 0; c < row.size(); ++c) {
            auto* item = new QTableWidgetItem(display(row[c]));
            const auto kind = row[c].kind;
            if (kind == core::reports::CellKind::Amount || kind == core::reports::CellKind::Integer)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    const int shown = int(preview.rows.size());
    if (m_requested.drillBucket) {
        // A drill-down keeps the chart of the days it came from.
        const QString day = m_requested.from.toString(Qt::ISODate);
        const QString bucket = bucketName(*m_requested.drillBucket);
        const qint64 total = m_drillCount.value_or(shown);
        if (preview.more || total > shown) {
            m_previewNote->setText(
                tr("%n order(s) behind %1 %2 (%3); the first %4 shown, the export holds them all. Preview shows the "
                   "days again.",
                    nullptr,
                    int(std::min<qint64>(total, INT_MAX)))
                    .arg(day, m_requested.drillCurrency, bucket, QLocale().toString(shown)));
        } else {
            m_previewNote->setText(tr("%n order(s) behind %1 %2 (%3); Preview shows the days again.", nullptr, shown)
                                       .arg(day, m_requested.drillCurrency, bucket));
        }
        Q_EMIT previewShown(shown);
        return;
    }
    m_previewNote->setText(preview.more ? tr("The first %n row(s); the export holds them all.", nullptr, shown)
            : shown == 0                ? tr("Nothing in this range.")
                                        : tr("%n row(s).", nullptr, shown));
    showChart(days);
    Q_EMIT previewShown(shown);
}

QString ReportsPage::previewKey(int column) const
{
    const QTableWidgetItem* h = m_preview->horizontalHeaderItem(column);
    return h ? h->data(kKeyRole).toString() : QString();
}

void ReportsPage::showChart(const QList<core::store::ReconciliationRow>& days)
{
    // Counts of orders, summed over currencies (values in different currencies do not add up).
    QStringList labels;
    QList<qreal> sold;
    QList<qreal> shipped;
    QList<qreal> closed;
    for (const auto& d : days) {
        const QString label = d.day.toString(QStringLiteral("MM-dd"));
        if (labels.isEmpty() || labels.constLast() != label) {
            labels.append(label);
            sold.append(0);
            shipped.append(0);
            closed.append(0);
        }
        sold.last() += qreal(d.salesCount);
        shipped.last() += qreal(d.shippedCount);
        closed.last() += qreal(d.cancelledCount + d.refundedCount);
    }
    auto* salesSet = new QBarSet(tr("Sold"));
    auto* shippedSet = new QBarSet(tr("Shipped"));
    auto* closedSet = new QBarSet(tr("Cancelled or refunded"));
    salesSet->append(sold);
    shippedSet->append(shipped);
    closedSet->append(closed);
    m_series->clear();
    m_series->append({salesSet, shippedSet, closedSet});
    m_dayAxis->clear();
    m_dayAxis->append(labels);
    const qreal highest = sold.isEmpty() ? 0 : *std::max_element(sold.cbegin(), sold.cend());
    m_countAxis->setRange(0, std::max<qreal>(4, highest));
}

void ReportsPage::startExport(core::reports::ExportFormat format)
{
    if (m_exporting)
        return;
    core::reports::ReportParams p = params();
    // People open these files in a spreadsheet: the headers read as the preview's do, in the console's language.
    // (`lockstep export` keeps the stable header names that scripts read.)
    QList<core::reports::Column> columns = core::reports::reportColumns(p.kind);
    columns += core::reports::ReconciliationOrdersSource::headers(); // the reconciliation's drill-down sheet
    for (const core::reports::Column& c : std::as_const(columns))
        p.headerTitles.insert(c.header, columnTitle(c.header));
    if (p.from > p.to) {
        m_status->setText(tr("The first day is after the last."));
        return;
    }
    const bool csv = format == core::reports::ExportFormat::Csv;
    const QString suggested = QDir::home().filePath(QStringLiteral("%1-%2-%3.%4")
                                                        .arg(core::reports::toString(p.kind),
                                                            p.from.toString(Qt::ISODate),
                                                            p.to.toString(Qt::ISODate),
                                                            csv ? QStringLiteral("csv") : QStringLiteral("xlsx")));
    const QString path = FileDialogs::saveFileName(
        this, tr("Export the report"), suggested, csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_lastExport.clear();
    m_openFile->hide();
    m_openFolder->hide();
    m_progress->setRange(0, 0); // the row count is known only at the end: busy until then
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    setExporting(true);
    m_reader->run(
        [this, p, path, format, cancel = m_cancelFlag](core::store::Database* db, const core::Error& openError) {
            // On the reader's thread: every word back to the page is a queued call.
            const auto toPage = [this](auto call) { QMetaObject::invokeMethod(this, call, Qt::QueuedConnection); };
            if (!db) {
                toPage([this, message = openError.toString()] { exportFailed(message, false); });
                return;
            }
            auto out = core::reports::exportReport(*db, p, path, format, cancel.get(), [&toPage, this](qint64 rows) {
                toPage([this, rows] { showProgress(rows); });
            });
            if (!out.ok()) {
                toPage([this, message = out.error().toString(), cancelled = cancel->load()] {
                    exportFailed(message, cancelled);
                });
                return;
            }
            toPage([this, done = ExportDone{path, out->rows, out->manifestPath}] { exportFinished(done); });
        });
}

void ReportsPage::cancelExport()
{
    if (!m_exporting || !m_cancelFlag)
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ReportsPage::showProgress(qint64 rows)
{
    if (!m_exporting || m_cancelFlag->load())
        return;
    m_status->setText(tr("Exporting: %n row(s) written…", nullptr, int(std::min<qint64>(rows, INT_MAX))));
    Q_EMIT exportProgressed(rows);
}

void ReportsPage::exportFinished(const ExportDone& done)
{
    setExporting(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_lastExport = done.path;
    m_status->setText(tr("%n row(s) exported to %1.", nullptr, int(std::min<qint64>(done.rows, INT_MAX)))
                          .arg(QDir::toNativeSeparators(done.path)));
    m_openFile->show();
    m_openFolder->show();
    Q_EMIT exportEnded(true);
}

void ReportsPage::exportFailed(const QString& message, bool cancelled)
{
    setExporting(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(cancelled ? tr("Export cancelled; no file was written.")
                                : tr("The export failed and no file was written: %1").arg(message));
    Q_EMIT exportEnded(false);
}

void ReportsPage::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_cancel->setEnabled(exporting);
    m_exportCsv->setEnabled(!exporting);
    m_exportXlsx->setEnabled(!exporting);
}

} // namespace lockstep::ui
