// Qt Quick Tests of the pages and activities: every tests/qml/quick/tst_*.qml file runs in an
// engine of its own, with the real services over a fresh temporary store (cheap key
// derivation), and `import Chorus.Testing` for the Harness (harness.h).

#include "harness.h"

#include "uiservices.h"

#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)
// Chorus.Voice (voice notes in the activities) is a plugin the engine loads from
// <bin>/../qml on first import, as in the app (UiServices::attach).

namespace {

/** The services of the test file being run; replaced for each file's engine. */
struct FileServices
{
    QTemporaryDir dir;
    UiServices services{dir.path(), chorus::KdfCost{1, 1024 * 1024}, QString()};
};

std::unique_ptr<FileServices> g_current;

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        qmlRegisterSingletonType<chorus::test::Harness>(
            "Chorus.Testing", 1, 0, "Harness", [](QQmlEngine*, QJSEngine*) -> QObject* {
                return new chorus::test::Harness(g_current->services);
            });
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        g_current.reset(); // the singletons are process-wide: one set at a time
        g_current = std::make_unique<FileServices>();
        g_current->services.attach(*engine);
    }

    void cleanupTestCase() { g_current.reset(); }
};

QUICK_TEST_MAIN_WITH_SETUP(chorus_qml, Setup)

#include "tst_qml.moc"
