// libFuzzer target for the hub's HTTP request framing (sync/hub/http/httpgate.h, security.md
// REL-3, issue 22): the gate that sees every byte before Qt HttpServer does.
//
// The input is one connection's byte stream, fed once whole and once a byte at a time (as
// a slow client sends it). Beyond "does not crash" it checks what must hold for every
// stream: a refusal is one of the gate's four answers with a code and a one-line message;
// and cutting the stream into pieces can only let through what the whole stream would not
// (pipelined bytes in the same read), never refuse what the whole stream passes.

#include "sync/hub/http/httpgate.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition) {
        std::abort(); // reported by libFuzzer as a crash, with the input saved
    }
}

/** Small limits, so that short inputs reach them. */
chorus::hub::Limits smallLimits()
{
    chorus::hub::Limits limits;
    limits.maxHeaderBytes = 256;
    limits.maxBodyBytes = 512;
    return limits;
}

void checkRefusal(const chorus::hub::RequestFramer::Refusal& r)
{
    require(r.status == 400 || r.status == 411 || r.status == 413 || r.status == 431);
    require(!r.code.isEmpty());
    require(!r.message.isEmpty() && !r.message.contains(QLatin1Char('\n')));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using chorus::hub::RequestFramer;
    const QByteArrayView stream(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    RequestFramer whole(smallLimits());
    const bool wholeRefused = whole.feed(stream) == RequestFramer::Verdict::Reject;
    if (wholeRefused) {
        checkRefusal(whole.refusal());
    }
    RequestFramer bytewise(smallLimits());
    bool bytewiseRefused = false;
    for (qsizetype i = 0; i < stream.size() && !bytewiseRefused; ++i) {
        bytewiseRefused = bytewise.feed(stream.sliced(i, 1)) == RequestFramer::Verdict::Reject;
    }
    if (bytewiseRefused) {
        checkRefusal(bytewise.refusal());
        require(wholeRefused);
    }
    return 0;
}
