// SPDX-License-Identifier: GPL-3.0-or-later
#include "before_after_view.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lockstep::ui {

BeforeAfterView::BeforeAfterView(QWidget* parent)
    : QWidget(parent)
{
    auto* box = new QGroupBox(tr("The change"), this);
    auto* form = new QFormLayout(box);
    const auto value = [box](const QString& name) {
        auto* label = new QLabel(box);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAccessibleName(name);
        return label;
    };
    m_before = value(tr("Before"));
    m_after = value(tr("After"));
    form->addRow(tr("Before:"), m_before);
    form->addRow(tr("After:"), m_after);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
}

void BeforeAfterView::setBefore(const QString& text)
{
    m_before->setText(text);
}

void BeforeAfterView::setAfter(const QString& text)
{
    m_after->setText(text);
}

QString BeforeAfterView::beforeText() const
{
    return m_before->text();
}

QString BeforeAfterView::afterText() const
{
    return m_after->text();
}

} // namespace lockstep::ui
