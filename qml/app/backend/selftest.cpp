#include "selftest.h"

#include "qml/controls/preferences.h"
#include "uicatalogue.h"
#include "uiservices.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>

#include <atomic>
#include <cstdio>
#include <memory>

namespace chorus::ui {
namespace {

std::atomic<int> s_problems{0};
QtMessageHandler s_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        ++s_problems;
    }
    if (s_previous) {
        s_previous(type, context, message);
    }
}

int loadEach(QQmlApplicationEngine& engine, QQuickWindow& window, const QString& language)
{
    int failures = 0;
    for (const auto& entry : catalogue()) {
        const int before = s_problems;
        QQmlComponent component(&engine, entry.url);
        QVariantMap initial;
        if (entry.activity) {
            initial.insert(QStringLiteral("activity"), entry.sample);
        }
        std::unique_ptr<QObject> object(
            component.isReady() ? component.createWithInitialProperties(initial) : nullptr);
        if (auto* item = qobject_cast<QQuickItem*>(object.get())) {
            item->setParentItem(window.contentItem());
            item->setSize(window.contentItem()->size());
        }
        QCoreApplication::processEvents();
        const bool ok = object && s_problems == before;
        if (!ok) {
            ++failures;
            for (const auto& e : component.errors()) {
                std::fprintf(stderr, "  %s\n", qPrintable(e.toString()));
            }
        }
        std::fprintf(stderr, "self-test %s %s: %s\n", qPrintable(language), qPrintable(entry.name),
                     ok ? "ok" : "FAILED");
    }
    return failures;
}

} // namespace

int runSelfTest(QQmlApplicationEngine& engine, UiServices& services)
{
    s_previous = qInstallMessageHandler(countingHandler);
    engine.load(mainUrl());
    auto* window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "self-test: Main.qml did not load\n");
        return 1;
    }
    QCoreApplication::processEvents();
    int failures = s_problems > 0 ? 1 : 0;
    for (const QString& language : services.preferences().languages()) {
        services.preferences().setLanguage(language);
        failures += loadEach(engine, *window, language);
    }
    services.preferences().setLanguage(QStringLiteral("en"));
    qInstallMessageHandler(s_previous);
    std::fprintf(stderr, "self-test: %d failure(s), %d warning(s)\n", failures, int(s_problems));
    return failures == 0 && s_problems == 0 ? 0 : 1;
}

} // namespace chorus::ui
