// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit_dialog.h"

#include "common/before_after_view.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace lockstep::ui {

EditDialog::EditDialog(const QString& title, const QString& okText, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_content = new QVBoxLayout;
    m_change = new BeforeAfterView(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_change);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* EditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString EditDialog::beforeText() const
{
    return m_change->beforeText();
}

QString EditDialog::afterText() const
{
    return m_change->afterText();
}

void EditDialog::setChange(const QString& before, const QString& after, bool changes)
{
    m_change->setBefore(before);
    m_change->setAfter(after);
    okButton()->setEnabled(changes);
}

} // namespace lockstep::ui
