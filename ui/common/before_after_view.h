// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace lockstep::ui {

/// "Before: … / After: …" for an edit dialog, so a person sees what the change does before it is made.
/// Thread: UI.
class BeforeAfterView : public QWidget
{
    Q_OBJECT

public:
    explicit BeforeAfterView(QWidget* parent = nullptr);

    void setBefore(const QString& text);
    void setAfter(const QString& text);
    QString beforeText() const;
    QString afterText() const;

private:
    QLabel* m_before = nullptr;
    QLabel* m_after = nullptr;
};

} // namespace lockstep::ui
