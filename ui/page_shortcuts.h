// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QShortcut>

#include <utility>

namespace lockstep::ui {

/// A shortcut that works while focus is anywhere within `page`, so pages in one stack never fight over the
/// same keys. `onActivated` runs with `page` as its context. Thread: UI.
template <typename F> QShortcut* addPageShortcut(QWidget* page, const QKeySequence& keys, F&& onActivated)
{
    auto* shortcut = new QShortcut(keys, page);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, page, std::forward<F>(onActivated));
    return shortcut;
}

/// Find (Ctrl+F) puts the cursor in the page's search field with its text selected.
inline QShortcut* addFindShortcut(QWidget* page, QLineEdit* field)
{
    return addPageShortcut(page, QKeySequence::Find, [field] {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
}

} // namespace lockstep::ui
