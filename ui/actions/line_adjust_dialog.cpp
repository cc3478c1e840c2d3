// SPDX-License-Identifier: GPL-3.0-or-later
#include "line_adjust_dialog.h"

#include "engine/outbox_payloads.h"
#include "store/outbox_repository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lockstep::ui {

LineAdjustDialog::Facts LineAdjustDialog::read(core::store::Database& db, const core::ExceptionRecord& record)
{
    Facts facts;
    auto entry = core::store::OutboxRepository(db).findByKey(core::engine::createOrderKey(record.subjectKey));
    if (entry.ok())
        facts.waiting = entry.value();
    else
        facts.readError = entry.error().toString();
    return facts;
}

LineAdjustDialog::LineAdjustDialog(const Facts& facts, const core::ExceptionRecord& record, QWidget* parent)
    : EditDialog(tr("Adjust a line of order %1").arg(record.orderRef), tr("Adjust and retry"), parent)
{
    setObjectName(QStringLiteral("LineAdjustDialog"));
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("About this order"));
    const std::optional<core::store::OutboxEntry>& entry = facts.waiting;
    if (!facts.readError.isEmpty()) {
        m_notice->setText(tr("Cannot read the waiting warehouse order: %1").arg(facts.readError));
    } else if (!entry) {
        m_notice->setText(tr("Order %1 has no warehouse order waiting to be sent, so there is no line to adjust. "
                             "Fix what holds it (a SKU mapping, a facility) instead.")
                              .arg(record.orderRef));
    } else if (entry->state == core::store::OutboxState::Sent) {
        m_notice->setText(tr("Order %1 is already at the warehouse; change it there.").arg(record.orderRef));
    } else if (auto request = core::engine::decodeCreateRequest(entry->payload); request.ok()) {
        m_request = request.value();
        m_notice->setText(tr("Change one line of the order waiting to be sent to %1; it is then sent again under the "
                             "same idempotency key.")
                              .arg(m_request.facility));
    } else {
        m_notice->setText(tr("The waiting warehouse order cannot be read: %1").arg(request.error().toString()));
    }

    m_lines = new QTreeWidget(this);
    m_lines->setAccessibleName(tr("Lines"));
    m_lines->setRootIsDecorated(false);
    m_lines->setHeaderLabels({tr("Line"), tr("WMS SKU"), tr("Quantity")});
    for (const auto& line : std::as_const(m_request.lines)) {
        auto* row =
            new QTreeWidgetItem(m_lines, {QString::number(line.lineNumber), line.sku, QString::number(line.quantity)});
        row->setData(0, Qt::UserRole, line.lineNumber);
    }
    m_sku = new QLineEdit(this);
    m_sku->setAccessibleName(tr("New WMS SKU"));
    m_sku->setPlaceholderText(tr("Leave empty to keep the item"));
    m_quantity = new QSpinBox(this);
    m_quantity->setAccessibleName(tr("New quantity"));
    m_quantity->setRange(1, 100000);
    auto* form = new QFormLayout;
    form->addRow(tr("WMS &SKU:"), m_sku);
    form->addRow(tr("&Quantity:"), m_quantity);
    contentLayout()->addWidget(m_notice);
    contentLayout()->addWidget(m_lines, 1);
    contentLayout()->addLayout(form);
    connect(m_lines, &QTreeWidget::currentItemChanged, this, [this] {
        if (const auto* line = currentLine())
            m_quantity->setValue(static_cast<int>(line->quantity));
        updateChange();
    });
    connect(m_sku, &QLineEdit::textChanged, this, &LineAdjustDialog::updateChange);
    connect(m_quantity, &QSpinBox::valueChanged, this, &LineAdjustDialog::updateChange);
    if (m_lines->topLevelItemCount() > 0)
        m_lines->setCurrentItem(m_lines->topLevelItem(0));
    updateChange();
}

const core::connectors::WmsCreateRequest::Line* LineAdjustDialog::currentLine() const
{
    const QTreeWidgetItem* row = m_lines->currentItem();
    if (!row)
        return nullptr;
    const int number = row->data(0, Qt::UserRole).toInt();
    for (const auto& line : m_request.lines) {
        if (line.lineNumber == number)
            return &line;
    }
    return nullptr;
}

bool LineAdjustDialog::chooseLine(int lineNumber)
{
    for (int i = 0; i < m_lines->topLevelItemCount(); ++i) {
        if (m_lines->topLevelItem(i)->data(0, Qt::UserRole).toInt() == lineNumber) {
            m_lines->setCurrentItem(m_lines->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void LineAdjustDialog::setWmsSku(const QString& sku)
{
    m_sku->setText(sku);
}

void LineAdjustDialog::setQuantity(int quantity)
{
    m_quantity->setValue(quantity);
}

QString LineAdjustDialog::noticeText() const
{
    return m_notice->text();
}

void LineAdjustDialog::updateChange()
{
    const auto* line = currentLine();
    m_sku->setEnabled(line);
    m_quantity->setEnabled(line);
    if (!line) {
        setChange({}, {}, false);
        return;
    }
    const QString sku = m_sku->text().trimmed().isEmpty() ? line->sku : m_sku->text().trimmed();
    setChange(tr("Line %1: %2 × %3").arg(line->lineNumber).arg(line->sku).arg(line->quantity),
        tr("Line %1: %2 × %3").arg(line->lineNumber).arg(sku).arg(m_quantity->value()),
        sku != line->sku || m_quantity->value() != line->quantity);
}

core::actions::EditSpec LineAdjustDialog::editSpec() const
{
    core::actions::EditSpec spec;
    spec.kind = core::actions::EditKind::AdjustLine;
    if (const auto* line = currentLine()) {
        spec.lineNumber = line->lineNumber;
        const QString sku = m_sku->text().trimmed();
        spec.wmsSku = sku == line->sku ? QString() : sku;
        spec.quantity = m_quantity->value() == line->quantity ? 0 : m_quantity->value();
    }
    return spec;
}

} // namespace lockstep::ui
