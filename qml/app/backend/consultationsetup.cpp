#include "consultationsetup.h"

#include "appcontroller.h"
#include "packactivitymodel.h"
#include "qml/controls/preferences.h"
#include "usererrors.h"

#include <QFile>
#include <QLocale>

namespace {
ConsultationSetup* s_instance = nullptr;
}

namespace {
QString shortDate(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat);
}
} // namespace

ConsultationSetup::ConsultationSetup(AppController* app, Preferences* preferences, QObject* parent)
    : QObject(parent), m_app(app), m_preferences(preferences),
      m_activities(new PackActivityModel(this))
{
    connect(m_preferences, &Preferences::languageChanged, this, [this] {
        m_activities->setLanguage(m_preferences->language());
        emit packChanged();
    });
    connect(m_app, &AppController::storeClosing, this, &ConsultationSetup::reset);
    connect(m_app, &AppController::retentionPurged, this, &ConsultationSetup::participantsChanged);
}

ConsultationSetup::~ConsultationSetup()
{
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

ConsultationSetup* ConsultationSetup::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ConsultationSetup::setInstance(ConsultationSetup* instance)
{
    s_instance = instance;
}

QString ConsultationSetup::packTitle() const
{
    return m_pack ? m_pack->title.in(m_preferences->language(), m_pack->defaultLanguage)
                  : QString();
}

void ConsultationSetup::loadBuiltInPack()
{
    QFile file(QStringLiteral(":/chorus/packs/my-week.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        setError(tr("The example pack is missing from this build.", "@info:status"));
        return;
    }
    loadPackJson(file.readAll());
}

void ConsultationSetup::importPackFile(const QUrl& url)
{
    QFile file(url.isLocalFile() ? url.toLocalFile() : url.toString());
    if (!file.open(QIODevice::ReadOnly)) {
        setError(tr("Cannot open that file.", "@info:status"));
        return;
    }
    if (file.size() > kMaxPackBytes) {
        setError(tr("That file is too big to be an activity pack.", "@info:status"));
        return;
    }
    loadPackJson(file.readAll());
}

bool ConsultationSetup::loadPackJson(const QByteArray& json)
{
    auto parsed = chorus::ActivityPack::fromJson(json);
    if (!parsed) {
        // The validator names the JSON path and what is wrong there; keep its words.
        setError(tr("This activity pack cannot be used: %1", "@info:status")
                     .arg(parsed.error().message));
        return false;
    }
    m_pack = parsed.value();
    m_packJson = json;
    m_activities->setPack(m_pack->activities, m_preferences->language(), m_pack->defaultLanguage);
    setError({});
    emit packChanged();
    return true;
}

QString ConsultationSetup::createConsultation(const QString& title, const QString& purpose,
                                              int retentionDays)
{
    chorus::Store* store = m_app->store();
    if (!store) {
        setError(tr("Chorus is locked.", "@info:status"));
        return {};
    }
    if (!m_pack) {
        setError(tr("Choose an activity pack first.", "@info:status"));
        return {};
    }
    if (title.trimmed().isEmpty()) {
        setError(tr("Give the consultation a title.", "@info:status"));
        return {};
    }
    if (purpose.trimmed().isEmpty()) {
        setError(tr("Say in a few simple words what the consultation is for.", "@info:status"));
        return {};
    }
    if (m_activities->includedCount() == 0) {
        setError(tr("Choose at least one activity.", "@info:status"));
        return {};
    }
    if (retentionDays < kMinRetentionDays || retentionDays > kMaxRetentionDays) {
        setError(tr("Keep answers for between %1 and %2 days.", "@info:status")
                     .arg(kMinRetentionDays)
                     .arg(kMaxRetentionDays));
        return {};
    }
    if (auto imported = store->consultations().importPack(m_packJson); !imported) {
        setError(UserErrors::describe(imported.error()));
        return {};
    }
    chorus::Consultation c;
    c.title = title.trimmed();
    c.purpose = purpose.trimmed();
    c.retentionDays = retentionDays;
    c.packId = m_pack->id;
    c.packVersion = m_pack->version;
    c.activityIds = m_activities->includedIds();
    auto made = store->consultations().create(c);
    if (!made) {
        setError(UserErrors::describe(made.error()));
        return {};
    }
    m_app->refresh();
    reset();
    return made->id;
}

bool ConsultationSetup::updateConsultation(const QString& id, const QString& title,
                                           const QString& purpose, int retentionDays)
{
    chorus::Store* store = m_app->store();
    if (!store) {
        setError(tr("Chorus is locked.", "@info:status"));
        return false;
    }
    if (title.trimmed().isEmpty()) {
        setError(tr("Give the consultation a title.", "@info:status"));
        return false;
    }
    if (purpose.trimmed().isEmpty()) {
        setError(tr("Say in a few simple words what the consultation is for.", "@info:status"));
        return false;
    }
    if (retentionDays < kMinRetentionDays || retentionDays > kMaxRetentionDays) {
        setError(tr("Keep answers for between %1 and %2 days.", "@info:status")
                     .arg(kMinRetentionDays)
                     .arg(kMaxRetentionDays));
        return false;
    }
    if (auto st =
            store->consultations().update(id, title.trimmed(), purpose.trimmed(), retentionDays);
        !st) {
        setError(UserErrors::describe(st.error()));
        return false;
    }
    setError({});
    m_app->refresh();
    emit participantsChanged();
    return true;
}

bool ConsultationSetup::deleteConsultation(const QString& id)
{
    chorus::Store* store = m_app->store();
    if (!store) {
        setError(tr("Chorus is locked.", "@info:status"));
        return false;
    }
    const auto people = store->consultations().participants(id);
    if (people && !people->isEmpty()) {
        setError(tr("%1 people still take part in this consultation. Withdraw each of them "
                    "first: that erases their answers here and on the hub.",
                    "@info:status")
                     .arg(people->size()));
        return false;
    }
    if (auto st = store->consultations().remove(id); !st) {
        setError(UserErrors::describe(st.error()));
        return false;
    }
    setError({});
    m_app->refresh();
    emit participantsChanged();
    return true;
}

QVariantList ConsultationSetup::participants(const QString& consultationId) const
{
    QVariantList out;
    chorus::Store* store = m_app->store();
    if (!store) {
        return out;
    }
    const auto people = store->consultations().participants(consultationId);
    if (!people) {
        return out;
    }
    for (const chorus::Participant& p : people.value()) {
        out << QVariantMap{{QStringLiteral("participantId"), p.id},
                           {QStringLiteral("codeName"), p.codeName},
                           {QStringLiteral("keptUntil"), shortDate(p.retainUntil)}};
    }
    return out;
}

QStringList ConsultationSetup::retentionDue(const QString& consultationId, int days) const
{
    QStringList out;
    chorus::Store* store = m_app->store();
    if (!store) {
        return out;
    }
    auto due = store->erasure().dueUntil(store->clock().now().addDays(days));
    if (!due) {
        return out;
    }
    using Kind = chorus::Erasure::Due::Kind;
    for (const auto& d : due.value()) {
        if (d.kind != Kind::Actions && d.consultationId != consultationId) {
            continue;
        }
        const QString when = shortDate(d.when);
        switch (d.kind) {
        case Kind::Participant:
            out << tr("%1: %2 and their answers (%3)", "@info retention: date, code name, count")
                       .arg(when, d.subject)
                       .arg(d.count);
            break;
        case Kind::Answers:
            out << tr("%1: answers of %2 (%3)", "@info retention: date, code name, count")
                       .arg(when, d.subject)
                       .arg(d.count);
            break;
        case Kind::Names:
            out << tr("%1: names to hide in this consultation", "@info retention: date").arg(when);
            break;
        case Kind::Actions:
            out << tr("%1: what the team did, as sent by the hub (%2)",
                      "@info retention: date, count")
                       .arg(when)
                       .arg(d.count);
            break;
        case Kind::Consultation:
            out << tr("%1: this consultation, if nobody takes part by then",
                      "@info retention: date")
                       .arg(when);
            break;
        }
    }
    return out;
}

QVariantMap ConsultationSetup::erasureStatus() const
{
    chorus::Store* store = m_app->store();
    if (!store) {
        return {};
    }
    auto& db = store->database();
    const auto waiting = db.queryText("SELECT count(*) FROM outbox WHERE kind = 'erasure'");
    const auto confirmed = db.queryText("SELECT count(*) FROM hub_erasure_confirmations");
    return QVariantMap{{QStringLiteral("waiting"), waiting ? waiting->toInt() : 0},
                       {QStringLiteral("confirmed"), confirmed ? confirmed->toInt() : 0}};
}

bool ConsultationSetup::withdraw(const QString& participantId)
{
    chorus::Store* store = m_app->store();
    if (!store) {
        setError(tr("Chorus is locked.", "@info:status"));
        return false;
    }
    auto done = store->erasure().withdraw(participantId);
    if (!done) {
        setError(UserErrors::describe(done.error()));
        return false;
    }
    setError(done->held ? tr("A safeguarding hold keeps this participant's answers for now; "
                             "they are no longer used and are erased when the hold ends.",
                             "@info:status")
                        : QString());
    m_app->refresh();
    emit participantsChanged();
    return true;
}

void ConsultationSetup::reset()
{
    const bool had = m_pack.has_value();
    m_pack.reset();
    m_packJson.clear();
    m_activities->clear();
    setError({});
    if (had) {
        emit packChanged();
    }
}

void ConsultationSetup::setError(const QString& message)
{
    if (message != m_error) {
        m_error = message;
        emit errorMessageChanged();
    }
}
