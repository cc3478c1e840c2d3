// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigation.h"

#include "appearance.h"

#include <QEvent>
#include <QHeaderView>

namespace lockstep::ui {

using core::ExceptionType;

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
constexpr int kQueueBase = 100;
} // namespace

int PageId::toInt() const
{
    return kind == PageKind::Queue && queue ? kQueueBase + static_cast<int>(*queue) : static_cast<int>(kind);
}

PageId PageId::fromInt(int value)
{
    if (value >= kQueueBase)
        return {PageKind::Queue, static_cast<ExceptionType>(value - kQueueBase)};
    return {static_cast<PageKind>(value), std::nullopt};
}

QString Navigation::queueName(ExceptionType type)
{
    switch (type) {
    case ExceptionType::FailedAllocation:
        return tr("Failed allocations");
    case ExceptionType::SkuMismatch:
        return tr("SKU mismatches");
    case ExceptionType::StuckPending:
        return tr("Stuck pending orders");
    case ExceptionType::CancellationPastCutoff:
        return tr("Cancellations past cutoff");
    case ExceptionType::ShipmentConfirmationMissing:
        return tr("Shipment confirmations missing");
    case ExceptionType::TotalsMismatch:
        return tr("Order totals mismatches");
    case ExceptionType::InventoryDrift:
        return tr("Inventory drift");
    case ExceptionType::UnmappedCustomField:
        return tr("Unmapped checkout fields");
    case ExceptionType::FacilityRoutingFailure:
        return tr("Facility routing failures");
    case ExceptionType::TillReturnNotAtWms:
        return tr("Till returns not at the warehouse");
    case ExceptionType::StoreSaleNotAtWms:
        return tr("Store sales not at the warehouse");
    case ExceptionType::StockMovedTwice:
        return tr("Stock moved twice (sync loop)");
    }
    return {};
}

QString Navigation::pageName(PageKind kind)
{
    switch (kind) {
    case PageKind::Dashboard:
        return tr("Dashboard");
    case PageKind::Queue:
        return tr("Queues");
    case PageKind::OrderLookup:
        return tr("Order lookup");
    case PageKind::Reports:
        return tr("Reports");
    case PageKind::Audit:
        return tr("Audit");
    case PageKind::Settings:
        return tr("Settings");
    }
    return {};
}

namespace {
QString iconFor(PageKind kind)
{
    switch (kind) {
    case PageKind::Dashboard:
        return QStringLiteral(":/lockstep/icons/dashboard.svg");
    case PageKind::Queue:
        return QStringLiteral(":/lockstep/icons/queue.svg");
    case PageKind::OrderLookup:
        return QStringLiteral(":/lockstep/icons/lookup.svg");
    case PageKind::Reports:
        return QStringLiteral(":/lockstep/icons/reports.svg");
    case PageKind::Audit:
        return QStringLiteral(":/lockstep/icons/audit.svg");
    case PageKind::Settings:
        return QStringLiteral(":/lockstep/icons/settings.svg");
    }
    return {};
}
} // namespace

Navigation::Navigation(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(true);
    setAccessibleName(tr("Navigation"));
    setSelectionMode(QAbstractItemView::SingleSelection);

    addPage(nullptr, {PageKind::Dashboard, std::nullopt}, pageName(PageKind::Dashboard));
    m_primaryHeading = new QTreeWidgetItem(this, {tr("Queues")});
    m_primaryHeading->setFlags(Qt::ItemIsEnabled);
    m_otherHeading = new QTreeWidgetItem(this, {tr("Other exceptions")});
    m_otherHeading->setFlags(Qt::ItemIsEnabled);
    for (int i = 0; i < core::kExceptionTypeCount; ++i) {
        const auto type = static_cast<ExceptionType>(i);
        m_queueItems.insert(type,
            addPage(core::isPrimaryQueue(type) ? m_primaryHeading : m_otherHeading,
                {PageKind::Queue, type},
                queueName(type)));
    }
    for (PageKind kind : {PageKind::OrderLookup, PageKind::Reports, PageKind::Audit, PageKind::Settings})
        addPage(nullptr, {kind, std::nullopt}, pageName(kind));
    expandAll();
    // Wide enough for the longest queue name with a count, in this language and font.
    int widest = 0;
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        widest = std::max(widest, fontMetrics().horizontalAdvance((*it)->text(0) + QStringLiteral(" (9,999)")));
    setMinimumWidth(widest + 2 * indentation() + 16);

    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current && current->data(0, kPageRole).isValid())
            Q_EMIT pageSelected(PageId::fromInt(current->data(0, kPageRole).toInt()));
    });
}

QTreeWidgetItem* Navigation::addPage(QTreeWidgetItem* parent, const PageId& page, const QString& text)
{
    auto* item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(this, {text});
    item->setData(0, kPageRole, page.toInt());
    item->setData(0, Qt::AccessibleTextRole, text);
    item->setIcon(0, Appearance::lineIcon(iconFor(page.kind), palette()));
    return item;
}

QTreeWidgetItem* Navigation::itemFor(const PageId& page) const
{
    const int wanted = page.toInt();
    for (QTreeWidgetItemIterator it(const_cast<Navigation*>(this)); *it; ++it) {
        if ((*it)->data(0, kPageRole).isValid() && (*it)->data(0, kPageRole).toInt() == wanted)
            return *it;
    }
    return nullptr;
}

void Navigation::setCurrentPage(const PageId& page)
{
    if (QTreeWidgetItem* item = itemFor(page))
        setCurrentItem(item);
}

PageId Navigation::currentPage() const
{
    const QTreeWidgetItem* item = currentItem();
    return item && item->data(0, kPageRole).isValid() ? PageId::fromInt(item->data(0, kPageRole).toInt()) : PageId{};
}

void Navigation::setOpenCounts(const QHash<ExceptionType, qint64>& counts)
{
    m_counts = counts;
    for (auto it = m_queueItems.cbegin(); it != m_queueItems.cend(); ++it) {
        const qint64 n = counts.value(it.key(), 0);
        const QString name = queueName(it.key());
        const QString text = n > 0 ? tr("%1 (%2)").arg(name, QLocale().toString(n)) : name;
        it.value()->setText(0, text);
        it.value()->setData(0, Qt::AccessibleTextRole, tr("%1, %n open", nullptr, static_cast<int>(n)).arg(name));
    }
}

void Navigation::retranslate()
{
    setAccessibleName(tr("Navigation"));
    m_primaryHeading->setText(0, tr("Queues"));
    m_otherHeading->setText(0, tr("Other exceptions"));
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QVariant page = (*it)->data(0, kPageRole);
        if (!page.isValid())
            continue;
        const PageId id = PageId::fromInt(page.toInt());
        if (id.kind != PageKind::Queue) {
            (*it)->setText(0, pageName(id.kind));
            (*it)->setData(0, Qt::AccessibleTextRole, pageName(id.kind));
        }
    }
    setOpenCounts(m_counts); // the queue names, with their counts in this language's digits
}

void Navigation::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        // The icons are drawn in the palette's text colour: light on dark, dark on light.
        for (QTreeWidgetItemIterator it(this); *it; ++it) {
            const QVariant page = (*it)->data(0, kPageRole);
            if (page.isValid())
                (*it)->setIcon(0, Appearance::lineIcon(iconFor(PageId::fromInt(page.toInt()).kind), palette()));
        }
    }
    QTreeWidget::changeEvent(event);
}

void Navigation::setEmphasised(const QList<PageId>& pages)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QVariant page = (*it)->data(0, kPageRole);
        if (!page.isValid())
            continue;
        QFont f = font();
        f.setBold(pages.contains(PageId::fromInt(page.toInt())));
        (*it)->setFont(0, f);
    }
}

QString Navigation::queueLabel(ExceptionType type) const
{
    const QTreeWidgetItem* item = m_queueItems.value(type);
    return item ? item->text(0) : QString();
}

} // namespace lockstep::ui
