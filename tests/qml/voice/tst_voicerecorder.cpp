// Voice notes with real audio (issue 5): a private PulseAudio daemon whose microphone is a
// pipe fed with espeak-ng speech, recorded through VoiceRecorder, checked after decoding,
// kept in the encrypted store and searched for on disk (MED-1).
#include "qml/voice/opusdecoder.h"
#include "qml/voice/readaloudengine.h"
#include "qml/voice/voicenotestore.h"
#include "qml/voice/voiceplayer.h"
#include "qml/voice/voicerecorder.h"
#include "support/processrunner.h"
#include "support/storefixture.h"
#include "voicetestsupport.h"

#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>

using namespace chorus;
using namespace chorus::test;

class TestVoiceRecorder : public QObject
{
    Q_OBJECT

public:
    TestVoiceRecorder() { m_base.setAutoRemove(true); }

private:
    QString dir(const QString& name) const { return m_base.path() + '/' + name; }
    /** Every directory a process of ours could write to; "input" (the fed speech) is not one. */
    QStringList writableDirs() const
    {
        return {dir("tmp"), dir("cache"), dir("runtime"), dir("home")};
    }
    QByteArray speech() const { return m_speech; }

    /** Starts recording, feeds `pcm` in real time and stops once all of it has arrived;
     *  `midway` runs halfway through, while the recorder is listening. */
    bool recordFeed(VoiceRecorder& recorder, const QByteArray& pcm,
                    const std::function<void()>& midway = {})
    {
        if (!recorder.start()) {
            qWarning("start failed: %s", qPrintable(recorder.errorString()));
            return false;
        }
        SpeechFeeder feeder(dir("input/mic.fifo"), pcm);
        feeder.start();
        bool midwayDone = false;
        while (!feeder.done()) {
            QTest::qWait(20);
            if (midway && !midwayDone && feeder.writtenMs() > feeder.totalMs() / 2) {
                midwayDone = true;
                midway();
            }
        }
        feeder.wait();
        // The pipe source delivers only what is written, so the note ends where the feed did.
        (void)QTest::qWaitFor([&] { return recorder.elapsedMs() >= feeder.totalMs() - 40; }, 3000);
        recorder.stop();
        return recorder.state() == VoiceRecorder::State::Finished;
    }

    QTemporaryDir m_base{QDir::tempPath() + "/chorus-voice-XXXXXX"};
    PulseFixture m_pulse;
    QByteArray m_speech;
    QList<QByteArray> m_markers;

private slots:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        for (const char* d : {"input", "tmp", "cache", "runtime", "home"}) {
            QVERIFY(QDir().mkpath(dir(d)));
        }
        // Everything this process and its helpers write goes under the scanned directories.
        qputenv("TMPDIR", QFile::encodeName(dir("tmp")));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(dir("cache")));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir("runtime")));
        qputenv("PULSE_RUNTIME_PATH", QFile::encodeName(dir("runtime/pulse")));
        qputenv("HOME", QFile::encodeName(dir("home")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir("home/.config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(dir("home/.local/share")));
        QStandardPaths::setTestModeEnabled(true);

        m_speech = makeSpeech(dir("input"), "Hello. I like my school and my friends. At home I "
                                            "feel safe, most of the time.");
        QVERIFY2(m_speech.size() > 3 * kFeedRate * 2, "espeak-ng made no speech");
        m_markers = audioMarkers(m_speech);
        QVERIFY(m_markers.size() > 10);

        QVERIFY(m_pulse.start(dir("runtime"), dir("home"), dir("input/mic.fifo")));
        // Qt's audio backend on Linux is PulseAudio (libpulse in QtMultimedia itself, not
        // GStreamer); PULSE_SERVER points it at our daemon.
        qputenv("PULSE_SERVER", QFile::encodeName(m_pulse.server()));
        const auto inputs = QMediaDevices::audioInputs();
        QVERIFY2(!inputs.isEmpty(), "Qt sees no audio input on the test daemon");
        QCOMPARE(QMediaDevices::defaultAudioInput().id(), QByteArray("mic"));
        QVERIFY(!QMediaDevices::audioOutputs().isEmpty());
    }

    void cleanupTestCase() { m_pulse.stop(); }

    void scannerFindsPlantedAudio()
    {
        // The MED-1 scans below mean something only if they would see a leak.
        QFile leak(dir("cache/leak.bin"));
        QVERIFY(leak.open(QIODevice::WriteOnly));
        leak.write(QByteArray(100, '\0') + m_speech.mid(m_speech.size() / 3, 8000));
        leak.close();
        QVERIFY(!filesWithAudio(writableDirs(), m_markers).isEmpty());
        QVERIFY(leak.remove());
        QVERIFY(filesWithAudio(writableDirs(), m_markers).isEmpty());
    }

    void offersRecordingOnlyWithConsent()
    {
        VoiceRecorder recorder;
        QVERIFY(recorder.microphoneAvailable());
        QVERIFY(!recorder.allowed()); // off until chosen (CP-5)
        QVERIFY(!recorder.canRecord());
        QVERIFY(!recorder.start());
        QVERIFY(!recorder.errorString().isEmpty());
        QCOMPARE(recorder.state(), VoiceRecorder::State::Idle);
        // Consent and pack both have to say yes; the pack sets the length.
        recorder.applyPolicy(StoreOnDevice | ShareAnonymised, true, 90);
        QVERIFY(!recorder.allowed());
        QCOMPARE(recorder.maxSeconds(), 90);
        recorder.applyPolicy(StoreOnDevice | RecordVoice, false, 90);
        QVERIFY(!recorder.allowed());
        QSignalSpy canRecord(&recorder, &VoiceRecorder::canRecordChanged);
        recorder.applyPolicy(StoreOnDevice | RecordVoice, true, 0);
        QVERIFY(recorder.canRecord());
        QCOMPARE(recorder.maxSeconds(), 120); // the default when the pack says nothing
        QCOMPARE(canRecord.size(), 1);
    }

    void recordsWhatTheMicrophoneHears()
    {
        StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice | RecordVoice));
        QStringList scanned = writableDirs();
        VoiceRecorder recorder;
        recorder.setAllowed(true);
        double loudest = 0.0;
        connect(&recorder, &VoiceRecorder::levelChanged, this,
                [&] { loudest = std::max(loudest, recorder.level()); });
        QStringList duringRecording;
        QVERIFY(recordFeed(recorder, m_speech,
                           [&] { duringRecording = filesWithAudio(scanned, m_markers); }));
        QVERIFY2(duringRecording.isEmpty(), qPrintable(duringRecording.join('\n')));
        QVERIFY2(loudest > 0.5, qPrintable(QString::number(loudest)));

        // The note: duration within 10% of what was fed, and clearly not silence.
        const qint64 fedMs = m_speech.size() / 2 * 1000 / kFeedRate;
        QVERIFY2(
            std::abs(recorder.durationMs() - fedMs) <= fedMs / 10,
            qPrintable(
                QStringLiteral("%1 ms recorded, %2 ms fed").arg(recorder.durationMs()).arg(fedMs)));
        const QByteArray ogg = recorder.recording();
        QVERIFY(ogg.startsWith("OggS"));
        auto decoded = OpusDecoder::decode(ogg);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QVERIFY(std::abs(decoded->durationMs() - fedMs) <= fedMs / 10);
        const double fedRms = rms(m_speech);
        const double gotRms = rms(decoded->pcm);
        QVERIFY2(gotRms > 0.5 * fedRms && gotRms > 500,
                 qPrintable(QStringLiteral("rms %1, fed %2").arg(gotRms).arg(fedRms)));
        // About 24 kbit/s: far smaller than the PCM it came from.
        QVERIFY(ogg.size() < m_speech.size() / 8);

        const QStringList afterStop = filesWithAudio(scanned << fx.dataDir(), m_markers);
        QVERIFY2(afterStop.isEmpty(), qPrintable(afterStop.join('\n')));

        // Into the store, then back out of a freshly unlocked store, bit for bit.
        const int recordedMs = recorder.durationMs();
        Response answer = fx.textAnswer({});
        answer.promptId = "say";
        auto saved = saveVoiceNote(recorder, fx.store->responses(), answer);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(recorder.state(), VoiceRecorder::State::Idle);
        QVERIFY(recorder.recording().isEmpty());
        const QString id = saved->id;
        fx.store.reset();
        auto reopened = Store::unlock(fx.dataDir(), "correct horse battery", fx.options());
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        auto back = reopened.value()->responses().get(id);
        QVERIFY(back.ok());
        QVERIFY(back->kind == AnswerKind::Audio);
        QCOMPARE(back->mediaType, QStringLiteral("audio/ogg"));
        QCOMPARE(back->durationMs, recordedMs);
        QCOMPARE(back->media, ogg);
        auto again = OpusDecoder::decode(back->media);
        QVERIFY(again.ok());
        QCOMPARE(again->pcm, decoded->pcm);
        reopened.value().reset();

        const QStringList afterSave = filesWithAudio(scanned, m_markers);
        QVERIFY2(afterSave.isEmpty(), qPrintable(afterSave.join('\n')));
    }

    void pauseAndResume()
    {
        VoiceRecorder recorder;
        recorder.setAllowed(true);
        QVERIFY(recorder.start());
        SpeechFeeder feeder(dir("input/mic.fifo"), m_speech);
        feeder.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsedMs() >= 1000, 5000);
        recorder.pause();
        QCOMPARE(recorder.state(), VoiceRecorder::State::Paused);
        const int atPause = recorder.elapsedMs();
        QTest::qWait(1000);
        QVERIFY2(recorder.elapsedMs() - atPause < 200,
                 qPrintable(QString::number(recorder.elapsedMs() - atPause)));
        recorder.resume();
        QCOMPARE(recorder.state(), VoiceRecorder::State::Recording);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsedMs() >= atPause + 1000, 5000);
        recorder.stop();
        feeder.cancel();
        feeder.wait();
        QCOMPARE(recorder.state(), VoiceRecorder::State::Finished);
        // About two seconds of speech: the paused second is not in the note.
        QVERIFY2(recorder.durationMs() < 2600, qPrintable(QString::number(recorder.durationMs())));
        auto decoded = OpusDecoder::decode(recorder.recording());
        QVERIFY(decoded.ok());
        QVERIFY(std::abs(decoded->durationMs() - recorder.durationMs()) < 100);
    }

    void stopsAtMaximumLength()
    {
        VoiceRecorder recorder;
        recorder.setAllowed(true);
        recorder.setMaxSeconds(1); // from the activity pack (maxVoiceSeconds)
        QSignalSpy reached(&recorder, &VoiceRecorder::maxLengthReached);
        QVERIFY(recorder.start());
        SpeechFeeder feeder(dir("input/mic.fifo"), m_speech);
        feeder.start();
        QTRY_COMPARE_WITH_TIMEOUT(reached.size(), 1, 5000);
        feeder.cancel();
        feeder.wait();
        QCOMPARE(recorder.state(), VoiceRecorder::State::Finished);
        QCOMPARE(recorder.durationMs(), 1000);
        auto length = OpusDecoder::durationMs(recorder.recording());
        QVERIFY(length.ok());
        QVERIFY(std::abs(length.value() - 1000) < 30);
    }

    void rerecordAndDiscard()
    {
        VoiceRecorder recorder;
        recorder.setAllowed(true);
        QVERIFY(recordFeed(recorder, m_speech.left(kFeedRate * 2 * 2)));
        const QByteArray first = recorder.recording();
        QVERIFY(!first.isEmpty());
        // Re-record: the first note is replaced.
        QVERIFY(recordFeed(recorder, m_speech.left(kFeedRate * 2)));
        QVERIFY(recorder.recording() != first);
        QVERIFY2(std::abs(recorder.durationMs() - 1000) < 100,
                 qPrintable(QString::number(recorder.durationMs())));
        recorder.discard();
        QCOMPARE(recorder.state(), VoiceRecorder::State::Idle);
        QVERIFY(recorder.recording().isEmpty());
        QCOMPARE(recorder.elapsedMs(), 0);
    }

    void storeRefusesWithoutVoiceConsent()
    {
        StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice)); // no "record voice"
        VoiceRecorder recorder;
        recorder.setAllowed(true); // as if the UI got it wrong: the core still refuses
        QVERIFY(recordFeed(recorder, m_speech.left(kFeedRate)));
        auto saved = saveVoiceNote(recorder, fx.store->responses(), fx.textAnswer({}));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, Error::Code::ConsentMissing);
        QVERIFY(!recorder.errorString().isEmpty());
        QVERIFY(recorder.hasRecording()); // kept in memory, not lost
        auto stored = fx.store->responses().forParticipant(fx.participant.id);
        QVERIFY(stored.ok());
        QVERIFY(stored->isEmpty());
    }

    void playsWithProgressPauseAndSeek()
    {
        VoiceRecorder recorder;
        recorder.setAllowed(true);
        QVERIFY(recordFeed(recorder, m_speech.left(kFeedRate * 2 * 3)));
        VoicePlayer player;
        QVERIFY(player.speakerAvailable());
        QVERIFY(player.loadFromRecorder(&recorder));
        QVERIFY(player.loaded());
        QVERIFY2(std::abs(player.durationMs() - 3000) < 100,
                 qPrintable(QString::number(player.durationMs())));
        QSignalSpy finished(&player, &VoicePlayer::finished);
        player.play();
        QCOMPARE(player.state(), VoicePlayer::State::Playing);
        QTRY_VERIFY_WITH_TIMEOUT(player.positionMs() > 300, 3000);
        QVERIFY(player.progress() > 0.0);
        player.pause();
        QCOMPARE(player.state(), VoicePlayer::State::Paused);
        const int atPause = player.positionMs();
        QTest::qWait(400);
        QVERIFY(std::abs(player.positionMs() - atPause) < 60);
        player.toggle(); // keyboard: space plays again
        QCOMPARE(player.state(), VoicePlayer::State::Playing);
        player.seek(player.durationMs() - 500);
        QVERIFY(player.positionMs() >= player.durationMs() - 500);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 4000);
        QCOMPARE(player.state(), VoicePlayer::State::Stopped);
        QCOMPARE(player.positionMs(), 0);
        player.skip(1000); // keyboard: arrow right
        QCOMPARE(player.positionMs(), 1000);
        player.unload();
        QVERIFY(!player.loaded());
        QVERIFY(player.errorString().isEmpty());
    }

    void damagedNoteIsAnErrorNotACrash()
    {
        VoicePlayer player;
        QByteArray junk("OggS");
        junk.append(QByteArray(2000, '\x5a'));
        QVERIFY(!player.loadNote(junk));
        QVERIFY(!player.errorString().isEmpty());
        QVERIFY(!player.loaded());
    }

    void readAloudSpeaksThroughTheSink()
    {
        ReadAloudEngine tts;
        QVERIFY(ReadAloudEngine::engineAvailable());
        QCOMPARE(tts.engineName(), QStringLiteral("flite"));
        tts.setLanguage("en");
        QVERIFY(tts.voiceAvailable());
        tts.setRate(0.3);
        QCOMPARE(tts.rate(), 0.3);
        tts.setRate(4);
        QCOMPARE(tts.rate(), 1.0);
        QList<ReadAloudEngine::State> states;
        connect(&tts, &ReadAloudEngine::stateChanged, this, [&] { states << tts.state(); });
        QVERIFY(tts.say("How do you feel at home?"));
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(ReadAloudEngine::State::Speaking), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tts.state(), ReadAloudEngine::State::Ready, 20000);
        QVERIFY2(tts.errorString().isEmpty(), qPrintable(tts.errorString()));
        QVERIFY(!states.contains(ReadAloudEngine::State::Error));
    }

    void readAloudSaysWhenThereIsNoVoiceForTheLanguage()
    {
        ReadAloudEngine tts;
        tts.setLanguage("cy");
        QVERIFY(!tts.voiceAvailable());
        QVERIFY(!tts.say("Sut wyt ti'n teimlo gartref?"));
        QCOMPARE(tts.state(), ReadAloudEngine::State::Error);
        QVERIFY2(tts.errorString().contains(QLocale("cy").nativeLanguageName()),
                 qPrintable(tts.errorString()));
        tts.setLanguage("en");
        QVERIFY(tts.voiceAvailable());
        QCOMPARE(tts.state(), ReadAloudEngine::State::Ready);
        QVERIFY(tts.errorString().isEmpty());
    }

    void killedMidRecordingLeavesNoAudio()
    {
        QProcess tool;
        tool.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        tool.start(binary("voicerecorder_tool"), {"60"});
        QVERIFY(tool.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(tool.canReadLine(), 20000);
        const QByteArray first = tool.readLine().trimmed();
        QVERIFY2(first.startsWith("data-dir "), first.constData());
        const QString dataDir = QString::fromLocal8Bit(first.mid(9));
        SpeechFeeder feeder(dir("input/mic.fifo"), m_speech + m_speech);
        feeder.start();
        QTRY_VERIFY_WITH_TIMEOUT(tool.canReadLine(), 10000);
        QCOMPARE(tool.readLine().trimmed(), QByteArray("recording"));
        QTRY_VERIFY_WITH_TIMEOUT(feeder.writtenMs() > 2500, 10000);

        const QStringList during = filesWithAudio(writableDirs() << dataDir, m_markers);
        QVERIFY2(during.isEmpty(), qPrintable(during.join('\n')));

        tool.kill(); // SIGKILL: no destructor, no cleanup
        QVERIFY(tool.waitForFinished(5000));
        QCOMPARE(tool.exitStatus(), QProcess::CrashExit);
        feeder.cancel();
        feeder.wait();
        const QStringList after = filesWithAudio(writableDirs() << dataDir, m_markers);
        QVERIFY2(after.isEmpty(), qPrintable(after.join('\n')));

        // The store is intact and holds no half note.
        auto store = Store::unlock(dataDir, "correct horse battery");
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        QVERIFY(store.value()->verify().ok());
        auto stats = store.value()->stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->responses, 0);
        QCOMPARE(stats->mediaBytes, 0);
        store.value().reset();
        QDir(dataDir).removeRecursively();
    }

    void toolSavesAWholeNote()
    {
        QProcess tool;
        tool.start(binary("voicerecorder_tool"), {"2"});
        QVERIFY(tool.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(tool.canReadLine(), 20000);
        const QByteArray first = tool.readLine().trimmed();
        QVERIFY(first.startsWith("data-dir "));
        const QString dataDir = QString::fromLocal8Bit(first.mid(9));
        SpeechFeeder feeder(dir("input/mic.fifo"), m_speech);
        feeder.start();
        QVERIFY(tool.waitForFinished(20000));
        feeder.cancel();
        feeder.wait();
        QCOMPARE(tool.exitCode(), 0);
        const QByteArray out = tool.readAll();
        QVERIFY2(out.contains("saved 2000"), out.constData());

        auto store = Store::unlock(dataDir, "correct horse battery");
        QVERIFY(store.ok());
        auto stats = store.value()->stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->responses, 1);
        QVERIFY(stats->mediaBytes > 1000);
        store.value().reset();
        const QStringList after = filesWithAudio(writableDirs() << dataDir, m_markers);
        QVERIFY2(after.isEmpty(), qPrintable(after.join('\n')));
        QDir(dataDir).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestVoiceRecorder)
#include "tst_voicerecorder.moc"
