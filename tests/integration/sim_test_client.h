// SPDX-License-Identifier: GPL-3.0-or-later
// A small HTTP client for the sandbox conformance tests: real requests through QNetworkAccessManager, waited for
// with QSignalSpy (no sleeps), plus a sandbox started in-process with the clock paused.
#pragma once

#include "sandbox.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

namespace lockstep::test {

using Json = nlohmann::ordered_json;

struct HttpAnswer
{
    int status = 0; ///< 0: no HTTP answer (reset, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    Json json() const
    {
        try {
            return Json::parse(body.constData(), body.constData() + body.size());
        } catch (const nlohmann::json::exception&) {
            return Json();
        }
    }
};

class HttpClient
{
public:
    HttpAnswer send(const QByteArray& method,
        const QUrl& url,
        const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {},
        int timeoutMs = 10000)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        if (!body.isEmpty() && !hasHeader(headers, "Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs + 5000);
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }

    HttpAnswer get(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 10000)
    {
        return send("GET", url, {}, headers, timeoutMs);
    }

    static QPair<QByteArray, QByteArray> basic(const QString& user, const QString& password)
    {
        return {"Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64()};
    }
    static QPair<QByteArray, QByteArray> bearer(const QString& token)
    {
        return {"Authorization", "Bearer " + token.toUtf8()};
    }

    QNetworkAccessManager& network() { return m_network; }

private:
    static bool hasHeader(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    QNetworkAccessManager m_network;
};

/// The demo scenario with the clock paused and no faults, so a test decides when time moves and what fails.
inline core::sim::Scenario quietScenario(quint64 seed = 7)
{
    auto scenario = core::sim::loadScenario(QStringLiteral("demo"));
    if (!scenario.ok())
        qFatal("demo scenario: %s", qPrintable(scenario.error().toString()));
    core::sim::Scenario s = scenario.value();
    s.seed = seed;
    s.speed = 0;
    s.faults = {};
    s.faultsBySystem.clear();
    return s;
}

inline QUrl withPath(QUrl base, const QString& path, const QString& query = {})
{
    base.setPath(base.path() + path);
    if (!query.isEmpty())
        base.setQuery(query);
    return base;
}

inline std::string toStd(const QString& s)
{
    return s.toStdString();
}

constexpr qint64 kHourMs = 3600 * 1000;

} // namespace lockstep::test

/// Compares a JSON value with an expected one (QCOMPARE cannot take nlohmann values).
#define LOCKSTEP_COMPARE_JSON(actual, expected)                                                                        \
    do {                                                                                                               \
        const ::lockstep::test::Json lockstep_a_ = (actual);                                                           \
        const ::lockstep::test::Json lockstep_e_ = (expected);                                                         \
        QVERIFY2(lockstep_a_ == lockstep_e_,                                                                           \
            qPrintable(QString::fromStdString(lockstep_a_.dump() + " != " + lockstep_e_.dump())));                     \
    } while (false)
