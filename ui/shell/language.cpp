// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace lockstep::ui {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");

QPointer<QTranslator>& ownTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}
QPointer<QTranslator>& qtTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}
/// English's plural forms ("%n order(s)" -> "1 order", "3 orders"): lockstep_en.qm holds only those.
QPointer<QTranslator>& englishTranslator()
{
    static QPointer<QTranslator> t;
    return t;
}
} // namespace

QStringList availableLanguages()
{
    QStringList out{QStringLiteral("en")};
    for (const char* code : {"de", "fr", "es", "pl"}) {
        if (QFile::exists(QStringLiteral(":/i18n/lockstep_%1.qm").arg(QLatin1String(code))))
            out << QString::fromLatin1(code);
    }
    return out;
}

QString languageName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QString savedLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void saveLanguage(const QString& code)
{
    QSettings().setValue(kSettingsKey, code);
}

QString applyLanguage(const QString& requested)
{
    const QString code = requested.isEmpty() ? QLocale::system().name().section(u'_', 0, 0) : requested;
    for (QPointer<QTranslator>* t : {&ownTranslator(), &qtTranslator(), &englishTranslator()}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    // English first, in every language: the translator installed last is asked first, so the chosen language's
    // own wins, and a message it has not translated yet still reads "1 order" rather than "1 order(s)".
    auto* english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/lockstep_en.qm"))) {
        QCoreApplication::installTranslator(english);
        englishTranslator() = english;
    } else {
        delete english;
    }
    QString effective = QStringLiteral("en");
    if (code != QLatin1String("en") && availableLanguages().contains(code)) {
        auto* own = new QTranslator(QCoreApplication::instance());
        if (own->load(QStringLiteral(":/i18n/lockstep_%1.qm").arg(code))) {
            QCoreApplication::installTranslator(own);
            ownTranslator() = own;
            effective = code;
        } else {
            delete own;
        }
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(code),
                QStringLiteral("qtbase"),
                QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            qtTranslator() = qt;
            effective = code; // Qt's own strings and the locale follow even where Lockstep's are not translated yet
        } else {
            delete qt;
        }
    }
    QLocale::setDefault(requested.isEmpty() ? QLocale::system() : QLocale(effective));
    return effective;
}

} // namespace lockstep::ui
