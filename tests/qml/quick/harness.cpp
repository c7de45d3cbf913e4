#include "harness.h"

#include "sync/client/invitecard.h"

#include "support/uistages.h"
#include "support/wedidstage.h"
#include "uicatalogue.h"

#include "support/hubchild.h"

#include <QAccessible>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
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

Harness::Harness(UiServices& services, QObject* parent) : QObject(parent), m_services(services) {}

Harness::~Harness() = default;

QString Harness::startHub()
{
    if (m_hub) {
        return m_hub->url();
    }
    auto hub = std::make_unique<ChildHub>();
    if (!hub->start()) {
        qWarning("Harness.startHub: %s", qPrintable(hub->error()));
        return {};
    }
    m_hub = std::move(hub);
    return m_hub->url();
}

QString Harness::hubInvite(const QString& consultationId)
{
    if (startHub().isEmpty()) {
        return {};
    }
    const QString code = m_hub->inviteCode(consultationId);
    if (code.isEmpty()) {
        qWarning("Harness.hubInvite: %s", qPrintable(m_hub->error()));
        return {};
    }
    return chorus::sync::InviteCard{m_hub->url(), QString(code).remove(QLatin1Char('-')), {}}
        .typed();
}

QString Harness::addReviewer(const QString& name, const QString& role)
{
    if (startHub().isEmpty()) {
        return {};
    }
    return m_hub->addReviewer(name, role);
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
    const qint64 stored = m_hub->seedFeedback(consultationId, count, seed);
    if (stored < 0) {
        qWarning("Harness.seedFeedback: %s", qPrintable(m_hub->error()));
    }
    return static_cast<int>(stored);
}

int Harness::seedParticipation(const QString& consultationId, int count)
{
    if (startHub().isEmpty()) {
        return -1;
    }
    const qint64 stored = m_hub->seedParticipation(consultationId, count);
    if (stored < 0) {
        qWarning("Harness.seedParticipation: %s", qPrintable(m_hub->error()));
    }
    return static_cast<int>(stored);
}

bool Harness::publishExamplePack(const QString& consultationId)
{
    return !startHub().isEmpty() && m_hub->publishExamplePack(consultationId);
}

QString Harness::enrolDevice(const QString& consultationId)
{
    if (startHub().isEmpty()) {
        return {};
    }
    const EnrolledDevice device = m_hub->enrol(consultationId);
    if (!device.id.isEmpty()) {
        m_deviceTokens.insert(device.id, device.token);
    }
    return device.id;
}

bool Harness::deviceActive(const QString& deviceId)
{
    if (startHub().isEmpty() || !m_deviceTokens.contains(deviceId)) {
        return false;
    }
    return m_hub->accepts({deviceId, m_deviceTokens.value(deviceId)});
}

int Harness::publishedCount(const QString& where)
{
    if (startHub().isEmpty()) {
        return -1;
    }
    const qint64 count = m_hub->publishedCount(where);
    if (count < 0) {
        qWarning("Harness.publishedCount: %s", qPrintable(m_hub->error()));
    }
    return static_cast<int>(count);
}

bool Harness::ageHubSessions(int minutes)
{
    return m_hub && m_hub->ageReviewSessions(minutes);
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
