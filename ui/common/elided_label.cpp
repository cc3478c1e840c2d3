// SPDX-License-Identifier: GPL-3.0-or-later
#include "elided_label.h"

#include <QResizeEvent>

#include <algorithm>

namespace lockstep::ui {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // Takes the width its layout gives it rather than insisting on the whole text's.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString& text, const QString& tip)
{
    m_fullText = text;
    m_tip = tip;
    updateGeometry();
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    QString line = m_fullText;
    line.replace(u'\n', u' ');
    return {
        fontMetrics().horizontalAdvance(line) + 2 * margin() + m.left() + m.right() + 1, QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(QStringLiteral("MMM…")) + 2 * margin() + m.left() + m.right(),
        QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    QString line = m_fullText;
    line.replace(u'\n', u' ');
    const int width = std::max(0, contentsRect().width() - 2 * margin());
    const QString shown = isVisible() ? fontMetrics().elidedText(line, Qt::ElideRight, width) : line;
    m_elided = shown != line;
    if (shown != text())
        setText(shown);
    setToolTip(!m_elided ? m_tip : m_tip.isEmpty() ? m_fullText : QStringLiteral("%1\n%2").arg(m_fullText, m_tip));
}

} // namespace lockstep::ui
