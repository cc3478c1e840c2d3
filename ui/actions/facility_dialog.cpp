// SPDX-License-Identifier: GPL-3.0-or-later
#include "facility_dialog.h"

#include "store/catalog_repository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lockstep::ui {

FacilityDialog::Facts FacilityDialog::read(core::store::Database& db, const core::ExceptionRecord& record)
{
    Facts facts;
    if (!record.sku.isEmpty()) {
        if (auto stock = core::store::CatalogRepository(db).stockForSku(record.sku); stock.ok())
            facts.stock = stock.value();
    }
    return facts;
}

FacilityDialog::FacilityDialog(
    const Facts& facts, const core::ExceptionRecord& record, const QStringList& known, QWidget* parent)
    : EditDialog(tr("Choose a facility for order %1").arg(record.orderRef), tr("Route and retry"), parent)
    , m_record(record)
{
    setObjectName(QStringLiteral("FacilityDialog"));
    m_facilities = new QComboBox(this);
    m_facilities->setAccessibleName(tr("Facility"));
    QStringList listed;
    for (const core::Stock& s : facts.stock) {
        m_facilities->addItem(
            tr("%1 — %2 of %3 available").arg(s.facility).arg(s.availableToSell).arg(record.sku), s.facility);
        listed << s.facility;
    }
    for (const QString& f : known) {
        if (!f.isEmpty() && !listed.contains(f)) {
            m_facilities->addItem(f, f);
            listed << f;
        }
    }
    m_facilities->setCurrentIndex(-1);
    auto* intro =
        new QLabel(tr("The order is sent to the facility you choose; the choice is kept for this order only."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Facility:"), m_facilities);
    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(form);
    connect(m_facilities, &QComboBox::currentIndexChanged, this, &FacilityDialog::updateChange);
    updateChange();
}

bool FacilityDialog::chooseFacility(const QString& facility)
{
    const int i = m_facilities->findData(facility);
    if (i >= 0)
        m_facilities->setCurrentIndex(i);
    return i >= 0;
}

QString FacilityDialog::chosenFacility() const
{
    return m_facilities->currentData().toString();
}

void FacilityDialog::updateChange()
{
    const QString chosen = chosenFacility();
    setChange(m_record.facility.isEmpty() ? tr("Order %1 → no facility").arg(m_record.orderRef)
                                          : tr("Order %1 → %2").arg(m_record.orderRef, m_record.facility),
        chosen.isEmpty() ? tr("Choose a facility.") : tr("Order %1 → %2").arg(m_record.orderRef, chosen),
        !chosen.isEmpty() && chosen != m_record.facility);
}

core::actions::EditSpec FacilityDialog::editSpec() const
{
    core::actions::EditSpec spec;
    spec.kind = core::actions::EditKind::ChooseFacility;
    spec.facility = chosenFacility();
    return spec;
}

} // namespace lockstep::ui
