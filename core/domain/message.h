// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace lockstep::core {

/// A text a person reads, kept as its English template and its arguments rather than as a finished sentence, so
/// that each console renders it in its own person's language, also when another program wrote it into the store
/// (an exception's reason) or ran it (an action's outcome).
///
/// A template is English source text marked for lupdate in the context "Lockstep", with %1..%9 for its arguments
/// and %n for a count whose plural the language chooses:
///
///     Message(QT_TRANSLATE_NOOP("Lockstep", "Order %1 was paid %2 ago."), {Message::literal(ref),
///         Message::duration(seconds)})
///
/// Arguments are messages too: a literal (an order number, a SKU, an error a server sent) is shown as it is, a
/// nested template is translated, a duration is written in the language's units. A template whose translation is
/// missing (an older program's text) is shown in English with its arguments, so nothing is ever lost.
///
/// Stored as compact JSON (toStored()/fromStored()); english() is the text for logs, search and plain exports.
class Message
{
public:
    /// The translation context of every template.
    static constexpr const char* kContext = "Lockstep";

    Message() = default;
    /// A template (marked with QT_TRANSLATE_NOOP("Lockstep", ...)) and its arguments for %1, %2, ...
    explicit Message(const char* source, std::initializer_list<Message> args = {});
    /// A template with %n (marked with QT_TRANSLATE_N_NOOP("Lockstep", ...)), the plural chosen by the language for
    /// `n` (0 or more), and its arguments for %1, %2, ...
    static Message plural(const char* source, qint64 n, std::initializer_list<Message> args = {});
    /// Text shown as it is, in every language: a number, a SKU, a name, a server's error.
    static Message literal(const QString& text);
    static Message number(qint64 value);
    /// An argument as it comes: text and numbers as they are, a message as itself.
    static Message of(const QString& text) { return literal(text); }
    static Message of(qint64 value) { return number(value); }
    static Message of(int value) { return number(value); }
    static Message of(const Message& message) { return message; }
    /// Items joined with ", " (SKUs with their figures, say).
    static Message list(const QList<Message>& items);
    /// A wait or an age in whole minutes, hours and days ("45 min", "3 h 5 min", "2 d 4 h").
    static Message duration(qint64 seconds);

    bool isEmpty() const { return m_kind == Kind::Literal && m_text.isEmpty(); }
    /// In the language of the translators installed in this program.
    QString toString() const;
    /// In English, the source language, whatever is installed.
    QString english() const;

    /// Appends an argument (for templates built up step by step).
    Message& arg(const Message& argument);

    QString toStored() const;
    /// A message from toStored()'s text; nullopt when the text is not one.
    static std::optional<Message> fromStored(const QString& text);

    friend bool operator==(const Message&, const Message&) = default;

private:
    enum class Kind
    {
        Literal,
        Template,
        Duration,
        List
    };
    QString render(bool translate) const;

    Kind m_kind = Kind::Literal;
    QString m_text; ///< the template's English source, or the literal text
    qint64 m_n = -1; ///< the count for %n, or the duration's seconds; -1: none
    QList<Message> m_args;
};

/// The English text a stored field keeps beside its message, and what a reader shows: the message in this
/// program's language when there is one, else the stored text as written.
QString shownText(const Message& message, const QString& stored);

} // namespace lockstep::core
