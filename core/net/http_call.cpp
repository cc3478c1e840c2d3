// SPDX-License-Identifier: GPL-3.0-or-later
#include "http_call.h"

#include "domain/clock.h"
#include "http_client.h"
#include "net_log.h"
#include "one_shot_upload.h"
#include "redact.h"
#include "retry_after.h"
#include "retry_policy.h"

#include <QHostAddress>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif

#include <algorithm>

namespace lockstep::core::net {

namespace {

/// The error of a finished call, from how its last attempt ended.
Error makeCallError(const AttemptOutcome& outcome, const QString& what, const QString& connector)
{
    if (outcome.status == 404)
        return makeError(ErrorCode::NotFound, what, connector);
    if (outcome.status == 409)
        return makeError(ErrorCode::Conflict, what, connector);
    // 429 and 408 are not a refusal of the request: the server did not execute it and asks for time. A caller
    // that gives up on refusals (the outbox) must try again later, not hand the record to a person.
    if (isNotExecutedStatus(outcome.status))
        return makeError(ErrorCode::Network, what, connector);
    if (outcome.status >= 300 && outcome.status < 500)
        return makeError(ErrorCode::Refused, what, connector);
    return makeError(ErrorCode::Network, what, connector);
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == QStringLiteral("localhost") || QHostAddress(host).isLoopback();
}

} // namespace

HttpCall::HttpCall(HttpRequest request, HttpClient& client)
    : QObject(&client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_attemptTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A precise timer never fires early: a Retry-After wait must be at least what the server asked for.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_attemptTimer, &QTimer::timeout, this, &HttpCall::onAttemptTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::startAttempt);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_holdsBreakerSlot)
        m_client.m_breaker->recordAbandoned();
    if (m_waitingForRetry)
        m_client.adjustRetriesPending(-1);
}

int HttpCall::maxAttempts() const
{
    return m_request.maxAttempts > 0 ? m_request.maxAttempts : m_client.m_policy.maxAttempts;
}

QString HttpCall::describe() const
{
    return QString::fromLatin1(toVerb(m_request.method)) + u' ' + redact(m_request.url);
}

void HttpCall::abort()
{
    if (m_finished)
        return;
    const bool inFlight = !m_reply.isNull();
    if (inFlight) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_attemptTimer.stop();
    m_retryTimer.stop();
    setWaitingForRetry(false);
    if (m_holdsBreakerSlot) {
        m_client.m_breaker->recordAbandoned();
        m_holdsBreakerSlot = false;
    }
    HttpResult result;
    result.failure = HttpFailure::Cancelled;
    result.attempts = m_attempts;
    result.response = m_lastResponse;
    result.outcomeUnknown = inFlight && !m_request.isIdempotent();
    result.error = makeError(ErrorCode::Network, describe() + QStringLiteral(": cancelled"), m_client.m_connector);
    qCInfo(lcNet).noquote() << m_client.m_connector << describe() << "cancelled after" << m_attempts << "attempt(s)";
    finish(std::move(result));
}

void HttpCall::startAttempt()
{
    if (m_finished)
        return;
    setWaitingForRetry(false);
    const QString connector = m_client.m_connector;

    const bool httpUrl = m_request.url.isValid() && !m_request.url.isRelative()
        && (m_request.url.scheme() == QStringLiteral("https") || m_request.url.scheme() == QStringLiteral("http"));
    if (!httpUrl || !m_client.m_network) {
        HttpResult result;
        result.failure = HttpFailure::InvalidRequest;
        result.attempts = m_attempts;
        result.error = makeError(ErrorCode::InvalidArgument,
            describe()
                + (httpUrl ? QStringLiteral(": the network access manager is gone")
                           : QStringLiteral(": not an absolute http(s) URL")),
            connector);
        finish(std::move(result));
        return;
    }

    if (!m_client.m_breaker->tryAcquire()) {
        const BreakerSnapshot breaker = m_client.m_breaker->snapshot();
        HttpResult result;
        result.failure = HttpFailure::CircuitOpen;
        result.attempts = m_attempts;
        result.response = m_lastResponse;
        const QString next = breaker.retryAt.isValid()
            ? QStringLiteral("next trial at %1").arg(breaker.retryAt.toString(Qt::ISODate))
            : QStringLiteral("a trial request is in flight");
        // Not a refusal by the other side: nothing was sent, and the caller tries again later (an outbox row
        // waits out its backoff instead of being given up).
        result.error = makeError(ErrorCode::Network,
            describe()
                + QStringLiteral(": circuit %1 after %2 consecutive failures, %3 (last error: %4)")
                      .arg(toString(breaker.state))
                      .arg(breaker.consecutiveFailures)
                      .arg(next, breaker.lastError),
            connector);
        qCInfo(lcNet).noquote() << connector << describe() << "refused: circuit" << toString(breaker.state);
        finish(std::move(result));
        return;
    }
    m_holdsBreakerSlot = true;

    QNetworkRequest request(m_request.url);
    for (const auto& [name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (!request.hasRawHeader("User-Agent"))
        request.setRawHeader("User-Agent", m_client.m_policy.userAgent);
    // Credentials must not follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
#if QT_CONFIG(ssl)
    if (m_request.url.scheme() == QStringLiteral("https")) {
        // Peer verification is the default; state it so no configuration elsewhere can quietly turn it off.
        QSslConfiguration tls = request.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }
#endif
    if (m_request.url.scheme() == QStringLiteral("http") && !isLoopback(m_request.url))
        qCWarning(lcNet).noquote() << connector << describe() << "uses plain HTTP to a non-loopback host";

    ++m_attempts;
    m_timedOut = false;
    m_tooLargeBytes = -1;
    qCDebug(lcNet).noquote() << connector << describe() << "attempt" << m_attempts << '/' << maxAttempts()
                             << redactHeaders(m_request.headers);
    if (!m_request.body.isEmpty())
        qCDebug(lcNet).noquote() << connector << "request body:" << redactBody(m_request.body);

    QNetworkAccessManager& network = *m_client.m_network;
    switch (m_request.method) {
    case HttpMethod::Get:
        m_reply = network.get(request);
        break;
    case HttpMethod::Head:
        m_reply = network.head(request);
        break;
    default:
        if (m_request.isIdempotent()) {
            m_reply = network.sendCustomRequest(request, toVerb(m_request.method), m_request.body);
        } else {
            // Sent at most once per attempt: see OneShotUpload.
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
            auto* body = new OneShotUpload(m_request.body);
            m_reply = network.sendCustomRequest(request, toVerb(m_request.method), body);
            body->setParent(m_reply);
        }
        break;
    }
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpCall::checkResponseSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::checkResponseSize);
    const auto timeout = m_request.timeout.count() > 0 ? m_request.timeout : m_client.m_policy.timeout;
    m_attemptTimer.start(timeout);
    m_attemptClock.start();
}

void HttpCall::onAttemptTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows synchronously or on the next turn; onReplyFinished reads m_timedOut.
}

void HttpCall::checkResponseSize()
{
    const qint64 limit = m_client.m_policy.maxResponseBytes;
    if (!m_reply || limit <= 0 || m_tooLargeBytes >= 0)
        return;
    // Content-Length first: refused before its body arrives. Then what is buffered (chunked or undeclared bodies,
    // and bodies Qt decompresses): the reply keeps every byte until it finishes, so the check runs on each read.
    // A HEAD answer's Content-Length is the size of what a GET would bring, not of a body.
    const QVariant declared =
        m_request.method == HttpMethod::Head ? QVariant() : m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 size = std::max(declared.isValid() ? declared.toLongLong() : -1, m_reply->bytesAvailable());
    if (size <= limit)
        return;
    m_tooLargeBytes = size;
    m_reply->abort(); // finished() follows; readOutcome reads m_tooLargeBytes.
}

void HttpCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply)
        return;
    m_reply = nullptr;
    m_attemptTimer.stop();
    reply->deleteLater();
    const AttemptOutcome outcome = readOutcome(*reply);
    QString transportError;
    if (outcome.transport == HttpFailure::TooLarge) {
        transportError = QStringLiteral("the answer from %1 is larger than the limit of %2 bytes (%3 bytes or more)")
                             .arg(m_request.url.host())
                             .arg(m_client.m_policy.maxResponseBytes)
                             .arg(m_tooLargeBytes);
    } else if (outcome.status == 0) {
        transportError = m_timedOut
            ? QStringLiteral("timed out after %1 ms").arg(m_attemptClock.elapsed())
            : QStringLiteral("%1 (%2)").arg(redact(QStringView(reply->errorString())),
                QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error())));
    }
    handleOutcome(outcome, transportError);
}

AttemptOutcome HttpCall::readOutcome(QNetworkReply& reply)
{
    AttemptOutcome outcome;
    if (m_timedOut) {
        outcome.transport = HttpFailure::Timeout;
        return outcome;
    }
    if (m_tooLargeBytes >= 0) {
        outcome.transport = HttpFailure::TooLarge; // the status is not kept: the answer was not read
        return outcome;
    }
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() > 0) {
        HttpResponse response;
        response.status = status.toInt();
        const auto pairs = reply.rawHeaderPairs();
        response.headers = HttpHeaders(pairs.begin(), pairs.end());
        response.body = reply.readAll();
        outcome.status = response.status;
        outcome.conflictRejected = response.status == 409 && m_request.conflictIsRejection;
        if (const QByteArray retryAfter = response.header("Retry-After"); !retryAfter.isNull())
            outcome.retryAfter =
                parseRetryAfter(retryAfter, m_client.m_clock->nowUtc(), m_client.m_policy.maxRetryAfter);
        m_lastResponse = std::move(response);
        return outcome;
    }
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        outcome.transport = HttpFailure::Connection;
        outcome.mayHaveReachedServer = false;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        outcome.transport = HttpFailure::Tls;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        outcome.transport = HttpFailure::Timeout;
        break;
    default:
        // Closed or reset mid-exchange, or something stranger: the request may have been received.
        outcome.transport = HttpFailure::Connection;
        break;
    }
    return outcome;
}

void HttpCall::handleOutcome(const AttemptOutcome& outcome, const QString& transportError)
{
    const QString connector = m_client.m_connector;
    const QString what = outcome.status != 0 ? QStringLiteral("HTTP %1").arg(outcome.status) : transportError;
    const QString failureText = describe() + QStringLiteral(": ") + what;
    const RetryDecision decision = decideRetry(
        outcome, m_request.isIdempotent(), m_attempts, maxAttempts(), m_client.m_policy.backoff, *m_client.m_random);

    m_holdsBreakerSlot = false;
    switch (decision.breaker) {
    case BreakerEffect::Success:
        m_client.m_breaker->recordSuccess();
        break;
    case BreakerEffect::Failure:
        m_client.m_breaker->recordFailure(failureText);
        break;
    case BreakerEffect::Neutral:
        m_client.m_breaker->recordAbandoned();
        break;
    }

    if (decision.verdict == RetryVerdict::Succeed) {
        qCDebug(lcNet).noquote() << connector << describe() << outcome.status << "in" << m_attemptClock.elapsed()
                                 << "ms, attempt" << m_attempts;
        HttpResult result;
        result.response = m_lastResponse;
        result.attempts = m_attempts;
        finish(std::move(result));
        return;
    }
    if (decision.verdict == RetryVerdict::Retry) {
        qCInfo(lcNet).noquote() << connector << failureText << "after" << m_attemptClock.elapsed() << "ms; attempt"
                                << m_attempts + 1 << '/' << maxAttempts() << "in" << decision.delay.count() << "ms"
                                << (outcome.retryAfter ? "(Retry-After)" : "(backoff)");
        setWaitingForRetry(true);
        Q_EMIT retryScheduled(m_attempts + 1, decision.delay.count());
        m_retryTimer.start(decision.delay);
        return;
    }

    HttpResult result;
    result.response = outcome.status != 0 ? m_lastResponse : std::nullopt;
    result.attempts = m_attempts;
    result.failure = outcome.status != 0 ? HttpFailure::HttpStatus : outcome.transport;
    result.outcomeUnknown = decision.verdict == RetryVerdict::FailOutcomeUnknown;
    QString message = failureText;
    if (m_attempts > 1)
        message += QStringLiteral(" (after %1 attempts)").arg(m_attempts);
    if (result.outcomeUnknown)
        message += QStringLiteral("; outcome unknown: the request is not idempotent and may have been applied, "
                                  "re-read the remote state before sending it again");
    result.error = makeCallError(outcome, message, connector);
    if (outcome.status >= 400 && outcome.status < 500 && !isNotExecutedStatus(outcome.status))
        qCInfo(lcNet).noquote() << connector << message;
    else
        qCWarning(lcNet).noquote() << connector << message;
    if (m_lastResponse && !m_lastResponse->body.isEmpty())
        qCDebug(lcNet).noquote() << connector << "response body:" << redactBody(m_lastResponse->body);
    finish(std::move(result));
}

void HttpCall::setWaitingForRetry(bool waiting)
{
    if (waiting == m_waitingForRetry)
        return;
    m_waitingForRetry = waiting;
    m_client.adjustRetriesPending(waiting ? 1 : -1);
}

void HttpCall::finish(HttpResult result)
{
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace lockstep::core::net
