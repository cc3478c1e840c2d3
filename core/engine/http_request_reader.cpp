// SPDX-License-Identifier: GPL-3.0-or-later
#include "http_request_reader.h"

#include <QList>

#include <algorithm>

namespace lockstep::core::engine {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    });
}

/// Digits only, at most 18 of them (so it fits a qint64); -1 otherwise.
qint64 decimalLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18
        || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    return text.toLongLong();
}

/// Hex digits only, at most 15 of them; -1 otherwise.
qint64 chunkSize(QByteArrayView text)
{
    bool ok = false;
    const bool hex = !text.isEmpty() && text.size() <= 15 && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    const qint64 size = hex ? text.toLongLong(&ok, 16) : -1;
    return ok ? size : -1;
}

} // namespace

HttpRequestReader::HttpRequestReader(qint64 maxBodyBytes)
    : m_maxBody(maxBodyBytes)
{}

bool HttpRequestReader::takeContinueRequest()
{
    const bool asked = m_continueRequested;
    m_continueRequested = false;
    return asked;
}

HttpRequestReader::State HttpRequestReader::fail(int status, QString reason)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_failureReason = std::move(reason);
    m_pending.clear();
    m_continueRequested = false;
    return m_state;
}

HttpRequestReader::State HttpRequestReader::complete()
{
    m_state = State::Complete;
    m_pending.clear();
    m_continueRequested = false;
    return m_state;
}

QByteArray HttpRequestReader::header(QByteArrayView name) const
{
    for (auto it = m_headers.cbegin(); it != m_headers.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

void HttpRequestReader::readHead(QByteArrayView head)
{
    const QList<QByteArrayView> lines = [&] {
        QList<QByteArrayView> out;
        qsizetype from = 0;
        for (qsizetype at = head.indexOf("\r\n"); at >= 0; at = head.indexOf("\r\n", from)) {
            out.append(head.sliced(from, at - from));
            from = at + 2;
        }
        out.append(head.sliced(from));
        return out;
    }();
    const QList<QByteArray> requestLine = lines.constFirst().toByteArray().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')) {
        fail(400, QStringLiteral("not an HTTP request line"));
        return;
    }
    if (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0") {
        fail(505, QStringLiteral("HTTP version %1 is not served").arg(QString::fromLatin1(requestLine.at(2).left(20))));
        return;
    }
    m_method = requestLine.at(0);
    m_target = requestLine.at(1);
    qint64 declaredLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // A folded line (starting with a space) is obsolete and a smuggling risk; refused, as RFC 9112 allows.
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail(400, QStringLiteral("a header line is malformed"));
            return;
        }
        const QByteArray name = line.first(colon).toByteArray();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            const qint64 length = decimalLength(value);
            if (length < 0 || (declaredLength >= 0 && length != declaredLength)) {
                fail(400, QStringLiteral("Content-Length is not one number"));
                return;
            }
            declaredLength = length;
        }
        m_headers.insert(name, value);
    }

    const QByteArray transferEncoding = header("Transfer-Encoding");
    if (!transferEncoding.isNull()) {
        if (declaredLength >= 0) {
            fail(400, QStringLiteral("both Content-Length and Transfer-Encoding"));
            return;
        }
        if (transferEncoding.compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(501,
                QStringLiteral("transfer coding %1 is not served").arg(QString::fromLatin1(transferEncoding.left(40))));
            return;
        }
        m_stage = Stage::ChunkSize;
    } else if (declaredLength > m_maxBody) {
        fail(
            413, QStringLiteral("a body of %1 bytes is over the limit of %2 bytes").arg(declaredLength).arg(m_maxBody));
        return;
    } else if (declaredLength > 0) {
        m_contentLength = declaredLength; // not reserved: a sender that announces and never sends costs nothing
        m_stage = Stage::Body;
    } else {
        complete();
        return;
    }
    m_continueRequested = header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

HttpRequestReader::State HttpRequestReader::feed(QByteArrayView bytes)
{
    if (m_state != State::Reading)
        return m_state;
    m_pending.append(bytes);
    for (;;) {
        switch (m_stage) {
        case Stage::Head: {
            // Without the blank line yet, it can only start in the last 3 bytes: past the limit only once those are.
            const qsizetype end = m_pending.indexOf("\r\n\r\n");
            if (end < 0 ? m_pending.size() - 3 > kMaxHeadBytes : end > kMaxHeadBytes)
                return fail(431, QStringLiteral("the request line and headers are over %1 bytes").arg(kMaxHeadBytes));
            if (end < 0)
                return m_state;
            readHead(QByteArrayView(m_pending).first(end));
            if (m_state != State::Reading)
                return m_state;
            m_pending.remove(0, end + 4);
            break;
        }
        case Stage::Body: {
            const qsizetype take = qsizetype(std::min<qint64>(m_contentLength - m_body.size(), m_pending.size()));
            m_body.append(QByteArrayView(m_pending).first(take));
            m_pending.remove(0, take);
            return m_body.size() == m_contentLength ? complete() : m_state;
        }
        case Stage::ChunkSize: {
            const qsizetype eol = m_pending.indexOf("\r\n");
            if ((eol < 0 ? m_pending.size() - 1 : eol) > kMaxChunkLineBytes)
                return fail(400, QStringLiteral("a chunk size line is too long"));
            if (eol < 0)
                return m_state;
            QByteArrayView line = QByteArrayView(m_pending).first(eol);
            if (const qsizetype extension = line.indexOf(';'); extension >= 0)
                line = line.first(extension);
            const qint64 size = chunkSize(line.trimmed());
            if (size < 0)
                return fail(400, QStringLiteral("a chunk size is not a hexadecimal number"));
            if (m_body.size() + size > m_maxBody)
                return fail(413, QStringLiteral("a chunked body passed the limit of %1 bytes").arg(m_maxBody));
            m_pending.remove(0, eol + 2);
            m_chunkLeft = size;
            m_stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_chunkLeft, m_pending.size()));
            m_body.append(QByteArrayView(m_pending).first(take));
            m_pending.remove(0, take);
            m_chunkLeft -= take;
            if (m_chunkLeft > 0)
                return m_state;
            m_stage = Stage::ChunkEnd;
            break;
        }
        case Stage::ChunkEnd:
            if (m_pending.size() < 2)
                return m_state;
            if (!m_pending.startsWith("\r\n"))
                return fail(400, QStringLiteral("a chunk does not end with CRLF"));
            m_pending.remove(0, 2);
            m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailers: {
            const qsizetype eol = m_pending.indexOf("\r\n");
            if (m_trailerBytes + (eol < 0 ? m_pending.size() - 1 : eol) > kMaxHeadBytes)
                return fail(431, QStringLiteral("the trailers are over %1 bytes").arg(kMaxHeadBytes));
            if (eol < 0)
                return m_state;
            if (eol == 0) // the empty line after the last chunk (and any trailers, which are not kept)
                return complete();
            m_trailerBytes += eol + 2;
            m_pending.remove(0, eol + 2);
            break;
        }
        }
    }
}

} // namespace lockstep::core::engine
