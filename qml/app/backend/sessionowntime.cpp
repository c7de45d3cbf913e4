// SessionController, own time (issue 16): the young person's PIN, sending their drafts, and
// the practitioner's list of sessions not finished, with the own-time views to reopen or end.
#include "sessioncontroller.h"

#include "appcontroller.h"
#include "qml/controls/preferences.h"
#include "usererrors.h"

#include "core/store/owntime.h"

#include <QLocale>

using namespace chorus;

bool SessionController::endUnfinished(const QString& sessionId)
{
    Store* store = m_app->store();
    if (!store || sessionId.isEmpty() || sessionId == m_session.id) {
        return false;
    }
    for (const QVariant& entry : std::as_const(m_unfinished)) {
        const QVariantMap row = entry.toMap();
        if (row.value(QStringLiteral("sessionId")).toString() != sessionId) {
            continue;
        }
        if (row.value(QStringLiteral("ownTime")).toBool() &&
            row.value(QStringLiteral("pinSet")).toBool()) {
            return false;
        }
        if (auto st = store->consultations().endSession(sessionId); !st) {
            setError(UserErrors::describe(st.error()));
            return false;
        }
        (void)store->removeSetting(positionKey(sessionId));
        reloadUnfinished();
        return true;
    }
    return false;
}

bool SessionController::choosePin(const QString& pin, const QString& confirmation)
{
    Store* store = m_app->store();
    if (!store || !ownTime() || m_session.id.isEmpty() || !m_app->ownTimeSessionId().isEmpty()) {
        return false;
    }
    if (pin != confirmation) {
        setError(tr("The two PINs are not the same. Please type them again.", "@info:status"));
        return false;
    }
    QByteArray secret = pin.toUtf8();
    if (!OwnTime::checkPin(secret)) {
        secret.fill('\0');
        setError(tr("Choose at least %1 numbers that are not all the same or in a row, or a "
                    "sentence of %2 or more letters.",
                    "@info:status")
                     .arg(OwnTime::kMinPinDigits)
                     .arg(OwnTime::kMinPassphraseChars));
        return false;
    }
    // The young person's answers go into storage of their own under this PIN; the device
    // store closes (issue 16: a PIN never opens the store).
    const auto [cost, policy] = m_app->ownTimeCost();
    auto session = OwnTime::createSession(*store, m_session.id, secret, cost, policy);
    secret.fill('\0');
    if (!session) {
        setError(UserErrors::describe(session.error()));
        return false;
    }
    setError({});
    const QString sessionId = m_session.id;
    m_app->enterOwnTime(std::move(session.value()), sessionId); // resumes it (storeOpened)
    return true;
}

bool SessionController::submit()
{
    Store* store = m_app->store();
    if (!store || !ownTime() || m_session.id.isEmpty() || m_submitted ||
        m_app->ownTimeSessionId() != m_session.id) {
        return false;
    }
    // Never send over answers that wait for space: they would be left out for good.
    if (m_app->answersWaiting() > 0) {
        if (m_queue) {
            (void)m_queue->retry();
            emit unsavedAnswersChanged();
        }
        m_app->retryWaitingAnswers();
        if (m_app->answersWaiting() > 0) {
            setError(tr("%n of your answers are not saved yet because this device is full. "
                        "They are kept safe. When there is space again they are saved, and "
                        "then you can send them.",
                        "@info:status own-time", m_app->answersWaiting()));
            return false;
        }
    }
    // Sealed to the device store's key into its inbox; the practitioner's next unlock takes
    // the answers in through consent and sharing. This session keeps its copy to look back at.
    if (auto st = OwnTime::send(*store, m_app->dataDir(), m_session.id); !st) {
        setError(UserErrors::describe(st.error()));
        return false;
    }
    setError({});
    setSubmitted(true);
    reloadReview();
    m_app->refresh();
    return true;
}

bool SessionController::reopenOwnTime(const QString& sessionId)
{
    Store* store = m_app->store();
    if (!store || !m_app->ownTimeSessionId().isEmpty()) {
        return false;
    }
    if (auto st = OwnTime::reopen(*store, sessionId); !st) {
        setError(UserErrors::describe(st.error()));
        return false;
    }
    reloadUnfinished();
    return true;
}

bool SessionController::endOwnTimeView(const QString& sessionId)
{
    Store* store = m_app->store();
    if (!store || !m_app->ownTimeSessionId().isEmpty()) {
        return false;
    }
    if (auto st = OwnTime::erase(*store, sessionId); !st) {
        setError(UserErrors::describe(st.error()));
        return false;
    }
    reloadUnfinished();
    return true;
}

void SessionController::reloadUnfinished()
{
    m_unfinished.clear();
    if (Store* store = m_app->store(); store && m_app->ownTimeSessionId().isEmpty()) {
        const QLocale locale(m_preferences->language());
        QHash<QString, OwnTime::View> views;
        for (const auto& v : OwnTime::views(m_app->dataDir())) {
            views.insert(v.sessionId, v);
        }
        auto sessions = store->consultations().unfinishedSessions();
        for (const auto& s : sessions ? sessions.value() : QList<Session>{}) {
            auto people = store->consultations().sessionParticipants(s.id);
            auto consultation = store->consultations().get(s.consultationId);
            auto answers = store->responses().forSession(s.id);
            if (!people || people->isEmpty() || !consultation || !answers) {
                continue;
            }
            auto p = store->consultations().participant(people->first());
            if (!p || p->codeName.isEmpty()) {
                continue;
            }
            m_unfinished.append(
                QVariantMap{{"sessionId", s.id},
                            {"codeName", p->codeName},
                            {"title", consultation->title},
                            {"ownTime", s.mode == SessionMode::OwnTime},
                            {"pinSet", views.contains(s.id)},
                            {"viewLocked", views.value(s.id).locked},
                            {"started", locale.toString(s.startedAt.toLocalTime().date(),
                                                        QLocale::ShortFormat)},
                            {"answered", answers->size()},
                            {"sent", false}});
            views.remove(s.id);
        }
        // Views of sessions already sent and taken in: listed so that they can be ended here.
        for (auto it = views.cbegin(); it != views.cend(); ++it) {
            auto s = store->consultations().session(it.key());
            auto people = store->consultations().sessionParticipants(it.key());
            if (!s || !people || people->isEmpty()) {
                continue;
            }
            auto p = store->consultations().participant(people->first());
            auto consultation = store->consultations().get(s->consultationId);
            auto answers = store->responses().forSession(s->id);
            if (!p || !consultation || !answers) {
                continue;
            }
            m_unfinished.append(
                QVariantMap{{"sessionId", s->id},
                            {"codeName", p->codeName},
                            {"title", consultation->title},
                            {"ownTime", true},
                            {"pinSet", true},
                            {"viewLocked", it.value().locked},
                            {"started", locale.toString(s->startedAt.toLocalTime().date(),
                                                        QLocale::ShortFormat)},
                            {"answered", answers->size()},
                            {"sent", true}});
        }
    }
    emit unfinishedChanged();
}

void SessionController::setPinChosen(bool chosen)
{
    if (chosen != m_pinChosen) {
        m_pinChosen = chosen;
        emit pinChosenChanged();
    }
}

void SessionController::setSubmitted(bool submitted)
{
    if (submitted != m_submitted) {
        m_submitted = submitted;
        emit submittedChanged();
    }
}
