// SPDX-License-Identifier: GPL-3.0-or-later
#include "scripted_server.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace lockstep::test {

namespace {

QByteArray methodName(const QHttpServerRequest& request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

QHttpServerResponse makeResponse(const ScriptStep& step)
{
    QHttpServerResponse response(
        QByteArray("application/json"), step.body, static_cast<QHttpServerResponse::StatusCode>(step.status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    for (const auto& [name, value] : step.headers)
        headers.append(name, value);
    headers.append(QHttpHeaders::WellKnownHeader::Connection, "close");
    response.setHeaders(std::move(headers));
#else
    for (const auto& [name, value] : step.headers)
        response.addHeader(name, value);
    response.addHeader("Connection", "close");
#endif
    return response;
}

} // namespace

/// Hands connections to QHttpServer unless the next step needs the raw socket.
class ScriptedServer::Listener : public QTcpServer
{
public:
    Listener(ScriptedServer& owner)
        : QTcpServer(&owner)
        , m_owner(owner)
    {}

protected:
    void incomingConnection(qintptr handle) override
    {
        if (m_owner.nextStepTakesSocket())
            m_owner.playOnSocket(handle);
        else
            QTcpServer::incomingConnection(handle);
    }

private:
    ScriptedServer& m_owner;
};

ScriptedServer::ScriptedServer(QObject* parent)
    : QObject(parent)
{
    serve(QStringLiteral("/script"));
}

void ScriptedServer::serve(const QString& path)
{
    m_http.route(path, [this](const QHttpServerRequest& request) {
        m_methods.append(methodName(request));
        return makeResponse(takeStep());
    });
}

bool ScriptedServer::start()
{
    m_listener = new Listener(*this);
    if (!m_listener->listen(QHostAddress::LocalHost, 0))
        return false;
    m_http.bind(m_listener);
    return true;
}

QUrl ScriptedServer::url(const QString& pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_listener->serverPort()).arg(pathAndQuery));
}

bool ScriptedServer::nextStepTakesSocket() const
{
    return (m_script.isEmpty() ? m_fallback : m_script.first()).kind != ScriptStep::Kind::Respond;
}

ScriptStep ScriptedServer::takeStep()
{
    return m_script.isEmpty() ? m_fallback : m_script.takeFirst();
}

void ScriptedServer::playOnSocket(qintptr handle)
{
    const ScriptStep step = takeStep();
    auto* socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, step] {
        const QByteArray head = socket->readAll();
        if (socket->property("counted").toBool())
            return;
        socket->setProperty("counted", true);
        m_methods.append(head.left(head.indexOf(' ')));
        if (step.kind == ScriptStep::Kind::Drop)
            socket->abort();
        else if (step.kind == ScriptStep::Kind::Raw)
            socket->write(step.body);
    });
}

} // namespace lockstep::test
