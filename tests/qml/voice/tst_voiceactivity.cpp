// A voice note recorded into the magic wand through the app's own path (issue 5): the
// activity's voice controls, CurrentSession.saveVoice, the encrypted store, and the share
// record, which carries only that a note exists and its length. Real audio: a private
// PulseAudio daemon with a pipe for a microphone, fed with espeak-ng speech.
#include "qml/voice/opusdecoder.h"
#include "qml/voice/voicerecorder.h"
#include "tests/qml/app/uifixture.h"
#include "voicetestsupport.h"

#include <QAccessible>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace chorus;
using namespace chorus::test;

class TestVoiceActivity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_base{QDir::tempPath() + "/chorus-voiceactivity-XXXXXX"};
    PulseFixture m_pulse;
    QByteArray m_speech;

    QString dir(const QString& name) const { return m_base.path() + '/' + name; }

    static void click(QQuickItem* button) { QMetaObject::invokeMethod(button, "clicked"); }

    /** By objectName in the visual tree (Repeater delegates are not QObject children). */
    static QQuickItem* item(QQuickItem* root, const char* name)
    {
        for (QQuickItem* i : visibleItems(root)) {
            if (i->objectName() == QLatin1String(name)) {
                return i;
            }
        }
        return nullptr;
    }

    static QString accessibleName(QQuickItem* item)
    {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
        return iface ? iface->text(QAccessible::Name) : QString();
    }

    /** By accessible name, as a screen reader user finds it. */
    static QQuickItem* named(QQuickItem* root, const QString& name)
    {
        for (QQuickItem* i : visibleItems(root)) {
            if (accessibleName(i) == name) {
                return i;
            }
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        for (const char* d : {"input", "runtime", "home"}) {
            QVERIFY(QDir().mkpath(dir(d)));
        }
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir("runtime")));
        QStandardPaths::setTestModeEnabled(true);
        m_speech = makeSpeech(dir("input"), "If I had a magic wand I would live with my nan.");
        QVERIFY(!m_speech.isEmpty());
        QVERIFY(m_pulse.start(dir("runtime"), dir("home"), dir("input/mic.fifo")));
        qputenv("PULSE_SERVER", QFile::encodeName(m_pulse.server()));
    }

    void cleanupTestCase() { m_pulse.stop(); }

    void recordIntoTheMagicWand()
    {
        UiFixture f("en");
        QVERIFY(f.window);
        // The fixture's consent includes "record my voice"; the built-in pack allows voice
        // in the magic wand.
        QVERIFY(f.prepare(QStringLiteral("SessionPage")));
        SessionController& session = f.session();
        QVERIFY(session.voiceAgreed());
        session.goTo(session.activities()->indexOf(QStringLiteral("magic-wand")));
        const QVariantMap activity = session.current();
        QCOMPARE(activity.value("activityId").toString(), QStringLiteral("magic-wand"));
        QVERIFY(activity.value("allowVoice").toBool());

        QQmlComponent component(f.engine.get(),
                                QUrl("qrc:/qt/qml/Chorus/app/activities/MagicWandActivity.qml"));
        std::unique_ptr<QQuickItem> root(qobject_cast<QQuickItem*>(
            component.createWithInitialProperties({{"activity", activity}})));
        QVERIFY2(root, qPrintable(component.errorString()));
        root->setParentItem(f.window->contentItem());
        root->setWidth(f.window->width());

        QQuickItem* record = nullptr;
        QTRY_VERIFY((record = item(root.get(), "voiceRecordButton")) != nullptr);
        VoiceRecorder* recorder = nullptr;
        for (QQuickItem* i : visibleItems(root.get())) {
            recorder = recorder
                           ? recorder
                           : i->findChild<VoiceRecorder*>(QString(), Qt::FindDirectChildrenOnly);
        }
        QVERIFY(recorder && recorder->canRecord());
        QCOMPARE(recorder->maxSeconds(), 60); // from the pack

        click(record);
        QVERIFY(recorder->active());
        SpeechFeeder feeder(dir("input/mic.fifo"), m_speech);
        feeder.start();
        QTRY_VERIFY_WITH_TIMEOUT(feeder.done(), 30000);
        feeder.wait();
        (void)QTest::qWaitFor([&] { return recorder->elapsedMs() >= feeder.totalMs() - 40; }, 3000);
        click(record); // Stop
        QVERIFY(recorder->hasRecording());
        QQuickItem* keep = nullptr;
        QTRY_VERIFY((keep = item(root.get(), "voiceKeepButton")) != nullptr);
        click(keep);
        QVERIFY2(session.errorMessage().isEmpty(), qPrintable(session.errorMessage()));
        QVERIFY(!recorder->hasRecording()); // the plaintext copy is gone from the recorder

        // In the store: an Audio answer, Ogg Opus, as long as what was said.
        Store* store = f.app().store();
        auto answers = store->responses().forSession(session.sessionId());
        QVERIFY(answers.ok());
        QCOMPARE(answers->size(), 1);
        const Response& note = answers->first();
        QVERIFY(note.kind == AnswerKind::Audio);
        QCOMPARE(note.activityId, QStringLiteral("magic-wand"));
        QVERIFY(note.media.startsWith("OggS"));
        const qint64 fedMs = feeder.totalMs();
        QVERIFY2(
            std::abs(note.durationMs - fedMs) <= fedMs / 10,
            qPrintable(QStringLiteral("%1 ms kept, %2 ms fed").arg(note.durationMs).arg(fedMs)));
        auto decoded = OpusDecoder::decode(note.media);
        QVERIFY(decoded.ok());
        const double gotRms = rms(decoded->pcm);
        QVERIFY2(gotRms > 0.5 * rms(m_speech) && gotRms > 500, qPrintable(QString::number(gotRms)));

        // The share record: presence and length only, never the audio.
        session.stop();
        QCOMPARE(session.sharePreview()->rowCount(), 1);
        const QString content =
            session.sharePreview()
                ->data(session.sharePreview()->index(0), SharePreviewModel::ContentRole)
                .toString();
        QVERIFY2(content.startsWith("Voice note, 0:") && content.endsWith("(stays on this device)"),
                 qPrintable(content));
        auto items = store->sharing().preview(session.participantId());
        QVERIFY(items.ok() && items->size() == 1);
        QVERIFY(items->first().record.hasVoice);
        QCOMPARE(items->first().record.voiceSeconds, int((note.durationMs + 500) / 1000));
        const QByteArray payload = QJsonDocument(items->first().record.toJson()).toJson();
        QVERIFY(!payload.contains("OggS"));
        QVERIFY(!payload.contains(note.media.toBase64().left(40)));

        // The practitioner listens in the review queue and types a summary; it goes through the
        // anonymiser and is what the team reads in place of the audio.
        QQmlComponent queuePage(f.engine.get(),
                                QUrl("qrc:/qt/qml/Chorus/app/pages/ReviewQueuePage.qml"));
        std::unique_ptr<QQuickItem> queue(qobject_cast<QQuickItem*>(queuePage.create()));
        QVERIFY2(queue, qPrintable(queuePage.errorString()));
        queue->setParentItem(f.window->contentItem());
        queue->setSize(f.window->contentItem()->size());
        QQuickItem* listen = nullptr;
        QTRY_VERIFY((listen = named(queue.get(), "Listen")) != nullptr);
        QVERIFY(listen->isEnabled()); // the note was decrypted into the card's player
        QQuickItem* summary = named(queue.get(), "Summary of the voice note");
        QVERIFY(summary);
        summary->setProperty("text", "She wants to live with her nan. Ring her on 07700 900123");
        QQuickItem* use = named(queue.get(), "Use this summary");
        QVERIFY(use && use->isEnabled());
        click(use);
        auto waiting = store->sharing().reviewQueue(items->first().record.consultationId);
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->size(), 1);
        const QString teamReads = waiting->first().record.text.value_or(QString());
        QVERIFY2(teamReads.contains("nan") && teamReads.contains("[phone]") &&
                     !teamReads.contains("07700"),
                 qPrintable(teamReads));
        QTRY_VERIFY(named(queue.get(), "The team will see: " + teamReads) != nullptr);
        QQuickItem* approve = named(queue.get(), "Approve");
        QVERIFY(approve);
        click(approve);
        auto due = store->outbox().due(10);
        QVERIFY(due.ok());
        // The answer, and nothing of it but words: the session's participation record
        // (issue 19; times and outcomes, no words) waits beside it.
        due->removeIf([](const Outbox::Item& i) {
            return QJsonDocument::fromJson(i.body).object().value("record").toString() ==
                   QLatin1String("session");
        });
        QCOMPARE(due->size(), 1);
        const QJsonObject sent = QJsonDocument::fromJson(due->first().body).object();
        QCOMPARE(sent.value("text").toString(), teamReads);
        QVERIFY(!due->first().body.contains("OggS"));
        queue.reset();

        // "What you told us" plays it back from memory.
        QQmlComponent player(f.engine.get());
        player.setData("import Chorus.Voice\nVoicePlayer {}", QUrl("qrc:/tests/Player.qml"));
        std::unique_ptr<QObject> voicePlayer(player.create());
        QVERIFY2(voicePlayer, qPrintable(player.errorString()));
        QVERIFY(session.loadVoiceNote(voicePlayer.get(), note.id));
        QVERIFY(std::abs(voicePlayer->property("durationMs").toInt() - note.durationMs) < 100);
    }
};

QTEST_MAIN(TestVoiceActivity)
#include "tst_voiceactivity.moc"
