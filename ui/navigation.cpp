// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigation.h"

#include <QHeaderView>

namespace lockstep::ui {

using core::ExceptionType;

namespace {
    constexpr int kPageRole = Qt::UserRole + 1;
    constexpr int kQueueBase = 100;
} // namespace

int PageId::toInt() const { return kind == PageKind::Queue && queue ? kQueueBase + static_cast<int>(*queue) : static_cast<int>(kind); }

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
    }
    return {};
}

Navigation::Navigation(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(true);
    setAccessibleName(tr("Navigation"));
    setSelectionMode(QAbstractItemView::SingleSelection);

    addPage(nullptr, {PageKind::Dashboard, std::nullopt}, tr("Dashboard"));
    auto* primary = new QTreeWidgetItem(this, {tr("Queues")});
    primary->setFlags(Qt::ItemIsEnabled);
    auto* other = new QTreeWidgetItem(this, {tr("Other exceptions")});
    other->setFlags(Qt::ItemIsEnabled);
    for (int i = 0; i < core::kExceptionTypeCount; ++i) {
        const auto type = static_cast<ExceptionType>(i);
        m_queueItems.insert(type, addPage(core::isPrimaryQueue(type) ? primary : other, {PageKind::Queue, type}, queueName(type)));
    }
    addPage(nullptr, {PageKind::OrderLookup, std::nullopt}, tr("Order lookup"));
    addPage(nullptr, {PageKind::Reports, std::nullopt}, tr("Reports"));
    addPage(nullptr, {PageKind::Audit, std::nullopt}, tr("Audit"));
    addPage(nullptr, {PageKind::Settings, std::nullopt}, tr("Settings"));
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
    for (auto it = m_queueItems.cbegin(); it != m_queueItems.cend(); ++it) {
        const qint64 n = counts.value(it.key(), 0);
        const QString name = queueName(it.key());
        const QString text = n > 0 ? tr("%1 (%2)").arg(name, QLocale().toString(n)) : name;
        it.value()->setText(0, text);
        it.value()->setData(0, Qt::AccessibleTextRole, tr("%1, %n open", nullptr, static_cast<int>(n)).arg(name));
    }
}

QString Navigation::queueLabel(ExceptionType type) const
{
    const QTreeWidgetItem* item = m_queueItems.value(type);
    return item ? item->text(0) : QString();
}

} // namespace lockstep::ui
