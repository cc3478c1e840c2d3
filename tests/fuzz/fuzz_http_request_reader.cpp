// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook receiver's HTTP request reader from any bytes: never a crash; a complete request's body is within the
// limit; a failure names an HTTP error status; and the bytes fed in two parts at any point read exactly as fed whole.
#include "engine/http_request_reader.h"
#include "fuzz_input.h"

using namespace lockstep;
using core::engine::HttpRequestReader;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    constexpr qint64 kLimit = 4096;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    HttpRequestReader whole(kLimit);
    whole.feed(input);
    const qsizetype cut = input.isEmpty() ? 0 : qsizetype(data[0]) * input.size() / 256;
    HttpRequestReader parts(kLimit);
    parts.feed(QByteArrayView(input).first(cut));
    parts.feed(QByteArrayView(input).sliced(cut));

    fuzz::require(whole.state() == parts.state(), "the state depends on how the bytes were split");
    fuzz::require(
        whole.body() == parts.body() && whole.headers() == parts.headers(), "the request depends on the split");
    if (whole.state() == HttpRequestReader::State::Complete)
        fuzz::require(whole.body().size() <= kLimit, "a body over the limit was read");
    if (whole.state() == HttpRequestReader::State::Failed)
        fuzz::require(whole.failureStatus() >= 400 && whole.failureStatus() < 600, "a failure without an error status");
    return 0;
}
