#pragma once

// Shared set-up for the UI tests: the real services over a temporary store (cheap key
// derivation), a host window, and each page put in the state it shows in real use.

#include "support/uistages.h"
#include "support/wedidstage.h"

#include "appcontroller.h"
#include "consultationsetup.h"
#include "qml/controls/preferences.h"
#include "reviewqueuemodel.h"
#include "sessioncontroller.h"
#include "uicatalogue.h"
#include "uiservices.h"

#include <QAccessible>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)
// Chorus.Voice (voice notes in the activities) is a plugin the engine loads from
// <bin>/../qml on first import, as in the app (UiServices::attach).

namespace chorus::test {

/** The window pages are shown in: themed and mirrored like Main.qml. */
inline const QByteArray kHostQml = R"(
import QtQuick
import QtQuick.Controls as QQC2
import Chorus
import Chorus.Controls
QQC2.ApplicationWindow {
    width: Theme.windowWidth
    height: Theme.windowHeight
    visible: true
    color: Theme.background
    font: Theme.bodyFont
    LayoutMirroring.enabled: Preferences.rightToLeft
    LayoutMirroring.childrenInherit: true
}
)";

struct UiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<UiServices> services;
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<QQuickWindow> window;

    explicit UiFixture(const QString& language, qreal textScale = 1.0)
    {
        services = std::make_unique<UiServices>(dir.path(), KdfCost{1, 1024 * 1024}, QString());
        services->preferences().setLanguage(language);
        services->preferences().setTextScale(textScale);
        engine = std::make_unique<QQmlApplicationEngine>();
        services->attach(*engine);
        QQmlComponent host(engine.get());
        host.setData(kHostQml, QUrl(QStringLiteral("qrc:/tests/Host.qml")));
        window.reset(qobject_cast<QQuickWindow*>(host.create()));
        if (!window) {
            qWarning() << host.errors();
        } else if (!QTest::qWaitForWindowExposed(window.get())) {
            qWarning() << "host window never exposed";
        }
    }

    ~UiFixture()
    {
        window.reset();
        engine.reset();
        services.reset();
    }

    AppController& app() { return services->app(); }
    SessionController& session() { return services->session(); }

    /** Puts the services in the state the page shows in use (pages come in catalogue order). */
    bool prepare(const QString& page)
    {
        static const std::pair<const char*, UiStage> stages[] = {
            {"FirstRunPage", UiStage::FirstRun}, {"UnlockPage", UiStage::Locked},
            {"HomePage", UiStage::Home},         {"ConsentPage", UiStage::Consent},
            {"SessionPage", UiStage::Session},   {"ReviewPage", UiStage::Review}};
        for (const auto& [name, stage] : stages) {
            if (page == QLatin1String(name)) {
                // With the voice scope, so that the activities show their voice controls.
                return enterStage(*services, stage, {{"voice", true}});
            }
        }
        if (page == QLatin1String("SetupPage")) {
            services->setup().loadBuiltInPack();
            return services->setup().packLoaded();
        }
        if (page == QLatin1String("OwnTimePinPage")) {
            // An own-time session with consent given: the young person chooses a PIN next.
            return enterStage(*services, UiStage::Session, {{"mode", "own-time"}}) &&
                   !session().pinChosen();
        }
        if (page == QLatin1String("OwnTimePage")) {
            const bool chosen =
                session().choosePin(QStringLiteral("258046"), QStringLiteral("258046"));
            const QString id = session().current().value("activityId").toString();
            const bool saved = session().saveScale(id, 2);
            session().stop();
            return chosen && saved && session().stage() == SessionController::Stage::Review;
        }
        if (page == QLatin1String("ReviewQueuePage")) {
            // A facilitated session's words, with a name and a phone number, wait for review
            // beside the feeling saved for the ReviewPage.
            const bool saved =
                enterStage(*services, UiStage::Session, {{"voice", true}}) &&
                session().saveText(
                    QStringLiteral("tell-us"),
                    QStringLiteral("My brother Jake said I can call him on 07700 900123"));
            session().stop();
            services->reviewQueue().reload();
            return saved && services->reviewQueue().rowCount() >= 2;
        }
        if (page == QLatin1String("WeDidPage")) {
            // A young person whose words the team answered: one action of each status.
            if (!enterStage(*services, UiStage::Review, {})) {
                return false;
            }
            const QString who = session().participantId();
            Store& store = *app().store();
            return deliverWeDid(store, who,
                                {{},
                                 0,
                                 QStringLiteral("You said the waiting room is boring."),
                                 QStringLiteral("We put books and games in the waiting room."),
                                 {},
                                 QStringLiteral("done"),
                                 QDate(2026, 11, 20)}) &&
                   deliverWeDid(store, who,
                                {{},
                                 0,
                                 QStringLiteral("You said you want to see your brother more."),
                                 QStringLiteral("We are planning more family time at weekends."),
                                 {},
                                 QStringLiteral("planned"),
                                 QDate(2027, 1, 10)});
        }
        return true;
    }

    /** Creates a catalogue entry in the window, filling it. */
    std::unique_ptr<QQuickItem> show(const ui::CatalogueEntry& entry)
    {
        QQmlComponent component(engine.get(), entry.url);
        QVariantMap initial;
        if (entry.activity) {
            initial.insert(QStringLiteral("activity"), entry.sample);
        }
        std::unique_ptr<QQuickItem> item(
            qobject_cast<QQuickItem*>(component.createWithInitialProperties(initial)));
        if (!item) {
            qWarning() << entry.name << component.errors();
            return item;
        }
        item->setParentItem(window->contentItem());
        item->setSize(window->contentItem()->size());
        window->contentItem()->polish();
        QTest::qWait(50);
        return item;
    }
};

/** True for a button as a screen reader meets it: a push button, whatever its C++ type (the
    app's own buttons are plain Qt Quick items, Quick Controls' are QQuickAbstractButtons). */
inline bool isButton(QQuickItem* item)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
    return iface && iface->role() == QAccessible::Button;
}

/** True for items a person can focus or operate. */
inline bool isInteractive(QQuickItem* item)
{
    return item->activeFocusOnTab() || isButton(item) || item->inherits("QQuickAbstractButton") ||
           item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit") ||
           item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox");
}

/** Every visible item under root, depth first, in the order they paint. */
inline QList<QQuickItem*> visibleItems(QQuickItem* root)
{
    QList<QQuickItem*> all;
    if (!root->isVisible()) {
        return all;
    }
    all.append(root);
    for (QQuickItem* child : root->childItems()) {
        all += visibleItems(child);
    }
    return all;
}

inline QString describe(QQuickItem* item)
{
    const QString text = item->property("text").toString();
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(item->metaObject()->className()), text.left(40));
}

} // namespace chorus::test
