// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files in translations/: every message translated, with the plural forms its language needs and
// the placeholders and accelerator of its source; and in step with the sources, so that lupdate (run as
// update_translations runs it) would change nothing. Fails until new strings are extracted and translated.
// English, the source language, has a file of plural messages only (lupdate -pluralonly), checked the same way.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <utility>

namespace {

const QString kTsDir = QStringLiteral(LOCKSTEP_TS_DIR);

const QString kSourceLanguage = QStringLiteral(LOCKSTEP_SOURCE_LANGUAGE);

QStringList languages()
{
    return QStringLiteral(LOCKSTEP_LANGUAGES).split(u' ', Qt::SkipEmptyParts);
}

/// The translated languages and the source language's plural file.
QStringList tsLanguages()
{
    return languages() << kSourceLanguage;
}

QString tsPath(const QString& lang)
{
    return kTsDir + QStringLiteral("/lockstep_%1.ts").arg(lang);
}

/// The number of plural forms Qt's rules give a language (qtbase's numerus table, as lupdate writes them).
int pluralForms(const QString& lang)
{
    static const QHash<QString, int> forms{{QStringLiteral("de"), 2},
        {QStringLiteral("en"), 2},
        {QStringLiteral("fr"), 2},
        {QStringLiteral("es"), 2},
        {QStringLiteral("pl"), 3}};
    return forms.value(lang, -1);
}

/// %1..%99, %L1, %n and %Ln, as QString::arg() and tr() replace them.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

/// Counts the accelerator marks: an & not doubled and followed by a visible character.
int accelerators(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)\\S"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: empty when finished
    QStringList forms; // one text, or the numerus forms
};

QList<Message> readTs(const QString& path, QString* language, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.forms << xml.readElementText();
            else
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList problemsOf(const QString& lang, const Message& m)
{
    QStringList out;
    const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
    if (!m.type.isEmpty())
        out << QStringLiteral("%1: marked %2").arg(where, m.type);
    if (lang == kSourceLanguage && !m.numerus)
        out << QStringLiteral("%1: not a plural message; the source language's file holds only those (lupdate "
                              "-pluralonly, as update_translations runs it)")
                   .arg(where);
    if (m.numerus && m.forms.size() != pluralForms(lang))
        out << QStringLiteral("%1: %2 plural forms, %3 needs %4")
                   .arg(where)
                   .arg(m.forms.size())
                   .arg(lang)
                   .arg(pluralForms(lang));
    const QSet<QString> wanted = placeholders(m.source);
    for (qsizetype i = 0; i < m.forms.size(); ++i) {
        const QString& form = m.forms.at(i);
        const QString which = m.numerus ? QStringLiteral("%1 (form %2)").arg(where).arg(i) : where;
        if (form.trimmed().isEmpty()) {
            out << QStringLiteral("%1: empty translation").arg(which);
            continue;
        }
        const QSet<QString> got = placeholders(form);
        if (got != wanted) {
            QStringList missing(wanted.cbegin(), wanted.cend());
            QStringList extra(got.cbegin(), got.cend());
            missing.removeIf([&](const QString& p) { return got.contains(p); });
            extra.removeIf([&](const QString& p) { return wanted.contains(p); });
            out << QStringLiteral("%1: placeholders missing {%2}, not in the source {%3}: \"%4\"")
                       .arg(which, missing.join(u','), extra.join(u','), form);
        }
        if (accelerators(m.source) != accelerators(form))
            out << QStringLiteral("%1: the accelerator & is lost or doubled: \"%2\"").arg(which, form);
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString& lang : tsLanguages())
            QTest::newRow(qPrintable(lang)) << lang;
    }

    void everyMessageTranslated()
    {
        QFETCH(QString, lang);
        QVERIFY2(pluralForms(lang) > 0, "a new language: add its number of plural forms to pluralForms()");
        QString language, error;
        const QList<Message> messages = readTs(tsPath(lang), &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(language, lang);
        // English holds only the plural messages (some 40); every other language holds every message.
        QVERIFY(messages.size() > (lang == kSourceLanguage ? 10 : 100));
        QStringList problems;
        for (const Message& m : messages)
            problems << problemsOf(lang, m);
        const QString hint =
            QStringLiteral("\nFill them: python3 translations/translate_missing.py %1 (see translations/README.md)")
                .arg(lang);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 messages need work in %3:\n  %4%5")
                           .arg(problems.size())
                           .arg(messages.size())
                           .arg(tsPath(lang), problems.mid(0, 40).join(QStringLiteral("\n  ")), hint)));
    }

    // The checker itself: an unfinished message, a missing plural form and a lost placeholder are each caught.
    void problemsAreFound()
    {
        const Message fine{
            QStringLiteral("c"), QStringLiteral("&Retry %1"), false, {}, {QStringLiteral("&Wiederholen %1")}};
        QVERIFY(problemsOf(QStringLiteral("de"), fine).isEmpty());
        Message unfinished = fine;
        unfinished.type = QStringLiteral("unfinished");
        QCOMPARE(problemsOf(QStringLiteral("de"), unfinished).size(), 1);
        Message lost = fine;
        lost.forms = {QStringLiteral("&Wiederholen")};
        QCOMPARE(problemsOf(QStringLiteral("de"), lost).size(), 1);
        Message noAccelerator = fine;
        noAccelerator.forms = {QStringLiteral("Wiederholen %1")};
        QCOMPARE(problemsOf(QStringLiteral("de"), noAccelerator).size(), 1);
        const Message plural{QStringLiteral("c"),
            QStringLiteral("%n min"),
            true,
            {},
            {QStringLiteral("%n minuta"), QStringLiteral("%n minuty")}};
        QCOMPARE(problemsOf(QStringLiteral("pl"), plural).size(), 1);
        QVERIFY(problemsOf(QStringLiteral("de"), plural).isEmpty());

        // English: its plural forms are checked like any language's; a message that is not a plural does not belong.
        const Message english{QStringLiteral("c"),
            QStringLiteral("%n row(s)"),
            true,
            {},
            {QStringLiteral("%n row"), QStringLiteral("%n rows")}};
        QVERIFY(problemsOf(kSourceLanguage, english).isEmpty());
        Message englishUnfinished = english;
        englishUnfinished.type = QStringLiteral("unfinished");
        englishUnfinished.forms = {QString(), QString()};
        QCOMPARE(problemsOf(kSourceLanguage, englishUnfinished).size(), 3); // marked, and two empty forms
        Message englishNoCount = english;
        englishNoCount.forms = {QStringLiteral("one row"), QStringLiteral("%n rows")};
        QCOMPARE(problemsOf(kSourceLanguage, englishNoCount).size(), 1);
        QCOMPARE(problemsOf(kSourceLanguage, fine).size(), 1); // not a plural
    }

    // lupdate over the same sources with the same options as update_translations, on copies of the files.
    void lupdateChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList committedFiles, copies;
        for (const QString& lang : tsLanguages()) {
            const QString copy = dir.filePath(QFileInfo(tsPath(lang)).fileName());
            QVERIFY(QFile::copy(tsPath(lang), copy));
            QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
            committedFiles << tsPath(lang);
            copies << copy;
        }
        const QStringList options = QStringLiteral(LOCKSTEP_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
        const QStringList sourceOptions =
            options + QStringLiteral(LOCKSTEP_EN_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
        // Two runs, as update_translations makes them: the translated languages, then the source's plurals.
        QString output;
        const QList<std::pair<QStringList, QStringList>> runs{
            {options, copies.mid(0, copies.size() - 1)}, {sourceOptions, {copies.constLast()}}};
        for (const auto& [runOptions, files] : runs) {
            QProcess lupdate;
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            lupdate.start(QStringLiteral(LOCKSTEP_LUPDATE),
                runOptions + QStringList{QStringLiteral("@" LOCKSTEP_LUPDATE_LIST), QStringLiteral("-ts")} + files);
            QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
            const QString said = QString::fromLocal8Bit(lupdate.readAll());
            QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(said));
            output += said;
        }

        QStringList changed;
        for (qsizetype i = 0; i < copies.size(); ++i) {
            QFile committed(committedFiles.at(i));
            QFile updated(copies.at(i));
            QVERIFY(committed.open(QIODevice::ReadOnly) && updated.open(QIODevice::ReadOnly));
            const QList<QByteArray> before = committed.readAll().split('\n');
            const QList<QByteArray> after = updated.readAll().split('\n');
            if (before == after)
                continue;
            QString language, error;
            QSet<QString> keysBefore, keysAfter;
            for (const Message& m : readTs(committed.fileName(), &language, &error))
                keysBefore.insert(QStringLiteral("[%1] \"%2\"").arg(m.context, m.source));
            for (const Message& m : readTs(updated.fileName(), &language, &error))
                keysAfter.insert(QStringLiteral("[%1] \"%2\"").arg(m.context, m.source));
            QStringList added(keysAfter.cbegin(), keysAfter.cend());
            QStringList gone(keysBefore.cbegin(), keysBefore.cend());
            added.removeIf([&](const QString& k) { return keysBefore.contains(k); });
            gone.removeIf([&](const QString& k) { return keysAfter.contains(k); });
            added.sort();
            gone.sort();
            qsizetype line = 0;
            while (line < before.size() && line < after.size() && before.at(line) == after.at(line))
                ++line;
            // One arg() call for all: the messages themselves hold %1, which a chain of arg() calls would replace.
            changed << QStringLiteral("%1: %2 new in the sources {%3}, %4 gone {%5}; first change at line %6: \"%7\"")
                           .arg(committed.fileName(),
                               QString::number(added.size()),
                               added.mid(0, 20).join(QStringLiteral(", ")),
                               QString::number(gone.size()),
                               gone.mid(0, 20).join(QStringLiteral(", ")),
                               QString::number(line + 1),
                               QString::fromUtf8(after.value(line)).trimmed());
        }
        QVERIFY2(changed.isEmpty(),
            qPrintable(QStringLiteral("the sources and the translations disagree; run the update_translations target, "
                                      "then translate what is new (translations/README.md):\n  %1\nlupdate said:\n%2")
                           .arg(changed.join(QStringLiteral("\n  ")), output)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
