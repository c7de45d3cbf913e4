#include "appcontroller.h"

#include "consultationlistmodel.h"
#include "preferences.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

using namespace chorus;

namespace {
AppController* s_instance = nullptr;

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
    m_idle.setSingleShot(true);
    m_idle.setInterval(
        (preferences ? preferences->idleLockSeconds() : Preferences::kDefaultIdleLockSeconds) *
        1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCInfo(lcUi) << "locking after idle";
        lock();
    });
    if (preferences) {
        connect(preferences, &Preferences::idleLockSecondsChanged, this, [this] {
            m_idle.setInterval(m_preferences->idleLockSeconds() * 1000);
            if (m_idle.isActive()) {
                m_idle.start();
            }
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

void AppController::createStore(const QString& passphrase, const QString& confirmation)
{
    if (m_busy || m_stage != Stage::FirstRun) {
        return;
    }
    if (passphrase.size() < kMinimumPassphraseLength) {
        setError(
            tr("Use at least %1 characters. A short sentence is easy to remember.", "@info:status")
                .arg(kMinimumPassphraseLength));
        return;
    }
    if (passphrase != confirmation) {
        setError(
            tr("The two passphrases are not the same. Please type them again.", "@info:status"));
        return;
    }
    const QByteArray secret = passphrase.toUtf8();
    run(
        [dir = m_dataDir, secret, cost = m_cost] {
            auto outcome = Outcome{};
            auto made = Store::create(dir, secret, cost ? *cost : KdfCost::calibrate(kKdfTargetMs));
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
        [dir = m_dataDir, secret] {
            auto outcome = Outcome{};
            auto opened = Store::unlock(dir, secret);
            if (opened) {
                outcome.store = std::move(opened.value());
            } else {
                outcome.error = opened.error();
            }
            return outcome;
        },
        secret);
}

void AppController::run(std::function<Outcome()> job, QByteArray passphrase)
{
    clearError();
    setBusy(true);
    m_pendingPassphrase = std::move(passphrase);
    m_watcher.setFuture(
        QtConcurrent::run([job = std::move(job)] { return std::make_shared<Outcome>(job()); }));
}

void AppController::finished()
{
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    setBusy(false);
    if (!outcome || !outcome->store) {
        wipe(m_pendingPassphrase);
        setError(outcome && outcome->error ? describe(*outcome->error)
                                           : tr("Something went wrong.", "@info:status"));
        // Too many failures shred the key slots; the first-run screen is then the way on.
        if (!Store::existsIn(m_dataDir)) {
            setStage(Stage::FirstRun);
        }
        return;
    }
    m_store = std::move(outcome->store);
    m_verifierKey.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_verifierKey.data()), 8);
    m_verifier = verifier(m_pendingPassphrase);
    wipe(m_pendingPassphrase);
    if (!outcome->recoveryKey.isEmpty()) {
        m_recoveryKey = outcome->recoveryKey;
        outcome->recoveryKey.fill(QChar(u'0'));
        m_onboarding = true;
        emit recoveryKeyChanged();
        emit onboardingChanged();
    }
    m_childExitFailures = 0;
    setStage(Stage::Unlocked);
    refresh();
    m_idle.start();
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

void AppController::holdLock(bool held)
{
    m_lockHeld = held;
    if (!held && m_lockPending) {
        m_lockPending = false;
        lock();
    }
}

void AppController::lock()
{
    if (m_stage != Stage::Unlocked) {
        return;
    }
    if (m_lockHeld) {
        m_lockPending = true; // the store is in use by a sync request: lock right after it
        return;
    }
    m_idle.stop();
    emit storeClosing();
    m_consultations->clear();
    m_store.reset();
    wipe(m_verifier);
    wipe(m_verifierKey);
    finishOnboarding();
    setChildMode(false);
    if (m_quickExit) {
        m_quickExit = false;
        emit quickExitActiveChanged();
    }
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

bool AppController::leaveChildMode(const QString& passphrase)
{
    if (!m_childMode) {
        return true;
    }
    QByteArray secret = passphrase.toUtf8();
    const bool right = !m_verifier.isEmpty() && constantTimeEqual(verifier(secret), m_verifier);
    wipe(secret);
    if (right) {
        clearError();
        setChildMode(false);
        return true;
    }
    if (++m_childExitFailures >= kChildModeExitTries) {
        lock();
        setError(tr("Too many wrong tries. Chorus is locked: unlock it with the passphrase.",
                    "@info:status"));
    } else {
        setError(tr("That is not the practitioner's passphrase.", "@info:status"));
    }
    return false;
}

void AppController::quickExit()
{
    if (!m_quickExit) {
        m_quickExit = true;
        emit quickExitActiveChanged();
    }
}

void AppController::resumeAfterQuickExit()
{
    if (m_quickExit) {
        m_quickExit = false;
        emit quickExitActiveChanged();
    }
}

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_idle.isActive()) {
            m_idle.start();
        }
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
        return error.message;
    }
}

QByteArray AppController::verifier(const QByteArray& passphrase) const
{
    return QMessageAuthenticationCode::hash(passphrase, m_verifierKey, QCryptographicHash::Sha256);
}
