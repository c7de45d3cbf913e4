#include "sessioncontroller.h"

#include "appcontroller.h"
#include "preferences.h"
#include "qml/voice/opusencodersink.h"
#include "qml/voice/voiceplayer.h"
#include "qml/voice/voicerecorder.h"
#include "reviewmodel.h"
#include "sessionactivitymodel.h"
#include "sharedescription.h"
#include "uilogging.h"

#include "core/crypto/pin.h"

#include <QJsonArray>
#include <QLocale>

using namespace chorus;

namespace {
SessionController* s_instance = nullptr;
// The version of the child-friendly explanation on the consent page; bump when its words change.
const QString kExplanationVersion = QStringLiteral("chorus-explain-1");

/** Where a session stopped is kept in the store, so that it survives a lock or a crash. */
QString positionKey(const QString& sessionId)
{
    return QStringLiteral("session-position/") + sessionId;
}

/** The answer as the activities show it again (what `current.answer` holds). */
QVariantMap answerMap(const Response& r)
{
    QVariantMap answer{{"responseId", r.id}, {"kind", toString(r.kind)}};
    if (r.kind == AnswerKind::Scale) {
        answer.insert("value", r.value.value("value").toInt());
    } else if (r.kind == AnswerKind::Choice) {
        answer.insert("chosen", r.value.value("chosen").toArray().toVariantList());
    } else if (r.kind == AnswerKind::Audio) {
        answer.insert("voiceMs", r.durationMs);
    } else {
        answer.insert("text", r.text);
    }
    return answer;
}
} // namespace

SessionController::SessionController(AppController* app, Preferences* preferences, QObject* parent)
    : QObject(parent), m_app(app), m_preferences(preferences),
      m_activities(new SessionActivityModel(this)), m_review(new ReviewModel(this)),
      m_sharePreview(new SharePreviewModel(this))
{
    connect(m_app, &AppController::storeClosing, this, [this] {
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
    connect(m_preferences, &Preferences::languageChanged, this, &SessionController::retranslate);
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

QString SessionController::explanationVersion() const
{
    return kExplanationVersion;
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
    return {{"activityId", a->id},         {"type", activityTypeName(a->type)},
            {"prompt", text(a->prompt)},   {"multiple", a->multiple},
            {"options", options},          {"answer", m_answers.value(a->id)},
            {"allowVoice", a->allowVoice}, {"maxVoiceSeconds", a->maxVoiceSeconds}};
}

bool SessionController::begin(const QString& consultationId, const QString& mode)
{
    Store* store = m_app->store();
    if (!store) {
        return false;
    }
    clear();
    auto c = store->consultations().get(consultationId);
    if (!c) {
        setError(c.error().message);
        return false;
    }
    auto pack = store->consultations().pack(c->packId, c->packVersion);
    if (!pack) {
        setError(pack.error().message);
        return false;
    }
    m_consultation = c.value();
    m_pack = pack.value();
    m_mode = parseSessionMode(mode).value_or(SessionMode::Facilitated);
    QList<SessionActivityModel::Entry> entries;
    for (const auto& id : m_consultation.activityIds) {
        if (const PackActivity* a = m_pack->activity(id)) {
            entries.append({id, activityTypeName(a->type), text(a->prompt),
                            SessionActivityModel::Status::ToDo});
        }
    }
    m_activities->setEntries(entries);
    emit consultationChanged();
    setStage(Stage::Consent);
    return true;
}

bool SessionController::giveConsent(const QVariantMap& consent)
{
    Store* store = m_app->store();
    if (!store || m_stage != Stage::Consent) {
        return false;
    }
    const auto ageBand = parseAgeBand(consent.value("ageBand").toString());
    const auto role = parseRole(consent.value("role").toString());
    const auto givenBy = parseConsentGiver(consent.value("givenBy").toString());
    if (!ageBand || !role || !givenBy) {
        setError(tr("Choose an age group, a role and who is agreeing.", "@info:status"));
        return false;
    }
    ConsentScopes scopes = 0;
    const std::pair<const char*, ConsentScope> flags[] = {{"store", StoreOnDevice},
                                                          {"share", ShareAnonymised},
                                                          {"quotes", AllowQuotes},
                                                          {"voice", RecordVoice},
                                                          {"drawings", ShareDrawings}};
    for (const auto& [key, scope] : flags) {
        if (consent.value(QLatin1String(key)).toBool()) {
            scopes |= scope;
        }
    }
    if ((scopes & StoreOnDevice) == 0u) {
        setError(tr("Without keeping answers on this tablet there is nothing to do: stop here.",
                    "@info:status"));
        return false;
    }
    Participant p;
    p.consultationId = m_consultation.id;
    p.codeName = consent.value("codeName").toString().trimmed();
    p.ageBand = *ageBand;
    p.role = *role;
    if (p.codeName.isEmpty()) {
        setError(tr("Choose a made-up name for the participant.", "@info:status"));
        return false;
    }
    // The participant, their consent and the session are written before any answer.
    auto added = store->consultations().addParticipant(p);
    if (!added) {
        setError(added.error().message);
        return false;
    }
    ConsentRecord r;
    r.participantId = added->id;
    r.givenBy = *givenBy;
    r.ageBand = *ageBand;
    r.assessor = consent.value("assessor").toString().trimmed();
    r.assessmentBasis = consent.value("assessmentBasis").toString().trimmed();
    r.explanationVersion = kExplanationVersion;
    r.explanationLanguage = m_preferences->language();
    r.method = consent.value("method").toString().trimmed();
    if (r.method.isEmpty()) {
        r.method = QStringLiteral("tapped on tablet");
    }
    r.scopes = scopes;
    auto given = store->consent().give(r);
    if (!given) {
        setError(given.error().message);
        return false;
    }
    auto session = store->consultations().startSession(m_consultation.id, m_mode, {added->id});
    if (!session) {
        setError(session.error().message);
        return false;
    }
    m_participant = added.value();
    m_consentId = given->id;
    m_scopes = scopes;
    m_session = session.value();
    m_queue = std::make_unique<SaveQueue>(store->responses());
    setError({});
    m_index = 0;
    setPinChosen(m_mode != SessionMode::OwnTime);
    setStage(m_activities->rowCount() > 0 ? Stage::Activities : Stage::Review);
    rememberPosition();
    emit currentChanged();
    m_app->refresh();
    return true;
}

bool SessionController::save(Response response)
{
    if (!m_queue || m_stage != Stage::Activities) {
        return false;
    }
    response.sessionId = m_session.id;
    response.participantId = m_participant.id;
    response.consentId = m_consentId;
    response.draft = m_mode == SessionMode::OwnTime;
    const QVariantMap previous = m_answers.value(response.activityId);
    response.id = previous.value("responseId").toString();
    const int before = m_queue->pending();
    auto saved = m_queue->submit(response);
    if (m_queue->pending() != before) {
        emit unsavedAnswersChanged();
    }
    if (!saved) {
        // Transient failures keep the answer in memory; tell the practitioner either way.
        setError(isTransient(saved.error())
                     ? tr("Your answer is kept safe but not saved yet: the tablet is full.",
                          "@info:status")
                     : saved.error().message);
        return false;
    }
    setError({});
    remember(saved.value());
    return true;
}

void SessionController::remember(const Response& saved)
{
    m_answers.insert(saved.activityId, answerMap(saved));
    m_activities->setStatus(m_activities->indexOf(saved.activityId),
                            SessionActivityModel::Status::Answered);
    emit answerSaved(saved.activityId);
    emit currentChanged();
}

bool SessionController::saveVoice(const QString& activityId, QObject* recorder)
{
    auto* voice = qobject_cast<VoiceRecorder*>(recorder);
    Store* store = m_app->store();
    if (!voice || !store || m_stage != Stage::Activities) {
        return false;
    }
    Response r;
    r.activityId = activityId;
    r.sessionId = m_session.id;
    r.participantId = m_participant.id;
    r.consentId = m_consentId;
    r.draft = m_mode == SessionMode::OwnTime;
    r.id = m_answers.value(activityId).value("responseId").toString();
    // Not through the SaveQueue: on a failure the recorder itself keeps the note in memory
    // and says so, and nothing plaintext is copied into a queue.
    auto saved = voice->saveTo(store->responses(), r);
    if (!saved) {
        setError(voice->errorString());
        return false;
    }
    setError({});
    remember(saved.value());
    return true;
}

bool SessionController::loadVoiceNote(QObject* player, const QString& responseId)
{
    auto* voicePlayer = qobject_cast<VoicePlayer*>(player);
    Store* store = m_app->store();
    if (!voicePlayer || !store) {
        return false;
    }
    auto answer = store->responses().get(responseId);
    // Only this participant's own notes, in this session (UI-2).
    if (!answer || answer->kind != AnswerKind::Audio || answer->sessionId != m_session.id) {
        return false;
    }
    const bool loaded = voicePlayer->loadNote(answer->media);
    wipe(answer->media); // the player holds its decoded copy; drop this one
    return loaded;
}

bool SessionController::removeFromSharing(const QString& shareId)
{
    Store* store = m_app->store();
    if (!store || !m_sharePreview->shareIds().contains(shareId)) {
        return false; // only what this participant is being shown
    }
    if (auto st = store->sharing().removeBeforeSending(shareId); !st) {
        setError(st.error().message);
        return false;
    }
    setError({});
    reloadSharePreview();
    m_app->refresh();
    return true;
}

bool SessionController::saveScale(const QString& activityId, int value)
{
    Response r;
    r.activityId = activityId;
    r.kind = AnswerKind::Scale;
    r.value = QJsonObject{{"value", value}};
    return save(r);
}

bool SessionController::saveChoice(const QString& activityId, const QStringList& optionIds)
{
    Response r;
    r.activityId = activityId;
    r.kind = AnswerKind::Choice;
    r.value = QJsonObject{{"chosen", QJsonArray::fromStringList(optionIds)}};
    return save(r);
}

bool SessionController::saveText(const QString& activityId, const QString& text)
{
    Response r;
    r.activityId = activityId;
    r.kind = AnswerKind::Text;
    r.text = text;
    return save(r);
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

bool SessionController::deleteAnswer(const QString& responseId)
{
    Store* store = m_app->store();
    if (!store) {
        return false;
    }
    if (auto st = store->responses().remove(responseId); !st) {
        setError(st.error().message);
        return false;
    }
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        if (it.value().value("responseId").toString() == responseId) {
            m_activities->setStatus(m_activities->indexOf(it.key()),
                                    SessionActivityModel::Status::ToDo);
            m_answers.erase(it);
            break;
        }
    }
    reloadReview();
    emit currentChanged();
    return true;
}

void SessionController::finish()
{
    if (Store* store = m_app->store(); store && !m_session.id.isEmpty()) {
        // An own-time session with drafts not yet sent stays open for the young person.
        const bool keepOpen = ownTime() && !m_submitted;
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

bool SessionController::choosePin(const QString& pin, const QString& confirmation)
{
    Store* store = m_app->store();
    if (!store || !ownTime() || m_session.id.isEmpty()) {
        return false;
    }
    if (pin != confirmation) {
        setError(tr("The two PINs are not the same. Please type them again.", "@info:status"));
        return false;
    }
    QByteArray secret = pin.toUtf8();
    if (!pin::check(secret, Store::kOwnTimePinDigits)) {
        secret.fill('\0');
        setError(
            tr("Choose %1 to 12 numbers that are not all the same or in a row.", "@info:status")
                .arg(Store::kOwnTimePinDigits));
        return false;
    }
    auto st = store->setOwnTimePin(m_session.id, secret, m_app->pinCost());
    secret.fill('\0');
    if (!st) {
        setError(st.error().message);
        return false;
    }
    setError({});
    setPinChosen(true);
    return true;
}

bool SessionController::submit()
{
    Store* store = m_app->store();
    if (!store || !ownTime() || m_session.id.isEmpty() || m_submitted) {
        return false;
    }
    auto sent = store->responses().submitDrafts(m_session.id, m_participant.id);
    if (!sent) {
        setError(sent.error().message);
        return false;
    }
    // Sent: the PIN is no longer needed, and the session is over.
    if (auto st = store->removeOwnTimePin(m_session.id); !st) {
        qCWarning(lcUi) << "cannot remove the own-time PIN:" << st.error().message;
    }
    if (auto st = store->consultations().endSession(m_session.id); !st) {
        qCWarning(lcUi) << "cannot end the session:" << st.error().message;
    }
    (void)store->removeSetting(positionKey(m_session.id));
    setError({});
    setSubmitted(true);
    reloadReview();
    m_app->refresh();
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
        setError(answers.error().message);
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
        m_answers.insert(r.activityId, answerMap(r));
        m_activities->setStatus(m_activities->indexOf(r.activityId),
                                SessionActivityModel::Status::Answered);
    }
    const auto stoppedAt = store->setting(positionKey(sessionId));
    m_index = stoppedAt ? std::max(0, m_activities->indexOf(stoppedAt.value())) : 0;
    setPinChosen(
        m_mode != SessionMode::OwnTime ||
        KeyVault(Store::keySlotsPath(m_app->dataDir())).ownTimeSessions().contains(sessionId));
    setStage(m_activities->rowCount() > 0 ? Stage::Activities : Stage::Review);
    emit stageChanged(); // the participant's code name changed even if the stage did not
    emit currentChanged();
    return true;
}

void SessionController::reloadUnfinished()
{
    m_unfinished.clear();
    if (Store* store = m_app->store(); store && m_app->ownTimeSessionId().isEmpty()) {
        const QLocale locale(m_preferences->language());
        const QStringList withPin =
            KeyVault(Store::keySlotsPath(m_app->dataDir())).ownTimeSessions();
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
                            {"pinSet", withPin.contains(s.id)},
                            {"started", locale.toString(s.startedAt.toLocalTime().date(),
                                                        QLocale::ShortFormat)},
                            {"answered", answers->size()}});
        }
    }
    emit unfinishedChanged();
}

void SessionController::clear()
{
    m_queue.reset();
    m_answers.clear();
    m_pack.reset();
    m_consultation = {};
    m_participant = {};
    m_session = {};
    m_consentId = 0;
    m_scopes = 0;
    m_index = 0;
    setPinChosen(true);
    setSubmitted(false);
    m_activities->setEntries({});
    m_review->clear();
    m_sharePreview->clear();
    setError({});
    setStage(Stage::Idle);
    emit consultationChanged();
    emit currentChanged();
    emit unsavedAnswersChanged();
}

void SessionController::setStage(Stage stage)
{
    if (stage != m_stage) {
        m_stage = stage;
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

void SessionController::reloadReview()
{
    Store* store = m_app->store();
    if (!store || m_session.id.isEmpty()) {
        m_review->clear();
        return;
    }
    auto answers = store->responses().forSession(m_session.id);
    if (!answers) {
        setError(answers.error().message);
        return;
    }
    const QLocale locale(m_preferences->language());
    QList<ReviewModel::Entry> entries;
    // In the order of the activities, not of saving.
    for (int i = 0; i < activityCount(); ++i) {
        const PackActivity* a = activityAt(i);
        for (const auto& r : answers.value()) {
            if (!a || r.activityId != a->id) {
                continue;
            }
            ReviewModel::Entry e{r.id, r.activityId, text(a->prompt), toString(r.kind), r.text,
                                 0,    {},           r.durationMs};
            if (r.kind == AnswerKind::Scale) {
                e.scaleValue = r.value.value("value").toInt();
            } else if (r.kind == AnswerKind::Choice) {
                QStringList labels;
                for (const auto& chosen : r.value.value("chosen").toArray()) {
                    for (const auto& o : a->options) {
                        if (o.id == chosen.toString()) {
                            labels.append(text(o.label));
                        }
                    }
                }
                e.chosen = locale.createSeparatedList(labels);
            }
            entries.append(e);
        }
    }
    m_review->setEntries(entries);
    reloadSharePreview();
}

void SessionController::reloadSharePreview()
{
    Store* store = m_app->store();
    if (!store || m_participant.id.isEmpty()) {
        m_sharePreview->clear();
        return;
    }
    auto items = store->sharing().preview(m_participant.id);
    if (!items) {
        setError(items.error().message);
        return;
    }
    const ShareDescription words(m_pack ? &*m_pack : nullptr, m_preferences->language());
    QList<SharePreviewModel::Entry> entries;
    for (const auto& item : items.value()) {
        const ShareRecord& r = item.record;
        entries.append({item.shareId, words.prompt(r), toString(r.kind), r.text.value_or(QString()),
                        words.content(r), r.scale.value_or(0),
                        item.review == Sharing::ReviewState::Pending});
    }
    m_sharePreview->setEntries(std::move(entries));
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
