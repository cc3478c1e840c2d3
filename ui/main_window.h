// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigation.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace lockstep::ui {

/// The console's main window: navigation on the left, the selected page on the right, connector and
/// engine state in the status bar. Reads the store through its own read-only connection. Thread: UI.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString& databasePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    Navigation* navigation() const { return m_navigation; }
    void showPage(const PageId& page);
    PageId currentPage() const;
    QWidget* currentPageWidget() const;
    /// Re-reads the open counts per queue (a short indexed query) and shows them in the navigation.
    void refreshCounts();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void buildMenus();

    QString m_databasePath;
    Navigation* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_engineLabel = nullptr;
    QHash<int, QWidget*> m_pages;
};

} // namespace lockstep::ui
