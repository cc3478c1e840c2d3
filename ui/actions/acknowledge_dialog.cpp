// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledge_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lockstep::ui {

using core::actions::ResolutionKind;

QString AcknowledgeDialog::resolutionName(ResolutionKind kind)
{
    switch (kind) {
    case ResolutionKind::HandledInWms:
        return tr("Handled in the WMS");
    case ResolutionKind::HandledWithCustomer:
        return tr("Handled with the customer");
    case ResolutionKind::HandledInStorefront:
        return tr("Handled in the storefront");
    case ResolutionKind::WontFix:
        return tr("Won't fix");
    case ResolutionKind::Duplicate:
        return tr("Duplicate");
    case ResolutionKind::Other:
        return tr("Other");
    }
    return {};
}

AcknowledgeDialog::AcknowledgeDialog(int count, bool matchingFilter, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AcknowledgeDialog"));
    setWindowTitle(matchingFilter ? tr("Acknowledge everything matching the filter")
                                  : tr("Acknowledge %n exception(s)", nullptr, count));
    auto* intro = new QLabel(matchingFilter
            ? tr("Every exception matching the filter (%n now) leaves the open queue. It stays in reports and exports.",
                nullptr,
                count)
            : tr("%n exception(s) leave the open queue. They stay in reports and exports.", nullptr, count),
        this);
    intro->setWordWrap(true);

    m_resolution = new QComboBox(this);
    m_resolution->setAccessibleName(tr("Resolution"));
    for (ResolutionKind kind : {ResolutionKind::HandledInWms,
             ResolutionKind::HandledWithCustomer,
             ResolutionKind::HandledInStorefront,
             ResolutionKind::WontFix,
             ResolutionKind::Duplicate,
             ResolutionKind::Other})
        m_resolution->addItem(resolutionName(kind), static_cast<int>(kind));

    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What was done, so the next person knows (required)"));
    m_note->setTabChangesFocus(true);

    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("acknowledgeConsequence"));
    m_consequence->setAccessibleName(tr("What acknowledging means"));
    m_consequence->setWordWrap(true);
    m_consequence->setFrameShape(QFrame::StyledPanel);
    m_consequence->setMargin(6);
    m_consequence->hide();

    m_problem = new QLabel(this);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_consequence);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::updateOk);
    updateOk();
    m_problem->hide();
}

QString AcknowledgeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AcknowledgeDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

ResolutionKind AcknowledgeDialog::resolution() const
{
    return static_cast<ResolutionKind>(m_resolution->currentData().toInt());
}

void AcknowledgeDialog::setResolution(ResolutionKind kind)
{
    m_resolution->setCurrentIndex(m_resolution->findData(static_cast<int>(kind)));
}

QPushButton* AcknowledgeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AcknowledgeDialog::setConsequence(const QString& text)
{
    m_consequence->setText(text);
    m_consequence->setVisible(!text.isEmpty());
}

QString AcknowledgeDialog::consequenceText() const
{
    return m_consequence->text();
}

QString AcknowledgeDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AcknowledgeDialog::updateOk()
{
    const bool ok = !note().isEmpty();
    okButton()->setEnabled(ok);
    if (ok)
        m_problem->hide();
}

void AcknowledgeDialog::accept()
{
    if (note().isEmpty()) {
        // Reached by Return or a test calling accept() while OK is disabled: say what is missing, stay open.
        m_problem->setText(tr("Write a note first: an acknowledgement without one cannot be understood later."));
        m_problem->show();
        m_note->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace lockstep::ui
