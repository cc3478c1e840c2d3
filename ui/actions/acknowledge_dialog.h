// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action_command.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lockstep::ui {

/// Acknowledge: a required note and a resolution kind, kept apart from the failure. OK stays disabled while
/// the note is blank, and accept() refuses a blank note with a message, whichever way it is reached.
/// Thread: UI.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT

public:
    /// `count` exceptions will be acknowledged (for the title); `matchingFilter` when it is a whole filter.
    AcknowledgeDialog(int count, bool matchingFilter, QWidget* parent = nullptr);

    QString note() const;
    void setNote(const QString& note);
    core::actions::ResolutionKind resolution() const;
    void setResolution(core::actions::ResolutionKind kind);
    QPushButton* okButton() const;
    /// The message shown when the note is missing; empty otherwise.
    QString problemText() const;
    /// What acknowledging does to the records' orders, said before it happens (e.g. a paid order held by a SKU
    /// mismatch stays unsent); empty hides it.
    void setConsequence(const QString& text);
    QString consequenceText() const;

    static QString resolutionName(core::actions::ResolutionKind kind);

public Q_SLOTS:
    void accept() override;

private:
    void updateOk();

    QPlainTextEdit* m_note = nullptr;
    QComboBox* m_resolution = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_consequence = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lockstep::ui
