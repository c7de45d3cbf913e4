// libFuzzer target for the activity pack parser (security.md REL-3, REL-4).
//
// Beyond "does not crash", it checks properties that must hold for every input, so the
// fuzzer also finds wrong answers: a rejection is an Invalid error that starts with a JSON
// path, and an accepted pack survives a round trip through its kept source unchanged.

#include "core/domain/activitypack.h"

#include <QByteArray>
#include <QJsonDocument>

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

void checkRejection(const chorus::Error& error)
{
    require(error.code == chorus::Error::Code::Invalid);
    require(error.message.startsWith(QLatin1Char('$')));
    require(error.message.contains(QLatin1String(": ")));
    // Pack text echoed in a message is escaped, so a message is always one line.
    require(!error.message.contains(QLatin1Char('\n')));
}

bool sameText(const chorus::LocalisedText& a, const chorus::LocalisedText& b)
{
    return a.byLanguage == b.byLanguage;
}

bool sameOptions(const QList<chorus::PackOption>& a, const QList<chorus::PackOption>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || !sameText(a[i].label, b[i].label) ||
            a[i].picture != b[i].picture) {
            return false;
        }
    }
    return true;
}

bool sameActivity(const chorus::PackActivity& a, const chorus::PackActivity& b)
{
    return a.id == b.id && a.type == b.type && sameText(a.prompt, b.prompt) &&
           a.allowVoice == b.allowVoice && a.maxVoiceSeconds == b.maxVoiceSeconds &&
           a.multiple == b.multiple && sameOptions(a.options, b.options) &&
           sameOptions(a.piles, b.piles) && a.sortMode == b.sortMode;
}

void checkAcceptance(const chorus::ActivityPack& pack)
{
    require(!pack.activities.isEmpty());
    for (const chorus::PackActivity& activity : pack.activities) {
        require(pack.activity(activity.id) != nullptr);
        require(!activity.prompt.in(pack.defaultLanguage, pack.defaultLanguage).isEmpty());
    }
    // The kept source is what a re-export writes; reading it back must give the same pack.
    // It is re-read as an object because a re-export may legitimately exceed the byte limit
    // of the original (Qt writes some characters escaped that the input had raw).
    const QByteArray exported = QJsonDocument(pack.source).toJson(QJsonDocument::Compact);
    const auto again =
        chorus::ActivityPack::fromJsonObject(QJsonDocument::fromJson(exported).object());
    require(again.ok());
    require(again->id == pack.id && again->version == pack.version &&
            again->defaultLanguage == pack.defaultLanguage && sameText(again->title, pack.title) &&
            again->activities.size() == pack.activities.size());
    for (qsizetype i = 0; i < pack.activities.size(); ++i) {
        require(sameActivity(again->activities[i], pack.activities[i]));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto pack = chorus::ActivityPack::fromJson(json);
    if (pack.ok()) {
        checkAcceptance(pack.value());
    } else {
        checkRejection(pack.error());
    }
    return 0;
}
