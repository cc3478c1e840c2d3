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

/// Puts the cursor in a search field with its text selected, as Find does.
inline void focusSearchField(QLineEdit* field)
{
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

/// Find (Ctrl+F) puts the cursor in the page's search field with its text selected. The field is remembered on the
/// page (searchFieldOf()), so Find pressed outside the page (in the navigation) can reach it too.
inline QShortcut* addFindShortcut(QWidget* page, QLineEdit* field)
{
    page->setProperty("lockstepSearchField", QVariant::fromValue(static_cast<QObject*>(field)));
    return addPageShortcut(page, QKeySequence::Find, [field] { focusSearchField(field); });
}

/// The search field addFindShortcut() gave `page`, or null.
inline QLineEdit* searchFieldOf(const QWidget* page)
{
    return page ? qobject_cast<QLineEdit*>(page->property("lockstepSearchField").value<QObject*>()) : nullptr;
}

} // namespace lockstep::ui
