#pragma once

// Shared set-up for core tests: a temporary data directory holding a store with one
// consultation, a participant with consent, and an open session.

#include "core/common/clock.h"
#include "core/store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace chorus::test {

/** Argon2id at its cheapest: the unit tests exercise the slot logic, not the cost. */
inline KdfCost fastKdf()
{
    return KdfCost{1, 1024 * 1024};
}

inline QByteArray minimalPackJson(int version = 1)
{
    return QByteArray(R"json({"format": "chorus-pack/1", "id": "test-pack", "version": )json") +
           QByteArray::number(version) +
           R"json(, "defaultLanguage": "en", "title": "Test pack", "activities": [
      {"id": "feel", "type": "feelings-scale", "prompt": "How do you feel at home?"},
      {"id": "say", "type": "free-text", "prompt": "Tell us more", "allowVoice": true},
      {"id": "pick", "type": "choice", "prompt": "What helps?", "multiple": true,
       "options": [{"id": "friends", "label": "Friends"}, {"id": "school", "label": "School"}]}
    ]})json";
}

/** Reads a whole file; empty when it does not exist. */
inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Everything a test needs to save answers. */
struct StoreFixture
{
    QTemporaryDir dir;
    std::shared_ptr<FakeClock> clock =
        std::make_shared<FakeClock>(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
    std::unique_ptr<Store> store;
    QString recoveryKey;
    Consultation consultation;
    Participant participant;
    Session session;
    ConsentRecord consent;
    /** Set before setUp() to give the consultation a known id (devices of one hub
     *  consultation); empty makes a new one. */
    QString consultationId;

    QString dataDir() const { return dir.path(); }
    Store::Options options() const { return Store::Options{{}, clock}; }

    /** Creates the store; false (with a QTest failure message) when any step fails. */
    bool setUp(ConsentScopes scopes = StoreOnDevice | ShareAnonymised, int retentionDays = 30)
    {
        auto setup = Store::create(dataDir(), "correct horse battery", fastKdf(), options());
        if (!setup) {
            qWarning("create: %s", qPrintable(setup.error().message));
            return false;
        }
        store = std::move(setup->store);
        recoveryKey = setup->recoveryKey;
        if (auto p = store->consultations().importPack(minimalPackJson()); !p) {
            qWarning("pack: %s", qPrintable(p.error().message));
            return false;
        }
        auto c = store->consultations().create({consultationId,
                                                "Living at home",
                                                "We want to hear what home is like for you.",
                                                retentionDays,
                                                "test-pack",
                                                1,
                                                {},
                                                {}});
        if (!c) {
            qWarning("consultation: %s", qPrintable(c.error().message));
            return false;
        }
        consultation = c.value();
        auto p = addParticipant("Tiger");
        if (!p) {
            return false;
        }
        participant = *p;
        auto given = giveConsent(participant.id, scopes);
        if (!given) {
            return false;
        }
        consent = *given;
        auto s = store->consultations().startSession(consultation.id, SessionMode::Facilitated,
                                                     {participant.id});
        if (!s) {
            qWarning("session: %s", qPrintable(s.error().message));
            return false;
        }
        session = s.value();
        return true;
    }

    std::optional<Participant> addParticipant(const QString& code)
    {
        auto p = store->consultations().addParticipant(
            {{}, consultation.id, code, AgeBand::From8To11, Role::Child, {}, {}});
        if (!p) {
            qWarning("participant: %s", qPrintable(p.error().message));
            return std::nullopt;
        }
        return p.value();
    }

    std::optional<ConsentRecord> giveConsent(const QString& participantId, ConsentScopes scopes)
    {
        ConsentRecord r;
        r.participantId = participantId;
        r.givenBy = ConsentGiver::Child;
        r.ageBand = AgeBand::From8To11;
        r.assessor = "practitioner-7";
        r.assessmentBasis =
            "Explained in her words what is kept and who sees it; she could say it back.";
        r.explanationVersion = "explain-2026-1";
        r.explanationLanguage = "en";
        r.method = "tapped on tablet";
        r.scopes = scopes;
        auto given = store->consent().give(r);
        if (!given) {
            qWarning("consent: %s", qPrintable(given.error().message));
            return std::nullopt;
        }
        return given.value();
    }

    Response textAnswer(const QString& text, const QString& participantId = {}) const
    {
        Response r;
        r.sessionId = session.id;
        r.participantId = participantId.isEmpty() ? participant.id : participantId;
        r.activityId = "say";
        r.kind = AnswerKind::Text;
        r.text = text;
        return r;
    }
};

} // namespace chorus::test
