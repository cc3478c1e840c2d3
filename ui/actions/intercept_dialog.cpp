// SPDX-License-Identifier: GPL-3.0-or-later
#include "intercept_dialog.h"

#include "common/desktop_opener.h"
#include "common/display_format.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace lockstep::ui {

InterceptDialog::InterceptDialog(const core::ExceptionRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
{
    setObjectName(QStringLiteral("InterceptDialog"));
    setWindowTitle(tr("Ask the warehouse to intercept order %1").arg(record.orderRef));
    auto* intro = new QLabel(tr("The warehouse released this order before the cancellation reached it, and Deposco "
                                "takes no hold or note once an order is released: ask the warehouse team yourself, by "
                                "phone or mail, to pull it before the carrier collects it. Lockstep keeps your request "
                                "and follows the order: the exception resolves when the warehouse cancels it, and goes "
                                "to customer service for a return if the carrier collects it."),
        this);
    intro->setWordWrap(true);

    m_message = new QPlainTextEdit(messageFor(record), this);
    m_message->setObjectName(QStringLiteral("interceptMessage"));
    m_message->setAccessibleName(tr("Message for the warehouse"));
    m_message->setReadOnly(true);
    m_message->setTabChangesFocus(true);

    m_copy = new QPushButton(tr("&Copy message"), this);
    m_email = new QPushButton(tr("Write an &email…"), this);
    m_copied = new QLabel(this);
    auto* messageButtons = new QHBoxLayout;
    messageButtons->addWidget(m_copy);
    messageButtons->addWidget(m_email);
    messageButtons->addWidget(m_copied, 1);

    m_note = new QLineEdit(this);
    m_note->setAccessibleName(tr("How you asked"));
    m_note->setPlaceholderText(tr("e.g. called the shift lead at %1 (required)")
                                   .arg(record.facility.isEmpty() ? tr("the warehouse") : record.facility));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Keep the request"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(QString(), messageButtons);
    form->addRow(tr("&How you asked:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(message());
        m_copied->setText(tr("Copied."));
    });
    connect(m_email, &QPushButton::clicked, this, [this] {
        QUrl mail(QStringLiteral("mailto:"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("subject"), tr("Please intercept order %1").arg(m_record.orderRef));
        query.addQueryItem(QStringLiteral("body"), message());
        mail.setQuery(query);
        if (!DesktopOpener::open(mail))
            m_copied->setText(tr("No mail program answered: copy the message instead."));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InterceptDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QLineEdit::textChanged, this, &InterceptDialog::updateOk);
    updateOk();
    m_note->setFocus();
}

QString InterceptDialog::messageFor(const core::ExceptionRecord& record)
{
    const QString facility = record.facility.isEmpty() ? tr("the warehouse") : record.facility;
    return tr("Please pull order %1 at %2 before the carrier collects it, and cancel it in Deposco.\n"
              "The customer cancelled it in the storefront after the warehouse had released it.\n"
              "%3\n"
              "Lockstep exception %4.")
        .arg(record.orderRef, facility, DisplayFormat::reason(record))
        .arg(record.id);
}

QString InterceptDialog::message() const
{
    return m_message->toPlainText();
}

QString InterceptDialog::note() const
{
    return m_note->text().trimmed();
}

void InterceptDialog::setNote(const QString& note)
{
    m_note->setText(note);
}

QPushButton* InterceptDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void InterceptDialog::accept()
{
    if (note().isEmpty()) {
        m_note->setFocus();
        return;
    }
    QDialog::accept();
}

void InterceptDialog::updateOk()
{
    okButton()->setEnabled(!note().isEmpty());
}

} // namespace lockstep::ui
