// Issue 15: text entry on a tablet with no hardware keyboard. When Chorus types through Qt's
// on-screen keyboard (QT_IM_MODULE=qtvirtualkeyboard, set in this test's environment as
// chorus sets it on a touch-only device), the real window shows the keyboard's panel; keys
// pressed on it reach the focused field; the panel never covers that field; a PIN field opens
// the keyboard on its numbers and a passphrase field asks for no prediction and hidden text.

#include "onscreenkeyboard.h"
#include "uifixture.h"

#include <QAccessible>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;
using namespace chorus::test;

namespace {

// A touch screen (an Ilitek panel: ABS with INPUT_PROP_DIRECT) and, second, a USB keyboard
// (EV_KEY and EV_REP), as /proc/bus/input/devices lists them.
const QByteArray kTouchScreen = "I: Bus=0003 Vendor=222a Product=0001 Version=0110\n"
                                "N: Name=\"ILITEK ILITEK-TP\"\n"
                                "B: PROP=2\n"
                                "B: EV=1b\n"
                                "B: KEY=400 0 0 0 0 0\n"
                                "B: ABS=3273800000000003\n";
const QByteArray kKeyboard =
    "I: Bus=0003 Vendor=046d Product=c31c Version=0110\n"
    "N: Name=\"Logitech USB Keyboard\"\n"
    "B: PROP=0\n"
    "B: EV=120013\n"
    "B: KEY=1000000000007 ff9f207ac14057ff febeffdfffefffff fffffffffffffffe\n";
// A laptop's touch pad: absolute axes but not a direct (screen) device.
const QByteArray kTouchPad = "N: Name=\"SynPS/2 Synaptics TouchPad\"\n"
                             "B: PROP=5\n"
                             "B: EV=b\n"
                             "B: ABS=660800011000003\n";

QString trw(const char* context, const char* text, const char* comment)
{
    return QCoreApplication::translate(context, text, comment);
}

QString accessibleName(QQuickItem* item)
{
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(item);
    return a ? a->text(QAccessible::Name) : QString();
}

QQuickItem* findByName(QQuickItem* root, const QString& name)
{
    for (QQuickItem* item : visibleItems(root)) {
        if (isInteractive(item) && accessibleName(item) == name) {
            return item;
        }
    }
    return nullptr;
}

QQuickItem* findByObjectName(QQuickItem* root, const QString& objectName)
{
    for (QQuickItem* item : visibleItems(root)) {
        if (item->objectName() == objectName) {
            return item;
        }
    }
    return nullptr;
}

QQuickItem* findPanel(QQuickItem* root)
{
    for (QQuickItem* item : visibleItems(root)) {
        // (The app's OnScreenKeyboard is an InputPanel: a QML type derived from it.)
        if (item->inherits("QQuickItem") && item->metaObject()->indexOfProperty("keyboard") >= 0 &&
            item->metaObject()->indexOfProperty("active") >= 0) {
            return item;
        }
    }
    return nullptr;
}

/** The keyboard's key that types `text` (a Key of the panel's current layout). */
QQuickItem* findKey(QQuickItem* panel, const QString& text)
{
    for (QQuickItem* item : visibleItems(panel)) {
        if (item->property("key").isValid() && item->property("text").toString() == text &&
            item->width() > 0) {
            return item;
        }
    }
    return nullptr;
}

QPoint middleOf(QQuickItem* item)
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
}

/** An environment variable set (or unset, for an empty value) for one scope, then restored. */
class EnvironmentFor
{
public:
    EnvironmentFor(const char* name, const QByteArray& value)
        : m_name(name), m_was(qgetenv(name)), m_wasSet(qEnvironmentVariableIsSet(name))
    {
        if (value.isEmpty()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    }
    ~EnvironmentFor()
    {
        if (m_wasSet) {
            qputenv(m_name, m_was);
        } else {
            qunsetenv(m_name);
        }
    }
    EnvironmentFor(const EnvironmentFor&) = delete;
    EnvironmentFor& operator=(const EnvironmentFor&) = delete;

private:
    const char* m_name;
    QByteArray m_was;
    bool m_wasSet;
};

} // namespace

class TestOnScreenKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void choice_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QByteArray>("devices");
        QTest::addColumn<bool>("onScreen");
        QTest::newRow("tablet, automatic") << QString() << kTouchScreen << true;
        QTest::newRow("tablet with a keyboard")
            << QString() << kTouchScreen + "\n" + kKeyboard << false;
        QTest::newRow("laptop with a touch pad")
            << QString() << kTouchPad + "\n" + kKeyboard << false;
        QTest::newRow("touch pad, no keyboard") << QString() << kTouchPad << false;
        QTest::newRow("nothing listed") << QString() << QByteArray() << false;
        QTest::newRow("asked for, with a keyboard")
            << QStringLiteral("onscreen") << kKeyboard << true;
        QTest::newRow("refused on a tablet") << QStringLiteral("hardware") << kTouchScreen << false;
        QTest::newRow("unknown word: automatic")
            << QStringLiteral("yes please") << kTouchScreen << true;
    }

    void choice()
    {
        QFETCH(QString, setting);
        QFETCH(QByteArray, devices);
        QFETCH(bool, onScreen);
        QCOMPARE(ui::useOnScreenKeyboard(ui::keyboardChoice(setting), devices), onScreen);
    }

    // Issue 15: the Settings choice is kept in the preferences file and read back, both by
    // Preferences and, before the application object, by the start-up choice.
    void settingSavedAndReadBack_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("always") << QStringLiteral("onscreen");
        QTest::newRow("never") << QStringLiteral("hardware");
        QTest::newRow("automatic") << QStringLiteral("automatic");
    }

    void settingSavedAndReadBack()
    {
        QFETCH(QString, choice);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("preferences.ini"));
        QCOMPARE(Preferences::keyboardAtStart(path), QStringLiteral("automatic")); // nothing saved
        {
            Preferences first(path);
            QCOMPARE(first.keyboard(), QStringLiteral("automatic"));
            // Another choice first, so that every row's choice is a change that is saved.
            first.setKeyboard(choice == QLatin1String("onscreen") ? QStringLiteral("hardware")
                                                                  : QStringLiteral("onscreen"));
            first.setKeyboard(choice);
            QCOMPARE(first.keyboard(), choice);
            first.setKeyboard(QStringLiteral("sometimes")); // not a choice: refused
            QCOMPARE(first.keyboard(), choice);
        }
        Preferences second(path);
        QCOMPARE(second.keyboard(), choice);
        QCOMPARE(Preferences::keyboardAtStart(path), choice);
    }

    // The choice in force: Settings' saved one, unless CHORUS_KEYBOARD overrides it.
    void settingGovernsTheChoice_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QByteArray>("devices");
        QTest::addColumn<bool>("onScreen");
        QTest::newRow("always, with a keyboard")
            << QString() << QStringLiteral("onscreen") << kKeyboard << true;
        QTest::newRow("never, on a tablet")
            << QString() << QStringLiteral("hardware") << kTouchScreen << false;
        QTest::newRow("automatic, on a tablet")
            << QString() << QStringLiteral("automatic") << kTouchScreen << true;
        QTest::newRow("automatic, with a keyboard")
            << QString() << QStringLiteral("automatic") << kTouchScreen + "\n" + kKeyboard << false;
        QTest::newRow("never, overridden by the environment")
            << QStringLiteral("onscreen") << QStringLiteral("hardware") << kTouchScreen << true;
        QTest::newRow("always, overridden by the environment")
            << QStringLiteral("hardware") << QStringLiteral("onscreen") << kKeyboard << false;
    }

    void settingGovernsTheChoice()
    {
        QFETCH(QString, environment);
        QFETCH(QString, saved);
        QFETCH(QByteArray, devices);
        QFETCH(bool, onScreen);
        QCOMPARE(ui::useOnScreenKeyboard(ui::startChoice(environment, saved), devices), onScreen);
    }

    // What chorus does before its application object: the saved choice decides whether the
    // input method is Qt's virtual keyboard (and so whether Main.qml loads its panel:
    // Preferences.onScreenKeyboard). "Always" and "Never" do not depend on this machine's
    // devices.
    void savedChoiceSetsTheInputMethod_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<bool>("onScreen");
        QTest::newRow("always") << QStringLiteral("onscreen") << true;
        QTest::newRow("never") << QStringLiteral("hardware") << false;
    }

    void savedChoiceSetsTheInputMethod()
    {
        QFETCH(QString, choice);
        QFETCH(bool, onScreen);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("preferences.ini"));
        Preferences(path).setKeyboard(choice);
        const EnvironmentFor noModule("QT_IM_MODULE", {});
        const EnvironmentFor noOverride("CHORUS_KEYBOARD", {});
        ui::chooseInputMethod(Preferences::keyboardAtStart(path));
        QCOMPARE(Preferences::onScreenKeyboard(), onScreen);
    }

    // The Settings page offers the choice as a labelled group of radio buttons; a press
    // changes the preference.
    void settingsPageOffersTheChoice()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.window);
        std::unique_ptr<QQuickItem> page;
        for (const ui::CatalogueEntry& entry : ui::catalogue()) {
            if (entry.name == QLatin1String("SettingsPage")) {
                page = f.show(entry);
            }
        }
        QVERIFY2(page, "no SettingsPage in the catalogue");
        auto* group = findByObjectName(page.get(), QStringLiteral("keyboardChoices"));
        QVERIFY2(group, "no keyboard choice on the Settings page");
        QAccessibleInterface* groupA11y = QAccessible::queryAccessibleInterface(group);
        QVERIFY(groupA11y);
        QCOMPARE(groupA11y->role(), QAccessible::Grouping);
        QCOMPARE(groupA11y->text(QAccessible::Name),
                 trw("SettingsPage", "On-screen keyboard", "@label"));
        Preferences& prefs = f.services->preferences();
        QCOMPARE(prefs.keyboard(), QStringLiteral("automatic"));
        const QStringList choices = {QStringLiteral("automatic"), QStringLiteral("onscreen"),
                                     QStringLiteral("hardware")};
        for (const QString& choice : choices) {
            auto* tile = findByObjectName(group, QStringLiteral("keyboard-") + choice);
            QVERIFY2(tile, qPrintable(choice));
            QAccessibleInterface* a11y = QAccessible::queryAccessibleInterface(tile);
            QVERIFY(a11y);
            QCOMPARE(a11y->role(), QAccessible::RadioButton);
            QVERIFY(!a11y->text(QAccessible::Name).isEmpty());
            QVERIFY(a11y->actionInterface());
            a11y->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
            QTRY_COMPARE(prefs.keyboard(), choice);
            QVERIFY(a11y->state().checked);
        }
    }

    void chosenAtStart()
    {
        QCOMPARE(qEnvironmentVariable("QT_IM_MODULE"), QStringLiteral("qtvirtualkeyboard"));
        QVERIFY(Preferences::onScreenKeyboard());
    }

    void keysReachTheField_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en landscape") << QStringLiteral("en") << QSize(1280, 800);
        QTest::newRow("en portrait") << QStringLiteral("en") << QSize(800, 1280);
        QTest::newRow("ar landscape") << QStringLiteral("ar") << QSize(1280, 800);
    }

    // The real window's first run: "Start setting up", then the passphrase typed on the
    // on-screen keyboard alone.
    void keysReachTheField()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        UiFixture f(language);
        QVERIFY(f.window);
        f.window->hide();
        QQmlComponent main(f.engine.get(), ui::mainUrl());
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow*>(main.create()));
        QVERIFY2(window, qPrintable(main.errorString()));
        window->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // The keyboard serves the focus window's focused field: this window takes focus.
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_COMPARE(window->size(), size); // (a real display resizes when it answers)
        QQuickItem* root = window->contentItem();

        const QString startName = trw("FirstRunPage", "Start setting up", "@action:button");
        QTRY_VERIFY(findByName(root, startName));
        QTest::mouseClick(window.get(), Qt::LeftButton, {}, middleOf(findByName(root, startName)));
        const QString fieldName = trw("FirstRunPage", "Passphrase", "@label:textbox");
        QTRY_VERIFY(findByName(root, fieldName));
        QQuickItem* field = findByName(root, fieldName);
        QVERIFY(findPanel(root) == nullptr || !findPanel(root)->property("active").toBool());

        // A tap on the field, as a finger gives it focus: the keyboard rises.
        QTest::mouseClick(window.get(), Qt::LeftButton, {}, middleOf(field));
        QTRY_VERIFY(field->hasActiveFocus());
        QTRY_VERIFY(findPanel(root) && findPanel(root)->property("active").toBool());
        QQuickItem* panel = findPanel(root);
        // At the bottom of the window, all of it on screen.
        const auto panelTop = [panel] { return panel->mapToScene(QPointF(0, 0)).y(); };
        QTRY_COMPARE(panelTop() + panel->height(), root->height());
        QVERIFY(panelTop() > 0);

        // A passphrase: hidden, never learnt or predicted.
        const auto hints = Qt::InputMethodHints(field->property("inputMethodHints").toInt());
        QVERIFY(hints.testFlag(Qt::ImhHiddenText));
        QVERIFY(hints.testFlag(Qt::ImhNoPredictiveText));
        QVERIFY(hints.testFlag(Qt::ImhSensitiveData));

        // The field is above the keyboard, not under it (the screen ends where it begins).
        QTRY_VERIFY2(field->mapToScene(QPointF(0, field->height())).y() <= panelTop(),
                     qPrintable(QStringLiteral("field bottom %1, keyboard top %2")
                                    .arg(field->mapToScene(QPointF(0, field->height())).y())
                                    .arg(panelTop())));

        // Keys pressed on the panel reach the field: the first two keys of the top row of the
        // language's layout (Arabic has its own; Welsh has none in Qt 6.4: English (UK)).
        const QStringList letters =
            language == QLatin1String("ar")
                ? QStringList{QStringLiteral("\u0636"), QStringLiteral("\u0635")}
                : QStringList{QStringLiteral("q"), QStringLiteral("w")};
        for (const QString& letter : letters) {
            QQuickItem* key = nullptr;
            QTRY_VERIFY2((key = findKey(panel, letter)), qPrintable(letter));
            QTest::mouseClick(window.get(), Qt::LeftButton, {}, middleOf(key));
        }
        QTRY_COMPARE(field->property("text").toString(), letters.join(QString()));

        const QDir shots(QStringLiteral(CHORUS_SCREENSHOT_DIR));
        QVERIFY(shots.mkpath(QStringLiteral(".")));
        QVERIFY(window->grabWindow().save(
            shots.filePath(QStringLiteral("onscreen-keyboard-%1-%2x%3.png")
                               .arg(language)
                               .arg(size.width())
                               .arg(size.height()))));
    }

    // A PIN field opens the keyboard on its numbers: the own-time PIN page, with the app's
    // keyboard component, in the test's window.
    void pinOpensOnNumbers()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.window);
        f.window->resize(1280, 800);
        f.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        std::unique_ptr<QQuickItem> page;
        for (const ui::CatalogueEntry& entry : ui::catalogue()) {
            if (entry.name == QLatin1String("OwnTimePinPage")) {
                page = f.show(entry);
            }
        }
        QVERIFY2(page, "no OwnTimePinPage in the catalogue");
        QQmlComponent keyboard(
            f.engine.get(),
            ui::mainUrl().resolved(QUrl(QStringLiteral("components/OnScreenKeyboard.qml"))));
        std::unique_ptr<QQuickItem> panel(qobject_cast<QQuickItem*>(keyboard.create()));
        QVERIFY2(panel, qPrintable(keyboard.errorString()));
        panel->setParentItem(f.window->contentItem());
        panel->setWidth(f.window->contentItem()->width());

        QQuickItem* pin =
            findByName(page.get(), trw("OwnTimePinPage", "Your PIN", "@label:textbox"));
        QVERIFY2(pin, "no PIN field on the own-time PIN page");
        const auto hints = Qt::InputMethodHints(pin->property("inputMethodHints").toInt());
        QVERIFY(hints.testFlag(Qt::ImhPreferNumbers));
        QVERIFY(hints.testFlag(Qt::ImhHiddenText));
        QVERIFY(hints.testFlag(Qt::ImhNoPredictiveText));
        // Focused as a tap focuses it (keysReachTheField taps; here the page is not scrolled).
        pin->forceActiveFocus();
        QTRY_VERIFY(pin->hasActiveFocus());
        QGuiApplication::inputMethod()->show();
        QTRY_VERIFY(panel->property("active").toBool());
        // On the numbers: a "2" key is there, and pressing it types a 2.
        QQuickItem* two = nullptr;
        QTRY_VERIFY((two = findKey(panel.get(), QStringLiteral("2"))));
        QTest::mouseClick(f.window.get(), Qt::LeftButton, {}, middleOf(two));
        QTRY_COMPARE(pin->property("text").toString(), QStringLiteral("2"));
    }
};

QTEST_MAIN(TestOnScreenKeyboard)
#include "tst_onscreenkeyboard.moc"
