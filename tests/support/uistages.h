#pragma once

// The states a person walks the app through, from a fresh device to the end of a session,
// reached through the same services the QML calls. Shared by the C++ UI tests (page by
// page) and the Qt Quick Test harness (stage on demand), so both see the app the same way.

#include "appcontroller.h"
#include "consultationlistmodel.h"
#include "consultationsetup.h"
#include "sessioncontroller.h"
#include "uiservices.h"

#include <QTest>
#include <QVariantMap>

#include <optional>

namespace chorus::test {

inline const QByteArray kPassphrase = "correct horse battery staple";

enum class UiStage { FirstRun, Locked, Home, Consent, Session, Review };

inline std::optional<UiStage> parseUiStage(const QString& name)
{
    static const std::pair<const char*, UiStage> names[] = {
        {"firstRun", UiStage::FirstRun}, {"locked", UiStage::Locked},
        {"home", UiStage::Home},         {"consent", UiStage::Consent},
        {"session", UiStage::Session},   {"review", UiStage::Review}};
    for (const auto& [text, stage] : names) {
        if (name == QLatin1String(text)) {
            return stage;
        }
    }
    return std::nullopt;
}

/** Waits for the key derivation worker; false when it never finished. */
inline bool settle(AppController& app)
{
    return QTest::qWaitFor([&] { return !app.busy(); }, 20000);
}

/** The recovery key of the store enterLocked set up last (tests of "forgotten passphrase"). */
inline QString& lastRecoveryKey()
{
    static QString key;
    return key;
}

/** A store exists and is locked. */
inline bool enterLocked(UiServices& s)
{
    AppController& app = s.app();
    if (app.stage() == AppController::Stage::FirstRun) {
        app.createStore(QString::fromUtf8(kPassphrase), QString::fromUtf8(kPassphrase));
        if (!settle(app)) {
            return false;
        }
        lastRecoveryKey() = app.recoveryKey();
        app.finishOnboarding();
    }
    app.lock();
    return app.stage() == AppController::Stage::Locked;
}

/** Unlocked, out of child mode, no session, and at least one consultation. */
inline bool enterHome(UiServices& s)
{
    AppController& app = s.app();
    // A young person's own-time storage open instead of the store: lock, then the passphrase.
    if (app.stage() != AppController::Stage::Unlocked || !app.ownTimeSessionId().isEmpty()) {
        if (!enterLocked(s)) {
            return false;
        }
        app.unlock(QString::fromUtf8(kPassphrase));
        if (!settle(app) || app.stage() != AppController::Stage::Unlocked) {
            return false;
        }
    }
    if (app.childMode() && !app.leaveChildMode(QString::fromUtf8(kPassphrase))) {
        return false;
    }
    s.session().clear();
    if (app.consultations()->rowCount() > 0) {
        return true;
    }
    s.setup().loadBuiltInPack();
    return !s.setup()
                .createConsultation(QStringLiteral("My week"),
                                    QStringLiteral("We want to know what your week is like."), 90)
                .isEmpty();
}

/** A new session begun on the first consultation, at the consent step. */
inline bool enterConsent(UiServices& s, const QVariantMap& options)
{
    if (!enterHome(s)) {
        return false;
    }
    auto* model = s.app().consultations();
    const QString id = model->data(model->index(0), ConsultationListModel::IdRole).toString();
    return s.session().begin(id, options.value("mode", "facilitated").toString());
}

/** Consent given for a new participant (store + share; voice and drawings on request). */
inline bool enterSession(UiServices& s, const QVariantMap& options)
{
    static int participants = 0;
    if (!enterConsent(s, options)) {
        return false;
    }
    return s.session().giveConsent(
        {{"codeName", QStringLiteral("Tiger %1").arg(++participants)},
         {"ageBand", "8-11"},
         {"role", "child"},
         {"givenBy", "child"},
         {"assessor", "SW-7"},
         {"assessmentBasis", "She could say back what is kept and who sees it."},
         {"store", true},
         {"share", true},
         {"quotes", options.value("quotes", false).toBool()},
         {"voice", options.value("voice", false).toBool()},
         {"drawings", options.value("drawings", false).toBool()}});
}

/** One answer saved (a feelings scale of 4 on the current activity), then stopped. */
inline bool enterReview(UiServices& s, const QVariantMap& options)
{
    if (!enterSession(s, options)) {
        return false;
    }
    SessionController& session = s.session();
    const bool saved = session.saveScale(session.current().value("activityId").toString(), 4);
    session.stop();
    return saved && session.stage() == SessionController::Stage::Review;
}

/** Takes the services to `stage` from wherever they are (see the functions above). */
inline bool enterStage(UiServices& s, UiStage stage, const QVariantMap& options = {})
{
    switch (stage) {
    case UiStage::FirstRun:
        return s.app().stage() == AppController::Stage::FirstRun;
    case UiStage::Locked:
        return enterLocked(s);
    case UiStage::Home:
        return enterHome(s);
    case UiStage::Consent:
        return enterConsent(s, options);
    case UiStage::Session:
        return enterSession(s, options);
    case UiStage::Review:
        return enterReview(s, options);
    }
    return false;
}

} // namespace chorus::test
