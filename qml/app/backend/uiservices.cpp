#include "uiservices.h"

#include "appcontroller.h"
#include "consultationsetup.h"
#include "qml/controls/preferences.h"
#include "readaloud.h"
#include "reviewqueuemodel.h"
#include "sessioncontroller.h"
#include "synccontroller.h"
#include "uicatalogue.h"

#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>

// The Team screens (Chorus.Team): registered here, compiled only when TeamScreen.qml loads.
// They need nothing that is not loaded at start already (Qt Network comes with Qt Qml), so
// the module stays static; Chorus.Voice is a plugin found on the import path instead.
Q_IMPORT_QML_PLUGIN(Chorus_TeamPlugin)
// Theme, Preferences and the shared components (Chorus.Controls), which every module imports.
Q_IMPORT_QML_PLUGIN(Chorus_ControlsPlugin)

UiServices::UiServices(const QString& dataDir, std::optional<chorus::KdfCost> cost,
                       const QString& settingsPath)
    : m_preferences(std::make_unique<Preferences>(settingsPath)),
      m_app(std::make_unique<AppController>(dataDir, cost, m_preferences.get())),
      m_setup(std::make_unique<ConsultationSetup>(m_app.get(), m_preferences.get())),
      m_session(std::make_unique<SessionController>(m_app.get(), m_preferences.get())),
      m_readAloud(std::make_unique<ReadAloud>(nullptr)),
      m_sync(std::make_unique<SyncController>(m_app.get())),
      m_reviewQueue(std::make_unique<ReviewQueueModel>(m_app.get(), m_preferences.get()))
{
    Preferences::setInstance(m_preferences.get());
    AppController::setInstance(m_app.get());
    ConsultationSetup::setInstance(m_setup.get());
    SessionController::setInstance(m_session.get());
    ReadAloud::setInstance(m_readAloud.get());
    ReviewQueueModel::setInstance(m_reviewQueue.get());
    // Read aloud in the language the app (or the child) chose.
    m_readAloud->setLanguage(m_preferences->language());
    QObject::connect(m_preferences.get(), &Preferences::languageChanged, m_readAloud.get(),
                     [this] { m_readAloud->setLanguage(m_preferences->language()); });
    SyncController::setInstance(m_sync.get());
}

UiServices::~UiServices()
{
    // Drop the session and the store before the services that point at them.
    m_session->clear();
    m_app->lock();
}

void UiServices::attach(QQmlEngine& engine)
{
    // The plugins loaded when first imported (Chorus.Voice ...) come from disk; the module
    // itself is in the resources, and is found first (the last path added is searched first).
    engine.addImportPath(chorus::ui::pluginImportPath());
    engine.addImportPath(chorus::ui::importPath());
    m_preferences->setEngine(&engine);
}
