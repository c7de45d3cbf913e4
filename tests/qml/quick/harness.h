#pragma once

#include <QHash>
#include <QObject>
#include <QQuickItem>
#include <QStringList>
#include <QVariantMap>

#include <memory>

class QTemporaryDir;
class UiServices;

namespace chorus::test {

class ChildHub;

/**
 * `Harness` in `import Chorus.Testing`: lets a Qt Quick Test put the real services in a
 * state (see support/uistages.h) and find items the way assistive technology does, by
 * their accessible name.
 */
class Harness : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString passphrase READ passphrase CONSTANT)
    /** The recovery key of the store prepare() set up (empty before it did). */
    Q_PROPERTY(QString recoveryKey READ recoveryKey)

public:
    explicit Harness(UiServices& services, QObject* parent = nullptr);
    ~Harness() override;

    [[nodiscard]] QString passphrase() const;
    [[nodiscard]] QString recoveryKey() const;

    /** stage: firstRun, locked, home, consent, session or review; false if not reached. */
    Q_INVOKABLE bool prepare(const QString& stage, const QVariantMap& options = {});
    /** Ends any session and child mode; the store stays (one store per test file). */
    Q_INVOKABLE void reset();
    /** The first visible item under root, depth first, whose accessible name is name. */
    Q_INVOKABLE QQuickItem* findByName(QQuickItem* root, const QString& name) const;
    /** The accessible names of the visible items under root, for failure messages. */
    Q_INVOKABLE QStringList accessibleNames(QQuickItem* root) const;
    /** The clipboard's text (and, where the platform has one, the mouse selection's), to
     *  show that nothing a child typed reaches it (UI-4). */
    Q_INVOKABLE QString clipboardText() const;
    /** Empties the clipboard (and the mouse selection). */
    Q_INVOKABLE void clearClipboard();
    /** The UI catalogue's sample `activity` for a pack type ("card-sort", ...). */
    Q_INVOKABLE QVariantMap activitySample(const QString& type) const;
    /** The session's `current` map for an activity of the running session's pack. */
    Q_INVOKABLE QVariantMap activityFromPack(const QString& activityId);
    /** As if the hub had acknowledged the current participant's share records and then
     *  published a "you said, we did" action answering them: action {youSaid, weDid, status,
     *  date ("YYYY-MM-DD")} goes into the store as a sync would put it. False if it cannot. */
    Q_INVOKABLE bool deliverWeDid(const QVariantMap& action);
    /** As if a sync had fetched a consultation published on the hub (closed or not): it
     *  uses the pack and activities of a consultation already here (after prepare("home")),
     *  goes in through Consultations::applyFromHub and the home list is read again.
     *  Returns its id, or empty if it cannot. */
    Q_INVOKABLE QString addHubConsultation(const QString& title, bool closed);

    // A team hub for the Team screens (issue 8): `chorus-hub serve` as a child process on
    // 127.0.0.1, SQLite in a temporary folder (support/hubchild.h), filled only through the
    // hub's command line and the device protocol. One per test file.
    /** Starts the hub (once per file); returns its address, http://127.0.0.1:PORT. */
    Q_INVOKABLE QString startHub();
    /** An invite for a young person's own device to `consultationId` on the test hub, as the
     *  practitioner's device shows it (a code from `POST /v1/invites`): the 32 characters to
     *  type (the hub is plain HTTP on loopback, so it carries no fingerprint). */
    Q_INVOKABLE QString hubInvite(const QString& consultationId);
    /** A reviewer account ("reviewer" or "admin") made by `chorus-hub add-reviewer`;
     *  returns its one-time secret. */
    Q_INVOKABLE QString addReviewer(const QString& name,
                                    const QString& role = QStringLiteral("reviewer"));
    /** Sends `count` anonymised records to the consultation as a newly enrolled device
     *  (`POST /v1/feedback`).
     *  options: kind ("mixed" by default: scale, choice, ordering, circles, text, drawing
     *  in turn; or one kind), role, ageBand, week, quotes (bool). Returns the number stored. */
    Q_INVOKABLE int seedFeedback(const QString& consultationId, int count,
                                 const QVariantMap& options = {});
    /** Participation records (issue 19) of `count` sessions of 30 minutes each, sent as a
     *  device sends them (`POST /v1/participation`). */
    Q_INVOKABLE int seedParticipation(const QString& consultationId, int count);
    /** Publishes the app's example pack ("My week") on the hub for one consultation, as
     *  `chorus-hub publish-pack` does; false if the hub refused it. */
    Q_INVOKABLE bool publishExamplePack(const QString& consultationId);
    /** Enrols a device for a consultation on the test hub, as `chorus-hub enrol-code` and
     *  the device's enrolment do; returns its id (empty on failure). */
    Q_INVOKABLE QString enrolDevice(const QString& consultationId);
    /** Whether the test hub still accepts the token of a device enrolDevice made (false once
     *  revoked). */
    Q_INVOKABLE bool deviceActive(const QString& deviceId);
    /** Moves the hub's review sessions `minutes` into the past, as if its clock had moved on
     *  (sessions end after 30 idle minutes); false if it cannot. */
    Q_INVOKABLE bool ageHubSessions(int minutes);
    /** What the test hub publishes for the records matching an SQL condition when it shows
     *  them: the true count through the cell key perturbation (sync/hub/review/disclosure.h),
     *  reckoned by `hubprobe` in a process of its own. */
    Q_INVOKABLE int publishedCount(const QString& where);

    // Files the Team screens' exports write (issue 8).
    /** The device audit log's entries of one action, oldest first, as "subject detail"
     *  lines (what a test may check: never content). */
    Q_INVOKABLE QStringList auditEntries(const QString& action) const;

    /** A path called `name` in a temporary folder of this test file; nothing is created. */
    Q_INVOKABLE QString tempPath(const QString& name);
    /** A file's bytes as UTF-8 text; empty when there is no such file. */
    Q_INVOKABLE QString readTextFile(const QString& path) const;

private:
    UiServices& m_services;
    std::unique_ptr<ChildHub> m_hub;
    QHash<QString, QByteArray> m_deviceTokens; ///< enrolDevice's devices, by id
    std::unique_ptr<QTemporaryDir> m_files;
};

} // namespace chorus::test
