#pragma once

#include "core/crypto/keyvault.h"

#include <QString>

#include <memory>
#include <optional>

class AppController;
class ConsultationSetup;
class Preferences;
class QQmlEngine;
class ReadAloud;
class ReviewQueueModel;
class SessionController;
class SyncController;

/**
 * The services behind the QML singletons, built once (by main, or by a test with a
 * temporary data directory and a cheap key derivation) and handed to the engine.
 */
class UiServices
{
public:
    /** settingsPath empty: preferences are not persisted. */
    UiServices(const QString& dataDir, std::optional<chorus::KdfCost> cost,
               const QString& settingsPath);
    ~UiServices();
    UiServices(const UiServices&) = delete;
    UiServices& operator=(const UiServices&) = delete;

    /** Lets the engine find the module and retranslate on a language change. */
    void attach(QQmlEngine& engine);

    Preferences& preferences() { return *m_preferences; }
    AppController& app() { return *m_app; }
    ConsultationSetup& setup() { return *m_setup; }
    SessionController& session() { return *m_session; }
    ReadAloud& readAloud() { return *m_readAloud; }
    SyncController& sync() { return *m_sync; }
    ReviewQueueModel& reviewQueue() { return *m_reviewQueue; }

private:
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<ConsultationSetup> m_setup;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<ReadAloud> m_readAloud;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<ReviewQueueModel> m_reviewQueue;
};
