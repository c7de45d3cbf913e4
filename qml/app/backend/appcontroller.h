#pragma once

#include "consultationlistmodel.h"
#include "core/crypto/keyvault.h"
#include "core/store/owntime.h"
#include "core/store/store.h"

#include <QByteArray>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class Preferences;

/**
 * The device store's life in the UI: first-run set-up, unlock, lock (also after idle and
 * when the app is hidden) and child mode. Key derivation runs on a worker thread; locking
 * drops the Store and tells every model to forget what it decrypted.
 */
class AppController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY recoveryKeyChanged)
    Q_PROPERTY(bool onboarding READ onboarding NOTIFY onboardingChanged)
    Q_PROPERTY(bool childMode READ childMode NOTIFY childModeChanged)
    Q_PROPERTY(bool quickExitActive READ quickExitActive NOTIFY quickExitActiveChanged)
    Q_PROPERTY(int waitingToSync READ waitingToSync NOTIFY waitingToSyncChanged)
    /** Answers not saved yet because the disk is full (REL-2): kept in memory, sealed to the
     *  store's key while locked, tried again until saved. */
    Q_PROPERTY(int answersWaiting READ answersWaiting NOTIFY answersWaitingChanged)
    Q_PROPERTY(ConsultationListModel* consultations READ consultations CONSTANT)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    Q_PROPERTY(bool practitionerPinSet READ practitionerPinSet NOTIFY practitionerPinChanged)
    Q_PROPERTY(int practitionerPinTries READ practitionerPinTries CONSTANT)
    Q_PROPERTY(bool ownTimeAvailable READ ownTimeAvailable NOTIFY stageChanged)
    /** This device is a young person's own (set up from an invite): their PIN unlocks it and
     *  pages speak to them (issue 16). Known while locked, from the key file. */
    Q_PROPERTY(bool youngPersonDevice READ youngPersonDevice NOTIFY stageChanged)
    Q_PROPERTY(QString ownTimeSessionId READ ownTimeSessionId NOTIFY stageChanged)
    /** After the practitioner's unlock: own-time answers that were refused on import. */
    Q_PROPERTY(QString ownTimeNotice READ ownTimeNotice NOTIFY ownTimeNoticeChanged)
    /** Idle: Chorus locks in idleSecondsLeft unless someone touches it (stayUnlocked). */
    Q_PROPERTY(bool idleWarning READ idleWarning NOTIFY idleWarningChanged)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleSecondsLeftChanged)

public:
    enum class Stage { FirstRun, Locked, Unlocked };
    Q_ENUM(Stage)

    static constexpr int kMinimumPassphraseLength = 10;
    /** Wrong passphrases in a row before child mode gives up and locks the whole app. */
    static constexpr int kChildModeExitTries = 5;
    static constexpr int kKdfTargetMs = 500;
    /** Wrong practitioner PINs before only the passphrase leaves child mode. */
    static constexpr int kPractitionerPinTries = 3;
    static constexpr int kPractitionerPinMinDigits = 4;
    /** How long the "about to lock" warning shows before an idle lock (at most half the
     *  limit). */
    static constexpr int kIdleWarningMs = 30 * 1000;

    /** cost: nullopt calibrates Argon2id to about half a second on the worker thread. */
    AppController(QString dataDir, std::optional<chorus::KdfCost> cost, Preferences* preferences,
                  QObject* parent = nullptr);
    ~AppController() override;

    static AppController* create(QQmlEngine* engine, QJSEngine* js);
    static void setInstance(AppController* instance);
    /** The controller QML uses (null before main.cpp or a test made one). */
    [[nodiscard]] static AppController* instance();

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString recoveryKey() const { return m_recoveryKey; }
    [[nodiscard]] bool onboarding() const { return m_onboarding; }
    [[nodiscard]] bool childMode() const { return m_childMode; }
    [[nodiscard]] bool quickExitActive() const { return m_quickExit; }
    [[nodiscard]] int waitingToSync() const { return m_waitingToSync; }
    [[nodiscard]] int answersWaiting() const;
    /** A session closing with answers it could not save hands them over (before a lock
     *  drops the store); they are saved when the disk has room again. */
    void keepWaitingAnswers(QList<chorus::Response> answers);
    /** The running session's own count of unsaved answers (SessionController). */
    void setSessionAnswersWaiting(int count);
    /** Tries to save the answers kept here; tests call it, a timer does otherwise. */
    void retryWaitingAnswers();
    [[nodiscard]] ConsultationListModel* consultations() const { return m_consultations; }
    [[nodiscard]] int minimumPassphraseLength() const { return kMinimumPassphraseLength; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    /** The open store, or nullptr while locked. */
    [[nodiscard]] chorus::Store* store() const { return m_store.get(); }
    /** The idle limit now: longer while a child is in an activity (Preferences). */
    [[nodiscard]] int idleLockMs() const;
    [[nodiscard]] bool idleWarning() const { return m_idleWarning; }
    [[nodiscard]] int idleSecondsLeft() const { return m_idleSecondsLeft; }
    [[nodiscard]] bool practitionerPinSet() const { return !m_pinHash.isEmpty(); }
    [[nodiscard]] int practitionerPinTries() const { return kPractitionerPinTries; }
    /** A young person's own-time view is on this device (its PIN is asked for when locked). */
    [[nodiscard]] bool ownTimeAvailable() const;
    [[nodiscard]] bool youngPersonDevice() const { return m_youngPersonDevice; }
    /** The session a young person opened with their own-time PIN; empty otherwise. While
     *  it is set, store() is that session's own database, not the device store. */
    [[nodiscard]] QString ownTimeSessionId() const { return m_ownTimeSession; }
    [[nodiscard]] QString ownTimeNotice() const { return m_ownTimeNotice; }
    /** Argon2id cost for the practitioner's PIN: the test cost when one was given, else
     *  libsodium's default. */
    [[nodiscard]] chorus::KdfCost pinCost() const;
    /** Argon2id cost for a young person's own-time PIN: calibrated to about a second at
     *  256 MiB or more, or the test cost (with its policy) when the app was given one. */
    [[nodiscard]] std::pair<chorus::KdfCost, chorus::OwnTime::CostPolicy> ownTimeCost() const;
    /** The young person chose their PIN: the device store closes and their own session's
     *  storage, already open, takes its place (child mode, that session only). */
    void enterOwnTime(std::unique_ptr<chorus::Store> session, const QString& sessionId);
    /** Overrides the idle times from Preferences (tests use milliseconds). */
    void setIdleLockMs(int ms);
    void setActivityIdleLockMs(int ms);
    /** Retention runs again once a day has passed by the clock (setClock); this is how often
     *  the app looks (an hour; tests use milliseconds). */
    void setRetentionCheckIntervalMs(int ms);
    static constexpr int kRetentionCheckIntervalMs = 60 * 60 * 1000;
    /** The clock of every store this controller opens and of the daily retention run; the
     *  system clock unless a test sets another before the store opens. */
    void setClock(std::shared_ptr<const chorus::Clock> clock);
    /** A child is in an activity: the longer idle limit applies (SessionController). */
    void setActivityInProgress(bool on);

    /** Sets up the device store off the GUI thread; the recovery key is then shown once. */
    Q_INVOKABLE void createStore(const QString& passphrase, const QString& confirmation);
    /** A young person sets up their own device from an invite (issue 16): their PIN or
     *  passphrase (OwnTime::checkPin's rules) wraps the store's key at the own-time cost, off
     *  the GUI thread; no recovery key is made or shown. Onboarding goes on until
     *  finishOnboarding (the page enrols with the invite first). */
    Q_INVOKABLE void createYoungPersonStore(const QString& pin, const QString& confirmation);
    Q_INVOKABLE void unlock(const QString& passphrase);
    /** "Forgotten passphrase": the recovery key opens the store and the new passphrase
     *  replaces the forgotten one (off the GUI thread, like unlock). */
    Q_INVOKABLE void recoverWithKey(const QString& recoveryKey, const QString& passphrase,
                                    const QString& confirmation);
    /** A young person comes back to their own-time session with their PIN: the store opens
     *  in child mode with only that session reachable. */
    Q_INVOKABLE void unlockOwnTime(const QString& pin);
    /** The practitioner's optional short PIN for leaving child mode (never for unlocking). */
    Q_INVOKABLE bool setPractitionerPin(const QString& pin, const QString& confirmation);
    Q_INVOKABLE void removePractitionerPin();
    /** The person setting up confirmed they wrote the recovery key down: forget it. */
    Q_INVOKABLE void acknowledgeRecoveryKey();
    Q_INVOKABLE void finishOnboarding();
    Q_INVOKABLE void lock();
    /** "Keep working" on the idle warning: the wait starts again. */
    Q_INVOKABLE void stayUnlocked();
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void refresh();

    /** Hands the tablet to a child: only their session is reachable until leaveChildMode. */
    Q_INVOKABLE void enterChildMode();
    /** True when secret is the practitioner's passphrase or PIN. After kPractitionerPinTries
     *  wrong PINs only the passphrase works; too many wrong tries lock the app. */
    Q_INVOKABLE bool leaveChildMode(const QString& passphrase);
    /** On a young person's own device, "Send my answers" ends their session and goes back to
     *  their home: the device is theirs, so no practitioner's secret is asked for. False (and
     *  nothing changes) on any other device. */
    Q_INVOKABLE bool finishOnOwnDevice();
    /** Blanks the screen to a neutral page at once (UI-3) and locks behind it. */
    Q_INVOKABLE void quickExit();
    /** Leaves the neutral page: the lock screen comes next, never the session. */
    Q_INVOKABLE void resumeAfterQuickExit();
    /** Tests only: called on the worker thread after a store opened, before the unlock work
     *  there (import, retention, kept answers) runs. */
    static void setSettleHookForTests(std::function<void()> hook);

signals:
    void stageChanged();
    void busyChanged();
    void errorMessageChanged();
    void recoveryKeyChanged();
    void onboardingChanged();
    void childModeChanged();
    void quickExitActiveChanged();
    void waitingToSyncChanged();
    void answersWaitingChanged();
    void practitionerPinChanged();
    void ownTimeNoticeChanged();
    void idleWarningChanged();
    void idleSecondsLeftChanged();
    /** Emitted after a store opened. */
    void storeOpened();
    /** Emitted just before the store is dropped: forget everything decrypted. */
    void storeClosing();
    /** Retention removed something: lists showing people or consultations read again. */
    void retentionPurged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /** Locked: answers waiting on a full disk, sealed. Keyed by the own-time session whose
     *  storage they belong to (sealed to that session's key), or by "" for the device store
     *  (its inbox key). */
    struct Sealed
    {
        QByteArray boxes; ///< base64 boxes, one a line
        int count = 0;
    };
    /** What the worker did with the store it just opened, before the GUI thread has it. */
    struct Settled
    {
        std::optional<chorus::Result<chorus::OwnTime::ImportReport>> imported;
        bool retentionRan = false;
        bool retentionFailed = false;
        bool retentionRemoved = false;
        QDateTime retentionAt;           ///< by the controller's clock
        bool sealedTaken = false;        ///< the sealed answers of this storage were opened
        QList<chorus::Response> waiting; ///< of those, the ones still not saved
    };
    struct Outcome
    {
        std::unique_ptr<chorus::Store> store;
        Settled settled;
        QString recoveryKey;
        QString ownTimeSession;
        bool ownTimeTried = false;
        bool recoveryTried = false;
        bool youngPerson = false;
        std::optional<chorus::Error> error;
    };

    void run(std::function<Outcome()> job, QByteArray passphrase);
    /** On the worker, on the store it just opened (its connection is the worker's until the
     *  job ends): own-time import, the retention run and reopening the answers kept over the
     *  lock, so that none of it holds up the GUI thread at unlock. */
    static void settle(Outcome& outcome, const QString& dataDir,
                       const QHash<QString, Sealed>& sealed,
                       const std::shared_ptr<const chorus::Clock>& clock);
    /** Applies on the GUI thread what settle found. */
    void applySettled(Settled& settled);
    static chorus::Result<int> retentionOn(chorus::Store& store, const QString& dataDir,
                                           bool* removed);
    void finished();
    void setBusy(bool busy);
    void setError(const QString& message);
    /** A new passphrase is long enough and typed the same twice; otherwise says which not. */
    [[nodiscard]] bool acceptNewPassphrase(const QString& passphrase, const QString& confirmation);
    void setStage(Stage stage);
    void setChildMode(bool on);
    void restartIdle();
    void restartIdleIfRunning();
    void beginIdleWarning();
    void updateIdleSecondsLeft();
    void endIdleWarning();
    [[nodiscard]] QString describe(const chorus::Error& error) const;
    [[nodiscard]] QString describeOwnTime(const chorus::Error& error) const;
    [[nodiscard]] QString describeRecovery(const chorus::Error& error) const;
    [[nodiscard]] QByteArray verifier(const QByteArray& passphrase) const;
    /** Says what the own-time import at unlock refused or could not do. */
    void showImportNotice(const chorus::Result<chorus::OwnTime::ImportReport>& report);
    /** Removes what is past its retention date (CP-3): at every unlock, then daily. */
    void runRetention();
    /** The hourly look: runs retention when a day has passed since the last run. */
    void runRetentionIfDue();
    [[nodiscard]] chorus::Store::Options storeOptions() const;

    QString m_dataDir;
    std::optional<chorus::KdfCost> m_cost;
    Preferences* m_preferences = nullptr;
    std::unique_ptr<chorus::Store> m_store;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    QByteArray m_pendingPassphrase;
    Stage m_stage = Stage::FirstRun;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_recoveryKey;
    bool m_onboarding = false;
    bool m_childMode = false;
    bool m_quickExit = false;
    int m_childExitFailures = 0;
    int m_waitingToSync = 0;
    // Checks the practitioner's passphrase in child mode without touching the key slots,
    // so a child's guesses can never count towards shredding the store.
    QByteArray m_verifierKey;
    QByteArray m_verifier;
    // The practitioner PIN as Argon2id output (kept in the encrypted store), and wrong PINs.
    QString m_pinHash;
    int m_pinFailures = 0;
    QString m_ownTimeSession;
    QString m_ownTimeNotice;
    bool m_youngPersonDevice = false;
    mutable std::optional<chorus::KdfCost> m_ownTimeCost;
    QTimer m_idle;      ///< until the warning
    QTimer m_finalLock; ///< the warning's end: lock
    QTimer m_tick;      ///< the warning's countdown, once a second
    QTimer m_retention; ///< daily retention while unlocked
    std::shared_ptr<const chorus::Clock> m_clock = std::make_shared<chorus::SystemClock>();
    QDateTime m_lastRetention;         ///< by m_clock; invalid until the first run
    QTimer m_retryWaiting;             ///< while answers wait on a full disk
    QList<chorus::Response> m_waiting; ///< unlocked: answers handed over, not saved yet
    QHash<QString, Sealed> m_sealed;   ///< locked: the same, sealed (see Sealed)
    int m_sessionWaiting = 0;
    /** Seals m_waiting before the store closes; settle opens it again at the next unlock of
     *  the same storage (the device store, or the young person's own-time session). */
    void sealWaitingAnswers();
    /** Forgets sealed answers of own-time sessions whose storage was erased (ended, withdrawn
     *  or past retention): nothing could ever open them again. */
    void forgetSealedOfErasedViews();
    int m_plainIdleMs = 0;
    int m_activityIdleMs = 0;
    int m_warningMs = 0;
    bool m_activityInProgress = false;
    bool m_idleWarning = false;
    int m_idleSecondsLeft = 0;
    ConsultationListModel* m_consultations = nullptr;
};
