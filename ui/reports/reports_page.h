// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_reads.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QBarSeries;
class QBarCategoryAxis;
class QChart;
class QComboBox;
class QFormLayout;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class QValueAxis;

namespace lockstep::ui {

class BackgroundReader;

/// Finance's page: a report (discrepancies, daily reconciliation, exceptions, audit log) over a range of UTC
/// days, with its filter and a choice of columns; a preview of its first rows and a chart of the daily
/// reconciliation (sales against shipped against cancelled or refunded), both read on the page's
/// BackgroundReader; and an export to CSV or XLSX on that reader with a progress bar and Cancel, which offers to
/// open the file or its folder when done. Thread: UI (the reader and its read-only connection live in their own
/// thread).
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(const QString& databasePath, QWidget* parent = nullptr);
    ~ReportsPage() override;

    /// Both days included (UTC).
    void setRange(const QDate& from, const QDate& to);
    void setReport(core::reports::ReportKind kind);
    /// The parameters the controls describe now.
    core::reports::ReportParams params() const;
    /// Reads the preview and the chart again (on the reader).
    void refreshPreview();
    /// On the reconciliation's preview: shows the orders behind one cell instead (the row's day and currency,
    /// the column's bucket: sales, shipped, cancelled, refunded or difference). Double-clicking a cell does it.
    void drillDown(int row, int column);
    /// Asks for a file name and exports to it (on the reader); the format follows the file's suffix.
    void startExport(core::reports::ExportFormat format);
    void cancelExport();
    bool isExporting() const { return m_exporting; }

    QTableWidget* preview() const { return m_preview; }
    QChart* chart() const { return m_chart; }
    QBarSeries* chartSeries() const { return m_series; }
    QProgressBar* progressBar() const { return m_progress; }
    QListWidget* columnList() const { return m_columns; }
    QComboBox* filterBox() const { return m_filter; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* openFileButton() const { return m_openFile; }
    QPushButton* openFolderButton() const { return m_openFolder; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString lastExportPath() const { return m_lastExport; }
    QLineEdit* containsField() const { return m_text; }
    /// The words people read for a report column ("shipped_count" is "Shipped (orders)"); translated.
    static QString columnTitle(const QString& key);
    /// How many rows a preview reads (100); fewer in tests.
    void setPreviewRowLimit(int rows) { m_previewRows = rows; }

Q_SIGNALS:
    void previewShown(int rows);
    void exportProgressed(qint64 rows);
    void exportEnded(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void fillFilterAndColumns();
    void requestPreview(const core::reports::ReportParams& p);
    void showPreview(const core::reports::ReportPreview& preview, const QList<core::store::ReconciliationRow>& days);
    void showChart(const QList<core::store::ReconciliationRow>& days);
    void showProgress(qint64 rows);
    void exportFinished(const ExportDone& done);
    void exportFailed(const QString& message, bool cancelled);
    void setExporting(bool exporting);

    /// The column key behind a preview column (its header shows the title).
    QString previewKey(int column) const;

    QString m_path;
    QFormLayout* m_form = nullptr;
    QTimer* m_refreshSoon = nullptr;
    int m_previewRows = 100;
    std::optional<qint64> m_drillCount; // what the clicked cell counted, when the row shows it
    QComboBox* m_report = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_filter = nullptr;
    QLineEdit* m_text = nullptr;
    QListWidget* m_columns = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_previewNote = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportXlsx = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_openFile = nullptr;
    QPushButton* m_openFolder = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QChart* m_chart = nullptr;
    QBarSeries* m_series = nullptr;
    QBarCategoryAxis* m_dayAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
    BackgroundReader* m_reader = nullptr; ///< previews and exports, in the order asked for
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    core::reports::ReportParams m_requested; // of the latest preview asked for
    bool m_exporting = false;
    bool m_shown = false;
    QString m_lastExport;
};

} // namespace lockstep::ui
