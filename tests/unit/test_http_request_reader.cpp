// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook receiver's HTTP/1.1 request reader on its own: the same request read whole or a byte at a time, chunked
// bodies, the limits (body from Content-Length before any of it arrives, chunked bodies as they pass it, headers), and
// the framings it refuses (both Content-Length and Transfer-Encoding, two lengths, folded headers, other versions).
#include "engine/http_request_reader.h"

#include <QTest>

using lockstep::core::engine::HttpRequestReader;
using State = HttpRequestReader::State;

namespace {

const QByteArray kHead =
    "POST /webhooks/woocommerce?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-WC-Webhook-Signature: abc=\r\n";

HttpRequestReader readWhole(const QByteArray& bytes, qint64 maxBody = 1024)
{
    HttpRequestReader reader(maxBody);
    reader.feed(bytes);
    return reader;
}

HttpRequestReader readByteByByte(const QByteArray& bytes, qint64 maxBody = 1024)
{
    HttpRequestReader reader(maxBody);
    for (char c : bytes)
        reader.feed(QByteArrayView(&c, 1));
    return reader;
}

} // namespace

class TestHttpRequestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsARequestWholeOrByteByByte()
    {
        const QByteArray request = kHead + "Content-Length: 11\r\n\r\n{\"id\": 42}\nNEXT REQUEST";
        for (const HttpRequestReader& r : {readWhole(request), readByteByByte(request)}) {
            QVERIFY(r.state() == State::Complete);
            QCOMPARE(r.method(), QByteArray("POST"));
            QCOMPARE(r.target(), QByteArray("/webhooks/woocommerce?x=1"));
            QCOMPARE(r.headers().value("X-WC-Webhook-Signature"), QByteArray("abc="));
            QCOMPARE(r.body(), QByteArray("{\"id\": 42}\n")); // what follows is not read
        }
        HttpRequestReader noBody = readWhole("GET / HTTP/1.0\r\n\r\n");
        QVERIFY(noBody.state() == State::Complete);
        QVERIFY(noBody.body().isEmpty());
    }

    void readsChunkedBodies()
    {
        const QByteArray request = kHead
            + "Transfer-Encoding: Chunked\r\n\r\n5;name=value\r\nhello\r\n"
              "1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n";
        for (const HttpRequestReader& r : {readWhole(request), readByteByByte(request)}) {
            QVERIFY(r.state() == State::Complete);
            QCOMPARE(r.body(), QByteArray("hello 0123456789"));
        }
    }

    void enforcesItsLimits()
    {
        // Refused from the headers: the body never has to arrive.
        HttpRequestReader declared = readWhole(kHead + "Content-Length: 314572800\r\n\r\n");
        QVERIFY(declared.state() == State::Failed);
        QCOMPARE(declared.failureStatus(), 413);
        QVERIFY(readWhole(kHead + "Content-Length: 1024\r\n\r\n").state() == State::Reading); // exactly the limit

        HttpRequestReader chunked =
            readWhole(kHead + "Transfer-Encoding: chunked\r\n\r\n400\r\n" + QByteArray(1024, 'x') + "\r\n1\r\n");
        QCOMPARE(chunked.failureStatus(), 413);
        QCOMPARE(readWhole(kHead + "Transfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n").failureStatus(), 400);
        QCOMPARE(readWhole(kHead + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray(2000, '0')).failureStatus(), 400);

        QCOMPARE(
            readWhole(kHead + "X-Filler: " + QByteArray(HttpRequestReader::kMaxHeadBytes, 'h')).failureStatus(), 431);
        QCOMPARE(readWhole(kHead + "X-Filler: " + QByteArray(HttpRequestReader::kMaxHeadBytes, 'h') + "\r\n\r\n")
                     .failureStatus(),
            431);
    }

    void refusesAmbiguousFraming()
    {
        QCOMPARE(readWhole(kHead + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n").failureStatus(), 400);
        QCOMPARE(readWhole(kHead + "Content-Length: 3\r\nContent-Length: 4\r\n\r\n").failureStatus(), 400);
        QCOMPARE(readWhole(kHead + "Content-Length: -3\r\n\r\n").failureStatus(), 400);
        QCOMPARE(readWhole(kHead + "Content-Length: 3x\r\n\r\n").failureStatus(), 400);
        QCOMPARE(readWhole(kHead + "Transfer-Encoding: gzip, chunked\r\n\r\n").failureStatus(), 501);
        QCOMPARE(readWhole(kHead + "X-Folded: a\r\n b\r\n\r\n").failureStatus(), 400);
        QCOMPARE(readWhole("POST /webhooks/woocommerce HTTP/2\r\n\r\n").failureStatus(), 505);
        QCOMPARE(readWhole("POST webhooks HTTP/1.1\r\n\r\n").failureStatus(), 400);
        QCOMPARE(readWhole("\r\n\r\n").failureStatus(), 400);
        QCOMPARE(readWhole(kHead + "Transfer-Encoding: chunked\r\n\r\n3\r\nabcXY").failureStatus(), 400);
    }

    void asksToContinueOnce()
    {
        HttpRequestReader r(1024);
        r.feed(kHead + "Content-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(r.takeContinueRequest());
        QVERIFY(!r.takeContinueRequest());
        r.feed("{}");
        QVERIFY(r.state() == State::Complete);
        HttpRequestReader tooLarge(1);
        tooLarge.feed(kHead + "Content-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(!tooLarge.takeContinueRequest()); // refused instead
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestReader)
#include "test_http_request_reader.moc"
