// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace lockstep::core::engine {

/// One HTTP/1.1 request read from a connection's bytes as they arrive, within limits, for the webhook receiver:
/// a body declared larger than `maxBodyBytes` fails as soon as the headers are read (before any of it), a chunked
/// body as soon as its chunks pass the limit, and the request line with the headers may take 16 KiB. No sockets and
/// no timers: the caller feeds bytes and answers what state() says. Pipelined requests are not read (the receiver
/// answers one request per connection and closes it). A value; thread: its caller's.
class HttpRequestReader
{
public:
    enum class State
    {
        Reading, ///< more bytes needed
        Complete, ///< method, target, headers and body are read
        Failed, ///< failureStatus() says what to answer; nothing more is read
    };

    explicit HttpRequestReader(qint64 maxBodyBytes);

    /// Takes the next bytes of the connection; bytes after a complete or failed request are ignored.
    State feed(QByteArrayView bytes);
    State state() const { return m_state; }

    /// When failed: the status to answer (400, 413, 431, 501, 505) and why, for the log.
    int failureStatus() const { return m_failureStatus; }
    const QString& failureReason() const { return m_failureReason; }
    /// True once, when the headers asked for "100 Continue" before a body within the limit.
    bool takeContinueRequest();

    const QByteArray& method() const { return m_method; }
    /// As sent: path and query.
    const QByteArray& target() const { return m_target; }
    /// Names as sent; a repeated name keeps its last value.
    const QHash<QByteArray, QByteArray>& headers() const { return m_headers; }
    const QByteArray& body() const { return m_body; }

    /// The longest request line plus headers accepted, and the longest chunk-size line.
    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;
    static constexpr qsizetype kMaxChunkLineBytes = 1024;

private:
    enum class Stage
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
    };
    State fail(int status, QString reason);
    State complete();
    /// Reads the request line and headers; sets the stage for the body, or completes, or fails.
    void readHead(QByteArrayView head);
    /// The header's value by name, case-insensitive; null when absent.
    QByteArray header(QByteArrayView name) const;

    qint64 m_maxBody;
    State m_state = State::Reading;
    Stage m_stage = Stage::Head;
    QByteArray m_pending; ///< received, not yet consumed
    QByteArray m_method;
    QByteArray m_target;
    QHash<QByteArray, QByteArray> m_headers;
    QByteArray m_body;
    qint64 m_contentLength = 0;
    qint64 m_chunkLeft = 0;
    qsizetype m_trailerBytes = 0;
    bool m_continueRequested = false;
    int m_failureStatus = 0;
    QString m_failureReason;
};

} // namespace lockstep::core::engine
