// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny HTTP server on 127.0.0.1 for tests: it answers each request with the next step of a script.
#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QUrl>

#include <utility>

namespace lockstep::test {

/// One scripted answer.
struct ScriptStep
{
    enum class Kind
    {
        Respond, ///< Send `status`, `headers` and `body`.
        Hang, ///< Read the request and never answer.
        Drop, ///< Read the request and close the connection without an answer.
        Raw, ///< Read the request, write `body` as it is (status line and headers included), keep the connection open.
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static ScriptStep respond(int status, QByteArray body = {}, QList<std::pair<QByteArray, QByteArray>> headers = {})
    {
        return ScriptStep{Kind::Respond, status, std::move(headers), std::move(body)};
    }
    static ScriptStep hang() { return ScriptStep{Kind::Hang, 0, {}, {}}; }
    static ScriptStep drop() { return ScriptStep{Kind::Drop, 0, {}, {}}; }
    static ScriptStep raw(QByteArray bytes) { return ScriptStep{Kind::Raw, 0, {}, std::move(bytes)}; }
};

/// Serves a script over real HTTP on a free loopback port. Every answer carries "Connection: close", so each request
/// arrives on a new connection and the connection-level steps (hang, drop) can be played in any order. Ordinary
/// answers come from QHttpServer; hang, drop and raw take the socket before it does. Past the end of the script it
/// answers with the fallback step (599 unless set). Thread: the test's thread.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject* parent = nullptr);

    /// Listens on 127.0.0.1 with a port the system picks; false if it cannot.
    bool start();
    QUrl url(const QString& pathAndQuery = QStringLiteral("/script")) const;

    void setScript(QList<ScriptStep> steps) { m_script = std::move(steps); }
    /// The answer once the script is played out: a server that says the same thing for ever.
    void setFallback(ScriptStep step) { m_fallback = std::move(step); }
    /// Plays the script at `path` too (any query), e.g. a connector's API path.
    void serve(const QString& path);
    /// Requests received (answered, hung or dropped), in order.
    int requestCount() const { return m_methods.size(); }
    const QList<QByteArray>& methods() const { return m_methods; }

private:
    class Listener;
    friend class Listener;

    bool nextStepTakesSocket() const;
    ScriptStep takeStep();
    void playOnSocket(qintptr handle);

    QHttpServer m_http;
    Listener* m_listener = nullptr;
    QList<ScriptStep> m_script;
    ScriptStep m_fallback = ScriptStep::respond(599);
    QList<QByteArray> m_methods;
};

} // namespace lockstep::test

Q_DECLARE_METATYPE(lockstep::test::ScriptStep)
