// What `chorus` loads before the first frame of the unlock screen (issue 3): never Qt
// Multimedia (voice notes are the Chorus.Voice plugin, loaded on first import), never Qt
// TextToSpeech (read-aloud's engine is in the audio plugin, loaded on the first "Read aloud")
// and no Quick Controls at all, neither a style nor the templates (the unlock screen is plain
// Qt Quick: qml/controls/ButtonBase.qml). The dynamic loader lists
// every object it maps (LD_DEBUG=files); the app quits at its first frame (--startup-probe).
// bench/startup_bench measures the time; this keeps the reason for it from coming back.
#include "appcontroller.h"
#include "startwarmup.h"
#include "uiservices.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestStartPath : public QObject
{
    Q_OBJECT

private slots:
    void unlockScreenLoadsNoVoiceNorControls()
    {
        QTemporaryDir dir;
        {
            UiServices services(dir.path(), chorus::KdfCost{1, 1024 * 1024}, QString());
            const QString pass = QStringLiteral("correct horse battery staple");
            services.app().createStore(pass, pass);
            QVERIFY(QTest::qWaitFor([&] { return !services.app().busy(); }, 60000));
            QCOMPARE(services.app().stage(), AppController::Stage::Unlocked);
            services.app().lock();
        }
        QProcess chorus;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        chorus.setProcessEnvironment(env);
        chorus.start(QStringLiteral(CHORUS_BIN_DIR "/chorus"),
                     {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--startup-probe")});
        QVERIFY(chorus.waitForFinished(60000));
        QCOMPARE(chorus.exitCode(), 0);
        QVERIFY(chorus.readAllStandardOutput().contains("startup-probe"));
        const QByteArray loaded = chorus.readAllStandardError();
        // The check itself works: these are loaded, and the loader said so.
        QVERIFY2(loaded.contains("libQt6Quick.so"), loaded.left(2000).constData());
        QVERIFY(loaded.contains("QtQuick/Layouts"));
        for (const char* heavy : {"libQt6Multimedia.so", "libpulse", "libchorus_voice",
                                  "libchorus_audio", "libQt6TextToSpeech.so", "QtQuick/Controls/",
                                  "QtQuick/Templates", "libQt6QuickTemplates2"}) {
            QVERIFY2(!loaded.contains(heavy),
                     qPrintable(QStringLiteral("loaded before the first frame: %1")
                                    .arg(QString::fromLatin1(heavy))));
        }
    }

    /** The start's warm-up thread (app/chorus/startwarmup.h) maps plugin libraries the engine
        would load anyway: each file exists in this Qt, and its module is one Main.qml or the
        unlock page imports, so a changed import or Qt layout shows here, not as a slower start. */
    void warmUpLoadsOnlyTheUnlockScreensModules()
    {
        QSet<QString> imported; // "import QtQuick.Layouts" lines, their module's name
        for (const char* qml : {"/qml/app/Main.qml", "/qml/app/pages/UnlockPage.qml"}) {
            QFile file(QStringLiteral(CHORUS_SOURCE_DIR) + QLatin1StringView(qml));
            QVERIFY2(file.open(QIODevice::ReadOnly), qml);
            for (const QByteArray& line : file.readAll().split('\n')) {
                const QList<QByteArray> words = line.simplified().split(' ');
                if (words.size() >= 2 && words[0] == "import") {
                    imported.insert(QString::fromUtf8(words[1]));
                }
            }
        }
        const QStringList plugins = chorus::app::StartWarmUp::pluginPaths();
        QVERIFY(!plugins.isEmpty());
        for (const QString& path : plugins) {
            QPluginLoader plugin(path);
            const QJsonArray uris = plugin.metaData().value(QStringLiteral("uri")).toArray();
            QVERIFY2(!uris.isEmpty(), qPrintable(QStringLiteral("no QML plugin at %1").arg(path)));
            for (const auto& uri : uris) {
                QVERIFY2(imported.contains(uri.toString()),
                         qPrintable(QStringLiteral("the unlock screen does not import %1")
                                        .arg(uri.toString())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStartPath)
#include "tst_startpath.moc"
