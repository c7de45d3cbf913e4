#include "teamcontroller.h"

#include "answerwords.h"
#include "feedbackmodel.h"
#include "reviewerrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace chorus::team {

using chorus::sync::ReviewReply;

namespace {

QString breakdownLabel(const QString& dimension, const QString& value)
{
    if (dimension == QLatin1String("byRole")) {
        return TeamController::roleName(value);
    }
    return dimension == QLatin1String("byAgeBand") ? TeamController::ageBandName(value) : value;
}

/** A breakdown as rows for the page: label, count in words, suppressed. */
QVariantMap breakdown(const QString& dimension, const QJsonObject& b)
{
    QVariantList rows;
    for (const QJsonValue& v : b.value(QLatin1String("cells")).toArray()) {
        const QJsonObject cell = v.toObject();
        rows << QVariantMap{
            {"label", breakdownLabel(dimension, cell.value(QLatin1String("value")).toString())},
            {"text", TeamController::cellText(cell)},
            {"count", cell.value(QLatin1String("count")).toInt()},
            {"suppressed", cell.value(QLatin1String("suppressed")).toBool()}};
    }
    const QJsonObject total{{"count", b.value(QLatin1String("total"))},
                            {"suppressed", b.value(QLatin1String("totalSuppressed"))}};
    return {{"total", TeamController::cellText(total)}, {"rows", rows}};
}

} // namespace

ConsultationsModel::ConsultationsModel(QObject* parent)
    : RowListModel({{IdRole, "consultationId"},
                    {NameRole, "consultationName"},
                    {RecordsTextRole, "recordsText"},
                    {ActiveRole, "active"},
                    {PacksTextRole, "packsText"}},
                   IdRole, parent)
{}

QVariant ConsultationsModel::value(int row, int role) const
{
    const Row& r = m_rows.at(row);
    switch (role) {
    case IdRole:
        return r.id;
    case NameRole:
        return r.name;
    case RecordsTextRole:
        return r.recordsText;
    case ActiveRole:
        return r.active;
    case PacksTextRole:
        return r.packsText;
    default:
        return {};
    }
}

void ConsultationsModel::reset(const QJsonObject& answer)
{
    QList<Row> fresh;
    for (const QJsonValue& v : answer.value(QLatin1String("consultations")).toArray()) {
        const QJsonObject c = v.toObject();
        QStringList packs;
        for (const QJsonValue& p : c.value(QLatin1String("packs")).toArray()) {
            packs << QStringLiteral("%1 (%2)")
                         .arg(p[QLatin1String("id")].toString())
                         .arg(p[QLatin1String("version")].toInt());
        }
        const QJsonObject records{{"count", c.value(QLatin1String("records"))},
                                  {"suppressed", c.value(QLatin1String("recordsSuppressed"))}};
        // Reviewers read a consultation's title (published, or as the tablet that made it
        // sent it); only a hub that has none shows the id.
        const QString id = c.value(QLatin1String("id")).toString();
        const QString title = c.value(QLatin1String("title")).toString().trimmed();
        fresh << Row{id, title.isEmpty() ? id : title, TeamController::cellText(records),
                     c.value(QLatin1String("active")).toBool(), packs.join(QStringLiteral(", "))};
    }
    replaceRows(m_rows, std::move(fresh));
}

QStringList ConsultationsModel::ids() const
{
    QStringList out;
    for (const Row& r : m_rows) {
        out << r.id;
    }
    return out;
}

TeamController::TeamController(QObject* parent) : QObject(parent)
{
    // One per QML engine (the engine makes it); the Team pages hand it to their models and
    // items (their `team` property), so that nothing reaches it through a global.
    connect(&m_client, &chorus::sync::ReviewClient::sessionExpired, this, [this] {
        forgetSession();
        setNotice(ReviewErrors::words(QStringLiteral("session_expired")));
    });
}

TeamController::~TeamController() = default;

void TeamController::setHubUrl(const QString& url)
{
    if (url.trimmed() == m_hubUrl) {
        return;
    }
    m_hubUrl = url.trimmed();
    emit hubUrlChanged();
}

void TeamController::setCaFile(const QString& path)
{
    if (path == m_caFile) {
        return;
    }
    m_caFile = path;
    emit hubUrlChanged();
}

void TeamController::setCurrentConsultation(const QString& id)
{
    if (id == m_currentConsultation) {
        return;
    }
    m_currentConsultation = id;
    m_overview.clear();
    m_words.clear();
    emit currentConsultationChanged();
    emit overviewChanged();
    loadOverview();
}

bool TeamController::applyHub()
{
    QUrl url = QUrl::fromUserInput(m_hubUrl);
    if (m_hubUrl.isEmpty() || !url.isValid()) {
        setError(ReviewErrors::words(QStringLiteral("bad_address")));
        return false;
    }
    // fromUserInput guesses http for a bare host name: the team's hub is always https.
    if (!m_hubUrl.contains(QLatin1String("://"))) {
        url.setScheme(QStringLiteral("https"));
    }
    m_client.setHub(url, m_caFile);
    return true;
}

void TeamController::signIn(const QString& name, const QString& passphrase)
{
    clearMessages();
    if (name.trimmed().isEmpty() || passphrase.isEmpty()) {
        setError(tr("Type your name and your passphrase.", "@info:status"));
        return;
    }
    requestSession({{"name", name.trimmed()}, {"passphrase", passphrase}});
}

void TeamController::firstSignIn(const QString& name, const QString& secret,
                                 const QString& passphrase, const QString& confirmation)
{
    clearMessages();
    if (name.trimmed().isEmpty() || secret.trimmed().isEmpty()) {
        setError(tr("Type your name and the one-time code you were given.", "@info:status"));
        return;
    }
    if (passphrase.size() < 12) {
        setError(
            ReviewErrors::words(QStringLiteral("invalid_value"), QStringLiteral("passphrase")));
        return;
    }
    if (passphrase != confirmation) {
        setError(tr("The two passphrases are not the same. Type them again.", "@info:status"));
        return;
    }
    requestSession(
        {{"name", name.trimmed()}, {"secret", secret.trimmed()}, {"passphrase", passphrase}});
}

void TeamController::requestSession(const QJsonObject& body)
{
    if (!applyHub()) {
        return;
    }
    const bool wasSignedIn = signedIn();
    setBusy(true);
    const int generation = ++m_generation;
    m_client.post(QStringLiteral("/v1/review/session"), body,
                  [this, generation](const ReviewReply& r) {
                      if (generation != m_generation) {
                          return;
                      }
                      setBusy(false);
                      const QString token = r.body.value(QLatin1String("session")).toString();
                      if (r.status != 201 || token.isEmpty()) {
                          setError(describe(r));
                          return;
                      }
                      m_client.setSession(token);
                      m_role = r.body.value(QLatin1String("role")).toString();
                      emit signedInChanged();
                      refreshConsultations();
                  });
    if (wasSignedIn) {
        emit signedInChanged(); // setHub dropped the old session
    }
}

void TeamController::signOut()
{
    if (m_client.hasSession()) {
        // The hub ends the session; this side forgets it now whatever the answer.
        m_client.del(QStringLiteral("/v1/review/session"), {});
    }
    forgetSession();
    clearMessages();
}

void TeamController::forgetSession()
{
    ++m_generation;
    m_client.setSession({});
    m_role.clear();
    m_consultations.reset({});
    m_devices.clear();
    emit devicesChanged();
    m_currentConsultation.clear();
    m_overview.clear();
    m_words.clear();
    setBusy(false);
    emit currentConsultationChanged();
    emit overviewChanged();
    emit signedInChanged();
}

void TeamController::refreshConsultations()
{
    if (!signedIn()) {
        return;
    }
    setBusy(true);
    const int generation = m_generation;
    m_client.get(QStringLiteral("/v1/review/consultations"),
                 [this, generation](const ReviewReply& r) {
                     if (generation != m_generation) {
                         return;
                     }
                     setBusy(false);
                     if (!r.ok()) {
                         setError(describe(r));
                         return;
                     }
                     m_consultations.reset(r.body);
                     const QStringList ids = m_consultations.ids();
                     if (!ids.contains(m_currentConsultation)) {
                         setCurrentConsultation(ids.value(0));
                     }
                 });
}

namespace {

/** One device of GET /v1/review/devices as the Devices page shows it. */
QVariantMap deviceRow(const QJsonObject& d)
{
    const QString id = d.value(QLatin1String("id")).toString();
    const QString status = d.value(QLatin1String("status")).toString();
    const QDateTime lastUsed =
        QDateTime::fromString(d.value(QLatin1String("lastUsedAt")).toString(), Qt::ISODate);
    const QString when = QLocale().toString(lastUsed.toLocalTime().date(), QLocale::LongFormat);
    QString statusText;
    if (status == QLatin1String("revoked")) {
        statusText = TeamController::tr("Revoked: it can no longer sync", "@info:status");
    } else if (status == QLatin1String("expired")) {
        statusText = TeamController::tr("Expired: not in touch for %1 days", "@info:status")
                         .arg(d.value(QLatin1String("lifetimeDays")).toInt());
    } else {
        statusText = TeamController::tr("Active", "@info:status");
    }
    return {{"deviceId", id},
            // The first block of its id: enough to tell the team's devices apart.
            {"name", TeamController::tr("Device %1", "@label").arg(id.left(8))},
            {"consultationId", d.value(QLatin1String("consultationId")).toString()},
            {"roleText", d.value(QLatin1String("role")).toString() == QLatin1String("participant")
                             ? TeamController::tr("A young person's own device", "@label")
                             : TeamController::tr("A practitioner's device", "@label")},
            {"lastUsedText", TeamController::tr("Last in touch: %1", "@label").arg(when)},
            {"statusText", statusText},
            {"status", status},
            {"canRevoke", status != QLatin1String("revoked")}};
}

} // namespace

void TeamController::refreshDevices()
{
    if (!signedIn()) {
        return;
    }
    setBusy(true);
    const int generation = m_generation;
    m_client.get(QStringLiteral("/v1/review/devices"), [this, generation](const ReviewReply& r) {
        if (generation != m_generation) {
            return;
        }
        setBusy(false);
        if (!r.ok()) {
            setError(describe(r));
            return;
        }
        const int lifetime = r.body.value(QLatin1String("tokenLifetimeDays")).toInt();
        m_devices.clear();
        for (const QJsonValue& v : r.body.value(QLatin1String("devices")).toArray()) {
            QJsonObject d = v.toObject();
            d.insert(QStringLiteral("lifetimeDays"), lifetime);
            m_devices << deviceRow(d);
        }
        emit devicesChanged();
    });
}

void TeamController::revokeDevice(const QString& deviceId)
{
    if (!signedIn()) {
        return;
    }
    setBusy(true);
    const int generation = m_generation;
    m_client.post(QStringLiteral("/v1/review/devices/%1/revoke")
                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(deviceId))),
                  {}, [this, generation, deviceId](const ReviewReply& r) {
                      if (generation != m_generation) {
                          return;
                      }
                      setBusy(false);
                      if (!r.ok()) {
                          setError(describe(r));
                          return;
                      }
                      setNotice(
                          tr("Device %1 is revoked. It can no longer sync; what it had sent stays "
                             "on the hub.",
                             "@info:status")
                              .arg(deviceId.left(8)));
                      refreshDevices();
                  });
}

void TeamController::loadOverview()
{
    if (!signedIn() || m_currentConsultation.isEmpty()) {
        return;
    }
    const int generation = m_generation;
    const QString id = m_currentConsultation;
    m_client.get(
        QStringLiteral("/v1/review/consultations/%1")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
        [this, generation, id](const ReviewReply& r) {
            if (generation != m_generation || id != m_currentConsultation) {
                return;
            }
            if (!r.ok()) {
                setError(describe(r));
                return;
            }
            m_threshold = r.body.value(QLatin1String("smallNumberThreshold")).toInt(8);
            const QJsonObject voices = r.body.value(QLatin1String("voices")).toObject();
            const QJsonArray hubActivities = r.body.value(QLatin1String("activities")).toArray();
            m_words.reset(hubActivities);
            QVariantList activities;
            for (const QJsonValue& v : hubActivities) {
                const QJsonObject a = v.toObject();
                const QString activityId = a.value(QLatin1String("activityId")).toString();
                activities << QVariantMap{
                    {"activityId", activityId},
                    {"title", m_words.activityName(activityId)},
                    {"feelingsScale", m_words.isFeelingsScale(activityId)},
                    {"promptId", a.value(QLatin1String("promptId")).toString()},
                    {"kind", a.value(QLatin1String("kind")).toString()},
                    // Suppressed counts arrive as null (issue 18): "hidden to protect small
                    // groups".
                    {"recordsText",
                     cellText(QJsonObject{
                         {"count", a.value(QLatin1String("records"))},
                         {"suppressed", a.value(QLatin1String("recordsSuppressed"))}})}};
            }
            m_overview = {
                {"byRole", breakdown("byRole", voices.value(QLatin1String("byRole")).toObject())},
                {"byAgeBand",
                 breakdown("byAgeBand", voices.value(QLatin1String("byAgeBand")).toObject())},
                {"byWeek", breakdown("byWeek", voices.value(QLatin1String("byWeek")).toObject())},
                {"activities", activities}};
            emit overviewChanged();
        });
}

void TeamController::clearMessages()
{
    setError({});
    setNotice({});
}

QString TeamController::kindName(const QString& kind) const
{
    return FeedbackModel::kindName(kind);
}

QString TeamController::partName(const QString& partId) const
{
    return AnswerWords::part(partId);
}

void TeamController::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void TeamController::setError(const QString& message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        emit errorMessageChanged();
    }
}

void TeamController::setNotice(const QString& message)
{
    if (message != m_noticeMessage) {
        m_noticeMessage = message;
        emit noticeMessageChanged();
    }
}

QString TeamController::describe(const ReviewReply& r)
{
    // A failing hub without a code of its own reads as an answer Chorus does not understand.
    if (!ReviewErrors::parse(r.code) && r.status >= 500) {
        return ReviewErrors::words(QStringLiteral("bad_reply"));
    }
    return ReviewErrors::words(r.code, r.field);
}

QString TeamController::errorWords(const QString& code, const QString& field) const
{
    return ReviewErrors::words(code, field);
}

QString TeamController::hiddenWords()
{
    // One wording for every hidden count or field: it may be small, a large one hidden with
    // a small one, or a zero, and the words must not say which (issue 18).
    return tr("hidden to protect small groups",
              "@info a hidden count: small, hidden with a small one, or a zero");
}

QString TeamController::cellText(const QJsonObject& cell)
{
    if (cell.value(QLatin1String("suppressed")).toBool() ||
        cell.value(QLatin1String("count")).isNull()) {
        return hiddenWords();
    }
    return QString::number(cell.value(QLatin1String("count")).toInt());
}

QString TeamController::roleName(const QString& role)
{
    if (role.isEmpty()) {
        return hiddenWords();
    }
    if (role == QLatin1String("child")) {
        return tr("Child", "@item role of the person heard");
    }
    if (role == QLatin1String("young-person")) {
        return tr("Young person", "@item role of the person heard");
    }
    if (role == QLatin1String("parent")) {
        return tr("Parent", "@item role of the person heard");
    }
    if (role == QLatin1String("carer")) {
        return tr("Carer", "@item role of the person heard");
    }
    return role;
}

QString TeamController::ageBandName(const QString& band)
{
    if (band.isEmpty()) {
        return hiddenWords();
    }
    if (band == QLatin1String("under-5")) {
        return tr("Under 5", "@item age band");
    }
    if (band == QLatin1String("adult")) {
        return tr("Adult", "@item age band");
    }
    const QStringList range = band.split(QLatin1Char('-'));
    if (range.size() == 2) {
        return tr("%1 to %2 years", "@item age band, e.g. 8 to 11 years")
            .arg(QLocale().toString(range[0].toInt()), QLocale().toString(range[1].toInt()));
    }
    return band;
}

} // namespace chorus::team
