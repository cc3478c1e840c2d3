// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lockstep::ui {

/// One secret of a connection: a line saying where it is kept ("Stored in the keychain", "Not stored", "From the
/// environment variable X"), never the secret itself, and Replace, which opens a password field. Store hands the
/// typed value on once and clears the field. Thread: UI.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    SecretField(const QString& label, bool readOnly, QWidget* parent = nullptr);

    void setStatus(const QString& text);
    QString status() const;
    QPushButton* replaceButton() const { return m_replace; }
    QLineEdit* passwordField() const { return m_password; }
    QPushButton* storeButton() const { return m_store; }

Q_SIGNALS:
    void secretEntered(const QString& secret);

private:
    void setEditing(bool editing);

    QLabel* m_status = nullptr;
    QPushButton* m_replace = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_store = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lockstep::ui
