// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lockstep::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(title, this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    auto* text = new QLabel(purpose, this);
    text->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(text);
    layout->addStretch(1);
    setAccessibleName(title);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

} // namespace lockstep::ui
