// Voice without any audio server (issue 5): no PulseAudio means no microphone and no
// speaker; the recorder says so and stores nothing, read-aloud and playback report it.
#include "qml/voice/opusencodersink.h"
#include "qml/voice/readaloudengine.h"
#include "qml/voice/voicenotestore.h"
#include "qml/voice/voiceplayer.h"
#include "qml/voice/voicerecorder.h"
#include "support/processrunner.h"
#include "support/storefixture.h"

#include <QMediaDevices>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace chorus;
using namespace chorus::test;

class TestVoiceNoDevice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_base{QDir::tempPath() + "/chorus-nodevice-XXXXXX"};

private slots:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        const QString base = m_base.path();
        for (const char* d : {"tmp", "runtime", "home", "cache"}) {
            QVERIFY(QDir(base).mkpath(d));
        }
        // No daemon anywhere: a fresh runtime directory, a server address that does not
        // exist, and no autospawn (libpulse would otherwise try to start one).
        QFile conf(base + "/client.conf");
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("autospawn = no\n");
        conf.close();
        qputenv("PULSE_CLIENTCONFIG", QFile::encodeName(conf.fileName()));
        qputenv("PULSE_SERVER", QFile::encodeName("unix:" + base + "/runtime/no-such-socket"));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(base + "/runtime"));
        qputenv("HOME", QFile::encodeName(base + "/home"));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(base + "/cache"));
        qputenv("TMPDIR", QFile::encodeName(base + "/tmp"));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QMediaDevices::audioInputs().isEmpty());
        QVERIFY(QMediaDevices::audioOutputs().isEmpty());
    }

    void recorderSaysThereIsNoMicrophone()
    {
        StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice | RecordVoice));
        VoiceRecorder recorder;
        recorder.setAllowed(true);
        QVERIFY(!recorder.microphoneAvailable());
        QVERIFY(!recorder.canRecord());
        QVERIFY(!recorder.start());
        QCOMPARE(recorder.state(), VoiceRecorder::State::Idle);
        QVERIFY2(recorder.errorString().contains("no microphone"),
                 qPrintable(recorder.errorString()));
        QVERIFY(recorder.errorString().contains("type"));
        auto saved = saveVoiceNote(recorder, fx.store->responses(), fx.textAnswer({}));
        QVERIFY(!saved.ok());
        auto stats = fx.store->stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->responses, 0);
        QCOMPARE(stats->mediaBytes, 0);
    }

    void recordingToolStoresNothing()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        const ProcessResult r = runBinary("voicerecorder_tool", {"2"}, {}, env, 30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("no-microphone"), r.out.constData());
        const QByteArray first = r.out.split('\n').value(0);
        QVERIFY(first.startsWith("data-dir "));
        const QString dataDir = QString::fromLocal8Bit(first.mid(9));
        auto store = Store::unlock(dataDir, "correct horse battery");
        QVERIFY(store.ok());
        auto stats = store.value()->stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->responses, 0);
        QCOMPARE(stats->mediaBytes, 0);
        store.value().reset();
        QDir(dataDir).removeRecursively();
    }

    void readAloudReportsNoSpeaker()
    {
        QVERIFY(ReadAloudEngine::engineAvailable());
        ReadAloudEngine tts;
        tts.setLanguage("en");
        QVERIFY(tts.voiceAvailable());
        QVERIFY(!tts.say("How do you feel at home?"));
        QCOMPARE(tts.state(), ReadAloudEngine::State::Error);
        QVERIFY2(tts.errorString().contains("speaker"), qPrintable(tts.errorString()));
    }

    void playerReportsNoSpeaker()
    {
        auto enc = OpusEncoderSink::create();
        QVERIFY(enc.ok());
        std::vector<qint16> tone(16000);
        for (size_t i = 0; i < tone.size(); ++i) {
            tone[i] = qint16(8000 * std::sin(2 * M_PI * 440 * double(i) / 16000));
        }
        QVERIFY(enc.value()->write(tone.data(), qsizetype(tone.size())).ok());
        auto ogg = enc.value()->finish();
        QVERIFY(ogg.ok());
        VoicePlayer player;
        QVERIFY(!player.speakerAvailable());
        QVERIFY(player.loadNote(ogg.value()));
        player.play();
        QCOMPARE(player.state(), VoicePlayer::State::Stopped);
        QVERIFY(player.errorString().contains("speaker"));
    }
};

QTEST_GUILESS_MAIN(TestVoiceNoDevice)
#include "tst_voicenodevice.moc"
