#include "harness.h"

#include "sync/client/invitecard.h"

#include "support/uistages.h"
#include "support/wedidstage.h"
#include "uicatalogue.h"

#include "support/hubseed.h"
#include "sync/hub/http/hubserver.h"
#include "sync/hub/review/disclosure.h"

#include <QAccessible>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

namespace chorus::test {

namespace {

QString accessibleName(QQuickItem* item)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/** Depth first over visible items, stopping when visit returns true. */
template <typename Visit> bool walkVisible(QQuickItem* item, const Visit& visit)
{
    if (!item || !item->isVisible()) {
        return false;
    }
    if (visit(item)) {
        return true;
    }
    const auto children = item->childItems();
    for (QQuickItem* child : children) {
        if (walkVisible(child, visit)) {
            return true;
        }
    }
    return false;
}

} // namespace

/** The team hub of one test file: SQLite in a temporary folder, served on loopback. */
class TestHub
{
public:
    QTemporaryDir dir;
    QDateTime now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<hub::HubStore> store;
    std::unique_ptr<hub::HubServer> server;
    QString url;
};

Harness::Harness(UiServices& services, QObject* parent) : QObject(parent), m_services(services) {}

Harness::~Harness() = default;

QString Harness::startHub()
{
    if (m_hub) {
        return m_hub->url;
    }
    auto hub = std::make_unique<TestHub>();
    TestHub* h = hub.get();
    QString error;
    auto storeOpened = hub::HubStore::open(
        QStringLiteral("sqlite:%1/hub.sqlite").arg(h->dir.path()), [h] { return h->now; });
    error = storeOpened.error().describe();
    h->store = storeOpened ? std::move(storeOpened).value() : nullptr;
    if (!h->store) {
        qWarning("Harness.startHub: %s", qPrintable(error));
        return {};
    }
    hub::Limits limits;
    limits.ratePerSecond = 10000; // the screens' tests are not rate-limit tests
    limits.rateBurst = 10000;
    h->server = std::make_unique<hub::HubServer>(*h->store, limits);
    const auto port = h->server->listenOn(QHostAddress::LocalHost, 0, std::nullopt, &error);
    if (!port) {
        qWarning("Harness.startHub: %s", qPrintable(error));
        return {};
    }
    h->url = QStringLiteral("http://127.0.0.1:%1").arg(*port);
    m_hub = std::move(hub);
    return m_hub->url;
}

QString Harness::hubInvite(const QString& consultationId)
{
    if (startHub().isEmpty()) {
        return {};
    }
    const auto code = m_hub->store->createCode(consultationId, QStringLiteral("participant"), 1,
                                               3600, QStringLiteral("test"));
    if (!code) {
        return {};
    }
    return chorus::sync::InviteCard{m_hub->url, QString(code.value()).remove(QLatin1Char('-')), {}}
        .typed();
}

QString Harness::addReviewer(const QString& name, const QString& role)
{
    if (startHub().isEmpty()) {
        return {};
    }
    const auto secret = m_hub->store->addReviewer(name, role);
    return secret ? secret.value() : QString();
}

int Harness::seedFeedback(const QString& consultationId, int count, const QVariantMap& options)
{
    if (startHub().isEmpty()) {
        return -1;
    }
    FeedbackSeed seed;
    seed.kind = options.value(QStringLiteral("kind"), seed.kind).toString();
    seed.role = options.value(QStringLiteral("role"), seed.role).toString();
    seed.ageBand = options.value(QStringLiteral("ageBand"), seed.ageBand).toString();
    seed.week = options.value(QStringLiteral("week"), seed.week).toString();
    seed.quotes = options.value(QStringLiteral("quotes"), seed.quotes).toBool();
    return static_cast<int>(chorus::test::seedFeedback(*m_hub->store, consultationId, count, seed));
}

int Harness::seedParticipation(const QString& consultationId, int count)
{
    if (startHub().isEmpty()) {
        return -1;
    }
    return static_cast<int>(chorus::test::seedParticipation(*m_hub->store, consultationId, count));
}

bool Harness::publishExamplePack(const QString& consultationId)
{
    if (startHub().isEmpty()) {
        return false;
    }
    QFile file(QStringLiteral(":/chorus/packs/my-week.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const hub::Limits limits;
    const auto pack = hub::decodePackFile(file.readAll(), limits);
    return pack.ok() && m_hub->store->publishPack(pack.value(), consultationId).ok();
}

QString Harness::enrolDevice(const QString& consultationId)
{
    if (startHub().isEmpty()) {
        return {};
    }
    const auto enrolled = enrolPractitioner(*m_hub->store, consultationId);
    return enrolled ? enrolled->device.id : QString();
}

bool Harness::deviceActive(const QString& deviceId)
{
    if (startHub().isEmpty()) {
        return false;
    }
    const auto list = m_hub->store->devices();
    return list && std::any_of(list->begin(), list->end(), [&](const hub::Device& d) {
               return d.id == deviceId && !d.revoked && !d.expired;
           });
}

int Harness::publishedCount(const QString& where)
{
    if (startHub().isEmpty()) {
        return -1;
    }
    QSqlQuery q(m_hub->store->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(record_key), 0) FROM feedback "
                               "WHERE ") +
                where) ||
        !q.next()) {
        return -1;
    }
    const hub::Cell published =
        hub::publishCell(hub::Cell{{}, q.value(0).toLongLong(), false, q.value(1).toLongLong()},
                         hub::kDefaultThreshold);
    return static_cast<int>(published.count);
}

void Harness::advanceHubClock(int minutes)
{
    if (m_hub) {
        m_hub->now = m_hub->now.addSecs(qint64(minutes) * 60);
    }
}

QString Harness::tempPath(const QString& name)
{
    if (!m_files) {
        m_files = std::make_unique<QTemporaryDir>();
    }
    return m_files->filePath(name);
}

QString Harness::readTextFile(const QString& path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString Harness::passphrase() const
{
    return QString::fromUtf8(kPassphrase);
}

QString Harness::recoveryKey() const
{
    return lastRecoveryKey();
}

bool Harness::prepare(const QString& stage, const QVariantMap& options)
{
    const auto parsed = parseUiStage(stage);
    if (!parsed) {
        qWarning("Harness.prepare: unknown stage %s", qPrintable(stage));
        return false;
    }
    return enterStage(m_services, *parsed, options);
}

void Harness::reset()
{
    AppController& app = m_services.app();
    if (app.quickExitActive()) {
        app.resumeAfterQuickExit();
    }
    if (app.childMode()) {
        app.leaveChildMode(passphrase());
    }
    m_services.session().clear();
}

QQuickItem* Harness::findByName(QQuickItem* root, const QString& name) const
{
    QQuickItem* found = nullptr;
    walkVisible(root, [&](QQuickItem* item) {
        if (accessibleName(item) == name) {
            found = item;
            return true;
        }
        return false;
    });
    return found;
}

QStringList Harness::accessibleNames(QQuickItem* root) const
{
    QStringList names;
    walkVisible(root, [&](QQuickItem* item) {
        const QString name = accessibleName(item);
        if (!name.isEmpty()) {
            names << name;
        }
        return false;
    });
    return names;
}

QVariantMap Harness::activitySample(const QString& type) const
{
    for (const auto& entry : ui::catalogue()) {
        if (entry.activity && entry.sample.value("type").toString() == type) {
            return entry.sample;
        }
    }
    qWarning("Harness.activitySample: no sample of type %s", qPrintable(type));
    return {};
}

QString Harness::clipboardText() const
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    QString text = clipboard->text(QClipboard::Clipboard);
    if (clipboard->supportsSelection()) {
        text += clipboard->text(QClipboard::Selection);
    }
    return text;
}

void Harness::clearClipboard()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection()) {
        clipboard->clear(QClipboard::Selection);
    }
}

QVariantMap Harness::activityFromPack(const QString& activityId)
{
    SessionController& session = m_services.session();
    SessionActivityModel* activities = session.activities();
    for (int i = 0; i < activities->rowCount(); ++i) {
        if (activities->at(i).id == activityId) {
            session.goTo(i);
            return session.current();
        }
    }
    qWarning("Harness.activityFromPack: no activity %s in the session", qPrintable(activityId));
    return {};
}

QStringList Harness::auditEntries(const QString& action) const
{
    Store* store = m_services.app().store();
    if (!store) {
        return {};
    }
    auto q = store->database().prepare(
        "SELECT subject, detail FROM audit_log WHERE action = ? ORDER BY seq");
    if (!q) {
        return {};
    }
    q->bind(1, action);
    QStringList out;
    for (auto row = q->step(); row && row.value(); row = q->step()) {
        out << (q->text(0) + QLatin1Char(' ') + q->text(1)).trimmed();
    }
    return out;
}

bool Harness::deliverWeDid(const QVariantMap& action)
{
    Store* store = m_services.app().store();
    const QString participantId = m_services.session().participantId();
    if (!store || participantId.isEmpty()) {
        qWarning("Harness.deliverWeDid: no open store or no participant");
        return false;
    }
    sync::HubAction a;
    a.youSaid = action.value("youSaid").toString();
    a.weDid = action.value("weDid").toString();
    a.status = action.value("status").toString();
    a.date = QDate::fromString(action.value("date").toString(), Qt::ISODate);
    return chorus::test::deliverWeDid(*store, participantId, a);
}

QString Harness::addHubConsultation(const QString& title, bool closed)
{
    Store* store = m_services.app().store();
    if (!store) {
        qWarning("Harness.addHubConsultation: no open store");
        return {};
    }
    auto listed = store->consultations().list();
    if (!listed || listed->isEmpty()) {
        qWarning("Harness.addHubConsultation: no consultation to copy");
        return {};
    }
    Consultation c = listed->first();
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.title = title;
    c.fromHub = true;
    c.closed = closed;
    auto applied = store->consultations().applyFromHub(c, 1);
    if (!applied || applied.value() != Consultations::FromHub::Added) {
        qWarning("Harness.addHubConsultation: not added");
        return {};
    }
    m_services.app().refresh();
    return c.id;
}

} // namespace chorus::test
