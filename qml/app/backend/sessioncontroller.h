#pragma once

#include "core/domain/activitypack.h"
#include "core/domain/types.h"
#include "core/share/participationrecord.h"
#include "core/store/savequeue.h"
#include "reviewmodel.h"
#include "sessionactivitymodel.h"
#include "sharepreviewmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <memory>
#include <optional>

class AppController;
class Preferences;

/**
 * The session a child is doing: consent first (saved before any answer), then the
 * activities one after another (skip, back and stop allowed), then "what you told us".
 * Answers are saved through the store's SaveQueue so a full disk never loses one.
 * One class for QML (CurrentSession), its jobs in files of their own: sessioncontroller.cpp
 * (stages, moving through the activities), sessionconsent.cpp, sessionanswers.cpp (saving
 * answers), sessionreview.cpp (what you told us), sessionowntime.cpp, sessiontracking.cpp.
 */
class SessionController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(CurrentSession)
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString consultationTitle READ consultationTitle NOTIFY consultationChanged)
    Q_PROPERTY(QString purpose READ purpose NOTIFY consultationChanged)
    Q_PROPERTY(bool ownTime READ ownTime NOTIFY consultationChanged)
    Q_PROPERTY(QString participantCode READ participantCode NOTIFY stageChanged)
    /** The participant in this session (an id on this device only), e.g. for "we did". */
    Q_PROPERTY(QString participantId READ participantId NOTIFY stageChanged)
    /** Child mode shows only "What the team did" for one participant, with no session. */
    Q_PROPERTY(bool weDidOnly READ weDidOnly NOTIFY stageChanged)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(int activityCount READ activityCount NOTIFY consultationChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(SessionActivityModel* activities READ activities CONSTANT)
    Q_PROPERTY(ReviewModel* review READ review CONSTANT)
    /** What the team will see of this participant's answers (CP-6). */
    Q_PROPERTY(SharePreviewModel* sharePreview READ sharePreview CONSTANT)
    /** The participant agreed to "record my voice": voice notes may be offered. */
    Q_PROPERTY(bool voiceAgreed READ voiceAgreed NOTIFY stageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int unsavedAnswers READ unsavedAnswers NOTIFY unsavedAnswersChanged)
    Q_PROPERTY(QString explanationVersion READ explanationVersion CONSTANT)
    Q_PROPERTY(bool pinChosen READ pinChosen NOTIFY pinChosenChanged)
    Q_PROPERTY(bool submitted READ submitted NOTIFY submittedChanged)
    Q_PROPERTY(QVariantList unfinished READ unfinished NOTIFY unfinishedChanged)
    /** The child may rate each way of telling (issue 19): only when how the session went is
     *  kept, i.e. a facilitated session with the "share" scope. */
    Q_PROPERTY(bool waysRated READ waysRated NOTIFY stageChanged)
    /** activity id -> "liked", "okay" or "not-liked" */
    Q_PROPERTY(QVariantMap wayRatings READ wayRatings NOTIFY wayRatingsChanged)

public:
    enum class Stage { Idle, Consent, Activities, Review };
    Q_ENUM(Stage)

    SessionController(AppController* app, Preferences* preferences, QObject* parent = nullptr);
    ~SessionController() override;

    static SessionController* create(QQmlEngine* engine, QJSEngine* js);
    static void setInstance(SessionController* instance);

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] QString consultationTitle() const { return m_consultation.title; }
    [[nodiscard]] QString purpose() const { return m_consultation.purpose; }
    [[nodiscard]] bool ownTime() const { return m_mode == chorus::SessionMode::OwnTime; }
    [[nodiscard]] QString participantCode() const { return m_participant.codeName; }
    [[nodiscard]] int currentIndex() const { return m_index; }
    [[nodiscard]] int activityCount() const;
    [[nodiscard]] QVariantMap current() const;
    [[nodiscard]] SessionActivityModel* activities() const { return m_activities; }
    [[nodiscard]] ReviewModel* review() const { return m_review; }
    [[nodiscard]] SharePreviewModel* sharePreview() const { return m_sharePreview; }
    [[nodiscard]] bool voiceAgreed() const { return (m_scopes & chorus::RecordVoice) != 0u; }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] int unsavedAnswers() const { return m_queue ? m_queue->pending() : 0; }
    [[nodiscard]] QString explanationVersion() const;
    [[nodiscard]] QString sessionId() const { return m_session.id; }
    [[nodiscard]] QString participantId() const { return m_participant.id; }
    [[nodiscard]] bool weDidOnly() const { return m_weDidOnly; }
    /** Own-time: the young person has a PIN to come back with (always true when facilitated). */
    [[nodiscard]] bool pinChosen() const { return m_pinChosen; }
    /** Own-time: the drafts were sent. */
    [[nodiscard]] bool submitted() const { return m_submitted; }
    [[nodiscard]] bool waysRated() const { return m_tracking; }
    [[nodiscard]] QVariantMap wayRatings() const;
    /** Sessions not ended, for the practitioner's home: sessionId, codeName, title,
     *  ownTime, pinSet (own time: the young person has a view with a PIN), viewLocked (too
     *  many wrong PINs), started (a short date) and answered (answers in the store). */
    [[nodiscard]] QVariantList unfinished() const { return m_unfinished; }

    /** Opens a consultation for a new participant; consent comes next. mode: "facilitated"
     *  or "own-time". */
    Q_INVOKABLE bool begin(const QString& consultationId, const QString& mode);
    /**
     * Records consent and starts the session. Keys: codeName, ageBand ("8-11"), role
     * ("child"), givenBy ("child", "parent-carer", "both"), assessor, assessmentBasis,
     * method, and the scopes as booleans store, share, quotes, voice, drawings.
     */
    Q_INVOKABLE bool giveConsent(const QVariantMap& consent);
    /** Someone in this consultation already has this made-up name (the consent page checks
     *  it before saving). */
    Q_INVOKABLE bool codeNameTaken(const QString& codeName) const;

    Q_INVOKABLE bool saveScale(const QString& activityId, int value);
    Q_INVOKABLE bool saveChoice(const QString& activityId, const QStringList& optionIds);
    Q_INVOKABLE bool saveText(const QString& activityId, const QString& text);
    /** A ranking card sort: the card ids, first = most. */
    Q_INVOKABLE bool saveOrdering(const QString& activityId, const QStringList& order);
    /** A typed value by shape (see PACK_FORMAT.md "Answers"): {"piles": {pile: [cards]}},
     *  {"timeline": {moment: 1..5}}, {"circles": [{"role"|"label", "place"}]}, {"parts"}. */
    Q_INVOKABLE bool saveStructured(const QString& activityId, const QVariantMap& value);
    /**
     * Saves a DrawingCanvas's paper as a Drawing answer (PNG, in the encrypted store only)
     * with its marks, so that reopening the activity resumes it (restoreDrawing). partId
     * names the part of a multi-part activity ("worries" in the three houses), or is empty.
     * The caption is optional and goes through the anonymiser like any text.
     */
    Q_INVOKABLE bool saveDrawing(const QString& activityId, const QString& partId, QObject* canvas,
                                 const QString& caption = QString());
    /** Puts the saved drawing of this activity (and part) back on the canvas; false when
     *  there is none or it cannot be read. */
    Q_INVOKABLE bool restoreDrawing(const QString& activityId, const QString& partId,
                                    QObject* canvas);
    /** Saves a VoiceRecorder's finished note as an Audio answer (never leaves the device;
     *  shares mark only that it exists and its length). Each call adds a new note. */
    Q_INVOKABLE bool saveVoice(const QString& activityId, QObject* recorder,
                               const QString& partId = QString());
    /** The three houses: the words in each house (keys "worries", "good-things", "dreams";
     *  lists of strings), as one Structured answer whose words are anonymised for sharing. */
    Q_INVOKABLE bool saveHouses(const QString& activityId, const QVariantMap& wordsByHouse);
    /** Loads a saved voice answer into a VoicePlayer (Chorus.Voice), from memory only. */
    Q_INVOKABLE bool loadVoiceNote(QObject* player, const QString& responseId);
    /** The child takes one record out of what the team will see, before it is sent. */
    Q_INVOKABLE bool removeFromSharing(const QString& shareId);
    /** Reads "what the team will see" again (e.g. after the practitioner approved). */
    Q_INVOKABLE void reloadSharePreview();

    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    Q_INVOKABLE void skip();
    /** "I want to stop": straight to what you told us. */
    Q_INVOKABLE void stop();
    Q_INVOKABLE void goTo(int index);
    /** From the review back to one activity, to change its answer. */
    Q_INVOKABLE void change(const QString& activityId);
    /** Deletes one saved answer (the child's choice in the review). */
    Q_INVOKABLE bool deleteAnswer(const QString& responseId);
    /** Own-time: the young person chooses the PIN (6 or more digits, or a passphrase) that
     *  opens their own session's storage; the device store closes and their answers go there. */
    Q_INVOKABLE bool choosePin(const QString& pin, const QString& confirmation);
    /** Own-time: seals every answer to the device store's inbox; the session stays as the
     *  young person's read-only view of what they sent. */
    Q_INVOKABLE bool submit();
    /** The practitioner gives a locked own-time view (too many wrong PINs) its tries back. */
    Q_INVOKABLE bool reopenOwnTime(const QString& sessionId);
    /** The practitioner ends a young person's own-time view and erases it. */
    Q_INVOKABLE bool endOwnTimeView(const QString& sessionId);
    /** Hands "What the team did" for one participant of this device to them in child mode
     *  (a young person back after their session ended): nothing to answer, no session;
     *  leaving child mode needs the practitioner as always. */
    Q_INVOKABLE bool showWeDid(const QString& participantId);
    /** Carries on with an unfinished session at the activity where it stopped, provided the
     *  participant's consent is still in force. */
    Q_INVOKABLE bool resume(const QString& sessionId);
    Q_INVOKABLE void reloadUnfinished();
    /** "End session" on an unfinished session, without carrying it on: it leaves "Sessions
     *  not finished"; its answers stay. An own-time session whose PIN still works is the
     *  young person's and is not ended here. */
    Q_INVOKABLE bool endUnfinished(const QString& sessionId);
    /** Ends the session and forgets it. */
    Q_INVOKABLE void finish();
    /** Forgets everything without writing (on lock). */
    Q_INVOKABLE void clear();
    /** The child's answer to "Did you like telling us this way?" for an activity: "liked",
     *  "okay" or "not-liked" (issue 19); optional, and only kept with the share scope. */
    Q_INVOKABLE void rateWay(const QString& activityId, const QString& rating);
    /** An accessibility adaptation used in this session ("read-aloud", ...). */
    Q_INVOKABLE void noteAdaptation(const QString& name);

protected:
    /** Tab and Shift+Tab moving through an activity: keyboard or switch operation. */
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void stageChanged();
    void consultationChanged();
    void currentChanged();
    void errorMessageChanged();
    void unsavedAnswersChanged();
    void answerSaved(const QString& activityId);
    /** The child is about to leave the current activity (next, back, skip, stop, go to):
     *  activities that keep work as they go (drawing) save it now. */
    void leavingActivity();
    void pinChosenChanged();
    void submittedChanged();
    void unfinishedChanged();
    void wayRatingsChanged();

private:
    /** Where a session stopped is kept in the store, so that it survives a lock or a crash. */
    [[nodiscard]] static QString positionKey(const QString& sessionId);
    bool save(chorus::Response response);
    /** Saves an answer whose whole content is its typed value (scale, choice, sort...). */
    bool saveValue(const QString& activityId, chorus::AnswerKind kind, QJsonObject value);
    /** Saves one part of an activity (a house's drawing, a voice note); `replace` reuses
     *  the saved answer of the same part and kind. */
    bool savePart(chorus::Response response, bool replace);
    /** Fills in who and when, and submits through the save queue; reports errors. */
    std::optional<chorus::Response> submit(chorus::Response response);
    [[nodiscard]] static QVariantMap answerMap(const chorus::Response& response);
    [[nodiscard]] QString partResponseId(const QString& activityId, const QString& partId,
                                         chorus::AnswerKind kind) const;
    void setStage(Stage stage);
    void setError(const QString& message);
    void setIndex(int index);
    void reloadReview();
    /** Marks a saved answer's activity answered and tells the page. */
    void remember(const chorus::Response& saved);
    void retranslate();
    void rememberPosition();
    void setPinChosen(bool chosen);
    void setSubmitted(bool submitted);
    // How the session went (issue 19): timed per activity, kept as a participation record.
    void startTracking();
    void followActivity();
    void stopTracking();
    void keepParticipation();
    /** The young person answers in their own-time view: the store is their session's. */
    [[nodiscard]] bool inOwnTimeView() const;
    [[nodiscard]] QString text(const chorus::LocalisedText& t) const;
    [[nodiscard]] const chorus::PackActivity* activityAt(int index) const;
    [[nodiscard]] QString summary(const chorus::PackActivity& a, const chorus::Response& r) const;

    AppController* m_app = nullptr;
    Preferences* m_preferences = nullptr;
    SessionActivityModel* m_activities = nullptr;
    ReviewModel* m_review = nullptr;
    SharePreviewModel* m_sharePreview = nullptr;
    std::unique_ptr<chorus::SaveQueue> m_queue;
    Stage m_stage = Stage::Idle;
    chorus::Consultation m_consultation;
    std::optional<chorus::ActivityPack> m_pack;
    chorus::SessionMode m_mode = chorus::SessionMode::Facilitated;
    chorus::Participant m_participant;
    chorus::Session m_session;
    qint64 m_consentId = 0;
    QHash<QString, QVariantMap> m_answers; ///< activity id -> last saved answer (id, value)
    /// activity id -> answers to its parts (partId, kind, responseId, text, durationMs)
    QHash<QString, QVariantList> m_parts;
    chorus::ConsentScopes m_scopes = 0;
    int m_index = 0;
    QString m_error;
    bool m_pinChosen = true;
    bool m_submitted = false;
    bool m_weDidOnly = false;
    QVariantList m_unfinished;
    chorus::ParticipationTracker m_tracker;
    bool m_tracking = false;
    bool m_refusalCounted = false;     ///< this consent page's "no" is counted once
    int m_trackedIndex = -1;           ///< the activity the tracker has open; -1 none
    QHash<QString, QString> m_ratings; ///< activity id -> rating, for the faces' state
};
