// SPDX-License-Identifier: GPL-3.0-or-later
#include "sku_mapping_dialog.h"

#include "common/background_reader.h"
#include "store/catalog_repository.h"
#include "store/exception_repository.h"
#include "store/order_repository.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lockstep::ui {

namespace {
constexpr int kListLimit = 200;
}

SkuMappingDialog::Facts SkuMappingDialog::read(core::store::Database& db, const core::ExceptionRecord& record)
{
    Facts facts;
    facts.databasePath = db.path();
    core::store::ExceptionFilter same;
    same.type = core::ExceptionType::SkuMismatch;
    same.state = core::ExceptionState::Open;
    same.sku = record.sku;
    if (auto n = core::store::ExceptionRepository(db).count(same); n.ok())
        facts.sameSku = n.value();
    const core::SubjectKey subject = core::SubjectKey::parse(record.subjectKey);
    const auto storefront = subject.storefront();
    if (!storefront)
        return facts;
    if (auto m = core::store::CatalogRepository(db).findSkuMapping(*storefront, record.sku); m.ok() && m.value())
        facts.currentMapping = m.value()->wmsSku;
    if (subject.isAboutAnOrder() && !record.orderRef.isEmpty()) {
        auto order = core::store::OrderRepository(db).findByStorefrontId(*storefront, subject.orderId());
        if (order.ok() && order.value())
            facts.orderLines = order.value()->lines;
    }
    return facts;
}

SkuMappingDialog::SkuMappingDialog(const Facts& facts, const core::ExceptionRecord& record, QWidget* parent)
    : EditDialog(tr("Map SKU %1").arg(record.sku), tr("Map and retry"), parent)
    , m_record(record)
    , m_reader(new BackgroundReader(facts.databasePath, QStringLiteral("item-search"), this))
    , m_currentMapping(facts.currentMapping)
    , m_sameSku(facts.sameSku)
{
    setObjectName(QStringLiteral("SkuMappingDialog"));

    auto* intro = new QLabel(m_sameSku > 1
            ? tr("Storefront SKU %1 is in %n open exception(s). The mapping is kept and applies to all of them; "
                 "they are sent to the warehouse again.",
                nullptr,
                static_cast<int>(m_sameSku))
                  .arg(record.sku)
            : tr("Choose the WMS item that storefront SKU %1 stands for. The mapping is kept for later orders.")
                  .arg(record.sku),
        this);
    intro->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Search the item master"));
    m_search->setPlaceholderText(tr("Search the WMS item master by SKU or name"));
    m_search->setClearButtonEnabled(true);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);

    m_items = new QTreeWidget(this);
    m_items->setAccessibleName(tr("WMS items"));
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setHeaderLabels({tr("WMS SKU"), tr("Name"), tr("Kind")});
    m_items->header()->setStretchLastSection(false);
    m_items->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_retry = new QCheckBox(tr("Send the orders to the warehouse again afterwards"), this);
    m_retry->setChecked(true);

    // The order's other lines: with at least one, it can go without the line the warehouse does not stock.
    for (const core::OrderLine& line : facts.orderLines) {
        const QString text = tr("%1 × %2 %3").arg(line.quantity).arg(line.sku, line.name).trimmed();
        m_linesBefore << text;
        if (line.sku != record.sku)
            m_linesAfter << text;
    }
    QRadioButton* mapChoice = nullptr;
    if (!m_linesAfter.isEmpty() && m_linesAfter.size() < m_linesBefore.size()) {
        mapChoice = new QRadioButton(tr("Map %1 to a WMS item").arg(record.sku), this);
        mapChoice->setChecked(true);
        m_leaveOutChoice = new QRadioButton(
            tr("Send order %1 without its %2 line: the warehouse does not stock it (a gift card, a service). The "
               "customer keeps what they paid; the other %n line(s) are shipped.",
                nullptr,
                static_cast<int>(m_linesAfter.size()))
                .arg(record.orderRef, record.sku),
            this);
        m_leaveOutChoice->setAccessibleName(tr("Send without the line"));
        connect(m_leaveOutChoice, &QRadioButton::toggled, this, [this](bool on) {
            m_search->setEnabled(!on);
            m_items->setEnabled(!on);
            updateChange();
        });
    }

    contentLayout()->addWidget(intro);
    if (mapChoice)
        contentLayout()->addWidget(mapChoice);
    contentLayout()->addWidget(m_search);
    contentLayout()->addWidget(m_items, 1);
    if (m_leaveOutChoice)
        contentLayout()->addWidget(m_leaveOutChoice);
    contentLayout()->addWidget(m_retry);
    resize(620, 480);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SkuMappingDialog::search);
    connect(m_items, &QTreeWidget::currentItemChanged, this, &SkuMappingDialog::updateChange);
    connect(m_items, &QTreeWidget::itemActivated, this, [this] {
        if (okButton()->isEnabled())
            accept();
    });
    connect(m_retry, &QCheckBox::toggled, this, &SkuMappingDialog::updateChange);
    updateChange(); // nothing chosen yet, until the list arrives
    search();
    m_search->setFocus();
}

void SkuMappingDialog::search()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    // Read off the UI thread: typing stays fluent on a slow server, and a newer search overtakes an older one.
    m_reader->read<QList<core::Item>>(
        0,
        [text](core::store::Database& db) { return core::store::CatalogRepository(db).searchItems(text, kListLimit); },
        [this, text](const core::Result<QList<core::Item>>& items) { showItems(text, items); });
}

void SkuMappingDialog::showItems(const QString& text, const core::Result<QList<core::Item>>& items)
{
    const QString chosen = chosenSku();
    m_items->clear();
    if (!items.ok()) {
        auto* row = new QTreeWidgetItem(m_items, {tr("Cannot read the item master: %1").arg(items.error().toString())});
        row->setFlags(Qt::NoItemFlags);
    } else {
        for (const core::Item& item : items.value()) {
            if (!item.active)
                continue;
            auto* row =
                new QTreeWidgetItem(m_items, {item.sku, item.name, item.isBundle() ? tr("Bundle") : tr("Item")});
            row->setData(0, Qt::UserRole, item.sku);
            if (item.sku == chosen)
                m_items->setCurrentItem(row);
        }
        if (items->isEmpty()) {
            auto* row = new QTreeWidgetItem(m_items, {tr("No WMS item matches “%1”.").arg(text)});
            row->setFlags(Qt::NoItemFlags);
        }
    }
    m_items->resizeColumnToContents(0);
    updateChange();
    Q_EMIT listed(m_items->topLevelItemCount());
}

bool SkuMappingDialog::chooseItem(const QString& wmsSku)
{
    for (int i = 0; i < m_items->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_items->topLevelItem(i);
        if (row->data(0, Qt::UserRole).toString() == wmsSku) {
            m_items->setCurrentItem(row);
            return true;
        }
    }
    return false;
}

QString SkuMappingDialog::chosenSku() const
{
    const QTreeWidgetItem* row = m_items->currentItem();
    return row ? row->data(0, Qt::UserRole).toString() : QString();
}

void SkuMappingDialog::updateChange()
{
    const bool retry = m_retry->isChecked();
    if (m_leaveOutChoice && m_leaveOutChoice->isChecked()) {
        okButton()->setText(retry ? tr("Send without the line") : tr("Leave the line out"));
        setChange(m_linesBefore.join(u'\n'), m_linesAfter.join(u'\n'), true);
        return;
    }
    okButton()->setText(retry ? tr("Map and retry") : tr("Map"));
    const QString sku = chosenSku();
    setChange(m_currentMapping.isEmpty() ? tr("%1 → not mapped (not in the WMS item master)").arg(m_record.sku)
                                         : tr("%1 → WMS item %2").arg(m_record.sku, m_currentMapping),
        sku.isEmpty() ? tr("Choose a WMS item from the list.") : tr("%1 → WMS item %2").arg(m_record.sku, sku),
        !sku.isEmpty() && sku != m_currentMapping);
}

core::actions::EditSpec SkuMappingDialog::editSpec() const
{
    core::actions::EditSpec spec;
    spec.kind = m_leaveOutChoice && m_leaveOutChoice->isChecked() ? core::actions::EditKind::LeaveOutLine
                                                                  : core::actions::EditKind::MapSku;
    spec.storefrontSku = m_record.sku;
    spec.wmsSku = chosenSku();
    spec.retryAfter = m_retry->isChecked();
    return spec;
}

} // namespace lockstep::ui
