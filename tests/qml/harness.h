#pragma once

#include <QObject>
#include <QQuickItem>
#include <QStringList>
#include <QVariantMap>

class UiServices;

namespace chorus::test {

/**
 * `Harness` in `import Chorus.Testing`: lets a Qt Quick Test put the real services in a
 * state (see support/uistages.h) and find items the way assistive technology does, by
 * their accessible name.
 */
class Harness : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString passphrase READ passphrase CONSTANT)

public:
    explicit Harness(UiServices& services, QObject* parent = nullptr);

    [[nodiscard]] QString passphrase() const;

    /** stage: firstRun, locked, home, consent, session or review; false if not reached. */
    Q_INVOKABLE bool prepare(const QString& stage, const QVariantMap& options = {});
    /** Ends any session and child mode; the store stays (one store per test file). */
    Q_INVOKABLE void reset();
    /** The first visible item under root, depth first, whose accessible name is name. */
    Q_INVOKABLE QQuickItem* findByName(QQuickItem* root, const QString& name) const;
    /** The accessible names of the visible items under root, for failure messages. */
    Q_INVOKABLE QStringList accessibleNames(QQuickItem* root) const;
    /** The UI catalogue's sample `activity` for a pack type ("card-sort", ...). */
    Q_INVOKABLE QVariantMap activitySample(const QString& type) const;
    /** The session's `current` map for an activity of the running session's pack. */
    Q_INVOKABLE QVariantMap activityFromPack(const QString& activityId);
    /** As if the hub had acknowledged the current participant's share records and then
     *  published a "you said, we did" action answering them: action {youSaid, weDid, status,
     *  date ("YYYY-MM-DD")} goes into the store as a sync would put it. False if it cannot. */
    Q_INVOKABLE bool deliverWeDid(const QVariantMap& action);

private:
    UiServices& m_services;
};

} // namespace chorus::test
