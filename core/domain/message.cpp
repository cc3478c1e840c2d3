// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>
#include <functional>

namespace lockstep::core {

namespace {

QString translated(const char* source, qint64 n)
{
    return QCoreApplication::translate(
        Message::kContext, source, nullptr, n >= 0 ? int(std::min<qint64>(n, INT_MAX)) : -1);
}

/// Replaces %1..%99 in one pass, so an argument's own text (a server's error with "%2" in it) is never read as a
/// placeholder.
QString fill(const QString& pattern, const QStringList& args)
{
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size()) {
            int index = pattern.at(i + 1).digitValue();
            int length = 1;
            // %10 and up, as QString::arg reads them, when there are that many arguments.
            if (index >= 1 && i + 2 < pattern.size() && pattern.at(i + 2).isDigit()
                && index * 10 + pattern.at(i + 2).digitValue() <= args.size()) {
                index = index * 10 + pattern.at(i + 2).digitValue();
                length = 2;
            }
            if (index >= 1 && index <= args.size()) {
                out += args.at(index - 1);
                i += length;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

Message::Message(const char* source, std::initializer_list<Message> args)
    : m_kind(Kind::Template)
    , m_text(QString::fromUtf8(source))
    , m_args(args)
{}

Message Message::plural(const char* source, qint64 n, std::initializer_list<Message> args)
{
    Message m(source, args);
    m.m_n = std::max<qint64>(0, n);
    return m;
}

Message Message::literal(const QString& text)
{
    Message m;
    m.m_text = text;
    return m;
}

Message Message::number(qint64 value)
{
    return literal(QString::number(value));
}

Message Message::list(const QList<Message>& items)
{
    Message m;
    m.m_kind = Kind::List;
    m.m_args = items;
    return m;
}

Message Message::duration(qint64 seconds)
{
    Message m;
    m.m_kind = Kind::Duration;
    m.m_n = std::max<qint64>(0, seconds);
    return m;
}

Message& Message::arg(const Message& argument)
{
    m_args.append(argument);
    return *this;
}

QString Message::render(bool translate) const
{
    switch (m_kind) {
    case Kind::Literal:
        return m_text;
    case Kind::Duration: {
        const qint64 minutes = m_n / 60;
        const qint64 hours = minutes / 60;
        const auto text = [translate](const char* source, qint64 a, qint64 b) {
            const QString pattern = translate ? translated(source, -1) : QString::fromUtf8(source);
            return fill(pattern, {QString::number(a), QString::number(b)});
        };
        if (minutes < 120)
            return text(QT_TRANSLATE_NOOP("Lockstep", "%1 min"), minutes, 0);
        if (hours < 48)
            return text(QT_TRANSLATE_NOOP("Lockstep", "%1 h %2 min"), hours, minutes % 60);
        return text(QT_TRANSLATE_NOOP("Lockstep", "%1 d %2 h"), hours / 24, hours % 24);
    }
    case Kind::List: {
        QStringList items;
        for (const Message& a : m_args)
            items.append(a.render(translate));
        return items.join(QStringLiteral(", "));
    }
    case Kind::Template:
        break;
    }
    const QByteArray source = m_text.toUtf8();
    QString pattern = translate ? translated(source.constData(), m_n) : m_text;
    if (m_n >= 0) {
        // English without a plural translation: "(s)" is the source's way of writing both forms.
        pattern.replace(QStringLiteral("%n"), QString::number(m_n));
        pattern.replace(QStringLiteral("(s)"), m_n == 1 ? QString() : QStringLiteral("s"));
        pattern.replace(QStringLiteral("(es)"), m_n == 1 ? QString() : QStringLiteral("es"));
    }
    QStringList args;
    args.reserve(m_args.size());
    for (const Message& a : m_args)
        args.append(a.render(translate));
    return fill(pattern, args);
}

QString Message::toString() const
{
    return render(true);
}

QString Message::english() const
{
    return render(false);
}

QString Message::toStored() const
{
    std::function<QJsonValue(const Message&)> json = [&json](const Message& m) -> QJsonValue {
        switch (m.m_kind) {
        case Kind::Literal:
            return m.m_text;
        case Kind::Duration:
            return QJsonObject{{QStringLiteral("d"), m.m_n}};
        case Kind::List: {
            QJsonArray items;
            for (const Message& a : m.m_args)
                items.append(json(a));
            return QJsonObject{{QStringLiteral("l"), items}};
        }
        case Kind::Template:
            break;
        }
        QJsonObject o{{QStringLiteral("t"), m.m_text}};
        if (m.m_n >= 0)
            o.insert(QStringLiteral("n"), m.m_n);
        if (!m.m_args.isEmpty()) {
            QJsonArray args;
            for (const Message& a : m.m_args)
                args.append(json(a));
            o.insert(QStringLiteral("a"), args);
        }
        return o;
    };
    if (isEmpty())
        return {};
    const QJsonValue v = json(*this);
    const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(QJsonArray{v});
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

std::optional<Message> Message::fromStored(const QString& text)
{
    if (text.isEmpty())
        return Message();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    std::function<std::optional<Message>(const QJsonValue&, int)> read = [&read](const QJsonValue& v,
                                                                             int depth) -> std::optional<Message> {
        if (depth > 8)
            return std::nullopt;
        if (v.isString())
            return literal(v.toString());
        if (!v.isObject())
            return std::nullopt;
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("d")))
            return duration(o.value(QStringLiteral("d")).toInteger());
        if (o.value(QStringLiteral("l")).isArray()) {
            QList<Message> items;
            for (const QJsonValue& a : o.value(QStringLiteral("l")).toArray()) {
                auto item = read(a, depth + 1);
                if (!item)
                    return std::nullopt;
                items.append(*item);
            }
            return list(items);
        }
        if (!o.value(QStringLiteral("t")).isString())
            return std::nullopt;
        Message m;
        m.m_kind = Kind::Template;
        m.m_text = o.value(QStringLiteral("t")).toString();
        m.m_n = o.contains(QStringLiteral("n")) ? std::max<qint64>(0, o.value(QStringLiteral("n")).toInteger()) : -1;
        for (const QJsonValue& a : o.value(QStringLiteral("a")).toArray()) {
            auto arg = read(a, depth + 1);
            if (!arg)
                return std::nullopt;
            m.m_args.append(*arg);
        }
        return m;
    };
    if (doc.isArray())
        return doc.array().size() == 1 ? read(doc.array().at(0), 0) : std::nullopt;
    return read(doc.object(), 0);
}

QString shownText(const Message& message, const QString& stored)
{
    return message.isEmpty() ? stored : message.toString();
}

} // namespace lockstep::core
