// libFuzzer target for the typed import, `chorusctl import FILE.json` (core/store/typedimport.h;
// security.md REL-3, issue 22): answers typed up from paper, a file from outside.
//
// Every input is imported into one store set up once for the run. Beyond "does not crash"
// it checks the import's two promises: an error names the JSON path ("$..." then ": "), and
// it is all or nothing: a refused file leaves the count of answers as it was, an accepted
// one adds exactly the answers it reports.

#include "core/store/store.h"
#include "core/store/typedimport.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

void require(bool condition)
{
    if (!condition) {
        std::abort(); // reported by libFuzzer as a crash, with the input saved
    }
}

/** The run's store: Argon2 at its cheapest, since the fuzzer exercises the import, not the
 *  key. Made on the first input and kept, so later inputs may meet earlier ones' data. */
chorus::Store& store()
{
    static const QTemporaryDir dir;
    static std::unique_ptr<chorus::Store> opened = [] {
        require(dir.isValid());
        auto made = chorus::Store::create(dir.path(), "fuzzing passphrase for the import",
                                          chorus::KdfCost{1, 1024 * 1024});
        require(made.ok());
        return std::move(made->store);
    }();
    return *opened;
}

qint64 answersStored()
{
    auto stats = store().stats();
    require(stats.ok());
    return stats->responses;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qint64 before = answersStored();
    auto report = chorus::importTypedSession(store(), json);
    if (!report) {
        require(report.error().message.startsWith(QLatin1Char('$')));
        require(report.error().message.contains(QLatin1String(": ")));
        require(answersStored() == before);
        return 0;
    }
    require(report->responses >= 0 && report->participants >= 0);
    require(!report->consultationId.isEmpty());
    require(answersStored() == before + report->responses);
    return 0;
}
