// chorus: the app practitioners and children hold. Parses arguments, builds the services
// and loads the QML module; everything else lives in chorus_ui and chorus_core.

#include "appcontroller.h"
#include "onscreenkeyboard.h"
#include "qml/controls/preferences.h"
#include "quickaccessibility.h"
#include "selftest.h"
#include "startupprobe.h"
#include "startwarmup.h"
#include "uicatalogue.h"
#include "uiservices.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
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

/** chorus's command line, declared once. It is read twice: before the application object,
    because the data folder's settings file says which input method Qt must choose as that
    object is built, and by process() after it, for --help, --version and unknown options. */
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               QStringLiteral("Keep the device store in DIR."),
                               QStringLiteral("DIR")};
    QCommandLineOption selfTest{
        QStringLiteral("self-test"),
        QStringLiteral("Load every page and activity in every language (with a temporary store) "
                       "and exit non-zero on any QML warning or load error.")};
    // For bench/startup_bench: report the first frame and the resident size, then quit.
    QCommandLineOption probe{QStringLiteral("startup-probe"),
                             QStringLiteral("Print a line at the first frame and exit.")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QStringLiteral("Chorus: creative consultations with children and families, kept "
                           "encrypted on this device."));
        parser.addHelpOption();
        parser.addVersionOption();
        probe.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({dataDir, selfTest, probe});
    }

    /** Reads argv without an application object; a malformed line is reported by process(). */
    void readEarly(int argc, char* argv[])
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i) {
            arguments << QString::fromLocal8Bit(argv[i]);
        }
        (void)parser.parse(arguments);
    }
};

/** Where this run keeps its store and its settings. The self-test gets a scratch folder and
    no settings file, so it never touches a real store or a saved choice. */
struct DataPlace
{
    std::optional<QTemporaryDir> scratch;
    QString folder;
    QString preferencesFile;
};

void placeData(const CommandLine& commandLine, DataPlace& place)
{
    if (commandLine.parser.isSet(commandLine.selfTest)) {
        place.scratch.emplace();
        place.folder = place.scratch->path();
        return;
    }
    place.folder = commandLine.parser.value(commandLine.dataDir);
    if (place.folder.isEmpty()) {
        place.folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    place.preferencesFile = QDir(place.folder).filePath(QStringLiteral("preferences.ini"));
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
    // settings file says which input method to choose as the application starts (a change in
    // Settings shows at the next start).
    QGuiApplication::setApplicationName(QStringLiteral("Chorus"));
    QGuiApplication::setOrganizationName(QStringLiteral("Chorus"));
    CommandLine commandLine;
    commandLine.readEarly(argc, argv);
    DataPlace data;
    placeData(commandLine, data);
    chorus::ui::chooseInputMethod(Preferences::keyboardAtStart(data.preferencesFile));

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));
    // The installed desktop entry's name: desktops match the window to its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral(CHORUS_APP_ID));
    commandLine.parser.process(app);
    // Qt's default font is the body text's: each Text item measures a line in the default font
    // as it is made, and a default of its own would be one more font engine (fontconfig's
    // match included: a tenth of the unlock screen's start) than the screen needs. Text that
    // sets its own font (all of the Theme's) is unchanged; a popup that sets none (a
    // FileDialog) shows this one, where only an ApplicationWindow would pass the Theme's.
    const QFont textFont = Preferences::textFontAtStart(data.preferencesFile);
    QGuiApplication::setFont(textFont);
    // Fonts and the unlock screen's plugin libraries on a second core, beside the engine's start.
    chorus::app::StartWarmUp warmUp( // not const: its thread fills it after construction
        textFont, Preferences::languageNames());

    if (!QDir().mkpath(data.folder)) {
        std::fprintf(stderr, "chorus: cannot create the data folder %s\n", qPrintable(data.folder));
        return 2;
    }

    UiServices services(data.folder, std::nullopt, data.preferencesFile);
    chorus::ui::installQuickAccessibility(); // before any item has an interface
    QQmlApplicationEngine engine;
    services.attach(engine);
    if (commandLine.parser.isSet(commandLine.selfTest)) {
        return chorus::ui::runSelfTest(engine, services);
    }
    // Main.qml's types, then the first page's, load on the engine's own thread: while this
    // thread builds the window from Main.qml, the page its Loader asks for is read meanwhile.
    const QQmlComponent mainAhead(&engine, chorus::ui::mainUrl(), QQmlComponent::Asynchronous);
    const QQmlComponent pageAhead(
        &engine, chorus::ui::startPageUrl(services.app().stage() != AppController::Stage::FirstRun),
        QQmlComponent::Asynchronous);
    engine.load(chorus::ui::mainUrl());
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    if (commandLine.parser.isSet(commandLine.probe)) {
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
