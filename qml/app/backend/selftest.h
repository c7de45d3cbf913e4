#pragma once

class QQmlApplicationEngine;
class UiServices;

namespace chorus::ui {

/**
 * `chorus --self-test`: loads Main.qml and then every page and activity component in
 * every language, counting QML warnings and load errors. Returns the process exit code:
 * 0 only when nothing at all was reported.
 */
int runSelfTest(QQmlApplicationEngine& engine, UiServices& services);

} // namespace chorus::ui
