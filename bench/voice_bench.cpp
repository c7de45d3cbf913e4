// voice_bench: 60 seconds of speech as an Ogg Opus voice note (libopusenc in memory, saved
// into the encrypted store) against the same audio as 16-bit PCM WAV saved the same way, in
// one run. Prints sizes, their ratio, CPU time as a fraction of the audio's duration and the
// decode time; exits non-zero when a target of issue 5 is missed:
//   stored size <= 1/8 of WAV; encode+store CPU time <= 5% of the audio's duration.
#include "core/store/store.h"
#include "qml/voice/opusdecoder.h"
#include "qml/voice/opusencodersink.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace chorus;

namespace {

constexpr int kRate = 16000;
constexpr int kSeconds = 60;
constexpr int kRounds = 3;
constexpr qsizetype kChunkBytes = kRate / 10 * 2; // 100 ms, about what QAudioSource hands over

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

bool run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "voice_bench: %s failed: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
        return false;
    }
    return true;
}

/** Exactly 60 s of espeak-ng speech, 16 kHz mono s16le (made at run time; not personal). */
QByteArray makeSpeech(const QString& dir)
{
    const QString text = QStringLiteral(
        "I like it when we have tea together and nobody shouts. My room is my safe place, but "
        "sometimes it is too noisy at night. I want to see my dad more, maybe at weekends. "
        "School is okay. I have two good friends and a kind teacher. When mum is sad I make "
        "her a drink and we watch telly. Football on Saturdays makes me happy. ");
    const QString wav = dir + "/speech.wav";
    const QString raw = dir + "/speech.raw";
    if (!run("espeak-ng", {"-v", "en", "-s", "140", "-w", wav, text.repeated(4)}) ||
        !run("sox", {wav, "-r", QString::number(kRate), "-c", "1", "-b", "16", "-e",
                     "signed-integer", "-t", "raw", raw})) {
        return {};
    }
    QFile f(raw);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray pcm = f.readAll();
    const qsizetype want = qsizetype(kSeconds) * kRate * 2;
    if (pcm.size() < want / 2) {
        return {};
    }
    while (pcm.size() < want) { // loop the speech if espeak spoke faster than expected
        pcm.append(pcm.left(want - pcm.size()));
    }
    pcm.truncate(want);
    return pcm;
}

QByteArray wavFile(const QByteArray& pcm)
{
    auto le32 = [](quint32 v) {
        const char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
        return QByteArray(b, 4);
    };
    auto le16 = [](quint16 v) {
        const char b[2] = {char(v), char(v >> 8)};
        return QByteArray(b, 2);
    };
    QByteArray w;
    w.reserve(44 + pcm.size());
    w += "RIFF" + le32(quint32(36 + pcm.size())) + "WAVEfmt " + le32(16) + le16(1) + le16(1) +
         le32(kRate) + le32(kRate * 2) + le16(2) + le16(16) + "data" + le32(quint32(pcm.size()));
    w += pcm;
    return w;
}

struct Setup
{
    std::unique_ptr<Store> store;
    QString sessionId;
    QString participantId;
};

bool prepare(Setup& s, const QString& dir)
{
    auto created = Store::create(dir, "bench passphrase", KdfCost{1, 1024 * 1024});
    if (!created) {
        std::fprintf(stderr, "voice_bench: %s\n", qPrintable(created.error().message));
        return false;
    }
    s.store = std::move(created->store);
    Store& store = *s.store;
    const QByteArray pack =
        R"json({"format": "chorus-pack/1", "id": "bench", "version": 1, "defaultLanguage": "en",
        "title": "Bench", "activities": [{"id": "say", "type": "free-text", "prompt": "Tell us",
        "allowVoice": true}]})json";
    if (!store.consultations().importPack(pack)) {
        return false;
    }
    auto c = store.consultations().create({{}, "Bench", "Voice bench", 365, "bench", 1, {}, {}});
    if (!c) {
        return false;
    }
    auto part = store.consultations().addParticipant(
        {{}, c->id, "Code1", AgeBand::From12To15, Role::YoungPerson, {}, {}});
    if (!part) {
        return false;
    }
    ConsentRecord consent;
    consent.participantId = part->id;
    consent.assessor = "bench";
    consent.assessmentBasis = "benchmark";
    consent.explanationVersion = "1";
    consent.explanationLanguage = "en";
    consent.method = "bench";
    consent.scopes = StoreOnDevice | RecordVoice;
    if (!store.consent().give(consent)) {
        return false;
    }
    auto session = store.consultations().startSession(c->id, SessionMode::Facilitated, {part->id});
    if (!session) {
        return false;
    }
    s.sessionId = session->id;
    s.participantId = part->id;
    return true;
}

Result<Response> saveAudio(Setup& s, QByteArray media, const QString& type)
{
    Response r;
    r.sessionId = s.sessionId;
    r.participantId = s.participantId;
    r.activityId = "say";
    r.kind = AnswerKind::Audio;
    r.media = std::move(media);
    r.mediaType = type;
    r.durationMs = kSeconds * 1000;
    return s.store->responses().save(std::move(r));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir work;
    const QByteArray pcm = makeSpeech(work.path());
    if (pcm.isEmpty()) {
        std::fprintf(stderr, "voice_bench: could not make speech (espeak-ng and sox needed)\n");
        return 2;
    }
    Setup s;
    if (!prepare(s, work.path() + "/store")) {
        return 2;
    }

    std::vector<double> opusCpu, wavCpu, opusDecodeCpu, wavReadCpu;
    qsizetype opusBytes = 0;
    qsizetype wavBytes = 0;
    qint64 decodedMs = 0;
    for (int round = 0; round < kRounds; ++round) {
        // Opus: encode as the recorder does (100 ms pieces), then save (COMMIT).
        double t0 = cpuSeconds();
        auto enc = OpusEncoderSink::create();
        if (!enc) {
            return 2;
        }
        for (qsizetype at = 0; at < pcm.size(); at += kChunkBytes) {
            if (!enc.value()->write(QByteArrayView(pcm).sliced(at, kChunkBytes))) {
                return 2;
            }
        }
        auto ogg = enc.value()->finish();
        if (!ogg) {
            return 2;
        }
        opusBytes = ogg->size();
        auto savedOpus = saveAudio(s, std::move(ogg.value()), "audio/ogg");
        opusCpu.push_back(cpuSeconds() - t0);
        if (!savedOpus) {
            std::fprintf(stderr, "voice_bench: %s\n", qPrintable(savedOpus.error().message));
            return 2;
        }

        // WAV: the same audio with a RIFF header, saved the same way.
        t0 = cpuSeconds();
        QByteArray wav = wavFile(pcm);
        wavBytes = wav.size();
        auto savedWav = saveAudio(s, std::move(wav), "audio/wav");
        wavCpu.push_back(cpuSeconds() - t0);
        if (!savedWav) {
            return 2;
        }

        // Back out of the store: decode the note; read the WAV.
        t0 = cpuSeconds();
        auto back = s.store->responses().get(savedOpus->id);
        auto decoded = back ? OpusDecoder::decode(back->media) : Result<DecodedAudio>(back.error());
        opusDecodeCpu.push_back(cpuSeconds() - t0);
        if (!decoded) {
            return 2;
        }
        decodedMs = decoded->durationMs();
        t0 = cpuSeconds();
        auto wavBack = s.store->responses().get(savedWav->id);
        wavReadCpu.push_back(cpuSeconds() - t0);
        if (!wavBack || wavBack->media.size() != wavBytes) {
            return 2;
        }
    }

    const double audioSeconds = kSeconds;
    const double sizeRatio = double(opusBytes) / double(wavBytes);
    const double opusFraction = median(opusCpu) / audioSeconds;
    std::printf("voice_bench: %d s of espeak-ng speech, 16 kHz mono, %d rounds (medians)\n",
                kSeconds, kRounds);
    std::printf("  stored size   Ogg Opus %8lld bytes (%.1f kbit/s)   WAV %9lld bytes   ratio "
                "1/%.1f (target <= 1/8)\n",
                qint64(opusBytes), opusBytes * 8.0 / 1000.0 / audioSeconds, qint64(wavBytes),
                1.0 / sizeRatio);
    std::printf("  encode+store  Ogg Opus %.3f s CPU = %.2f%% of the audio (target <= 5%%)\n",
                median(opusCpu), 100.0 * opusFraction);
    std::printf("  store         WAV      %.3f s CPU = %.2f%% of the audio (baseline)\n",
                median(wavCpu), 100.0 * median(wavCpu) / audioSeconds);
    std::printf("  read+decode   Ogg Opus %.3f s CPU = %.2f%% of the audio (%lld ms decoded)\n",
                median(opusDecodeCpu), 100.0 * median(opusDecodeCpu) / audioSeconds, decodedMs);
    std::printf("  read          WAV      %.3f s CPU\n", median(wavReadCpu));
    std::printf("  encode+store Opus / store WAV CPU: %.2fx\n", median(opusCpu) / median(wavCpu));

    bool ok = true;
    if (sizeRatio > 1.0 / 8.0) {
        std::printf("MISSED: stored size is more than 1/8 of WAV\n");
        ok = false;
    }
    if (opusFraction > 0.05) {
        std::printf("MISSED: encode+store CPU time is more than 5%% of the audio's duration\n");
        ok = false;
    }
    if (std::abs(decodedMs - kSeconds * 1000) > 100) {
        std::printf("MISSED: decoded length %lld ms\n", decodedMs);
        ok = false;
    }
    std::printf(ok ? "voice_bench: targets met\n" : "voice_bench: targets MISSED\n");
    return ok ? 0 : 1;
}
