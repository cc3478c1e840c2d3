// SPDX-License-Identifier: GPL-3.0-or-later
#include "secret_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lockstep::ui {

SecretField::SecretField(const QString& label, bool readOnly, QWidget* parent)
    : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_replace = new QPushButton(tr("Replace…"), this);
    m_replace->setAccessibleName(tr("Replace %1").arg(label));
    m_replace->setEnabled(!readOnly);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New %1").arg(label));
    m_password->setPlaceholderText(tr("Type or paste the new value"));
    m_store = new QPushButton(tr("Store"), this);
    m_store->setAccessibleName(tr("Store %1").arg(label));
    m_cancel = new QPushButton(tr("Cancel"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_replace);
    layout->addWidget(m_password, 1);
    layout->addWidget(m_store);
    layout->addWidget(m_cancel);
    setAccessibleName(label);
    setEditing(false);

    connect(m_replace, &QPushButton::clicked, this, [this] {
        setEditing(true);
        m_password->setFocus(Qt::OtherFocusReason);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { setEditing(false); });
    connect(m_password, &QLineEdit::returnPressed, m_store, &QPushButton::click);
    connect(m_store, &QPushButton::clicked, this, [this] {
        const QString secret = m_password->text();
        if (secret.isEmpty())
            return;
        setEditing(false);
        Q_EMIT secretEntered(secret);
    });
}

void SecretField::setEditing(bool editing)
{
    // The field is emptied whenever it closes, so a typed secret never lingers in a widget.
    m_password->clear();
    m_status->setVisible(!editing);
    m_replace->setVisible(!editing);
    m_password->setVisible(editing);
    m_store->setVisible(editing);
    m_cancel->setVisible(editing);
}

void SecretField::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString SecretField::status() const
{
    return m_status->text();
}

} // namespace lockstep::ui
