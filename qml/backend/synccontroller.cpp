#include "synccontroller.h"

#include "appcontroller.h"

#include <QFile>
#include <QNetworkInformation>

using namespace chorus;
using namespace chorus::sync;

namespace {
SyncController* s_instance = nullptr;
} // namespace

SyncController::SyncController(AppController* app, QObject* parent) : QObject(parent), m_app(app)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (canRunNow()) {
            syncNow();
        }
    });
    connect(m_app, &AppController::storeOpened, this, &SyncController::watchNetwork);
    connect(m_app, &AppController::storeOpened, this, &SyncController::refresh);
    connect(m_app, &AppController::storeClosing, this, &SyncController::forget);
}

void SyncController::watchNetwork()
{
    // Sync when the network comes back; where no backend reports reachability, the retry
    // timer (with backoff) is what brings waiting items to the hub. Loaded once the store is
    // open, not at start: the backend plugin costs start-up time and nothing syncs while
    // locked.
    if (m_watchingNetwork ||
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        return;
    }
    m_watchingNetwork = true;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            &SyncController::onReachability);
}

SyncController::~SyncController()
{
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

SyncController* SyncController::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void SyncController::setInstance(SyncController* instance)
{
    s_instance = instance;
}

QDateTime SyncController::lastSync() const
{
    return m_enrolment ? m_enrolment->lastSyncAt.toLocalTime() : QDateTime();
}

QString SyncController::problem() const
{
    return m_enrolment ? m_enrolment->lastProblem : QString();
}

bool SyncController::canRunNow() const
{
    // Never while a child holds the tablet: a sync would pause their screen.
    return !m_busy && m_app->store() && !m_app->childMode() && m_enrolment.has_value();
}

void SyncController::onReachability()
{
    if (QNetworkInformation::instance()->reachability() ==
            QNetworkInformation::Reachability::Online &&
        canRunNow() && m_counts.queued > 0) {
        syncNow();
    }
}

void SyncController::refresh()
{
    Store* store = m_app->store();
    if (!store) {
        forget();
        return;
    }
    SyncRecords records(store->database(), store->clock());
    auto enrolment = records.enrolment();
    m_enrolment = enrolment ? enrolment.value() : std::nullopt;
    auto counts = store->outbox().counts();
    m_counts = counts ? counts.value() : Outbox::Counts{};
    m_failures.clear();
    if (auto items = store->outbox().all()) {
        for (const auto& item : items.value()) {
            if (item.state == Outbox::State::Failed) {
                m_failures << QVariantMap{{QStringLiteral("itemId"), item.itemId},
                                          {QStringLiteral("reason"), item.lastError}};
            }
        }
    }
    auto confirmations = records.confirmations();
    m_confirmed = confirmations ? static_cast<int>(confirmations->size()) : 0;
    auto actions = records.actions();
    m_updates = actions ? static_cast<int>(actions->size()) : 0;
    emit changed();
}

void SyncController::forget()
{
    m_retry.stop();
    m_enrolment.reset();
    m_counts = {};
    m_failures.clear();
    m_confirmed = 0;
    m_updates = 0;
    m_lastReport.clear();
    setError({});
    emit changed();
}

void SyncController::enrol(const QString& hubUrl, const QString& code, const QString& caFile)
{
    Store* store = m_app->store();
    if (m_busy || !store) {
        return;
    }
    QByteArray caPem;
    if (!caFile.trimmed().isEmpty()) {
        QFile f(caFile.trimmed());
        if (!f.open(QIODevice::ReadOnly)) {
            setError(tr("The certificate file could not be read: %1").arg(f.errorString()));
            return;
        }
        caPem = f.readAll();
    }
    setError({});
    setBusy(true);
    m_app->holdLock(true); // the store must outlive the request
    SyncEngine engine(*store);
    auto result = engine.enrol(hubUrl, code, caPem);
    m_app->holdLock(false);
    setBusy(false);
    if (!result) {
        setError(result.error().message);
    }
    refresh();
}

void SyncController::syncNow()
{
    Store* store = m_app->store();
    if (m_busy || !store) {
        return;
    }
    m_retry.stop();
    setError({});
    setBusy(true);
    m_app->holdLock(true);
    // One round in the app: retries are scheduled on the timer rather than waited for here.
    SyncEngine::Options options;
    options.rounds = 1;
    options.timeoutMs = 30000;
    EventLoopSleeper sleeper;
    SyncEngine engine(
        *store, [](const HubEndpoint& ep) { return std::make_unique<HttpTransport>(ep); },
        Backoff(), sleeper, options);
    const SyncReport report = engine.run();
    m_app->holdLock(false);
    setBusy(false);
    m_lastReport = describe(report).join(QLatin1Char('\n'));
    if (m_app->store()) {
        m_app->refresh();
        refresh();
        scheduleRetry(report);
    }
}

void SyncController::retryFailed()
{
    Store* store = m_app->store();
    if (!store) {
        return;
    }
    for (const QVariant& f : std::as_const(m_failures)) {
        if (auto st = store->outbox().requeue(f.toMap().value(QStringLiteral("itemId")).toString());
            !st) {
            setError(st.error().message);
        }
    }
    refresh();
}

void SyncController::scheduleRetry(const SyncReport& report)
{
    using Outcome = SyncReport::Outcome;
    if (report.outcome == Outcome::Done) {
        m_consecutiveFailures = 0;
        if (!m_watchingNetwork) {
            m_retry.start(std::chrono::minutes(15)); // no reachability signal: look again later
        }
        return;
    }
    if (report.outcome != Outcome::RetryLater) {
        return; // revoked, certificate changed, not enrolled: a person must act first
    }
    auto wait = m_backoff.delay(m_consecutiveFailures++);
    if (report.nextAttemptAt.isValid()) {
        const qint64 due = QDateTime::currentDateTimeUtc().msecsTo(report.nextAttemptAt);
        wait = std::max(wait, std::chrono::milliseconds(due));
    }
    m_retry.start(std::max(wait, std::chrono::milliseconds(1000)));
}

void SyncController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void SyncController::setError(const QString& message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}
