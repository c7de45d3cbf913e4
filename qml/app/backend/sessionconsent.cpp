// SessionController, its first job: opening a consultation for a participant and recording
// their consent, which is saved before any answer (the rest of the class is in
// sessioncontroller.cpp; answers in sessionanswers.cpp; own time in sessionowntime.cpp).
#include "sessioncontroller.h"

#include "appcontroller.h"
#include "qml/controls/preferences.h"
#include "sessionactivitymodel.h"
#include "usererrors.h"

#include "core/store/storeutil.h"
#include "sync/client/syncengine.h"

#include <algorithm>

using namespace chorus;

namespace {
// The version of the child-friendly explanation on the consent page; bump when its words change.
// 2: the share scope says what the participation record holds (issue 19).
// 3: saying no, and changing one's mind, are counted (never who or why) (issue 19).
const QString kExplanationVersion = QStringLiteral("chorus-explain-3");
} // namespace

QString SessionController::explanationVersion() const
{
    return kExplanationVersion;
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
    // A young person's own device: what they agreed to share is sent when they press Send,
    // after the preview they saw, unless the invite asked that it wait there for a check with
    // their practitioner (issue 16; kept at enrolment).
    if (m_app->youngPersonDevice()) {
        const auto asked = store->setting(QString::fromLatin1(sync::kReviewOnDeviceSetting));
        const bool check = asked.ok() && asked.value() == QLatin1String("1");
        if (auto st = store->sharing().setReviewRequired(consultationId, check); !st) {
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
        // A "no" to taking part: the hub counts it (issue 19), knowing nothing else of it.
        if (!m_refusalCounted) {
            if (auto st = store->sharing().noteConsentEvent(m_consultation.id,
                                                            ConsentEvent::Kind::Refused);
                !st) {
                setError(UserErrors::describe(st.error()));
                return false;
            }
            m_refusalCounted = true;
        }
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
