// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace lockstep::ui {

/// The one way the console asks a question or tells a person something in a box. A thin wrapper over
/// QMessageBox with a test hook: after setNextAnswer(), the next box is not shown and returns that answer, so a
/// test never blocks on a modal. What the last box said is kept for tests to read. Thread: UI.
class MessageBox
{
public:
    /// A yes/no question; returns the button pressed.
    static QMessageBox::StandardButton question(QWidget* parent,
        const QString& title,
        const QString& text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    /// Test hook: the next box returns `answer` without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// The text of the last box asked for (shown or answered by the hook); empty before any.
    static QString lastText();
    /// Forgets the last text and an answer no box used (tests reset between cases).
    static void clearLastText();

private:
    static QMessageBox::StandardButton ask(QWidget* parent,
        QMessageBox::Icon icon,
        const QString& title,
        const QString& text,
        QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
};

} // namespace lockstep::ui
