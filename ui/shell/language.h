// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lockstep::ui {

/// Languages the console speaks: "en" (the source) and the translations compiled in.
QStringList availableLanguages();
/// The language's own name, e.g. "Deutsch" for "de".
QString languageName(const QString& code);
/// The language chosen in Settings, or empty to follow the system.
QString savedLanguage();
void saveLanguage(const QString& code);
/// Installs Lockstep's and Qt's own translators for `code` (empty: the system language), replacing
/// earlier ones, and sets the default locale so dates, numbers and money format to match. English's plural
/// forms (lockstep_en.qm) are installed beneath them in every language, English included.
/// Widgets retranslate on the LanguageChange event that follows. Returns the language in effect.
/// Thread: UI.
QString applyLanguage(const QString& code);

} // namespace lockstep::ui
