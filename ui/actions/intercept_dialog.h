// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/exception_record.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lockstep::ui {

/// "Ask the warehouse to intercept" for an order cancelled past its cutoff. Deposco takes no hold or note once an
/// order is released, so the request goes from a person to the warehouse team: the dialog writes the message (copy
/// it, or open it as an email) and asks how and whom they asked (required), which Lockstep keeps while the
/// exception waits for the warehouse. Thread: UI.
class InterceptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InterceptDialog(const core::ExceptionRecord& record, QWidget* parent = nullptr);

    /// The message for the warehouse team: the order, the facility, why, and Lockstep's reference.
    static QString messageFor(const core::ExceptionRecord& record);
    QString message() const;
    /// How and whom the person asked; kept with the request.
    QString note() const;
    void setNote(const QString& note);
    QPushButton* okButton() const;
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* emailButton() const { return m_email; }

public Q_SLOTS:
    void accept() override;

private:
    void updateOk();

    core::ExceptionRecord m_record;
    QPlainTextEdit* m_message = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_email = nullptr;
    QLabel* m_copied = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lockstep::ui
