// SessionController: the session a child is doing, its stages and moving through the
// activities. Its other jobs have files of their own: consent (sessionconsent.cpp), saving
// answers (sessionanswers.cpp), what you told us (sessionreview.cpp), own time
// (sessionowntime.cpp) and how the session went (sessiontracking.cpp).
#include "sessioncontroller.h"

#include "answerwords.h"
#include "appcontroller.h"
#include "drawingcanvas.h"
#include "qml/controls/preferences.h"
#include "reviewmodel.h"
#include "sessionactivitymodel.h"
#include "uilogging.h"
#include "usererrors.h"

#include "core/domain/answervalues.h"
#include "core/store/owntime.h"

#include <QCoreApplication>
#include <algorithm>

using namespace chorus;

namespace {
SessionController* s_instance = nullptr;

bool hasOwnTimeView(const QString& dataDir, const QString& sessionId)
{
    const auto views = OwnTime::views(dataDir);
    return std::any_of(views.begin(), views.end(),
                       [&](const OwnTime::View& v) { return v.sessionId == sessionId; });
}

} // namespace

QString SessionController::positionKey(const QString& sessionId)
{
    return QStringLiteral("session-position/") + sessionId;
}

SessionController::SessionController(AppController* app, Preferences* preferences, QObject* parent)
    : QObject(parent), m_app(app), m_preferences(preferences),
      m_activities(new SessionActivityModel(this)), m_review(new ReviewModel(this)),
      m_sharePreview(new SharePreviewModel(this))
{
    connect(m_app, &AppController::storeClosing, this, [this] {
        // Answers waiting on a full disk outlive the session and the lock (REL-2): the app
        // keeps them, sealed, and saves them after the next unlock of the same storage (for
        // a young person's own time: after their PIN opens their session again).
        if (m_queue && m_queue->pending() > 0) {
            m_app->keepWaitingAnswers(m_queue->takePending());
        }
        clear();
        m_unfinished.clear();
        emit unfinishedChanged();
    });
    // A young person who came back with their own-time PIN goes straight to their session.
    connect(m_app, &AppController::storeOpened, this, [this] {
        if (!m_app->ownTimeSessionId().isEmpty()) {
            resume(m_app->ownTimeSessionId());
        }
    });
    // The practitioner taking the tablet back ends the child's session (issue 14: "end
    // session"). Done here, not by the leave dialog: leaving child mode replaces the child's
    // screen, dialog included, before the dialog could say so. A lock closes the store first
    // (storeClosing), so a session cut off by a lock or quick exit stays unfinished.
    connect(m_app, &AppController::childModeChanged, this, [this] {
        if (!m_app->childMode() && m_app->store() && (m_stage != Stage::Idle || m_weDidOnly)) {
            // Queued: the dialog that asked is still running its script.
            QMetaObject::invokeMethod(this, &SessionController::finish, Qt::QueuedConnection);
        }
    });
    connect(m_preferences, &Preferences::languageChanged, this, &SessionController::retranslate);
    connect(this, &SessionController::unsavedAnswersChanged, this,
            [this] { m_app->setSessionAnswersWaiting(unsavedAnswers()); });
    connect(this, &SessionController::currentChanged, this, &SessionController::followActivity);
    connect(this, &SessionController::stageChanged, this, &SessionController::followActivity);
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

SessionController::~SessionController()
{
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

SessionController* SessionController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void SessionController::setInstance(SessionController* instance)
{
    s_instance = instance;
}

int SessionController::activityCount() const
{
    return m_activities->rowCount();
}

QString SessionController::text(const LocalisedText& t) const
{
    return t.in(m_preferences->language(), m_pack ? m_pack->defaultLanguage : QStringLiteral("en"));
}

const PackActivity* SessionController::activityAt(int index) const
{
    if (!m_pack || index < 0 || index >= m_activities->rowCount()) {
        return nullptr;
    }
    return m_pack->activity(m_activities->at(index).id);
}

QVariantMap SessionController::current() const
{
    const PackActivity* a = activityAt(m_index);
    if (!a || m_stage != Stage::Activities) {
        return {};
    }
    QVariantList options;
    for (const auto& o : a->options) {
        options.append(
            QVariantMap{{"optionId", o.id}, {"label", text(o.label)}, {"picture", o.picture}});
    }
    QVariantList piles;
    for (const auto& p : a->piles) {
        piles.append(
            QVariantMap{{"pileId", p.id}, {"label", text(p.label)}, {"picture", p.picture}});
    }
    // The people a child can put in the circles: the roles answers accept, in the one wording
    // of them (AnswerWords), so that the activity, the summary and the team say the same.
    QVariantList roles;
    if (a->type == PackActivity::Type::Circles) {
        for (const QString& role : answers::circleRoles()) {
            roles.append(QVariantMap{{"role", role}, {"word", AnswerWords::circleRole(role)}});
        }
    }
    return {{"activityId", a->id},
            {"type", activityTypeName(a->type)},
            {"prompt", text(a->prompt)},
            {"multiple", a->multiple},
            {"options", options},
            {"answer", m_answers.value(a->id)},
            {"piles", piles},
            {"sortMode", a->sortMode},
            {"parts", m_parts.value(a->id)},
            // Voice is offered only where the pack allows it and the participant agreed.
            {"allowVoice", a->allowVoice && (m_scopes & RecordVoice) != 0u},
            {"maxVoiceSeconds", a->maxVoiceSeconds},
            {"roles", roles}};
}

void SessionController::next()
{
    if (m_stage != Stage::Activities) {
        return;
    }
    if (m_index + 1 >= activityCount()) {
        stop();
    } else {
        setIndex(m_index + 1);
    }
}

void SessionController::back()
{
    if (m_stage == Stage::Review && activityCount() > 0) {
        setStage(Stage::Activities);
        emit currentChanged();
    } else if (m_stage == Stage::Activities && m_index > 0) {
        setIndex(m_index - 1);
    }
}

void SessionController::skip()
{
    if (m_stage != Stage::Activities) {
        return;
    }
    if (m_activities->at(m_index).status == SessionActivityModel::Status::ToDo) {
        m_activities->setStatus(m_index, SessionActivityModel::Status::Skipped);
    }
    next();
}

void SessionController::stop()
{
    if (m_stage == Stage::Activities) {
        emit leavingActivity();
    }
    if (m_stage == Stage::Activities) {
        reloadReview();
        setStage(Stage::Review);
    }
}

void SessionController::goTo(int index)
{
    if (m_stage == Stage::Activities && index >= 0 && index < activityCount()) {
        setIndex(index);
    }
}

void SessionController::change(const QString& activityId)
{
    const int index = m_activities->indexOf(activityId);
    if (index < 0 || (m_stage != Stage::Review && m_stage != Stage::Activities)) {
        return;
    }
    setStage(Stage::Activities);
    setIndex(index);
    emit currentChanged();
}

void SessionController::finish()
{
    // Never finish over answers that wait for space: they would be left behind.
    if (m_queue && m_queue->pending() > 0) {
        (void)m_queue->retry();
        emit unsavedAnswersChanged();
        if (m_queue->pending() > 0) {
            setError(tr("%n answer(s) are not saved yet because the tablet is full. Free some "
                        "space, then finish again; nothing is lost meanwhile.",
                        "@info:status", m_queue->pending()));
            return;
        }
    }
    if (Store* store = m_app->store(); store && !m_session.id.isEmpty()) {
        // An own-time session stays open: for the young person's drafts until they send, then
        // as their view of what they sent; the store ends it when it takes their answers in.
        const bool keepOpen = ownTime();
        if (!keepOpen) {
            if (auto st = store->consultations().endSession(m_session.id); !st) {
                qCWarning(lcUi) << "cannot end the session:" << st.error().message;
            }
            (void)store->removeSetting(positionKey(m_session.id));
        }
    }
    clear();
    m_app->refresh();
    reloadUnfinished();
}

bool SessionController::showWeDid(const QString& participantId)
{
    Store* store = m_app->store();
    if (!store) {
        return false;
    }
    auto participant = store->consultations().participant(participantId);
    if (!participant) {
        setError(UserErrors::describe(participant.error()));
        return false;
    }
    clear();
    m_participant = participant.value();
    m_weDidOnly = true;
    emit stageChanged();
    return true;
}

bool SessionController::resume(const QString& sessionId)
{
    Store* store = m_app->store();
    if (!store) {
        return false;
    }
    auto session = store->consultations().session(sessionId);
    auto people = store->consultations().sessionParticipants(sessionId);
    if (!session || !people || people->isEmpty() || session->endedAt) {
        setError(tr("This session cannot be carried on.", "@info:status"));
        return false;
    }
    auto participant = store->consultations().participant(people->first());
    auto consent = store->consent().inForce(people->first());
    if (!participant || !consent || !consent.value()) {
        setError(tr("This session cannot be carried on: the consent for it is no longer in force.",
                    "@info:status"));
        return false;
    }
    auto answers = store->responses().forSession(sessionId);
    if (!answers) {
        setError(UserErrors::describe(answers.error()));
        return false;
    }
    if (!begin(session->consultationId, toString(session->mode))) {
        return false;
    }
    m_participant = participant.value();
    m_session = session.value();
    m_consentId = consent.value()->id;
    m_scopes = consent.value()->scopes;
    m_queue = std::make_unique<SaveQueue>(store->responses());
    for (const auto& r : answers.value()) {
        // Parts (a house's drawing, voice notes) by part; the activity's own answer by itself.
        if (r.promptId.isEmpty()) {
            m_answers.insert(r.activityId, answerMap(r));
        } else {
            m_parts[r.activityId].append(answerMap(r));
        }
        m_activities->setStatus(m_activities->indexOf(r.activityId),
                                SessionActivityModel::Status::Answered);
    }
    const auto stoppedAt = store->setting(positionKey(sessionId));
    m_index = stoppedAt ? std::max(0, m_activities->indexOf(stoppedAt.value())) : 0;
    setPinChosen(m_mode != SessionMode::OwnTime || m_app->ownTimeSessionId() == sessionId ||
                 hasOwnTimeView(m_app->dataDir(), sessionId));
    // Back with their PIN after sending: a read-only look at what they sent.
    setSubmitted(m_app->ownTimeSessionId() == sessionId && OwnTime::isSent(*store));
    startTracking();
    if (m_submitted || m_activities->rowCount() == 0) {
        reloadReview();
        setStage(Stage::Review);
    } else {
        setStage(Stage::Activities);
    }
    emit stageChanged(); // the participant's code name changed even if the stage did not
    emit currentChanged();
    return true;
}

void SessionController::clear()
{
    stopTracking();
    m_queue.reset();
    m_answers.clear();
    m_parts.clear();
    m_scopes = 0;
    m_pack.reset();
    m_consultation = {};
    m_participant = {};
    m_session = {};
    m_consentId = 0;
    m_scopes = 0;
    m_refusalCounted = false;
    m_index = 0;
    setPinChosen(true);
    setSubmitted(false);
    m_activities->setEntries({});
    m_review->clear();
    m_sharePreview->clear();
    setError({});
    if (m_weDidOnly) {
        m_weDidOnly = false;
        emit stageChanged();
    }
    setStage(Stage::Idle);
    emit consultationChanged();
    emit currentChanged();
    emit unsavedAnswersChanged();
}

void SessionController::setStage(Stage stage)
{
    if (stage != m_stage) {
        m_stage = stage;
        // A child thinking over an activity gets the longer idle limit (issue 14).
        m_app->setActivityInProgress(m_stage == Stage::Activities);
        emit stageChanged();
    }
}

void SessionController::setError(const QString& message)
{
    if (message != m_error) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void SessionController::setIndex(int index)
{
    if (index != m_index) {
        emit leavingActivity();
        m_index = index;
        rememberPosition();
        emit currentChanged();
    }
}

void SessionController::rememberPosition()
{
    Store* store = m_app->store();
    const PackActivity* a = activityAt(m_index);
    if (store && a && !m_session.id.isEmpty()) {
        if (auto st = store->setSetting(positionKey(m_session.id), a->id); !st) {
            qCWarning(lcUi) << "cannot keep the session's place:" << st.error().message;
        }
    }
}

void SessionController::retranslate()
{
    if (!m_pack) {
        return;
    }
    QStringList prompts;
    for (int i = 0; i < activityCount(); ++i) {
        const PackActivity* a = activityAt(i);
        prompts.append(a ? text(a->prompt) : QString());
    }
    m_activities->setPrompts(prompts);
    if (m_stage == Stage::Review) {
        reloadReview();
    }
    emit currentChanged();
}
