// Records a voice note through VoiceRecorder into a fresh test store, for the voice tests'
// kill -9 (MED-1) and "no microphone" checks. Prints "data-dir DIR" first, "recording" when
// audio arrives and "saved MS" when the note is committed; exit 2 means no microphone.
#include "qml/voice/voicenotestore.h"
#include "qml/voice/voicerecorder.h"
#include "support/storefixture.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace chorus;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: voicerecorder_tool SECONDS\n");
        return 64;
    }
    const int seconds = QByteArray(argv[1]).toInt();
    test::StoreFixture fx;
    fx.dir.setAutoRemove(false); // the test inspects (and removes) it
    if (!fx.setUp(StoreOnDevice | RecordVoice)) {
        return 3;
    }
    std::printf("data-dir %s\n", qPrintable(fx.dataDir()));
    std::fflush(stdout);

    VoiceRecorder recorder;
    recorder.setAllowed(true);
    recorder.setMaxSeconds(seconds); // stops itself, exactly at the length asked for
    if (!recorder.start()) {
        std::fputs(recorder.microphoneAvailable() ? "error\n" : "no-microphone\n", stdout);
        return recorder.microphoneAvailable() ? 3 : 2;
    }
    bool announced = false;
    QObject::connect(&recorder, &VoiceRecorder::elapsedChanged, &app, [&] {
        if (!announced && recorder.elapsedMs() > 0) {
            announced = true;
            std::printf("recording\n");
            std::fflush(stdout);
        }
    });
    QObject::connect(&recorder, &VoiceRecorder::stateChanged, &app, [&] {
        if (recorder.state() != VoiceRecorder::State::Finished) {
            return;
        }
        Response answer;
        answer.sessionId = fx.session.id;
        answer.participantId = fx.participant.id;
        answer.activityId = QStringLiteral("say");
        auto saved = saveVoiceNote(recorder, fx.store->responses(), answer);
        if (!saved) {
            std::printf("not-saved\n");
            app.exit(3);
            return;
        }
        std::printf("saved %d\n", saved->durationMs);
        std::fflush(stdout);
        app.exit(0);
    });
    QTimer::singleShot(120000, &app, [&] { app.exit(4); });
    return app.exec();
}
