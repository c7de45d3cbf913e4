#include "appcontroller.h"

#include "consultationlistmodel.h"
#include "qml/controls/preferences.h"
#include "uilogging.h"
#include "usererrors.h"

#include "core/crypto/pin.h"
#include "core/store/savequeue.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

using namespace chorus;

namespace {
AppController* s_instance = nullptr;
std::function<void()> s_settleHook; // tests only

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return diff == 0;
}

void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
} // namespace

AppController::AppController(QString dataDir, std::optional<KdfCost> cost, Preferences* preferences,
                             QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_cost(cost), m_preferences(preferences),
      m_consultations(new ConsultationListModel(this))
{
    m_stage = Store::existsIn(m_dataDir) ? Stage::Locked : Stage::FirstRun;
    m_youngPersonDevice = m_stage == Stage::Locked && Store::isYoungPersonDevice(m_dataDir);
    m_plainIdleMs =
        (preferences ? preferences->idleLockSeconds() : Preferences::kDefaultIdleLockSeconds) *
        1000;
    m_activityIdleMs = (preferences ? preferences->activityIdleLockSeconds()
                                    : Preferences::kDefaultActivityIdleLockSeconds) *
                       1000;
    m_idle.setSingleShot(true);
    m_finalLock.setSingleShot(true);
    m_tick.setInterval(1000);
    m_retention.setInterval(kRetentionCheckIntervalMs);
    connect(&m_retention, &QTimer::timeout, this, &AppController::runRetentionIfDue);
    m_retryWaiting.setInterval(30 * 1000);
    connect(&m_retryWaiting, &QTimer::timeout, this, &AppController::retryWaitingAnswers);
    connect(&m_idle, &QTimer::timeout, this, &AppController::beginIdleWarning);
    connect(&m_tick, &QTimer::timeout, this, &AppController::updateIdleSecondsLeft);
    connect(&m_finalLock, &QTimer::timeout, this, [this] {
        qCInfo(lcUi) << "locking after idle";
        lock();
    });
    if (preferences) {
        connect(preferences, &Preferences::idleLockSecondsChanged, this, [this] {
            m_plainIdleMs = m_preferences->idleLockSeconds() * 1000;
            restartIdleIfRunning();
        });
        connect(preferences, &Preferences::activityIdleLockSecondsChanged, this, [this] {
            m_activityIdleMs = m_preferences->activityIdleLockSeconds() * 1000;
            restartIdleIfRunning();
        });
    }
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            &AppController::finished);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        app->installEventFilter(this);
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended) {
                        lock();
                    }
                });
    }
}

AppController::~AppController()
{
    m_watcher.waitForFinished();
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

AppController* AppController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppController::setInstance(AppController* instance)
{
    s_instance = instance;
}

AppController* AppController::instance()
{
    return s_instance;
}

bool AppController::acceptNewPassphrase(const QString& passphrase, const QString& confirmation)
{
    if (passphrase.size() < kMinimumPassphraseLength) {
        setError(
            tr("Use at least %1 characters. A short sentence is easy to remember.", "@info:status")
                .arg(kMinimumPassphraseLength));
        return false;
    }
    if (passphrase != confirmation) {
        setError(
            tr("The two passphrases are not the same. Please type them again.", "@info:status"));
        return false;
    }
    return true;
}

void AppController::createStore(const QString& passphrase, const QString& confirmation)
{
    if (m_busy || m_stage != Stage::FirstRun) {
        return;
    }
    if (!acceptNewPassphrase(passphrase, confirmation)) {
        return;
    }
    const QByteArray secret = passphrase.toUtf8();
    run(
        [dir = m_dataDir, secret, cost = m_cost, options = storeOptions()] {
            auto outcome = Outcome{};
            auto made = Store::create(dir, secret, cost ? *cost : KdfCost::calibrate(kKdfTargetMs),
                                      options);
            if (made) {
                outcome.store = std::move(made->store);
                outcome.recoveryKey = made->recoveryKey;
            } else {
                outcome.error = made.error();
            }
            return outcome;
        },
        secret);
}

void AppController::createYoungPersonStore(const QString& pin, const QString& confirmation)
{
    if (m_busy || m_stage != Stage::FirstRun) {
        return;
    }
    // The same words as choosing an own-time PIN on a practitioner's tablet.
    if (pin != confirmation) {
        setError(QCoreApplication::translate(
            "SessionController", "The two PINs are not the same. Please type them again.",
            "@info:status"));
        return;
    }
    const QByteArray secret = pin.toUtf8();
    if (!OwnTime::checkPin(secret)) {
        setError(QCoreApplication::translate("SessionController",
                                             "Choose at least %1 numbers that are not all the "
                                             "same or in a row, or a sentence of %2 or more "
                                             "letters.",
                                             "@info:status")
                     .arg(OwnTime::kMinPinDigits)
                     .arg(OwnTime::kMinPassphraseChars));
        return;
    }
    run(
        [dir = m_dataDir, secret, testCost = m_cost.has_value(), options = storeOptions()] {
            auto outcome = Outcome{};
            outcome.youngPerson = true;
            // Calibrated here, off the GUI thread: about a second at 256 MiB or more.
            const KdfCost cost = testCost ? OwnTime::testOnlyCost() : OwnTime::calibrate();
            auto made = Store::createForYoungPerson(dir, secret, cost, testCost, options);
            if (made) {
                outcome.store = std::move(made->store);
            } else {
                outcome.error = made.error();
            }
            return outcome;
        },
        secret);
}

void AppController::unlock(const QString& passphrase)
{
    if (m_busy || m_stage != Stage::Locked) {
        return;
    }
    if (passphrase.isEmpty()) {
        setError(tr("Type the passphrase for this device.", "@info:status"));
        return;
    }
    const QByteArray secret = passphrase.toUtf8();
    run(
        [dir = m_dataDir, secret, options = storeOptions()] {
            auto outcome = Outcome{};
            auto opened = Store::unlock(dir, secret, options);
            if (opened) {
                outcome.store = std::move(opened.value());
            } else {
                outcome.error = opened.error();
            }
            return outcome;
        },
        secret);
}

void AppController::recoverWithKey(const QString& recoveryKey, const QString& passphrase,
                                   const QString& confirmation)
{
    if (m_busy || m_stage != Stage::Locked) {
        return;
    }
    if (recoveryKey.trimmed().isEmpty()) {
        setError(
            tr("Type the recovery key you wrote down when Chorus was set up.", "@info:status"));
        return;
    }
    if (!acceptNewPassphrase(passphrase, confirmation)) {
        return;
    }
    const QByteArray secret = passphrase.toUtf8();
    run(
        [dir = m_dataDir, key = recoveryKey, secret, cost = m_cost, options = storeOptions()] {
            auto outcome = Outcome{};
            outcome.recoveryTried = true;
            auto opened = Store::resetPassphrase(
                dir, key, secret, cost ? *cost : KdfCost::calibrate(kKdfTargetMs), options);
            if (opened) {
                outcome.store = std::move(opened.value());
            } else {
                outcome.error = opened.error();
            }
            return outcome;
        },
        secret); // the new passphrase is the practitioner's way out of child mode from now on
}

void AppController::unlockOwnTime(const QString& pin)
{
    if (m_busy || m_stage != Stage::Locked) {
        return;
    }
    if (pin.isEmpty()) {
        setError(tr("Type your PIN.", "@info:status"));
        return;
    }
    // The PIN opens only the young person's own session folder; the keyslots file is never
    // touched, so a wrong PIN never counts as a wrong passphrase.
    run(
        [dir = m_dataDir, secret = pin.toUtf8()] {
            auto outcome = Outcome{};
            outcome.ownTimeTried = true;
            auto opened = OwnTime::open(dir, secret);
            if (opened) {
                outcome.store = std::move(opened->store);
                outcome.ownTimeSession = opened->sessionId;
            } else {
                outcome.error = opened.error();
            }
            return outcome;
        },
        {}); // no passphrase: the practitioner's way out stays closed to this session
}

bool AppController::ownTimeAvailable() const
{
    return m_stage == Stage::Locked && !OwnTime::views(m_dataDir).isEmpty();
}

KdfCost AppController::pinCost() const
{
    return m_cost ? *m_cost : KdfCost{};
}

std::pair<KdfCost, OwnTime::CostPolicy> AppController::ownTimeCost() const
{
    if (m_cost) {
        return {OwnTime::testOnlyCost(), OwnTime::CostPolicy::TestOnly};
    }
    // Measured once per run: calibrating costs as much as one derivation (about a second).
    if (!m_ownTimeCost) {
        m_ownTimeCost = OwnTime::calibrate();
    }
    return {*m_ownTimeCost, OwnTime::CostPolicy::Production};
}

void AppController::enterOwnTime(std::unique_ptr<Store> session, const QString& sessionId)
{
    if (!session || m_stage != Stage::Unlocked) {
        return;
    }
    m_idle.stop();
    m_retention.stop();
    emit storeClosing();
    sealWaitingAnswers();
    m_consultations->clear();
    m_store = std::move(session);
    wipe(m_verifier); // the practitioner's passphrase does not lead out of the young person's
    wipe(m_verifierKey);
    m_pinHash.clear();
    m_ownTimeSession = sessionId;
    emit practitionerPinChanged();
    setChildMode(true);
    emit stageChanged();
    refresh();
    m_idle.start();
    emit storeOpened();
}

void AppController::showImportNotice(const Result<OwnTime::ImportReport>& report)
{
    QString notice;
    if (!report) {
        notice = tr("Answers sent in own time could not be brought in yet: %1", "@info:status")
                     .arg(report.error().message);
    } else if (!report->refused.isEmpty()) {
        notice = tr("%n answer set(s) sent in own time were damaged and were kept aside, not "
                    "used. Ask your administrator to look at them.",
                    "@info:status", static_cast<int>(report->refused.size()));
        for (const QString& why : report->refused) {
            qCWarning(lcUi) << "own-time import refused an item" << why.size();
        }
    }
    if (notice != m_ownTimeNotice) {
        m_ownTimeNotice = notice;
        emit ownTimeNoticeChanged();
    }
}

bool AppController::setPractitionerPin(const QString& pin, const QString& confirmation)
{
    if (!m_store || m_childMode) {
        return false;
    }
    if (pin != confirmation) {
        setError(tr("The two PINs are not the same. Please type them again.", "@info:status"));
        return false;
    }
    QByteArray secret = pin.toUtf8();
    const auto fail = [&](const QString& message) {
        wipe(secret);
        setError(message);
        return false;
    };
    if (!pin::check(secret, kPractitionerPinMinDigits)) {
        return fail(
            tr("Choose %1 to 12 numbers that are not all the same or in a row.", "@info:status")
                .arg(kPractitionerPinMinDigits));
    }
    auto hashed = pin::hash(secret, pinCost());
    wipe(secret);
    if (!hashed) {
        return fail(UserErrors::describe(hashed.error()));
    }
    if (auto st = m_store->setSetting(QStringLiteral("practitioner-pin"), hashed.value()); !st) {
        return fail(UserErrors::describe(st.error()));
    }
    (void)m_store->audit().append(QStringLiteral("practitioner-pin.set"));
    m_pinHash = hashed.value();
    m_pinFailures = 0;
    clearError();
    emit practitionerPinChanged();
    return true;
}

void AppController::removePractitionerPin()
{
    if (!m_store || m_childMode || m_pinHash.isEmpty()) {
        return;
    }
    if (auto st = m_store->removeSetting(QStringLiteral("practitioner-pin")); !st) {
        setError(UserErrors::describe(st.error()));
        return;
    }
    (void)m_store->audit().append(QStringLiteral("practitioner-pin.removed"));
    m_pinHash.clear();
    emit practitionerPinChanged();
}

void AppController::run(std::function<Outcome()> job, QByteArray passphrase)
{
    clearError();
    setBusy(true);
    m_pendingPassphrase = std::move(passphrase);
    // The sealed answers go to the worker as they are (sealed); the worker opens only the
    // ones of the storage it unlocked, and finished() forgets those.
    m_watcher.setFuture(QtConcurrent::run(
        [job = std::move(job), dir = m_dataDir, sealed = m_sealed, clock = m_clock] {
            auto outcome = std::make_shared<Outcome>(job());
            if (outcome->store) {
                if (s_settleHook) {
                    s_settleHook();
                }
                settle(*outcome, dir, sealed, clock);
            }
            return outcome;
        }));
}

void AppController::setSettleHookForTests(std::function<void()> hook)
{
    s_settleHook = std::move(hook);
}

void AppController::settle(Outcome& outcome, const QString& dataDir,
                           const QHash<QString, Sealed>& sealed,
                           const std::shared_ptr<const Clock>& clock)
{
    Store& store = *outcome.store;
    Settled& done = outcome.settled;
    const QString& ownTime = outcome.ownTimeSession;
    if (ownTime.isEmpty()) {
        // What young people sent in their own time comes in, then retention (CP-3).
        done.imported = OwnTime::importInbox(store);
        done.retentionRan = true;
        done.retentionAt = clock->now();
        done.retentionFailed = !retentionOn(store, dataDir, &done.retentionRemoved);
    }
    if (const auto it = sealed.constFind(ownTime); it != sealed.cend()) {
        done.sealedTaken = true;
        const auto to =
            ownTime.isEmpty() ? SaveQueue::SealTo::DeviceStore : SaveQueue::SealTo::OwnTimeSession;
        for (const QByteArray& box : it->boxes.split('\n')) {
            if (box.isEmpty()) {
                continue;
            }
            auto opened = SaveQueue::open(store, QByteArray::fromBase64(box), to);
            if (!opened) {
                qCWarning(lcUi) << "answers kept over a lock do not open";
                continue;
            }
            done.waiting.append(opened.value());
        }
        SaveQueue queue(store.responses());
        queue.keep(std::exchange(done.waiting, {}));
        if (auto st = queue.retry(); !st) {
            qCInfo(lcUi) << "answers still wait for space:" << queue.pending();
        }
        done.waiting = queue.takePending();
    }
}

void AppController::applySettled(Settled& settled)
{
    if (settled.imported) {
        showImportNotice(*settled.imported);
    }
    if (settled.retentionRan) {
        m_lastRetention = settled.retentionAt;
        if (settled.retentionFailed) {
            qCWarning(lcUi) << "retention could not run now; it runs again at the next unlock";
        } else if (settled.retentionRemoved) {
            emit retentionPurged();
        }
    }
    if (settled.sealedTaken) {
        m_sealed.remove(m_ownTimeSession);
        m_waiting.append(std::exchange(settled.waiting, {}));
        emit answersWaitingChanged();
        if (!m_waiting.isEmpty()) {
            m_retryWaiting.start();
        }
    }
}

Result<int> AppController::retentionOn(Store& store, const QString& dataDir, bool* removed)
{
    const auto views = OwnTime::eraseExpired(dataDir, store.clock().now());
    auto purged = store.erasure().purgeExpired();
    if (!purged || !views) {
        return !views ? views.error() : purged.error();
    }
    const auto& r = purged.value();
    const int total =
        r.participants + r.responses + r.consultations + r.names + r.actions + views.value();
    *removed = total > 0;
    if (*removed) {
        qCInfo(lcUi) << "retention removed" << r.participants << "participants," << r.responses
                     << "answers," << r.consultations << "consultations";
    }
    return total;
}

void AppController::runRetention()
{
    if (!m_store || !m_ownTimeSession.isEmpty()) {
        return; // a young person's own view has nothing of the device store's
    }
    m_lastRetention = m_clock->now();
    bool removed = false;
    if (!retentionOn(*m_store, m_dataDir, &removed)) {
        // Nothing personal in the code; the next run (or unlock) tries again.
        qCWarning(lcUi) << "retention could not run now; it runs again at the next unlock";
        return;
    }
    if (removed) {
        refresh();
        emit retentionPurged();
    }
}

void AppController::keepWaitingAnswers(QList<Response> answers)
{
    if (answers.isEmpty()) {
        return;
    }
    m_waiting.append(std::move(answers));
    m_retryWaiting.start();
    emit answersWaitingChanged();
}

int AppController::answersWaiting() const
{
    int sealed = 0;
    for (const Sealed& s : m_sealed) {
        sealed += s.count;
    }
    return static_cast<int>(m_waiting.size()) + sealed + m_sessionWaiting;
}

void AppController::setSessionAnswersWaiting(int count)
{
    if (count != m_sessionWaiting) {
        m_sessionWaiting = count;
        emit answersWaitingChanged();
    }
}

void AppController::retryWaitingAnswers()
{
    if (!m_store || m_waiting.isEmpty()) {
        return; // an own-time session's answers go into its own storage, open now
    }
    SaveQueue queue(m_store->responses());
    queue.keep(std::exchange(m_waiting, {}));
    if (auto st = queue.retry(); !st) {
        qCInfo(lcUi) << "answers still wait for space:" << queue.pending();
    }
    m_waiting = queue.takePending();
    if (m_waiting.isEmpty()) {
        m_retryWaiting.stop();
        refresh();
    }
    emit answersWaitingChanged();
}

void AppController::sealWaitingAnswers()
{
    m_retryWaiting.stop();
    if (m_waiting.isEmpty() || !m_store) {
        return;
    }
    // While locked the answers are kept in memory only as a sealed box (crypto_box_seal), so
    // that a memory dump of a locked device shows no child's words:
    // - the device store's answers are sealed to its inbox key, whose secret half is inside
    //   the encrypted store: the next unlock of the device store opens them;
    // - a young person's own-time answers are sealed to their session's own key, whose
    //   secret half is only inside the session's database under their PIN. Only their PIN
    //   opens them again; the practitioner's unlock cannot read drafts not sent yet.
    // The secret halves are never kept here: sealing needs only the public half, and it is
    // wiped with the rest when the store closes.
    const bool ownTime = !m_ownTimeSession.isEmpty();
    auto sealed = SaveQueue::seal(*m_store, m_waiting,
                                  ownTime ? SaveQueue::SealTo::OwnTimeSession
                                          : SaveQueue::SealTo::DeviceStore);
    if (!sealed) {
        qCWarning(lcUi) << "answers waiting for space could not be kept over the lock:"
                        << m_waiting.size();
    } else {
        Sealed& kept = m_sealed[m_ownTimeSession];
        kept.boxes += sealed.value().toBase64() + '\n';
        kept.count += static_cast<int>(m_waiting.size());
    }
    for (Response& r : m_waiting) {
        r.text.fill(QChar(u'0'));
        r.media.fill('\0');
    }
    m_waiting.clear();
    emit answersWaitingChanged();
}

void AppController::forgetSealedOfErasedViews()
{
    if (m_sealed.size() <= (m_sealed.contains(QString()) ? 1 : 0)) {
        return; // only the device store's, if any
    }
    QSet<QString> present;
    for (const auto& v : OwnTime::views(m_dataDir)) {
        present.insert(v.sessionId);
    }
    const auto before = answersWaiting();
    for (auto it = m_sealed.begin(); it != m_sealed.end();) {
        if (!it.key().isEmpty() && !present.contains(it.key())) {
            it = m_sealed.erase(it);
        } else {
            ++it;
        }
    }
    if (answersWaiting() != before) {
        emit answersWaitingChanged();
    }
}

void AppController::setRetentionCheckIntervalMs(int ms)
{
    m_retention.setInterval(ms);
}

void AppController::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
}

Store::Options AppController::storeOptions() const
{
    Store::Options options;
    options.clock = m_clock;
    return options;
}

void AppController::runRetentionIfDue()
{
    // A day by the store's clock, not by the timer: a suspended tablet's timer does not
    // count the hours it slept, and a test can move the clock instead of waiting a day.
    if (m_store && (!m_lastRetention.isValid() || m_clock->now() >= m_lastRetention.addDays(1))) {
        runRetention();
    }
}

void AppController::finished()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    setBusy(false);
    if (!outcome || !outcome->store) {
        wipe(m_pendingPassphrase);
        if (outcome && outcome->ownTimeTried && outcome->error) {
            setError(describeOwnTime(*outcome->error));
            emit stageChanged(); // the PIN may have stopped working: ownTimeAvailable changed
            return;
        }
        if (outcome && outcome->recoveryTried && outcome->error) {
            setError(describeRecovery(*outcome->error));
        } else {
            setError(outcome && outcome->error ? describe(*outcome->error)
                                               : tr("Something went wrong.", "@info:status"));
        }
        // Too many failures shred the key slots; the first-run screen is then the way on.
        if (!Store::existsIn(m_dataDir)) {
            setStage(Stage::FirstRun);
        }
        return;
    }
    m_store = std::move(outcome->store);
    if (outcome->youngPerson) {
        m_youngPersonDevice = true;
        m_onboarding = true; // until the page has enrolled with the invite
        emit onboardingChanged();
    }
    m_verifierKey.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_verifierKey.data()), 8);
    // Opened with an own-time PIN there is no passphrase, and so no way out of child mode.
    m_verifier = m_pendingPassphrase.isEmpty() ? QByteArray() : verifier(m_pendingPassphrase);
    wipe(m_pendingPassphrase);
    if (!outcome->recoveryKey.isEmpty()) {
        m_recoveryKey = outcome->recoveryKey;
        outcome->recoveryKey.fill(QChar(u'0'));
        m_onboarding = true;
        emit recoveryKeyChanged();
        emit onboardingChanged();
    }
    m_childExitFailures = 0;
    m_pinFailures = 0;
    m_ownTimeSession = outcome->ownTimeSession;
    const auto pinHash = m_store->setting(QStringLiteral("practitioner-pin"));
    m_pinHash = pinHash ? pinHash.value() : QString();
    emit practitionerPinChanged();
    // Import, retention and the answers kept over the lock were done on the worker.
    applySettled(outcome->settled);
    if (!m_ownTimeSession.isEmpty()) {
        setChildMode(true); // only their own session, from the first frame
    } else {
        m_retention.start();
    }
    setStage(Stage::Unlocked);
    refresh();
    restartIdle();
    emit storeOpened();
}

void AppController::acknowledgeRecoveryKey()
{
    if (!m_recoveryKey.isEmpty()) {
        m_recoveryKey.fill(QChar(u'0'));
        m_recoveryKey.clear();
        emit recoveryKeyChanged();
    }
}

void AppController::finishOnboarding()
{
    acknowledgeRecoveryKey();
    if (m_onboarding) {
        m_onboarding = false;
        emit onboardingChanged();
    }
}

void AppController::lock()
{
    if (m_stage != Stage::Unlocked) {
        return;
    }
    // A sync in flight does not delay this: it has its own store connection and stops
    // when it sees storeClosing (SyncController).
    m_idle.stop();
    m_retention.stop();
    endIdleWarning();
    emit storeClosing();
    sealWaitingAnswers();
    m_consultations->clear();
    m_store.reset();
    wipe(m_verifier);
    wipe(m_verifierKey);
    m_pinHash.fill(QChar(u'0'));
    m_pinHash.clear();
    m_ownTimeSession.clear();
    if (!m_ownTimeNotice.isEmpty()) {
        m_ownTimeNotice.clear();
        emit ownTimeNoticeChanged();
    }
    emit practitionerPinChanged();
    finishOnboarding();
    setChildMode(false);
    // A quick exit's neutral page stays up over the lock: leaving it shows the lock.
    if (m_waitingToSync != 0) {
        m_waitingToSync = 0;
        emit waitingToSyncChanged();
    }
    setStage(Store::existsIn(m_dataDir) ? Stage::Locked : Stage::FirstRun);
}

void AppController::clearError()
{
    setError({});
}

void AppController::refresh()
{
    if (!m_store) {
        return;
    }
    m_consultations->reload(*m_store);
    forgetSealedOfErasedViews();
    if (auto stats = m_store->stats(); stats && stats->outboxQueued != m_waitingToSync) {
        m_waitingToSync = static_cast<int>(stats->outboxQueued);
        emit waitingToSyncChanged();
    }
}

void AppController::enterChildMode()
{
    if (m_stage == Stage::Unlocked) {
        m_childExitFailures = 0;
        setChildMode(true);
    }
}

bool AppController::finishOnOwnDevice()
{
    if (!m_youngPersonDevice || m_stage != Stage::Unlocked) {
        return false;
    }
    retryWaitingAnswers();
    if (answersWaiting() > 0) {
        return false; // not over answers still waiting for space (the page says why)
    }
    setChildMode(false); // ends their session, as leaving child mode does
    restartIdle();
    return true;
}

bool AppController::leaveChildMode(const QString& passphrase)
{
    if (!m_childMode) {
        return true;
    }
    QByteArray secret = passphrase.toUtf8();
    const bool right = !m_verifier.isEmpty() && constantTimeEqual(verifier(secret), m_verifier);
    // The PIN is tried only while it has tries left, and only when it looks like a PIN.
    const bool pinAllowed = !m_pinHash.isEmpty() && m_ownTimeSession.isEmpty() &&
                            m_pinFailures < kPractitionerPinTries &&
                            pin::check(secret, kPractitionerPinMinDigits).ok();
    const bool rightPin = !right && pinAllowed && pin::verify(secret, m_pinHash);
    wipe(secret);
    if (right || rightPin) {
        if (right) {
            m_pinFailures = 0; // the passphrase gives the PIN its tries back
        }
        clearError();
        setChildMode(false);
        return true;
    }
    if (pinAllowed) {
        ++m_pinFailures;
    }
    if (++m_childExitFailures >= kChildModeExitTries) {
        lock();
        setError(tr("Too many wrong tries. Chorus is locked: unlock it with the passphrase.",
                    "@info:status"));
    } else if (!m_pinHash.isEmpty() && m_pinFailures >= kPractitionerPinTries) {
        setError(tr("Too many wrong PINs. Use the practitioner's passphrase.", "@info:status"));
    } else {
        setError(m_pinHash.isEmpty()
                     ? tr("That is not the practitioner's passphrase.", "@info:status")
                     : tr("That is not the practitioner's passphrase or PIN.", "@info:status"));
    }
    return false;
}

void AppController::quickExit()
{
    if (!m_quickExit) {
        m_quickExit = true;
        emit quickExitActiveChanged();
    }
    // Whoever picks the tablet up after a quick exit must meet the lock: the neutral page
    // is already showing, so the store closes behind it (the answers are saved as they go).
    lock();
}

void AppController::resumeAfterQuickExit()
{
    if (m_quickExit) {
        m_quickExit = false;
        emit quickExitActiveChanged();
    }
}

int AppController::idleLockMs() const
{
    return m_activityInProgress ? std::max(m_activityIdleMs, m_plainIdleMs) : m_plainIdleMs;
}

void AppController::setIdleLockMs(int ms)
{
    m_plainIdleMs = ms;
    restartIdleIfRunning();
}

void AppController::setActivityIdleLockMs(int ms)
{
    m_activityIdleMs = ms;
    restartIdleIfRunning();
}

void AppController::setActivityInProgress(bool on)
{
    if (on != m_activityInProgress) {
        m_activityInProgress = on;
        restartIdleIfRunning();
    }
}

void AppController::stayUnlocked()
{
    restartIdleIfRunning();
}

void AppController::restartIdle()
{
    endIdleWarning();
    const int limit = idleLockMs();
    // The warning takes the last part of the wait: 30 seconds, or half of a short limit.
    m_warningMs = std::min(kIdleWarningMs, limit / 2);
    m_idle.start(limit - m_warningMs);
}

void AppController::restartIdleIfRunning()
{
    if (m_stage == Stage::Unlocked && (m_idle.isActive() || m_idleWarning)) {
        restartIdle();
    }
}

void AppController::beginIdleWarning()
{
    m_finalLock.start(m_warningMs);
    m_tick.start();
    m_idleWarning = true;
    emit idleWarningChanged();
    updateIdleSecondsLeft();
}

void AppController::updateIdleSecondsLeft()
{
    // A coarse timer may run up to 5% long, so its remaining time can exceed the warning
    // itself; the countdown never shows more seconds than the warning has.
    const int most = (m_warningMs + 999) / 1000;
    const int left = m_idleWarning ? std::min(most, (m_finalLock.remainingTime() + 999) / 1000) : 0;
    if (left != m_idleSecondsLeft) {
        m_idleSecondsLeft = std::max(0, left);
        emit idleSecondsLeftChanged();
    }
}

void AppController::endIdleWarning()
{
    m_finalLock.stop();
    m_tick.stop();
    if (m_idleWarning) {
        m_idleWarning = false;
        emit idleWarningChanged();
    }
    updateIdleSecondsLeft();
}

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        // Any touch or key dismisses the warning and starts the wait again.
        restartIdleIfRunning();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AppController::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void AppController::setError(const QString& message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void AppController::setStage(Stage stage)
{
    if (stage != m_stage) {
        m_stage = stage;
        emit stageChanged();
    }
}

void AppController::setChildMode(bool on)
{
    if (on != m_childMode) {
        m_childMode = on;
        emit childModeChanged();
    }
}

QString AppController::describe(const Error& error) const
{
    // The core's words are English; the codes people meet most get translated words.
    switch (error.code) {
    case Error::Code::CannotUnlock: {
        if (m_youngPersonDevice) {
            return tr("That PIN is not right. Try again.", "@info:status");
        }
        const int left = KeyVault::kDefaultMaxFailures -
                         KeyVault(Store::keySlotsPath(m_dataDir)).failedUnlocks();
        return tr("That passphrase is not right. After %1 more wrong tries the data on this device "
                  "will be erased.",
                  "@info:status")
            .arg(left);
    }
    case Error::Code::SlotsDestroyed:
        return tr("Too many wrong tries: the data on this device can no longer be opened.",
                  "@info:status");
    case Error::Code::Damaged:
        return tr("The store on this device is damaged: %1", "@info:status").arg(error.message);
    default:
        return UserErrors::describe(error);
    }
}

QString AppController::describeOwnTime(const Error& error) const
{
    switch (error.code) {
    case Error::Code::CannotUnlock: {
        int failures = 0;
        for (const auto& v : OwnTime::views(m_dataDir)) {
            failures = std::max(failures, v.failures);
        }
        return tr("That PIN is not right. After %1 more wrong tries it will stop working.",
                  "@info:status")
            .arg(OwnTime::kMaxFailures - failures);
    }
    case Error::Code::SlotsDestroyed:
        return tr("Too many wrong tries: your answers are locked. They are still safe. Ask the "
                  "person you are working with to open them again.",
                  "@info:status");
    case Error::Code::NotFound:
        return tr("There are no answers to come back to on this device any more.", "@info:status");
    default:
        return describe(error);
    }
}

QString AppController::describeRecovery(const Error& error) const
{
    if (error.code == Error::Code::CannotUnlock) {
        const int left = KeyVault::kDefaultMaxFailures -
                         KeyVault(Store::keySlotsPath(m_dataDir)).failedUnlocks();
        return tr("That recovery key is not right. Check each group of letters and numbers. "
                  "After %1 more wrong tries the data on this device will be erased.",
                  "@info:status")
            .arg(left);
    }
    return describe(error);
}

QByteArray AppController::verifier(const QByteArray& passphrase) const
{
    return QMessageAuthenticationCode::hash(passphrase, m_verifierKey, QCryptographicHash::Sha256);
}
