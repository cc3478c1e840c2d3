// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http_types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace lockstep::core::net {

class HttpClient;
struct AttemptOutcome;

/// One logical request and all its attempts. Created by HttpClient::send(), a child of the client; it starts on the
/// next turn of the event loop, so a caller always has time to connect to finished(). finished() is emitted exactly
/// once (unless the client is destroyed first), then the call deletes itself later: do not keep the pointer past it.
/// Delays between attempts are QTimers: no sleep, no nested event loop.
/// Thread: lives in the client's thread (the engine thread).
class HttpCall : public QObject
{
    Q_OBJECT

public:
    ~HttpCall() override;

    const HttpRequest& request() const { return m_request; }
    /// Requests sent so far.
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

    /// Stops the call: aborts the attempt in flight or the wait for the next one, and finishes with
    /// HttpFailure::Cancelled (marked outcome unknown if a non-idempotent request was in flight).
    void abort();

Q_SIGNALS:
    /// A wait before attempt `nextAttempt` began.
    void retryScheduled(int nextAttempt, qint64 delayMs);
    void finished(const lockstep::core::net::HttpResult& result);

private:
    friend class HttpClient;
    HttpCall(HttpRequest request, HttpClient& client);

    void startAttempt();
    void onReplyFinished();
    void onAttemptTimeout();
    /// Aborts the attempt once its answer is known to pass HttpPolicy::maxResponseBytes (declared or received).
    void checkResponseSize();
    AttemptOutcome readOutcome(QNetworkReply& reply);
    void handleOutcome(const AttemptOutcome& outcome, const QString& transportError);
    void setWaitingForRetry(bool waiting);
    void finish(HttpResult result);
    int maxAttempts() const;
    QString describe() const;

    HttpClient& m_client;
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    std::optional<HttpResponse> m_lastResponse;
    int m_attempts = 0;
    bool m_timedOut = false;
    qint64 m_tooLargeBytes = -1; ///< the size that passed the limit (declared or received), -1 while within it
    bool m_holdsBreakerSlot = false;
    bool m_waitingForRetry = false;
    bool m_finished = false;
};

} // namespace lockstep::core::net
