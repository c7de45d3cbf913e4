// chorus: the app practitioners and children hold. Parses arguments, builds the services
// and loads the QML module; everything else lives in chorus_ui and chorus_core.

#include "onscreenkeyboard.h"
#include "qml/controls/preferences.h"
#include "quickaccessibility.h"
#include "selftest.h"
#include "startupprobe.h"
#include "uicatalogue.h"
#include "uiservices.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>
#include <sys/prctl.h>
#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

namespace {

/** --data-dir's value straight from argv ("--data-dir DIR" or "--data-dir=DIR"), empty when
    absent: the settings file is read before the application object (and its parser) exists. */
QString dataDirArgument(int argc, char* argv[])
{
    const QByteArray option = "--data-dir";
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == option && i + 1 < argc) {
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (arg.startsWith(option + '=')) {
            return QString::fromLocal8Bit(arg.mid(option.size() + 1));
        }
    }
    return {};
}

/** The Settings page's keyboard choice, read before QGuiApplication: Qt's input method is
    chosen as the application object is built (a change in Settings shows at the next start).
    The self-test's scratch store has no saved choice. */
QString savedKeyboardChoice(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--self-test") {
            return Preferences::keyboardAtStart({});
        }
    }
    QString dataDir = dataDirArgument(argc, argv);
    if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    return Preferences::keyboardAtStart(QDir(dataDir).filePath(QStringLiteral("preferences.ini")));
}

} // namespace

int main(int argc, char* argv[])
{
    // Answers and voice live decrypted in this process's memory: never let a crash dump
    // write them to disk (MED-1, ST-2).
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);

    // The names before the application object: they place the default data folder, whose
    // settings file says which input method to choose as the application starts.
    QGuiApplication::setApplicationName(QStringLiteral("Chorus"));
    QGuiApplication::setOrganizationName(QStringLiteral("Chorus"));
    chorus::ui::chooseInputMethod(savedKeyboardChoice(argc, argv));
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));
    // The installed desktop entry's name: desktops match the window to its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral(CHORUS_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Chorus: creative consultations with children and families, kept encrypted "
                       "on this device."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Keep the device store in DIR."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Load every page and activity in every language (with a temporary store) "
                       "and exit non-zero "
                       "on any QML warning or load error."));
    // For bench/startup_bench: report the first frame and the resident size, then quit.
    QCommandLineOption probeOption(QStringLiteral("startup-probe"),
                                   QStringLiteral("Print a line at the first frame and exit."));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dataDirOption);
    parser.addOption(selfTestOption);
    parser.addOption(probeOption);
    parser.process(app);

    const bool selfTest = parser.isSet(selfTestOption);
    // The self-test never touches a real store.
    std::optional<QTemporaryDir> scratch;
    QString dataDir = parser.value(dataDirOption);
    if (selfTest) {
        scratch.emplace();
        dataDir = scratch->path();
    } else if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    if (!QDir().mkpath(dataDir)) {
        std::fprintf(stderr, "chorus: cannot create the data folder %s\n", qPrintable(dataDir));
        return 2;
    }

    UiServices services(dataDir, std::nullopt,
                        selfTest ? QString()
                                 : QDir(dataDir).filePath(QStringLiteral("preferences.ini")));
    chorus::ui::installQuickAccessibility(); // before any item has an interface
    QQmlApplicationEngine engine;
    services.attach(engine);
    if (selfTest) {
        return chorus::ui::runSelfTest(engine, services);
    }
    engine.load(chorus::ui::mainUrl());
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    if (parser.isSet(probeOption)) {
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        if (!window) {
            return 1;
        }
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [] {
                chorus::ui::printStartupProbe();
                QGuiApplication::quit();
            },
            Qt::QueuedConnection);
    }
    return QGuiApplication::exec();
}
