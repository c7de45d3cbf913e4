#include "sessioncontroller.h"

#include "appcontroller.h"
#include "drawingcanvas.h"
#include "qml/controls/preferences.h"
#include "reviewmodel.h"
#include "sessionactivitymodel.h"
#include "sharedescription.h"
#include "uilogging.h"
#include "usererrors.h"

#include "core/domain/answervalues.h"
#include "core/store/owntime.h"
#include "core/store/storeutil.h"
#include "qml/voice/voicenotestore.h" // the voice seam: the controls are a plugin

#include <QCoreApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLocale>
#include <algorithm>

using namespace chorus;

namespace {
SessionController* s_instance = nullptr;
// The version of the child-friendly explanation on the consent page; bump when its words change.
// 2: the share scope says what the participation record holds (issue 19).
const QString kExplanationVersion = QStringLiteral("chorus-explain-2");

bool hasOwnTimeView(const QString& dataDir, const QString& sessionId)
{
    const auto views = OwnTime::views(dataDir);
    return std::any_of(views.begin(), views.end(),
                       [&](const OwnTime::View& v) { return v.sessionId == sessionId; });
}

/** Where a session stopped is kept in the store, so that it survives a lock or a crash. */
QString positionKey(const QString& sessionId)
{
    return QStringLiteral("session-position/") + sessionId;
}

} // namespace

SessionController::SessionController(AppController* app, Preferences* preferences, QObject* parent)
    : QObject(parent), m_app(app), m_preferences(preferences),
      m_activities(new SessionActivityModel(this)), m_review(new ReviewModel(this)),
      m_sharePreview(new SharePreviewModel(this))
{
    connect(m_app, &AppController::storeClosing, this, [this] {
        // Answers waiting on a full disk outlive the session and the lock (REL-2): the app
        // keeps them, sealed, and saves them after the next unlock. (A young person's own
        // session saves into its own storage, which the app does not keep open.)
        if (m_queue && m_queue->pending() > 0 && m_app->ownTimeSessionId().isEmpty()) {
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
    QVariantList piles;
    for (const auto& p : a->piles) {
        piles.append(
            QVariantMap{{"pileId", p.id}, {"label", text(p.label)}, {"picture", p.picture}});
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
            {"maxVoiceSeconds", a->maxVoiceSeconds}};
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
        setError(UserErrors::describe(c.error()));
        return false;
    }
    // Refused here, before consent is asked, not only when the store would start it.
    if (c->closed) {
        setError(tr("This consultation has been closed on the hub: no new sessions can start. "
                    "The answers already given are kept.",
                    "@info:status"));
        return false;
    }
    auto pack = store->consultations().pack(c->packId, c->packVersion);
    if (!pack) {
        setError(UserErrors::describe(pack.error()));
        return false;
    }
    // A young person's own device has no practitioner to check answers before they go: what
    // they agreed to share is sent when they press Send, after the preview they saw (issue 16).
    if (m_app->youngPersonDevice()) {
        if (auto st = store->sharing().setReviewRequired(consultationId, false); !st) {
            setError(UserErrors::describe(st.error()));
            return false;
        }
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
    ConsentRecord r;
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
    // What the page can check is checked before anything is written (issue 14): a refusal
    // here leaves no trace.
    // The first empty field is named by its label on the page, as UserErrors words it.
    if (r.givenBy != ConsentGiver::ParentOrCarer) {
        for (const auto& [field, value] :
             {std::pair{"assessor", r.assessor}, std::pair{"assessmentBasis", r.assessmentBasis}}) {
            if (value.isEmpty()) {
                setError(UserErrors::describe(makeError(
                    Error::Code::Invalid, QLatin1String(field) + QStringLiteral(": is required"))));
                return false;
            }
        }
    }
    if (codeNameTaken(p.codeName)) {
        setError(tr("Someone in this consultation already has that made-up name. Choose "
                    "another.",
                    "@info:status"));
        return false;
    }
    // The participant, their consent and the session are written before any answer, and
    // together: one transaction, so a refusal of any part leaves no hidden participant.
    Transaction tx(store->database());
    auto added = store->consultations().addParticipant(p);
    if (!added) {
        setError(UserErrors::describe(added.error()));
        return false;
    }
    r.participantId = added->id;
    auto given = store->consent().give(r);
    if (!given) {
        setError(UserErrors::describe(given.error()));
        return false;
    }
    auto session = store->consultations().startSession(m_consultation.id, m_mode, {added->id});
    if (!session) {
        setError(UserErrors::describe(session.error()));
        return false;
    }
    if (auto st = tx.commit(); !st) {
        setError(UserErrors::describe(st.error()));
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
    startTracking();
    setStage(m_activities->rowCount() > 0 ? Stage::Activities : Stage::Review);
    rememberPosition();
    emit currentChanged();
    m_app->refresh();
    return true;
}

bool SessionController::codeNameTaken(const QString& codeName) const
{
    Store* store = m_app->store();
    if (!store || m_consultation.id.isEmpty()) {
        return false;
    }
    const QString wanted = codeName.trimmed();
    const auto existing = store->consultations().participants(m_consultation.id);
    if (!existing) {
        return false;
    }
    return std::any_of(existing->begin(), existing->end(), [&](const Participant& p) {
        return p.codeName.compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

std::optional<Response> SessionController::submit(Response response)
{
    if (!m_queue || m_stage != Stage::Activities) {
        return std::nullopt;
    }
    response.sessionId = m_session.id;
    response.participantId = m_participant.id;
    response.consentId = m_consentId;
    response.draft = m_mode == SessionMode::OwnTime;
    // Typed values are checked against their activity (its cards and piles) before saving.
    if (const PackActivity* a = m_pack ? m_pack->activity(response.activityId) : nullptr) {
        if (auto st = answers::validateAnswerFor(*a, response); !st) {
            qCWarning(lcUi) << "answer does not fit its activity";
            setError(UserErrors::describe(st.error()));
            return std::nullopt;
        }
    }
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
                     : UserErrors::describe(saved.error()));
        return std::nullopt;
    }
    setError({});
    return saved.value();
}

QVariantMap SessionController::answerMap(const Response& response)
{
    QVariantMap answer{{"responseId", response.id}, {"kind", toString(response.kind)}};
    if (response.kind == AnswerKind::Scale) {
        answer.insert("value", response.value.value("value").toInt());
    } else if (response.kind == AnswerKind::Choice) {
        answer.insert("chosen", response.value.value("chosen").toArray().toVariantList());
    } else if (response.kind == AnswerKind::Audio) {
        answer.insert("voiceMs", response.durationMs);
    } else {
        answer.insert("text", response.text);
    }
    if (response.kind == AnswerKind::Ordering || response.kind == AnswerKind::Structured) {
        answer.insert("value",
                      response.value.toVariantMap()); // a card sort, timeline, circles, houses
    }
    if (!response.promptId.isEmpty()) {
        answer.insert("partId", response.promptId);
        answer.insert("durationMs", response.durationMs);
    }
    return answer;
}

void SessionController::remember(const Response& saved)
{
    m_activities->setStatus(m_activities->indexOf(saved.activityId),
                            SessionActivityModel::Status::Answered);
    emit answerSaved(saved.activityId);
    emit currentChanged();
}

bool SessionController::save(Response response)
{
    response.id = m_answers.value(response.activityId).value("responseId").toString();
    auto saved = submit(response);
    if (!saved) {
        return false;
    }
    m_answers.insert(response.activityId, answerMap(*saved));
    remember(*saved);
    return true;
}

QString SessionController::partResponseId(const QString& activityId, const QString& partId,
                                          AnswerKind kind) const
{
    for (const auto& part : m_parts.value(activityId)) {
        const QVariantMap p = part.toMap();
        if (p.value("partId").toString() == partId &&
            p.value("kind").toString() == toString(kind)) {
            return p.value("responseId").toString();
        }
    }
    return {};
}

bool SessionController::savePart(Response response, bool replace)
{
    if (replace) {
        response.id = partResponseId(response.activityId, response.promptId, response.kind);
    }
    auto saved = submit(response);
    if (!saved) {
        return false;
    }
    QVariantList& parts = m_parts[response.activityId];
    const QVariantMap entry = answerMap(*saved);
    auto same = std::find_if(parts.begin(), parts.end(), [&](const QVariant& p) {
        return p.toMap().value("responseId") == entry.value("responseId");
    });
    if (same != parts.end()) {
        *same = entry;
    } else {
        parts.append(entry);
    }
    remember(*saved);
    return true;
}

bool SessionController::loadVoiceNote(QObject* player, const QString& responseId)
{
    auto* voicePlayer = qobject_cast<VoiceNoteSink*>(player);
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
        setError(UserErrors::describe(st.error()));
        return false;
    }
    setError({});
    reloadSharePreview();
    m_app->refresh();
    return true;
}

bool SessionController::saveValue(const QString& activityId, AnswerKind kind, QJsonObject value)
{
    Response r;
    r.activityId = activityId;
    r.kind = kind;
    r.value = std::move(value);
    return save(r);
}

bool SessionController::saveScale(const QString& activityId, int value)
{
    return saveValue(activityId, AnswerKind::Scale, QJsonObject{{"value", value}});
}

bool SessionController::saveChoice(const QString& activityId, const QStringList& optionIds)
{
    return saveValue(activityId, AnswerKind::Choice,
                     QJsonObject{{"chosen", QJsonArray::fromStringList(optionIds)}});
}

bool SessionController::saveText(const QString& activityId, const QString& text)
{
    Response r;
    r.activityId = activityId;
    r.kind = AnswerKind::Text;
    r.text = text;
    return save(r);
}

bool SessionController::saveOrdering(const QString& activityId, const QStringList& order)
{
    return saveValue(activityId, AnswerKind::Ordering,
                     QJsonObject{{"order", QJsonArray::fromStringList(order)}});
}

bool SessionController::saveStructured(const QString& activityId, const QVariantMap& value)
{
    return saveValue(activityId, AnswerKind::Structured, QJsonObject::fromVariantMap(value));
}

bool SessionController::saveDrawing(const QString& activityId, const QString& partId,
                                    QObject* canvas, const QString& caption)
{
    auto* drawing = qobject_cast<DrawingCanvas*>(canvas);
    if (!drawing) {
        return false;
    }
    Response r;
    r.activityId = activityId;
    r.promptId = partId;
    r.kind = AnswerKind::Drawing;
    r.media = drawing->toPng();
    r.mediaType = QStringLiteral("image/png");
    r.text = caption.trimmed();
    // The marks, so that the child can carry on (and undo) where they left off.
    r.value = QJsonObject{{"marks", QString::fromLatin1(drawing->saveState().toBase64())},
                          {"points", drawing->pointCount()}};
    return partId.isEmpty() ? save(r) : savePart(r, true);
}

bool SessionController::restoreDrawing(const QString& activityId, const QString& partId,
                                       QObject* canvas)
{
    auto* drawing = qobject_cast<DrawingCanvas*>(canvas);
    Store* store = m_app->store();
    if (!drawing || !store) {
        return false;
    }
    const QString id = partId.isEmpty() ? m_answers.value(activityId).value("responseId").toString()
                                        : partResponseId(activityId, partId, AnswerKind::Drawing);
    if (id.isEmpty()) {
        return false;
    }
    // Read back from the encrypted store, not from a copy kept here.
    auto saved = store->responses().get(id);
    if (!saved || saved->kind != AnswerKind::Drawing) {
        return false;
    }
    const QByteArray marks =
        QByteArray::fromBase64(saved->value.value("marks").toString().toLatin1());
    if (!drawing->restoreState(marks)) {
        setError(drawing->errorString());
        return false;
    }
    return true;
}

bool SessionController::saveVoice(const QString& activityId, QObject* recorder,
                                  const QString& partId)
{
    auto* voice = qobject_cast<VoiceNoteSource*>(recorder);
    Store* store = m_app->store();
    if (!voice || !store || m_stage != Stage::Activities) {
        return false;
    }
    Response r;
    r.activityId = activityId;
    r.promptId = partId;
    r.sessionId = m_session.id;
    r.participantId = m_participant.id;
    r.consentId = m_consentId;
    r.draft = m_mode == SessionMode::OwnTime;
    // An activity has one answer: a note said instead of typed replaces it. A house (a
    // part) collects as many notes as the child makes.
    if (partId.isEmpty()) {
        r.id = m_answers.value(activityId).value("responseId").toString();
    }
    // Straight from the recorder's memory into the store, not through the SaveQueue: on a
    // failure the recorder keeps the note in memory and says so. It wipes its copy after.
    auto saved = saveVoiceNote(*voice, store->responses(), r);
    if (!saved) {
        setError(voice->errorString());
        return false;
    }
    setError({});
    if (partId.isEmpty()) {
        m_answers.insert(activityId, answerMap(saved.value()));
    } else {
        m_parts[activityId].append(answerMap(saved.value()));
    }
    remember(saved.value());
    noteAdaptation(QStringLiteral("voice-notes"));
    return true;
}

bool SessionController::saveHouses(const QString& activityId, const QVariantMap& wordsByHouse)
{
    static const QStringList houses{"worries", "good-things", "dreams"};
    QJsonObject parts;
    for (auto it = wordsByHouse.begin(); it != wordsByHouse.end(); ++it) {
        if (!houses.contains(it.key())) {
            setError(tr("There is no house called \"%1\".", "@info:status").arg(it.key()));
            return false;
        }
        QJsonArray words;
        for (const QString& w : it.value().toStringList()) {
            if (!w.trimmed().isEmpty()) {
                words.append(w.trimmed());
            }
        }
        parts.insert(it.key(), words);
    }
    Response r;
    r.activityId = activityId;
    r.kind = AnswerKind::Structured;
    r.value = QJsonObject{{"parts", parts}};
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

bool SessionController::deleteAnswer(const QString& responseId)
{
    Store* store = m_app->store();
    if (!store) {
        return false;
    }
    if (auto st = store->responses().remove(responseId); !st) {
        setError(UserErrors::describe(st.error()));
        return false;
    }
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        if (it.value().value("responseId").toString() == responseId) {
            if (m_parts.value(it.key()).isEmpty()) {
                m_activities->setStatus(m_activities->indexOf(it.key()),
                                        SessionActivityModel::Status::ToDo);
            }
            m_answers.erase(it);
            break;
        }
    }
    for (auto it = m_parts.begin(); it != m_parts.end(); ++it) {
        const auto before = it.value().size();
        it.value().removeIf(
            [&](const QVariant& p) { return p.toMap().value("responseId") == responseId; });
        if (it.value().size() != before && it.value().isEmpty() && !m_answers.contains(it.key())) {
            m_activities->setStatus(m_activities->indexOf(it.key()),
                                    SessionActivityModel::Status::ToDo);
        }
    }
    reloadReview();
    emit currentChanged();
    return true;
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
        setError(UserErrors::describe(answers.error()));
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
            } else if (r.kind == AnswerKind::Drawing) {
                e.text = r.text.isEmpty() ? tr("A drawing", "@info review") : r.text;
            } else if (r.kind == AnswerKind::Audio) {
                const int seconds = (r.durationMs + 500) / 1000;
                e.text = tr("A voice note (%1)", "@info review")
                             .arg(QStringLiteral("%1:%2")
                                      .arg(seconds / 60)
                                      .arg(seconds % 60, 2, 10, QLatin1Char('0')));
            } else if (r.kind == AnswerKind::Structured && r.value.contains("parts")) {
                QStringList words;
                const QJsonObject parts = r.value.value("parts").toObject();
                for (auto part = parts.begin(); part != parts.end(); ++part) {
                    for (const auto& w : part.value().toArray()) {
                        words.append(w.toString());
                    }
                }
                e.text = locale.createSeparatedList(words);
            } else if (r.kind == AnswerKind::Ordering || r.kind == AnswerKind::Structured) {
                e.chosen = summary(*a, r);
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
        setError(UserErrors::describe(items.error()));
        return;
    }
    const ShareDescription words(m_pack ? &*m_pack : nullptr, m_preferences->language());
    QList<SharePreviewModel::Entry> entries;
    for (const auto& item : items.value()) {
        const ShareRecord& r = item.record;
        entries.append({item.shareId, words.prompt(r), toString(r.kind), r.text.value_or(QString()),
                        words.content(r), r.scale.value_or(0),
                        item.review == Sharing::ReviewState::Pending,
                        r.drawingPng ? item.responseId : QString()});
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

namespace {

QString labelOf(const QList<PackOption>& options, const QString& id, const QString& language,
                const QString& fallback)
{
    for (const auto& o : options) {
        if (o.id == id) {
            return o.label.in(language, fallback);
        }
    }
    return id;
}

/** A circles role in words; the same messages as CirclesActivity.qml shows. */
QString circleRoleWord(const QString& role)
{
    struct Message
    {
        const char* source;
        const char* comment;
    };
    struct Word
    {
        const char* role;
        Message text; // QT_TRANSLATE_NOOP3 gives {source, comment}
    };
    static const Word words[] = {
        {"mum", QT_TRANSLATE_NOOP3("CirclesActivity", "Mum", "@label person in the circles")},
        {"dad", QT_TRANSLATE_NOOP3("CirclesActivity", "Dad", "@label person in the circles")},
        {"carer", QT_TRANSLATE_NOOP3("CirclesActivity", "Carer", "@label person in the circles")},
        {"foster-carer",
         QT_TRANSLATE_NOOP3("CirclesActivity", "Foster carer", "@label person in the circles")},
        {"grandparent",
         QT_TRANSLATE_NOOP3("CirclesActivity", "Grandparent", "@label person in the circles")},
        {"brother",
         QT_TRANSLATE_NOOP3("CirclesActivity", "Brother", "@label person in the circles")},
        {"sister", QT_TRANSLATE_NOOP3("CirclesActivity", "Sister", "@label person in the circles")},
        {"other-family",
         QT_TRANSLATE_NOOP3("CirclesActivity", "Other family", "@label person in the circles")},
        {"friend", QT_TRANSLATE_NOOP3("CirclesActivity", "Friend", "@label person in the circles")},
        {"teacher",
         QT_TRANSLATE_NOOP3("CirclesActivity", "Teacher", "@label person in the circles")},
        {"social-worker",
         QT_TRANSLATE_NOOP3("CirclesActivity", "Social worker", "@label person in the circles")},
        {"pet", QT_TRANSLATE_NOOP3("CirclesActivity", "Pet", "@label person in the circles")},
    };
    for (const Word& w : words) {
        if (role == QLatin1String(w.role)) {
            return QCoreApplication::translate("CirclesActivity", w.text.source, w.text.comment);
        }
    }
    return role;
}

} // namespace

QString SessionController::summary(const PackActivity& a, const Response& r) const
{
    const QString language = m_preferences->language();
    const QString fallback = m_pack ? m_pack->defaultLanguage : QStringLiteral("en");
    const QLocale locale(language);
    QStringList lines;
    if (r.kind == AnswerKind::Ordering) {
        const QJsonArray order = r.value.value("order").toArray();
        for (qsizetype i = 0; i < order.size(); ++i) {
            lines << tr("%1. %2", "@info ranked card: place. label")
                         .arg(i + 1)
                         .arg(labelOf(a.options, order.at(i).toString(), language, fallback));
        }
    } else if (r.value.contains("piles")) {
        const QJsonObject piles = r.value.value("piles").toObject();
        for (const auto& pile : a.piles) {
            QStringList cards;
            for (const auto& card : piles.value(pile.id).toArray()) {
                cards << labelOf(a.options, card.toString(), language, fallback);
            }
            if (!cards.isEmpty()) {
                lines << tr("%1: %2", "@info a group: what is in it")
                             .arg(text(pile.label), locale.createSeparatedList(cards));
            }
        }
    } else if (r.value.contains("timeline")) {
        const QStringList moments{tr("Before", "@label feelings timeline"),
                                  tr("Now", "@label feelings timeline"),
                                  tr("Next", "@label feelings timeline")};
        const QStringList faces{tr("Very sad", "@label feeling"), tr("Sad", "@label feeling"),
                                tr("OK", "@label feeling"), tr("Happy", "@label feeling"),
                                tr("Very happy", "@label feeling")};
        const QJsonObject timeline = r.value.value("timeline").toObject();
        for (int i = 0; i < answers::timelineMoments().size(); ++i) {
            const int level = timeline.value(answers::timelineMoments().at(i)).toInt();
            if (level >= 1 && level <= 5) {
                lines << tr("%1: %2", "@info a group: what is in it")
                             .arg(moments.at(i), faces.at(level - 1));
            }
        }
    } else if (r.value.contains("circles")) {
        const QStringList places{tr("Closest", "@label circles"), tr("Close", "@label circles"),
                                 tr("A bit further", "@label circles"),
                                 tr("Outside the circles", "@label circles")};
        for (int i = 0; i < answers::circlePlaces().size(); ++i) {
            QStringList people;
            for (const auto& p : r.value.value("circles").toArray()) {
                const QJsonObject person = p.toObject();
                if (person.value("place").toString() == answers::circlePlaces().at(i)) {
                    people << (person.contains("role")
                                   ? circleRoleWord(person.value("role").toString())
                                   : person.value("label").toString());
                }
            }
            if (!people.isEmpty()) {
                lines << tr("%1: %2", "@info a group: what is in it")
                             .arg(places.at(i), locale.createSeparatedList(people));
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// ---------------------------------------------------------------------------------------
// How the session went (issue 19): no words, only times, outcomes, ratings and adaptations.

void SessionController::startTracking()
{
    Store* store = m_app->store();
    m_tracking = false;
    m_trackedIndex = -1;
    m_ratings.clear();
    // A young person's own time reaches the store through the sealed inbox, not from here;
    // and without the "share" scope nothing about the session is kept at all.
    if (!store || m_mode != SessionMode::Facilitated || (m_scopes & ShareAnonymised) == 0u) {
        return;
    }
    ParticipationRecord base;
    if (auto kept = store->sharing().participation(m_participant.id); kept && kept->has_value()) {
        base = kept->value(); // resumed: go on from what was counted before the pause
    } else {
        base.consultationId = m_consultation.id;
        base.packId = m_consultation.packId;
        base.packVersion = m_consultation.packVersion;
        base.ageBand = m_participant.ageBand;
        base.role = m_participant.role;
        base.mode = m_mode;
        base.week = isoWeek(m_session.startedAt);
    }
    const QString language = m_preferences->language();
    base.language =
        ParticipationRecord::languages().contains(language) ? language : QStringLiteral("en");
    for (const auto& a : base.activities) {
        if (a.rating) {
            m_ratings.insert(a.activityId, toString(*a.rating));
        }
    }
    m_tracker.start(base, store->clock().now());
    m_tracking = true;
    emit wayRatingsChanged();
}

void SessionController::followActivity()
{
    Store* store = m_app->store();
    if (!m_tracking || !store) {
        return;
    }
    const int wanted = m_stage == Stage::Activities ? m_index : -1;
    if (wanted == m_trackedIndex) {
        return;
    }
    const QDateTime now = store->clock().now();
    if (m_trackedIndex >= 0 && m_trackedIndex < m_activities->rowCount()) {
        const auto status = m_activities->at(m_trackedIndex).status;
        m_tracker.leave(status == SessionActivityModel::Status::Answered,
                        status == SessionActivityModel::Status::Skipped, now);
    }
    m_trackedIndex = wanted;
    if (const PackActivity* a = wanted >= 0 ? activityAt(wanted) : nullptr) {
        m_tracker.enter(a->id, activityTypeName(a->type), now);
    }
    keepParticipation();
}

void SessionController::stopTracking()
{
    Store* store = m_app->store();
    if (!m_tracking || !store) {
        m_tracking = false;
        return;
    }
    if (m_trackedIndex >= 0 && m_trackedIndex < m_activities->rowCount()) {
        const auto status = m_activities->at(m_trackedIndex).status;
        m_tracker.leave(status == SessionActivityModel::Status::Answered,
                        status == SessionActivityModel::Status::Skipped, store->clock().now());
    }
    m_tracker.pause(store->clock().now());
    keepParticipation();
    m_tracking = false;
    m_trackedIndex = -1;
}

void SessionController::keepParticipation()
{
    Store* store = m_app->store();
    if (!m_tracking || !store) {
        return;
    }
    // The display settings in use count as used in the session.
    if (m_preferences->textScale() > 1.0) {
        m_tracker.useAdaptation(QStringLiteral("large-text"));
    }
    if (m_preferences->highContrast()) {
        m_tracker.useAdaptation(QStringLiteral("high-contrast"));
    }
    if (m_preferences->dyslexicFont()) {
        m_tracker.useAdaptation(QStringLiteral("dyslexia-font"));
    }
    const QDateTime now = store->clock().now();
    if (auto st = store->sharing().saveParticipation(
            m_participant.id, m_tracker.record(m_session.startedAt, now), m_scopes);
        !st) {
        qCWarning(lcUi) << "cannot keep how the session went:" << st.error().message;
    }
}

void SessionController::rateWay(const QString& activityId, const QString& rating)
{
    const auto r = parseRating(rating);
    if (!r || !m_tracking) {
        return;
    }
    m_tracker.rate(activityId, *r);
    m_ratings.insert(activityId, rating);
    emit wayRatingsChanged();
    keepParticipation();
}

QVariantMap SessionController::wayRatings() const
{
    QVariantMap out;
    for (auto it = m_ratings.begin(); it != m_ratings.end(); ++it) {
        out.insert(it.key(), it.value());
    }
    return out;
}

void SessionController::noteAdaptation(const QString& name)
{
    if (m_tracking) {
        m_tracker.useAdaptation(name);
    }
}

bool SessionController::eventFilter(QObject* watched, QEvent* event)
{
    if (m_tracking && m_stage == Stage::Activities && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            m_tracker.useAdaptation(QStringLiteral("keyboard"));
        }
    }
    return QObject::eventFilter(watched, event);
}
