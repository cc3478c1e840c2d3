// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"

#include <QHash>
#include <QTreeWidget>

#include <optional>

namespace lockstep::ui {

/// The pages of the main window.
enum class PageKind
{
    Dashboard,
    Queue,
    OrderLookup,
    Reports,
    Audit,
    Settings
};

/// A page: its kind, and for a queue the exception type it shows.
struct PageId
{
    PageKind kind = PageKind::Dashboard;
    std::optional<core::ExceptionType> queue;

    friend bool operator==(const PageId&, const PageId&) = default;
    int toInt() const;
    static PageId fromInt(int value);
};

/// The left-hand navigation: Dashboard, the queues (primary first, with open counts), Order lookup,
/// Reports, Audit, Settings. Thread: UI.
class Navigation : public QTreeWidget
{
    Q_OBJECT

public:
    explicit Navigation(QWidget* parent = nullptr);

    void setCurrentPage(const PageId& page);
    PageId currentPage() const;
    /// Shows each queue's open count beside its name; types missing from `counts` show none.
    void setOpenCounts(const QHash<core::ExceptionType, qint64>& counts);
    /// The text shown for a queue (name and count), for tests and accessibility.
    QString queueLabel(core::ExceptionType type) const;
    static QString queueName(core::ExceptionType type);
    /// The name of a page that is not a queue ("Order lookup").
    static QString pageName(PageKind kind);
    /// Marks the pages the role works in most (bold); the others stay reachable.
    void setEmphasised(const QList<PageId>& pages);

protected:
    void changeEvent(QEvent* event) override;

Q_SIGNALS:
    void pageSelected(const lockstep::ui::PageId& page);

private:
    QTreeWidgetItem* addPage(QTreeWidgetItem* parent, const PageId& page, const QString& text);
    QTreeWidgetItem* itemFor(const PageId& page) const;
    /// Sets every text in the current language (names, headings, counts).
    void retranslate();

    QHash<core::ExceptionType, QTreeWidgetItem*> m_queueItems;
    QTreeWidgetItem* m_primaryHeading = nullptr;
    QTreeWidgetItem* m_otherHeading = nullptr;
    QHash<core::ExceptionType, qint64> m_counts;
};

} // namespace lockstep::ui
