#include "wedidmodel.h"

#include "appcontroller.h"
#include "core/store/store.h"
#include "sync/client/syncrecords.h"
#include "synccontroller.h"

#include <QLocale>

#include <algorithm>

namespace {

/** The locale dates are written in: British English and Welsh as used here, and Arabic. */
QLocale dateLocale(const QString& language)
{
    if (language == QLatin1String("cy")) {
        return QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    }
    if (language == QLatin1String("ar")) {
        return QLocale(QLocale::Arabic);
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

WeDidModel::WeDidModel(QObject* parent)
    : RowListModel({{ActionIdRole, "actionId"},
                    {YouSaidRole, "youSaid"},
                    {WeDidRole, "weDid"},
                    {StatusRole, "status"},
                    {DateTextRole, "dateText"}},
                   WeDidRole, parent)
{}

QVariant WeDidModel::value(int row, int role) const
{
    const Entry& e = m_entries.at(row);
    switch (role) {
    case ActionIdRole:
        return e.actionId;
    case YouSaidRole:
        return e.youSaid;
    case WeDidRole:
        return e.weDid;
    case StatusRole:
        return e.status;
    case DateTextRole:
        return e.date.isValid() ? dateLocale(m_language).toString(e.date, QLocale::LongFormat)
                                : QString();
    default:
        return {};
    }
}

void WeDidModel::setParticipantId(const QString& id)
{
    if (id == m_participantId) {
        return;
    }
    m_participantId = id;
    emit participantIdChanged();
    if (m_complete) {
        reload();
    }
}

void WeDidModel::setLanguage(const QString& language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    emit languageChanged();
    everyRowChanged({DateTextRole});
}

void WeDidModel::componentComplete()
{
    m_complete = true;
    if (auto* engine = qmlEngine(this)) {
        const int appType = qmlTypeId("Chorus", 1, 0, "App");
        if (auto* app = engine->singletonInstance<AppController*>(appType)) {
            // Locking drops every decrypted model (UI-1): reading again while locked empties it.
            connect(app, &AppController::stageChanged, this, &WeDidModel::reload);
        }
        // A sync may have stored new actions while the page is open: read this
        // participant's again (reload never shows anyone else's).
        const int syncType = qmlTypeId("Chorus", 1, 0, "Sync");
        if (auto* sync = engine->singletonInstance<SyncController*>(syncType)) {
            connect(sync, &SyncController::jobFinished, this, &WeDidModel::reload);
        }
    }
    reload();
}

chorus::Store* WeDidModel::appStore() const
{
    auto* engine = qmlEngine(this);
    if (!engine) {
        return nullptr;
    }
    auto* app = engine->singletonInstance<AppController*>(qmlTypeId("Chorus", 1, 0, "App"));
    return app ? app->store() : nullptr;
}

void WeDidModel::reload()
{
    chorus::Store* store = appStore();
    if (!store || m_participantId.isEmpty()) {
        setError({});
        setEntries({});
        return;
    }
    load(*store, m_participantId);
}

void WeDidModel::load(chorus::Store& store, const QString& participantId)
{
    chorus::sync::SyncRecords records(store.database(), store.clock());
    auto actions = records.actionsFor(participantId);
    if (!actions) {
        setError(
            tr("What the team did could not be read. Please try again later.", "@info:status"));
        setEntries({});
        return;
    }
    QList<Entry> entries;
    entries.reserve(actions->size());
    for (const auto& a : actions.value()) {
        entries << Entry{a.id, a.youSaid, a.weDid, a.status, a.date};
    }
    setError({});
    setEntries(std::move(entries));
}

QVariantList WeDidModel::news() const
{
    chorus::Store* store = appStore();
    if (!store) {
        return {};
    }
    auto counts = chorus::sync::SyncRecords(store->database(), store->clock()).actionCounts();
    if (!counts) {
        return {};
    }
    QList<QVariantMap> rows;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        auto participant = store->consultations().participant(it.key());
        if (!participant) {
            continue; // erased since: nothing to hand over
        }
        auto consultation = store->consultations().get(participant->consultationId);
        rows << QVariantMap{{"participantId", it.key()},
                            {"codeName", participant->codeName},
                            {"consultation", consultation ? consultation->title : QString()},
                            {"count", it.value()}};
    }
    std::sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value("codeName").toString().localeAwareCompare(b.value("codeName").toString()) <
               0;
    });
    QVariantList out;
    for (const auto& r : rows) {
        out << r;
    }
    return out;
}

QStringList WeDidModel::actionIds() const
{
    QStringList out;
    for (const auto& e : m_entries) {
        out << e.actionId;
    }
    return out;
}

void WeDidModel::setError(const QString& message)
{
    if (message != m_error) {
        m_error = message;
        emit errorMessageChanged();
    }
}
