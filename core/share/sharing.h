#pragma once

#include "../anonymiser/anonymiser.h"
#include "../common/clock.h"
#include "../db/database.h"
#include "../store/auditlog.h"
#include "../store/consentbook.h"
#include "../store/consultations.h"
#include "../store/outbox.h"
#include "participationrecord.h"
#include "sharerecord.h"

#include <QHash>

#include <memory>

namespace chorus {

/** What Responses tells the sharing side, inside its own transaction. */
class ShareHook
{
public:
    virtual ~ShareHook() = default;
    /** A finished answer was saved under this consent. */
    virtual Status answerSaved(const Response& response, const ConsentRecord& consent) = 0;
    /** An answer is about to be deleted by the child. */
    virtual Status answerRemoving(const QString& responseId) = 0;
};

/**
 * Turns finished, consented answers into anonymised share records queued for the hub, runs
 * the practitioner's review queue, and shows the child what the team will see. Nothing is
 * queued unless the consent in force allows sharing; a drawing only with its own scope and
 * after a practitioner approved it; voice never, only that a note exists and its length.
 */
class Sharing final : public ShareHook
{
public:
    Sharing(Database& db, AuditLog& audit, Outbox& outbox, Consultations& consultations,
            const Clock& clock)
        : m_db(db), m_audit(audit), m_outbox(outbox), m_consultations(consultations), m_clock(clock)
    {}

    enum class ReviewState { Pending, Approved, Held };

    /** One share record as the review queue and the preview show it. */
    struct Item
    {
        QString shareId;
        QString responseId;
        QString participantId;
        QString original; ///< the child's own words: shown on this device only
        ShareRecord record;
        ReviewState review = ReviewState::Pending;
        bool sent = false;
    };

    Status answerSaved(const Response& response, const ConsentRecord& consent) override;
    Status answerRemoving(const QString& responseId) override;

    /** Names the practitioner or child asked to hide in this consultation. Names given for
     *  one participant (their own, their school) are theirs: kept as long as they are, and
     *  erased when they withdraw; without one they go with the consultation. */
    Status addNamesToHide(const QString& consultationId, const QList<SessionName>& names,
                          const QString& participantId = {});
    Result<QList<SessionName>> namesToHide(const QString& consultationId);
    /** Forgets the anonymisers built from names to hide, after names were erased. */
    void forgetNames() { m_anonymisers.clear(); }
    Status setReviewRequired(const QString& consultationId, bool required);
    Result<bool> reviewRequired(const QString& consultationId);

    /** Records waiting for a practitioner's decision in one consultation. */
    Result<QList<Item>> reviewQueue(const QString& consultationId);
    /** Exactly what the team will see of one participant's answers (CP-6). */
    Result<QList<Item>> preview(const QString& participantId);
    /** Approves a record, optionally with more words redacted by hand, and with or without
     *  its drawing (only offered when the share-drawings scope was given). `keepWords` are
     *  words the anonymiser hid that the practitioner restored ("More" in "More visits"):
     *  they stay visible; the audit log records how many, never which. */
    Status approve(const QString& shareId,
                   const std::optional<QString>& redactedText = std::nullopt,
                   bool includeDrawing = false, const QStringList& keepWords = {});

    /** A word the anonymiser hid in a record waiting for review, for the practitioner. */
    struct HiddenWord
    {
        QString word;        ///< the child's word as written (shown on this device only)
        QString placeholder; ///< what the team would read instead, e.g. "[name]"
    };
    /** The words hidden in a pending record's text, in text order, each word once. */
    Result<QList<HiddenWord>> hiddenWords(const QString& shareId);
    /** The record's text as it would go with `keepWords` restored. */
    Result<QString> textKeeping(const QString& shareId, const QStringList& keepWords);
    Status holdBack(const QString& shareId);
    /** The practitioner's typed summary of a voice note: anonymised like any text, it is what
     *  the team reads in place of the audio (which never leaves). The record stays in review;
     *  an empty summary takes it away again. Refused for other kinds and once sent. */
    Status summariseVoice(const QString& shareId, const QString& summary);
    /** Hides each of `words` (whole words, any case) in `text` behind "[redacted]": the
     *  practitioner's "redact more", previewed before they approve. */
    static QString hideWords(const QString& text, const QStringList& words);
    /** The child takes a record back before it goes; refused once the hub has it. */
    Status removeBeforeSending(const QString& shareId);

    /** Keeps the participant's participation record (one per participant, issue 19) and
     *  queues it for the hub, only with the "share" scope in `scopes`. It carries no words,
     *  so it needs no practitioner review. An unsent copy is replaced in place; a copy the
     *  hub has is erased there and a new one goes. Its id is set here. */
    Status saveParticipation(const QString& participantId, ParticipationRecord record,
                             ConsentScopes scopes);
    /** Queues that someone in this consultation said no to taking part (issue 19): a count
     *  for the hub, naming nobody. Call inside the transaction of the change, if any. */
    Status noteConsentEvent(const QString& consultationId, ConsentEvent::Kind kind);
    /** The participant's participation record kept so far, if any (to resume a session). */
    Result<std::optional<ParticipationRecord>> participation(const QString& participantId);

private:
    Result<std::shared_ptr<const Anonymiser>> anonymiserFor(const QString& consultationId);
    /** `text` anonymised, except the findings whose words are in `keepWords`. */
    Result<QString> anonymisedKeeping(const QString& consultationId, const QString& text,
                                      const QStringList& keepWords);
    Result<Item> item(const QString& shareId);
    /** The record, or the refusal `ifSent` when the hub already has it. */
    Result<Item> unsentItem(const QString& shareId, const QString& ifSent);
    Result<QList<Item>> items(const char* where, const QString& key);
    Status writeRecord(const QString& shareId, const QString& responseId,
                       const QString& participantId, const ShareRecord& record, bool queueNow);
    Status writePayload(const QString& shareId, const std::optional<QString>& responseId,
                        const QString& participantId, const QJsonObject& payload, bool queueNow);

    Database& m_db;
    AuditLog& m_audit;
    Outbox& m_outbox;
    Consultations& m_consultations;
    const Clock& m_clock;
    QHash<QString, std::shared_ptr<const Anonymiser>> m_anonymisers; ///< per consultation
};

} // namespace chorus
