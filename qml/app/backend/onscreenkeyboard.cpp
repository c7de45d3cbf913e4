#include "onscreenkeyboard.h"

#include <QFile>
#include <QList>

namespace chorus::ui {

namespace {

constexpr auto kModule = "qtvirtualkeyboard";

// Bits of the kernel's input bitmaps (linux/input-event-codes.h).
constexpr int kEvKey = 0x01;
constexpr int kEvAbs = 0x03;
constexpr int kEvRep = 0x14;
constexpr int kPropDirect = 0x01; // a touch screen, not a touch pad

/** One "B: NAME=hex hex …" bitmap of a device's block, lowest word last; bit `bit` of it. */
bool hasBit(const QList<QByteArray>& block, const QByteArray& name, int bit)
{
    const QByteArray prefix = "B: " + name + '=';
    for (const QByteArray& line : block) {
        if (!line.startsWith(prefix)) {
            continue;
        }
        const QList<QByteArray> words = line.mid(prefix.size()).trimmed().split(' ');
        const int word = bit / 64;
        if (word >= words.size()) {
            return false;
        }
        bool ok = false;
        const qulonglong value = words.at(words.size() - 1 - word).toULongLong(&ok, 16);
        return ok && (value >> (bit % 64)) & 1U;
    }
    return false;
}

} // namespace

KeyboardChoice keyboardChoice(const QString& setting)
{
    if (setting == QLatin1String("onscreen")) {
        return KeyboardChoice::OnScreen;
    }
    if (setting == QLatin1String("hardware")) {
        return KeyboardChoice::Hardware;
    }
    return KeyboardChoice::Automatic;
}

bool touchWithoutKeyboard(const QByteArray& inputDevices)
{
    bool touch = false;
    bool keyboard = false;
    // Devices are blocks of lines separated by an empty line.
    QList<QByteArray> block;
    const auto closeBlock = [&] {
        if (hasBit(block, "EV", kEvKey) && hasBit(block, "EV", kEvRep)) {
            keyboard = true;
        }
        if (hasBit(block, "EV", kEvAbs) && hasBit(block, "PROP", kPropDirect)) {
            touch = true;
        }
        block.clear();
    };
    for (const QByteArray& line : inputDevices.split('\n')) {
        if (line.trimmed().isEmpty()) {
            closeBlock();
        } else {
            block << line.trimmed();
        }
    }
    closeBlock();
    return touch && !keyboard;
}

bool useOnScreenKeyboard(KeyboardChoice choice, const QByteArray& inputDevices)
{
    switch (choice) {
    case KeyboardChoice::OnScreen:
        return true;
    case KeyboardChoice::Hardware:
        return false;
    case KeyboardChoice::Automatic:
        break;
    }
    return touchWithoutKeyboard(inputDevices);
}

KeyboardChoice startChoice(const QString& environment, const QString& saved)
{
    return keyboardChoice(environment.isEmpty() ? saved : environment);
}

void chooseInputMethod(const QString& saved)
{
    if (qEnvironmentVariableIsSet("QT_IM_MODULE")) {
        return; // the desktop or the user chose one: theirs wins
    }
    QFile devices(QStringLiteral("/proc/bus/input/devices"));
    const QByteArray list =
        devices.open(QIODevice::ReadOnly | QIODevice::Text) ? devices.readAll() : QByteArray();
    if (useOnScreenKeyboard(startChoice(qEnvironmentVariable("CHORUS_KEYBOARD"), saved), list)) {
        qputenv("QT_IM_MODULE", kModule);
    }
}

} // namespace chorus::ui
