// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace lockstep::ui {

/// A page that names itself and says what it is for, until its real content is built. Thread: UI.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent = nullptr);
    QString title() const;

private:
    QLabel* m_title = nullptr;
};

} // namespace lockstep::ui
