// SessionController, how the session went (issue 19): no words, only times, outcomes,
// ratings and adaptations, timed per activity and kept as a participation record.
#include "sessioncontroller.h"

#include "appcontroller.h"
#include "qml/controls/preferences.h"
#include "sessionactivitymodel.h"
#include "uilogging.h"

#include "core/store/owntime.h"
#include "core/store/storeutil.h"

#include <QKeyEvent>

using namespace chorus;

void SessionController::startTracking()
{
    Store* store = m_app->store();
    m_tracking = false;
    m_trackedIndex = -1;
    m_ratings.clear();
    // Without the "share" scope nothing about the session is kept at all. Own time on a
    // tablet is tracked in the young person's view only (their session's own database), and
    // reaches the store sealed with their answers (a look back after sending is not timed).
    if (!store || (m_scopes & ShareAnonymised) == 0u ||
        (m_mode == SessionMode::OwnTime && (!inOwnTimeView() || m_submitted))) {
        return;
    }
    auto kept = inOwnTimeView() ? OwnTime::keptParticipation(*store)
                                : store->sharing().participation(m_participant.id);
    ParticipationRecord base;
    if (kept && kept->has_value()) {
        base = kept->value(); // resumed: go on from what was counted before the pause
    } else {
        base.consultationId = m_consultation.id;
        base.packId = m_consultation.packId;
        base.packVersion = m_consultation.packVersion;
        base.ageBand = m_participant.ageBand;
        base.role = m_participant.role;
        // A young person's own device: the time is theirs, whatever the session is called.
        base.mode = m_app->youngPersonDevice() ? SessionMode::OwnTime : m_mode;
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

bool SessionController::inOwnTimeView() const
{
    return m_mode == SessionMode::OwnTime && !m_session.id.isEmpty() &&
           m_app->ownTimeSessionId() == m_session.id;
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
    const ParticipationRecord record = m_tracker.record(m_session.startedAt, now);
    if (auto st = inOwnTimeView()
                      ? OwnTime::keepParticipation(*store, record)
                      : store->sharing().saveParticipation(m_participant.id, record, m_scopes);
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
