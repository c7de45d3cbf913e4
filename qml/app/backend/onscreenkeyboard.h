#pragma once

#include <QByteArray>
#include <QString>

// Issue 15: text entry on a tablet with no hardware keyboard. Qt's on-screen keyboard (Qt
// Virtual Keyboard) is an input method module, chosen by QT_IM_MODULE before the application
// object exists; this decides whether Chorus asks for it.
namespace chorus::ui {

/** What the device's owner asked for in Settings or CHORUS_KEYBOARD: "onscreen", "hardware",
    or (unset, "automatic" or anything else) automatic. */
enum class KeyboardChoice { Automatic, OnScreen, Hardware };

KeyboardChoice keyboardChoice(const QString& setting);

/** From the kernel's list of input devices (/proc/bus/input/devices): a touch screen is
    attached and no keyboard is (a device that sends keys and repeats them). */
bool touchWithoutKeyboard(const QByteArray& inputDevices);

bool useOnScreenKeyboard(KeyboardChoice choice, const QByteArray& inputDevices);

/** The choice in force: CHORUS_KEYBOARD's value when it is set (an override, e.g. for tests),
    otherwise the one saved in Settings (Preferences::keyboard: "automatic", "onscreen",
    "hardware"). */
KeyboardChoice startChoice(const QString& environment, const QString& saved);

/** Before QGuiApplication: sets QT_IM_MODULE to Qt's virtual keyboard when it is wanted and
    nothing else has chosen an input method. `saved` is the Settings choice
    (Preferences::keyboardAtStart). */
void chooseInputMethod(const QString& saved);

} // namespace chorus::ui
