// SPDX-License-Identifier: GPL-3.0-or-later
#include "custom_field_dialog.h"

#include "store/action_repository.h"
#include "store/order_repository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lockstep::ui {

CustomFieldDialog::Facts CustomFieldDialog::read(core::store::Database& db, const core::ExceptionRecord& record)
{
    Facts facts;
    if (auto mapped = core::store::ActionRepository(db).customFieldMappings(); mapped.ok())
        facts.mapped = mapped.value();
    if (record.orderId > 0) {
        if (auto order = core::store::OrderRepository(db).findById(record.orderId); order.ok() && order.value())
            facts.orderFields = order.value()->customFields;
    }
    return facts;
}

CustomFieldDialog::CustomFieldDialog(const Facts& facts, const core::ExceptionRecord& record, QWidget* parent)
    : EditDialog(tr("Map a checkout field"), tr("Map"), parent)
    , m_mapped(facts.mapped)
{
    setObjectName(QStringLiteral("CustomFieldDialog"));
    m_field = new QComboBox(this);
    m_field->setAccessibleName(tr("Checkout field"));
    m_field->setEditable(true);
    const QString unmapped = record.signature.section(u':', 1);
    if (!unmapped.isEmpty())
        m_field->addItem(unmapped);
    for (const core::CustomField& f : facts.orderFields) {
        m_values.insert(f.key, f.value);
        if (m_field->findText(f.key) < 0)
            m_field->addItem(f.key);
    }
    m_wmsField = new QLineEdit(this);
    m_wmsField->setAccessibleName(tr("WMS field"));
    m_wmsField->setPlaceholderText(tr("The field name the WMS expects, e.g. giftMessage"));
    auto* intro = new QLabel(tr("The mapping is kept: later orders carry the field to the warehouse, and an order "
                                "not yet sent carries it too."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Checkout field:"), m_field);
    form->addRow(tr("&WMS field:"), m_wmsField);
    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(form);
    connect(m_field, &QComboBox::currentTextChanged, this, &CustomFieldDialog::updateChange);
    connect(m_wmsField, &QLineEdit::textChanged, this, &CustomFieldDialog::updateChange);
    updateChange();
}

void CustomFieldDialog::updateChange()
{
    const QString field = m_field->currentText().trimmed();
    const QString wms = m_wmsField->text().trimmed();
    const QString value = m_values.value(field);
    const QString was = m_mapped.value(field);
    setChange(was.isEmpty() ? tr("%1 → not sent to the warehouse").arg(field) : tr("%1 → %2").arg(field, was),
        wms.isEmpty()         ? tr("Name the WMS field.")
            : value.isEmpty() ? tr("%1 → %2").arg(field, wms)
                              : tr("%1 → %2 (this order: “%3”)").arg(field, wms, value),
        !field.isEmpty() && !wms.isEmpty() && wms != was);
}

core::actions::EditSpec CustomFieldDialog::editSpec() const
{
    core::actions::EditSpec spec;
    spec.kind = core::actions::EditKind::MapCustomField;
    spec.storefrontField = m_field->currentText().trimmed();
    spec.wmsField = m_wmsField->text().trimmed();
    return spec;
}

} // namespace lockstep::ui
