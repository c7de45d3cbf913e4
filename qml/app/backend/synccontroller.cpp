#include "synccontroller.h"

#include "appcontroller.h"
#include "uilogging.h"

#include "core/store/owntime.h"
#include "sync/client/syncrecords.h"
#include "sync/client/syncwords.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QThread>

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
    // The words are made when read, in the language of the moment: a language change
    // re-reads them.
    QCoreApplication::instance()->installEventFilter(this);
}

bool SyncController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        emit changed();
        emit inviteChanged();
    }
    return QObject::eventFilter(watched, event);
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
    if (m_job) {
        // Quitting during a sync: the request in flight is aborted and the run ends at its
        // next step; its own store connection commits or rolls back what it was writing.
        m_stop->stop();
        m_job->wait();
        delete m_job;
        m_job = nullptr;
    }
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
    return m_enrolment ? SyncWords::words(SyncMessage::decode(m_enrolment->lastProblem))
                       : QString();
}

QDateTime SyncController::inviteExpires() const
{
    return QDateTime::fromString(m_invite.expiresAt, Qt::ISODate).toLocalTime();
}

QVariantList SyncController::failures() const
{
    QVariantList list;
    for (const auto& [itemId, reason] : m_failures) {
        list << QVariantMap{{QStringLiteral("itemId"), itemId},
                            {QStringLiteral("reason"), SyncWords::words(reason)}};
    }
    return list;
}

bool SyncController::canRunNow() const
{
    // Never while a child holds the tablet: a sync would compete with their activity.
    return !busy() && m_app->store() && !m_app->childMode() && m_enrolment.has_value();
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
    // A young person's own-time session database is open, not the device store: no sync.
    if (!store || !m_app->ownTimeSessionId().isEmpty()) {
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
                m_failures.append({item.itemId, SyncMessage::decode(item.lastError)});
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
    // Locking: the job (if any) stops; its thread reports back, but nothing of it is shown.
    stopJob();
    m_retry.stop();
    m_enrolment.reset();
    m_counts = {};
    m_failures.clear();
    m_confirmed = 0;
    m_updates = 0;
    m_lastReport.reset();
    m_error = {};
    clearInvite();
    emit changed();
}

bool SyncController::startJob(Work work, Done done)
{
    Store* store = m_app->store();
    if (busy() || !store) {
        return false;
    }
    // The worker has its own connection to the store, opened here with the unlocked key,
    // rather than sharing this thread's: a Store and its Database (statement cache, the
    // audit chain's cached head) are not thread-safe, and serialising every read of the
    // UI through a lock would make the screen wait whenever the worker writes. SQLite's WAL
    // lets the two connections read at once; writes take turns (BEGIN IMMEDIATE, busy
    // timeout), each commit is atomic, and the audit log re-reads its head after another
    // connection may have appended. Locking closes this thread's connection at once; the
    // worker's stops with its job and wipes its copy of the key.
    auto own = store->openAnotherConnection(2 * 1024);
    if (!own) {
        setError({QStringLiteral("store_error"), {own.error().message}});
        return false;
    }
    auto connection = std::make_shared<std::unique_ptr<Store>>(std::move(own.value()));
    auto outcome = std::make_shared<Outcome>();
    m_stop = std::make_shared<StopToken>();
    m_job = QThread::create([connection, outcome, work = std::move(work), stop = m_stop] {
        std::unique_ptr<Store> mine = std::move(*connection);
        {
            SyncEngine::Options options;
            options.rounds = 1; // retries are scheduled on the UI's timer, not waited for here
            options.timeoutMs = 30000;
            options.stop = stop;
            EventLoopSleeper sleeper(stop);
            SyncEngine engine(
                *mine, [](const HubEndpoint& ep) { return std::make_unique<HttpTransport>(ep); },
                Backoff(), sleeper, options);
            work(engine, *outcome);
        }
        mine.reset(); // closed on the thread that used it
    });
    connect(m_job, &QThread::finished, this,
            [this, outcome, done = std::move(done)] { jobDone(outcome, done); });
    m_job->start();
    emit busyChanged();
    return true;
}

void SyncController::jobDone(const std::shared_ptr<Outcome>& outcome, const Done& done)
{
    m_job->wait();
    m_job->deleteLater();
    m_job = nullptr;
    const bool stoppedFromOutside = m_stop->stopped();
    m_stop.reset();
    emit busyChanged();
    if (!stoppedFromOutside && m_app->store()) {
        done(*outcome);
    }
    emit jobFinished();
}

void SyncController::stopJob()
{
    if (m_stop) {
        m_stop->stop();
    }
}

void SyncController::enrol(const QString& hubUrl, const QString& code, const QString& caFile)
{
    if (busy() || !m_app->store()) {
        return;
    }
    QByteArray caPem;
    if (!caFile.trimmed().isEmpty()) {
        QFile f(caFile.trimmed());
        if (!f.open(QIODevice::ReadOnly)) {
            setError({QStringLiteral("ca_unreadable"), {f.errorString()}});
            return;
        }
        caPem = f.readAll();
    }
    setError({});
    startJob(
        [hubUrl, code, caPem](SyncEngine& engine, Outcome& outcome) {
            if (!engine.enrol(hubUrl, code, caPem)) {
                outcome.failure = engine.failure();
            }
        },
        [this](const Outcome& outcome) {
            setError(outcome.failure);
            refresh();
        });
}

void SyncController::rememberJudgement(const QString& code, const QString& assessor,
                                       const QString& basis)
{
    Store* store = m_app->store();
    if (!store) {
        return;
    }
    const QJsonObject judgement{{"assessor", assessor},
                                {"basis", basis},
                                {"at", store->clock().now().toString(Qt::ISODate)}};
    const QString key =
        QStringLiteral("invite-judgement/") + QString(code).remove(QLatin1Char('-'));
    if (auto st = store->setSetting(
            key, QString::fromUtf8(QJsonDocument(judgement).toJson(QJsonDocument::Compact)));
        !st) {
        qCWarning(lcUi) << "the judgement made with an invite was not kept:" << st.error().message;
    }
}

QString SyncController::inviteProblem(const QString& hubAddress, const QString& code)
{
    InviteCard::Problem why = InviteCard::Problem::None;
    if (InviteCard::read(hubAddress, code, &why)) {
        return {};
    }
    switch (why) {
    case InviteCard::Problem::HubAddress:
        return tr("Type the hub address from the invite, for example hub.example.org.",
                  "@info:status");
    case InviteCard::Problem::Length:
        return tr("The invite code has 32 letters and numbers. Check that none are missing.",
                  "@info:status");
    case InviteCard::Problem::Mistake:
        return tr("There is a mistake in the invite code or the hub address. Check each letter "
                  "and number against the invite.",
                  "@info:status");
    case InviteCard::Problem::NoCertificate:
    case InviteCard::Problem::Link:
    case InviteCard::Problem::None:
        break;
    }
    return tr("This invite cannot be used. Ask for a new one.", "@info:status");
}

void SyncController::enrolWithInvite(const QString& hubAddress, const QString& code)
{
    if (busy() || !m_app->store()) {
        return;
    }
    const auto card = InviteCard::read(hubAddress, code);
    if (!card) {
        setError({QStringLiteral("text"), {inviteProblem(hubAddress, code)}});
        return;
    }
    setError({});
    startJob(
        [invite = *card](SyncEngine& engine, Outcome& outcome) {
            if (!engine.enrol(invite)) {
                outcome.failure = engine.failure();
            }
        },
        [this](const Outcome& outcome) {
            setError(outcome.failure);
            refresh();
        });
}

void SyncController::syncNow()
{
    if (busy() || !m_app->store() || !m_app->ownTimeSessionId().isEmpty()) {
        return;
    }
    m_retry.stop();
    setError({});
    startJob([](SyncEngine& engine, Outcome& outcome) { outcome.report = engine.run(); },
             [this](const Outcome& outcome) {
                 m_lastReport = outcome.report;
                 publishOwnTimeNews();
                 m_app->refresh();
                 refresh();
                 if (outcome.report) {
                     scheduleRetry(*outcome.report);
                 }
             });
}

void SyncController::publishOwnTimeNews()
{
    // "What the team did" for each young person's own-time view, sealed to that session's
    // key: they read it with their PIN while the store stays locked.
    Store* store = m_app->store();
    if (!store || !m_app->ownTimeSessionId().isEmpty()) {
        return;
    }
    auto views = OwnTime::viewParticipants(*store);
    if (!views) {
        return;
    }
    SyncRecords records(store->database(), store->clock());
    for (auto it = views->begin(); it != views->end(); ++it) {
        auto actions = records.actionsFor(it.value());
        if (!actions || actions->isEmpty()) {
            continue;
        }
        QList<QJsonObject> sealed;
        for (const auto& a : actions.value()) {
            sealed << QJsonObject{
                {"id", a.id},
                {"seq", a.seq},
                {"youSaid", a.youSaid},
                {"weDid", a.weDid},
                {"feedbackIds", QJsonArray::fromStringList(a.feedbackIds)},
                {"status", a.status},
                {"date", a.date.isValid() ? a.date.toString(Qt::ISODate) : QString()}};
        }
        if (auto st = OwnTime::publishTeamActions(store->dataDir(), it.key(), sealed); !st) {
            qCWarning(lcUi) << "own-time news not written:" << st.error().message;
        }
    }
}

void SyncController::createInvite(int uses, int expiresInHours, const QString& assessor,
                                  const QString& basis)
{
    if (busy() || !m_app->store()) {
        return;
    }
    clearInvite();
    startJob(
        [uses, expiresInHours](SyncEngine& engine, Outcome& outcome) {
            if (auto invite = engine.createInvite(uses, expiresInHours)) {
                outcome.invite = invite.value();
            } else {
                outcome.failure = engine.failure();
            }
        },
        [this, assessor, basis](const Outcome& outcome) {
            m_invite = outcome.invite.value_or(Invite{});
            m_inviteError = outcome.failure;
            // What the young person's device needs besides the code: the hub address and the
            // certificate this device pinned, so it trusts that one from its first contact.
            if (outcome.invite && !assessor.trimmed().isEmpty()) {
                rememberJudgement(outcome.invite->code, assessor.trimmed(), basis.trimmed());
            }
            if (outcome.invite && m_enrolment) {
                m_inviteCard = InviteCard{InviteCard::normaliseHub(m_enrolment->hubUrl),
                                          outcome.invite->code.toUpper().remove(QLatin1Char('-')),
                                          m_enrolment->pinHex.toLower()};
            }
            emit inviteChanged();
            refresh(); // a refused device shows as such on the page too
        });
}

void SyncController::clearInvite()
{
    m_invite = {};
    m_inviteError = {};
    m_inviteCard.reset();
    emit inviteChanged();
}

void SyncController::retryFailed()
{
    Store* store = m_app->store();
    if (!store) {
        return;
    }
    for (const auto& failure : std::as_const(m_failures)) {
        if (auto st = store->outbox().requeue(failure.first); !st) {
            setError({QStringLiteral("store_error"), {st.error().message}});
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

void SyncController::setError(const SyncMessage& message)
{
    if (m_error != message) {
        m_error = message;
        emit changed();
    }
}

QString SyncController::lastReport() const
{
    return m_lastReport ? reportWords(*m_lastReport, waiting()) : QString();
}

QString SyncController::reportWords(const SyncReport& r, int waitingNow)
{
    QStringList lines;
    if (r.sent > 0) {
        lines << tr("Sent this time: %1. Answers the hub confirmed: %2. Withdrawals the hub "
                    "confirmed: %3.",
                    "@info:status sync report")
                     .arg(r.sent)
                     .arg(r.acknowledged)
                     .arg(r.erasuresConfirmed);
    } else if (r.outcome == SyncReport::Outcome::Done && waitingNow == 0) {
        lines << tr("Nothing was waiting to be sent.", "@info:status sync report");
    } else if (r.outcome == SyncReport::Outcome::Done) {
        lines << tr("The last sync had nothing to send; what is waiting now goes with the next "
                    "sync.",
                    "@info:status sync report");
    }
    if (!r.failed.isEmpty()) {
        lines << tr("Not accepted by the hub this time: %1.", "@info:status sync report")
                     .arg(r.failed.size());
    }
    if (!r.problem.isEmpty()) {
        lines << SyncWords::words(r.problem);
    }
    if (r.packsReceived > 0) {
        lines
            << tr("Activity packs received: %1.", "@info:status sync report").arg(r.packsReceived);
    }
    if (r.actionsReceived > 0) {
        lines << tr("\"You said, we did\" updates received: %1.", "@info:status sync report")
                     .arg(r.actionsReceived);
    }
    for (const SyncMessage& note : r.notes) {
        lines << SyncWords::words(note);
    }
    return lines.join(QLatin1Char('\n'));
}
