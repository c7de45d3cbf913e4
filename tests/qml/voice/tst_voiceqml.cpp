// The voice note controls in QML (issue 5), over the real services and a private PulseAudio
// daemon with a pipe for a microphone: offered only when allowed, named for assistive
// technology, and walked through record, stop, listen, keep and delete.
#include "qml/voice/voiceplayer.h"
#include "qml/voice/voicerecorder.h"
#include "tests/qml/app/uifixture.h"
#include "voicetestsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace chorus;
using namespace chorus::test;

class TestVoiceQml : public QObject
{
    Q_OBJECT

    QTemporaryDir m_base{QDir::tempPath() + "/chorus-voiceqml-XXXXXX"};
    PulseFixture m_pulse;
    QByteArray m_speech;

    QString dir(const QString& name) const { return m_base.path() + '/' + name; }

    static QString accessibleName(QQuickItem* item)
    {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
        return iface ? iface->text(QAccessible::Name) : QString();
    }

    static void click(QQuickItem* button) { QMetaObject::invokeMethod(button, "clicked"); }

    /** Every visible item a person can operate has a role and a name. */
    static QStringList unnamed(QQuickItem* root)
    {
        QStringList problems;
        for (QQuickItem* item : visibleItems(root)) {
            if (isInteractive(item) && accessibleName(item).trimmed().isEmpty()) {
                problems << describe(item);
            }
        }
        return problems;
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
        m_speech = makeSpeech(dir("input"), "I like my school and my friends.");
        QVERIFY(!m_speech.isEmpty());
        QVERIFY(m_pulse.start(dir("runtime"), dir("home"), dir("input/mic.fifo")));
        qputenv("PULSE_SERVER", QFile::encodeName(m_pulse.server()));
    }

    void cleanupTestCase() { m_pulse.stop(); }

    void recordListenKeepDelete()
    {
        UiFixture f("en");
        QVERIFY(f.window);
        QQmlComponent component(f.engine.get(),
                                QUrl("qrc:/qt/qml/Chorus/Voice/VoiceNoteRecorder.qml"));
        std::unique_ptr<QQuickItem> root(qobject_cast<QQuickItem*>(component.create()));
        QVERIFY2(root, qPrintable(component.errorString()));
        root->setParentItem(f.window->contentItem());
        root->setWidth(f.window->width());

        // Not offered without the "record voice" consent (CP-5).
        QVERIFY(!root->isVisible());
        root->setProperty("allowed", true);
        QVERIFY(root->isVisible());
        auto* recorder = qvariant_cast<VoiceRecorder*>(root->property("voiceRecorder"));
        QVERIFY(recorder);
        QVERIFY(recorder->microphoneAvailable());

        auto* record = root->findChild<QQuickItem*>("voiceRecordButton");
        QVERIFY(record && record->isVisible());
        QCOMPARE(accessibleName(record), QStringLiteral("Record my voice"));
        QVERIFY(!root->findChild<QQuickItem*>("voiceTypeInstead")->isVisible());
        QStringList problems = unnamed(root.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));

        click(record);
        QVERIFY(recorder->active());
        QCOMPARE(accessibleName(record), QStringLiteral("Stop"));
        auto* level = root->findChild<QQuickItem*>("voiceLevel");
        QVERIFY(level && level->isVisible());
        QCOMPARE(accessibleName(level), QStringLiteral("Listening"));
        SpeechFeeder feeder(dir("input/mic.fifo"), m_speech);
        feeder.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder->level() > 0.3, 5000);
        problems = unnamed(root.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(feeder.done(), 15000);
        feeder.wait();
        click(record); // Stop
        QVERIFY(recorder->hasRecording());
        QCOMPARE(accessibleName(record), QStringLiteral("Record again"));

        auto* play = root->findChild<QQuickItem*>("voicePlayButton");
        auto* progress = root->findChild<QQuickItem*>("voiceProgress");
        auto* keep = root->findChild<QQuickItem*>("voiceKeepButton");
        auto* remove = root->findChild<QQuickItem*>("voiceDeleteButton");
        QVERIFY(play && progress && keep && remove);
        QVERIFY(play->isVisible() && progress->isVisible() && keep->isVisible());
        QCOMPARE(accessibleName(progress), QStringLiteral("Place in the voice note"));
        problems = unnamed(root.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));

        // Keyboard: space on the progress bar plays and pauses.
        auto* player = root->findChild<VoicePlayer*>();
        QVERIFY(player && player->loaded());
        f.window->requestActivate();
        progress->forceActiveFocus();
        QTRY_VERIFY(progress->hasActiveFocus());
        QTest::keyClick(f.window.get(), Qt::Key_Space);
        QTRY_VERIFY(player->playing());
        QTest::keyClick(f.window.get(), Qt::Key_Space);
        QTRY_VERIFY(!player->playing());

        QSignalSpy kept(root.get(), SIGNAL(keepRequested()));
        click(keep);
        QCOMPARE(kept.size(), 1);

        click(remove);
        QVERIFY(!recorder->hasRecording());
        QVERIFY(!player->loaded());
        QVERIFY(!keep->isVisible());
    }
};

QTEST_MAIN(TestVoiceQml)
#include "tst_voiceqml.moc"
