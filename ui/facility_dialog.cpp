// SPDX-License-Identifier: GPL-3.0-or-later
#include "facility_dialog.h"

#include "before_after_view.h"
#include "store/catalog_repository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lockstep::ui {

FacilityDialog::FacilityDialog(
    core::store::Database& db, const core::ExceptionRecord& record, const QStringList& known, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
{
    setObjectName(QStringLiteral("FacilityDialog"));
    setWindowTitle(tr("Choose a facility for order %1").arg(record.orderRef));
    m_facilities = new QComboBox(this);
    m_facilities->setAccessibleName(tr("Facility"));
    QStringList listed;
    if (!record.sku.isEmpty()) {
        if (auto stock = core::store::CatalogRepository(db).stockForSku(record.sku); stock.ok()) {
            for (const core::Stock& s : stock.value()) {
                m_facilities->addItem(
                    tr("%1 — %2 of %3 available").arg(s.facility).arg(s.availableToSell).arg(record.sku), s.facility);
                listed << s.facility;
            }
        }
    }
    for (const QString& f : known) {
        if (!f.isEmpty() && !listed.contains(f)) {
            m_facilities->addItem(f, f);
            listed << f;
        }
    }
    m_facilities->setCurrentIndex(-1);
    m_change = new BeforeAfterView(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Route and retry"));

    auto* intro =
        new QLabel(tr("The order is sent to the facility you choose; the choice is kept for this order only."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Facility:"), m_facilities);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_change);
    layout->addWidget(m_buttons);
    connect(m_facilities, &QComboBox::currentIndexChanged, this, &FacilityDialog::updateChange);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

QPushButton* FacilityDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString FacilityDialog::beforeText() const
{
    return m_change->beforeText();
}

QString FacilityDialog::afterText() const
{
    return m_change->afterText();
}

void FacilityDialog::updateChange()
{
    m_change->setBefore(m_record.facility.isEmpty() ? tr("Order %1 → no facility").arg(m_record.orderRef)
                                                    : tr("Order %1 → %2").arg(m_record.orderRef, m_record.facility));
    const QString chosen = chosenFacility();
    m_change->setAfter(
        chosen.isEmpty() ? tr("Choose a facility.") : tr("Order %1 → %2").arg(m_record.orderRef, chosen));
    okButton()->setEnabled(!chosen.isEmpty() && chosen != m_record.facility);
}

core::actions::EditSpec FacilityDialog::editSpec() const
{
    core::actions::EditSpec spec;
    spec.kind = core::actions::EditKind::ChooseFacility;
    spec.facility = chosenFacility();
    return spec;
}

} // namespace lockstep::ui
