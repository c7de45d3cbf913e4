#pragma once

// The hub's storage: one schema, numbered migrations and the same SQL on SQLite (embedded
// default) and PostgreSQL (several hub processes may share one). Deduplication, the audit
// chain and code use counts are enforced in the database, never only in process memory.

#include "core/common/clock.h"
#include "storeerror.h"
#include "sync/hub/protocol/hubprotocol.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace chorus::hub {

struct Device
{
    QString id;
    QString consultationId;
    QString role; ///< "practitioner" or "participant" (a young person's own device)
    QDateTime enrolledAt;
    bool revoked = false;
    QDateTime lastUsedAt; ///< the token's last use (schema 7; enrolment before that)
    bool expired = false; ///< unused for longer than the token lifetime: refused, 401
};

/** A device token lasts this long after its last use; every use renews it (schema 7). */
constexpr qint64 kDeviceTokenLifetimeDays = 90;

struct EnrolOutcome
{
    enum class Kind { Enrolled, Invalid, Expired, Used };
    Kind kind = Kind::Invalid;
    Device device;
    QString token; ///< shown once, never stored: the hub keeps only its SHA-256
    /** The invite asked that answers wait on the young person's device for a check with
     *  their practitioner before they are sent (schema 10). */
    bool reviewOnDevice = false;
};

struct SubmitOutcome
{
    QStringList acknowledged; ///< every id of the batch, stored now or earlier, or erased
    int stored = 0;           ///< rows inserted by this request
    QStringList conflicts;    ///< ids stored earlier with a different body: nothing written
    QString forbiddenField;   ///< set when an item names another consultation
    QString forbiddenItem;
};

struct ErasureConfirmation
{
    QString id;
    QString feedbackId;
    QString outcome; ///< "erased", "not-found" (never held or erased before) or "not-yours"
};

/** A CSV or report export that held a record, as its audit entry names it (ids only). */
struct ExportHolding
{
    qint64 seq = 0;     ///< the export's audit entry
    QString at;         ///< when it was made
    QString reviewerId; ///< who made it
    QString content;    ///< "records" (CSV) or "report" (the PDF's document)
};

/** What `chorus-hub erase` did to one record. */
struct AdminErasure
{
    bool erased = false;          ///< false: the hub holds no such record (never held, or erased)
    QString deviceId;             ///< the device that sent it
    QList<ExportHolding> exports; ///< exports made before that still contain it
};

struct AuditReport
{
    bool intact = false;
    qint64 entries = 0;
    qint64 firstBadSeq = 0;
    QString problem;
};

/** What `registerConsultation` did. */
enum class Registration {
    Registered,   ///< new on the hub: this device's from now on
    AlreadyYours, ///< registered by this device before, or the one it is enrolled for
    NotYours,     ///< the hub knows this id from elsewhere: nothing changed
};

/** What `publishPack` did. */
enum class PackPublication {
    Published,        ///< new on the hub
    AlreadyPublished, ///< this id and version were there before: nothing changed
};

/** Whether an erasure left freed space that `compact` has not cleared yet. */
enum class Compaction { Clear, Pending };

/** A "we did" action as devices fetch it (written through the review API, issue 8). */
struct PublishedAction
{
    QString id;
    qint64 seq = 0;
    QString said;
    QString did;
    QString status; ///< planned, doing or done (schema 3)
    QString date;   ///< YYYY-MM-DD, when it was or will be done; may be empty
    QStringList feedbackIds;
};

/** A published consultation as devices receive it; `revision` grows with every change. */
struct PublishedConsultation
{
    QJsonObject body; ///< ConsultationInfo::toJson()
    qint64 revision = 0;
};

/** What `publishConsultation` did; a refusal names the field of the file at fault. */
struct ConsultationPublishOutcome
{
    enum class Kind { Published, Unchanged, Refused };
    Kind kind = Kind::Refused;
    QString field;         ///< set when refused
    QString message;       ///< "<field>: <reason>" when refused
    ConsultationInfo info; ///< as published: activities filled in from the pack if omitted
    qint64 revision = 0;
};

class HubStore
{
public:
    ~HubStore();
    HubStore(const HubStore&) = delete;
    HubStore& operator=(const HubStore&) = delete;

    /** Opens "sqlite:PATH" or "postgresql://user[:pw]@host:port/db" and migrates it to
     *  `targetVersion` (-1: the latest; tests stop earlier to test a migration from there). */
    [[nodiscard]] static StoreResult<std::unique_ptr<HubStore>>
    open(const QString& spec, std::shared_ptr<const Clock> clock, int targetVersion = -1);

    [[nodiscard]] bool isPostgres() const { return m_postgres; }
    [[nodiscard]] int schemaVersion();
    /** The number of migrations this build knows. */
    [[nodiscard]] static int latestSchemaVersion();

    /** A new enrolment code (plain text, shown once); `uses` 1 for device codes.
     *  `reviewOnDevice` is an invite's choice, returned by enrol() (EnrolOutcome). */
    StoreResult<QString> createCode(const QString& consultationId, const QString& role, int uses,
                                    qint64 ttlSeconds, const QString& createdBy,
                                    bool reviewOnDevice = false);
    StoreResult<EnrolOutcome> enrol(const QString& normalisedCode);
    /** The unrevoked device holding this token, if any (an empty id if none). A token
     *  unused for kDeviceTokenLifetimeDays comes back `expired`; any other use renews it. */
    StoreResult<Device> deviceForToken(const QByteArray& token);
    /** Revokes an active device's token; `by` (a reviewer's id, empty for the command line)
     *  goes into the audit entry. */
    /** NotFound when no active device has this id. */
    StoreStatus revoke(const QString& deviceId, const QString& by = {});
    StoreResult<QList<Device>> devices();

    /** Done when the hub knows this consultation (published, registered by a device, or
     *  named by an earlier code or pack), NotFound if not. `enrol-code` refuses any other id. */
    StoreStatus consultationKnown(const QString& id);
    /** A practitioner's device registers a consultation made on it (POST
     *  /v1/device-consultations); its answers to it are then accepted from that device.
     *  `title` (redacted on the device; may be empty) is what reviewers read for it. */
    StoreResult<Registration> registerConsultation(const Device& device, const QString& id,
                                                   const QString& title = {});
    /** The consultations whose answers this device may send: the one it is enrolled for and
     *  those it registered. */
    StoreResult<QStringList> consultationsOf(const Device& device);

    StoreResult<SubmitOutcome> submitFeedback(const Device& device, const FeedbackBatch& batch);
    StoreResult<QList<ErasureConfirmation>> erase(const Device& device, const ErasureBatch& batch);
    /** Erases one record whichever device sent it, for a device that is lost or revoked
     *  (`chorus-hub erase`); audited with the exports that still contain it. */
    StoreResult<AdminErasure> eraseRecord(const QString& feedbackId);
    /** The exports whose audit entries name this record, oldest first. */
    StoreResult<QList<ExportHolding>> exportsHolding(const QString& feedbackId);
    StoreResult<Compaction> compactionPending();
    /** Clears what erased records leave behind, off the request path and bounded: on SQLite
     *  (where secure_delete zeroes a deleted row in its page) the WAL that still holds the
     *  page as it was is checkpointed and truncated; on PostgreSQL the feedback table is
     *  rewritten (VACUUM FULL) with a lock wait and a run time that have limits, so that a
     *  busy table is tried again later rather than stalling the hub. Busy: try later. */
    StoreStatus compact();

    StoreResult<PackPublication> publishPack(const PackInfo& pack, const QString& consultationId);
    /** Packs published for a consultation (and those for every consultation). */
    StoreResult<QList<PackInfo>> packsFor(const QString& consultationId);
    StoreResult<PackInfo> pack(const QString& id, int version);
    /** Publishes (or republishes) a consultation: its pack must be published for it (or for
     *  all) and hold its activities; a published consultation keeps its pack. */
    StoreResult<ConsultationPublishOutcome> publishConsultation(const ConsultationInfo& c);
    /** The published consultations a device may see (the one it is enrolled for), changed
     *  after revision `since`. */
    StoreResult<QList<PublishedConsultation>> consultationsSince(const Device& device,
                                                                 qint64 since);
    StoreResult<QList<PublishedAction>> actionsSince(const Device& device, qint64 since, int limit);

    /** A reviewer account (issue 8), role "reviewer" or "admin"; returns the one-time
     *  secret. */
    StoreResult<QString> addReviewer(const QString& name,
                                     const QString& role = QStringLiteral("reviewer"));

    /** Appends one audit entry in its own transaction (admin actions). */
    StoreStatus audit(const QString& event, const QString& subject, const QString& detail);
    StoreResult<AuditReport> verifyAudit();

    /** Count of stored feedback rows (tests and benchmarks). */
    StoreResult<qint64> feedbackCount();

    /** How often a write transaction runs before it gives up on a failure worth retrying. */
    static constexpr int kTransactionAttempts = 8;
    /** How many times the last write transaction ran its work: 1 unless another writer or a
     *  lock got in the way (logs and tests). */
    [[nodiscard]] int transactionAttempts() const { return m_attempts; }

    [[nodiscard]] QSqlDatabase database() const;

private:
    friend class ReviewStore;        // the team review queries share the connection and audit chain
    friend class ParticipationStore; // likewise, for issue 19's participation records
    HubStore(QString connection, bool postgres, std::shared_ptr<const Clock> clock);
    bool migrate(int target);
    bool exec(const QString& sql);
    bool begin();
    bool commit();
    void rollback();
    /** Runs `work` in one write transaction, retrying when another writer got in first;
     *  a failure that no retry can change (worthRetrying()) is returned at once. */
    bool transaction(const std::function<bool()>& work);
    /** Whether running a transaction again could end otherwise than `error`. */
    [[nodiscard]] bool worthRetrying(const StoreError& error) const;
    bool appendAudit(const QString& event, const QString& subject, const QString& detail);
    bool ensureConsultation(const QString& id);
    /** Stores the title a device sent for a consultation made on it (schema 9). */
    bool setDeviceTitle(const QString& id, const QString& title);
    /** Deletes one record of `deviceId`, its links and tags, and leaves its tombstone; true
     *  when the record was there to delete. */
    StoreResult<bool> deleteRecord(const QString& feedbackId, const QString& deviceId,
                                   const QString& at);
    bool markCompactionPending();
    bool compactOnce();
    /** Done, or the failure fail() kept. */
    [[nodiscard]] StoreStatus status(bool ok) const;
    /** Inside erase(): deletes a participation record of this device (schema 8); true when
     *  it was there to delete. */
    StoreResult<bool> erasedParticipation(const QString& id, const QString& deviceId);
    [[nodiscard]] QString now() const;
    /** Keeps the failure for the public call to return (a transaction's work only says
     *  false) and logs the database's own failures; always false. */
    bool fail(StoreError error);
    /** A database error, logged and kept as its code only (MED-3): the server's text may
     *  quote the values of the row at fault, e.g. a reviewer's name in a unique-key error. */
    bool fail(const QString& what, const QSqlError& error);
    /** The failure the last false of fail() kept. */
    [[nodiscard]] const StoreError& failure() const { return m_failure; }
    /** Runs one statement with `binds` in order and maps each row with `map` (a function of
     *  the positioned QSqlQuery); on failure the error is logged and kept as fail() does, with
     *  `where` as its step. The one loop every listing of the stores is written with. */
    template <typename Map>
    auto rows(const QString& where, const QString& sql, const QVariantList& binds, Map map)
        -> StoreResult<QList<std::invoke_result_t<Map&, const QSqlQuery&>>>
    {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& value : binds) {
            q.addBindValue(value);
        }
        if (!q.exec()) {
            fail(where, q.lastError());
            return failure();
        }
        QList<std::invoke_result_t<Map&, const QSqlQuery&>> out;
        while (q.next()) {
            out << map(std::as_const(q));
        }
        return out;
    }

    QString m_connection;
    bool m_postgres = false;
    std::shared_ptr<const Clock> m_clock; ///< never null: open() gives the system clock
    StoreError m_failure;
    int m_schema = 0;            ///< the version this store migrated to (tests open older ones)
    bool m_rollbackOnly = false; ///< set by a transaction's work: succeed, but write nothing
    int m_attempts = 0;          ///< runs of the last transaction's work
};

/** A database error as its code and the code's meaning, never the server's message text,
 *  which on PostgreSQL carries DETAIL lines with the values of the row (MED-3). */
[[nodiscard]] QString errorCode(const QSqlError& error);
/** A statement's failure as the store says it: its kind and code, never the server's text. */
[[nodiscard]] StoreError databaseError(const QString& where, const QSqlError& error);
/** The error of whichever of two statements failed. */
[[nodiscard]] QSqlError firstError(const QSqlQuery& a, const QSqlQuery& b);

/** SHA-256 in hex: how codes, tokens and secrets are kept (SY-2). */
[[nodiscard]] QString secretHash(const QByteArray& secret);
/** 256 random bits, base64url without padding (43 characters). */
[[nodiscard]] QString newToken();
/** A random version-4 UUID in lower-case canonical form. */
[[nodiscard]] QString newUuid();

} // namespace chorus::hub
