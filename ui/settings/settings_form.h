// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config_document.h"

#include <QHash>
#include <QObject>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace lockstep::ui {

class KeyValueTable;

/// Binds editors to fields of a ConfigDocument by path: each editor shows the field (or the engine's default
/// when the file leaves it out) and writes it back when a person edits it, so a field nobody touched stays out
/// of the file. Every editor is named after its path (objectName), which is how validation messages find the
/// widget to point at, and how tests find it. Thread: UI.
class SettingsForm : public QObject
{
    Q_OBJECT

public:
    SettingsForm(ConfigDocument& document, bool readOnly, QObject* parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    ConfigDocument& document() { return m_doc; }

    QLineEdit* addText(QFormLayout* form, const QString& label, const QString& path, const QString& placeholder = {});
    QSpinBox* addNumber(QFormLayout* form,
        const QString& label,
        const QString& path,
        int fallback,
        int min,
        int max,
        const QString& suffix = {});
    QCheckBox* addSwitch(QFormLayout* form, const QString& label, const QString& path, bool fallback);
    KeyValueTable* addTable(QFormLayout* form,
        const QString& label,
        const QString& path,
        const QString& keyHeader,
        const QString& valueHeader,
        bool wholeNumbers);
    /// Registers a widget made elsewhere for a path (validation points at it).
    void registerField(const QString& path, QWidget* widget, const QString& label);

    /// The widget for a validation issue's field: the longest registered path the field starts with
    /// (`buffers.per_sku.MUG-WHT` -> the per-SKU table).
    QWidget* widgetFor(const QString& field) const;
    /// The label a person reads for that field ("Base URL"), or empty.
    QString labelFor(const QString& field) const;

Q_SIGNALS:
    /// A person changed a field; the document already holds the new value.
    void edited();

private:
    QString longestPrefix(const QString& field) const;

    ConfigDocument& m_doc;
    bool m_readOnly = false;
    QHash<QString, QWidget*> m_widgets;
    QHash<QString, QString> m_labels;
};

} // namespace lockstep::ui
