// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace lockstep::ui {

/// A one-line label that shows as much of its text as its width allows, ending in "…", and then carries the
/// whole text as its tooltip: for a fact in a narrow cell, where wrapping would need a height the row does not
/// have and running past the edge would cut it off. Its minimum width is a few characters, so it never widens
/// its layout; its preferred width is the whole text's. Until it is shown it holds the whole text (it has no width
/// of its own yet). Thread: UI.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    /// Shows `text` (plain), elided to the label's width; `tip` is the tooltip when all of it fits, and follows the
    /// whole text on a line of its own when it does not.
    void setFullText(const QString& text, const QString& tip = {});
    QString fullText() const { return m_fullText; }
    /// Whether the label shows less than its whole text.
    bool isElided() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void elide();

    QString m_fullText;
    QString m_tip;
    bool m_elided = false;
};

} // namespace lockstep::ui
