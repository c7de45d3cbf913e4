// The in-memory Ogg Opus codec (issue 5): libopusenc through callbacks, libopusfile from
// memory, and voice notes in the encrypted store. No audio device is touched.
#include "qml/voice/opusdecoder.h"
#include "qml/voice/opusencodersink.h"
#include "support/storefixture.h"
#include "voicetestsupport.h"

#include <QTest>

using namespace chorus;
using namespace chorus::test;

namespace {
QByteArray encode(const QByteArray& pcm, qsizetype piece = 0)
{
    auto enc = OpusEncoderSink::create();
    if (!enc) {
        return {};
    }
    if (piece <= 0) {
        piece = pcm.size();
    }
    for (qsizetype at = 0; at < pcm.size(); at += piece) {
        if (!enc.value()->write(QByteArrayView(pcm).sliced(at, std::min(piece, pcm.size() - at)))) {
            return {};
        }
    }
    auto ogg = enc.value()->finish();
    return ogg ? ogg.value() : QByteArray();
}
} // namespace

class TestOpusCodec : public QObject
{
    Q_OBJECT

    QTemporaryDir m_input;
    QByteArray m_speech;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_speech = makeSpeech(m_input.path(), "Sometimes I feel sad when my brother is away.", 2);
        QVERIFY(m_speech.size() > kFeedRate * 2 * 3);
    }

    void roundTripKeepsLengthAndEnergy()
    {
        const QByteArray ogg = encode(m_speech);
        QVERIFY(ogg.startsWith("OggS"));
        QVERIFY(ogg.contains("OpusHead"));
        const qint64 fedMs = m_speech.size() / 2 * 1000 / kFeedRate;
        auto decoded = OpusDecoder::decode(ogg);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(decoded->sampleRate, 48000);
        QVERIFY(std::abs(decoded->durationMs() - fedMs) <= 20);
        auto length = OpusDecoder::durationMs(ogg);
        QVERIFY(length.ok());
        QCOMPARE(length.value(), decoded->durationMs());
        const double ratio = rms(decoded->pcm) / rms(m_speech);
        QVERIFY2(ratio > 0.7 && ratio < 1.3, qPrintable(QString::number(ratio)));
        // Speech at about 24 kbit/s (with Ogg overhead, under 32).
        const double kbps = ogg.size() * 8.0 / fedMs;
        QVERIFY2(kbps > 10 && kbps < 32, qPrintable(QString::number(kbps)));
    }

    void oddSizedPiecesEncodeTheSame()
    {
        // QAudioSource hands over buffers of any size, even splitting a sample.
        const QByteArray whole = encode(m_speech);
        const QByteArray pieces = encode(m_speech, 333);
        auto a = OpusDecoder::decode(whole);
        auto b = OpusDecoder::decode(pieces);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->frames, b->frames);
        QCOMPARE(whole.size(), pieces.size());
    }

    void finishTwiceIsAnError()
    {
        auto enc = OpusEncoderSink::create();
        QVERIFY(enc.ok());
        QVERIFY(enc.value()->write(QByteArrayView(m_speech).first(3200)).ok());
        QVERIFY(enc.value()->finish().ok());
        QVERIFY(!enc.value()->finish().ok());
        QVERIFY(!enc.value()->write(QByteArrayView(m_speech).first(3200)).ok());
    }

    void damagedInputIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray ogg = encode(m_speech);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("junk") << QByteArray(4000, 'x');
        QTest::newRow("header only") << ogg.left(60);
        QByteArray flipped = ogg;
        for (qsizetype i = 200; i < flipped.size(); i += 97) {
            flipped[i] = char(flipped[i] ^ 0x5a);
        }
        QTest::newRow("flipped") << flipped;
    }
    void damagedInputIsAnErrorNotACrash()
    {
        QFETCH(QByteArray, bytes);
        auto decoded = OpusDecoder::decode(bytes);
        // Either refused or decoded to something bounded; never a crash.
        if (decoded.ok()) {
            QVERIFY(decoded->durationMs() < 60000);
        } else {
            QVERIFY(!decoded.error().message.isEmpty());
        }
    }

    void truncatedNoteDecodesWhatIsThere()
    {
        const QByteArray ogg = encode(m_speech);
        auto decoded = OpusDecoder::decode(ogg.left(ogg.size() / 2));
        QVERIFY(decoded.ok());
        QVERIFY(decoded->frames > 0);
    }

    void storeKeepsTheNoteEncrypted()
    {
        StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice | RecordVoice));
        Response r = fx.textAnswer({});
        r.kind = AnswerKind::Audio;
        r.media = encode(m_speech);
        r.mediaType = "audio/ogg";
        r.durationMs = int(m_speech.size() / 2 * 1000 / kFeedRate);
        auto saved = fx.store->responses().save(r);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        fx.store.reset();
        auto store = Store::unlock(fx.dataDir(), "correct horse battery", fx.options());
        QVERIFY(store.ok());
        auto back = store.value()->responses().get(saved->id);
        QVERIFY(back.ok());
        QCOMPARE(back->media, r.media);
        QCOMPARE(back->durationMs, r.durationMs);
        store.value().reset();
        const QStringList hits = filesWithAudio({fx.dataDir()}, audioMarkers(m_speech));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join('\n')));
    }

    void storeRefusesVoiceWithoutConsent()
    {
        StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice | ShareAnonymised));
        Response r = fx.textAnswer({});
        r.kind = AnswerKind::Audio;
        r.media = encode(m_speech.left(32000));
        r.mediaType = "audio/ogg";
        r.durationMs = 1000;
        auto saved = fx.store->responses().save(r);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Code::ConsentMissing);
    }
};

QTEST_GUILESS_MAIN(TestOpusCodec)
#include "tst_opuscodec.moc"
