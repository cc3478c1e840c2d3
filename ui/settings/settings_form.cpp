// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_form.h"

#include "common/key_value_table.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace lockstep::ui {

SettingsForm::SettingsForm(ConfigDocument& document, bool readOnly, QObject* parent)
    : QObject(parent)
    , m_doc(document)
    , m_readOnly(readOnly)
{}

void SettingsForm::registerField(const QString& path, QWidget* widget, const QString& label)
{
    widget->setObjectName(path);
    if (widget->accessibleName().isEmpty())
        widget->setAccessibleName(label);
    m_widgets.insert(path, widget);
    m_labels.insert(path, label);
}

QLineEdit* SettingsForm::addText(
    QFormLayout* form, const QString& label, const QString& path, const QString& placeholder)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setText(m_doc.value(path).toString());
    edit->setPlaceholderText(placeholder);
    edit->setReadOnly(m_readOnly);
    registerField(path, edit, label);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, path](const QString& text) {
        m_doc.setValue(path, text.trimmed());
        Q_EMIT edited();
    });
    return edit;
}

QSpinBox* SettingsForm::addNumber(
    QFormLayout* form, const QString& label, const QString& path, int fallback, int min, int max, const QString& suffix)
{
    auto* spin = new QSpinBox(form->parentWidget());
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    const QVariant v = m_doc.value(path);
    // A value outside the range (a hand-edited file) is shown clamped; validation still names the field.
    spin->setValue(v.isValid() ? static_cast<int>(v.toLongLong()) : fallback);
    spin->setReadOnly(m_readOnly);
    spin->setButtonSymbols(m_readOnly ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    registerField(path, spin, label);
    form->addRow(label, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, path](int value) {
        m_doc.setValue(path, value);
        Q_EMIT edited();
    });
    return spin;
}

QCheckBox* SettingsForm::addSwitch(QFormLayout* form, const QString& label, const QString& path, bool fallback)
{
    auto* box = new QCheckBox(label, form->parentWidget());
    const QVariant v = m_doc.value(path);
    box->setChecked(v.isValid() ? v.toBool() : fallback);
    box->setEnabled(!m_readOnly);
    registerField(path, box, label);
    form->addRow(QString(), box);
    connect(box, &QCheckBox::toggled, this, [this, path](bool on) {
        m_doc.setValue(path, on);
        Q_EMIT edited();
    });
    return box;
}

KeyValueTable* SettingsForm::addTable(QFormLayout* form,
    const QString& label,
    const QString& path,
    const QString& keyHeader,
    const QString& valueHeader,
    bool wholeNumbers)
{
    auto* table = new KeyValueTable(keyHeader, valueHeader, form->parentWidget());
    table->setEntries(m_doc.entries(path));
    table->setReadOnly(m_readOnly);
    registerField(path, table, label);
    form->addRow(label, table);
    connect(table, &KeyValueTable::edited, this, [this, path, wholeNumbers](const ConfigDocument::Entries& entries) {
        m_doc.setEntries(path, entries, wholeNumbers);
        Q_EMIT edited();
    });
    return table;
}

QString SettingsForm::longestPrefix(const QString& field) const
{
    QString best;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const QString& path = it.key();
        const bool matches = field == path || field.startsWith(path + u'.');
        if (matches && path.size() > best.size())
            best = path;
    }
    return best;
}

QWidget* SettingsForm::widgetFor(const QString& field) const
{
    return m_widgets.value(longestPrefix(field));
}

QString SettingsForm::labelFor(const QString& field) const
{
    return m_labels.value(longestPrefix(field));
}

} // namespace lockstep::ui
