#include "harness.h"

#include "support/uistages.h"
#include "support/wedidstage.h"
#include "uicatalogue.h"

#include <QAccessible>

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

QString Harness::passphrase() const
{
    return QString::fromUtf8(kPassphrase);
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

} // namespace chorus::test
