#pragma once

#include "../common/clock.h"
#include "../crypto/keyvault.h"
#include "../db/database.h"
#include "../share/sharing.h"
#include "auditlog.h"
#include "consentbook.h"
#include "consultations.h"
#include "erasure.h"
#include "outbox.h"
#include "responses.h"

#include <functional>
#include <memory>

namespace chorus {

/**
 * A device's encrypted store: the SQLCipher database and its key slots in one data
 * directory. Unlocking unwraps the data key from a slot and opens the database with it;
 * destroying the Store (locking) closes the database and wipes the key.
 */
class Store
{
public:
    struct Options
    {
        Database::Options database;
        std::shared_ptr<const Clock> clock; ///< defaults to the system clock
    };

    static QString databasePath(const QString& dataDir);
    static QString keySlotsPath(const QString& dataDir);
    /** True when dataDir holds a store (its key file). */
    static bool existsIn(const QString& dataDir);

    struct Setup
    {
        std::unique_ptr<Store> store;
        QString recoveryKey; ///< show once, never store
    };
    /** Sets up a new store; refuses when one already exists there. */
    static Result<Setup> create(const QString& dataDir, const QByteArray& passphrase, KdfCost cost,
                                Options options = {});
    /** A young person's own device (issue 16): the data key is wrapped once, under their PIN
     *  or passphrase (OwnTime::checkPin's rules) at the own-time cost, with no recovery key
     *  (a forgotten PIN means a new invite from the practitioner). The store holds only that
     *  young person's own answers; recoveryKey is empty. `testOnlyCost` lets a cost below
     *  256 MiB through (tests only). */
    static Result<Setup> createForYoungPerson(const QString& dataDir, const QByteArray& pin,
                                              KdfCost cost, bool testOnlyCost = false,
                                              Options options = {});
    /** dataDir's store belongs to a young person's own device (its PIN opens it). */
    static bool isYoungPersonDevice(const QString& dataDir);
    static Result<std::unique_ptr<Store>>
    unlock(const QString& dataDir, const QByteArray& passphrase, Options options = {});
    static Result<std::unique_ptr<Store>>
    unlockWithRecoveryKey(const QString& dataDir, const QString& recoveryKey, Options options = {});
    /** A forgotten passphrase: the recovery key opens the store and `replacement` becomes its
     *  only passphrase (audited as passphrase.reset). */
    static Result<std::unique_ptr<Store>> resetPassphrase(const QString& dataDir,
                                                          const QString& recoveryKey,
                                                          const QByteArray& replacement,
                                                          KdfCost cost, Options options = {});
    /** Opens with an already unwrapped data key (used after unlock, and by tests). */
    static Result<std::unique_ptr<Store>> open(const QString& dataDir, const SecretBytes& dataKey,
                                               Database::OpenMode mode, Options options = {});

    /** A second connection to this store for another thread (sync runs on its own thread
     *  with one): the same key and clock, its own page cache of `cacheKiB`. SQLite's WAL
     *  lets it write while this connection reads; writes wait for each other (busy timeout,
     *  BEGIN IMMEDIATE). Destroying it wipes its copy of the key. */
    [[nodiscard]] Result<std::unique_ptr<Store>> openAnotherConnection(int cacheKiB) const;

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Consultations& consultations() { return m_consultations; }
    ConsentBook& consent() { return m_consent; }
    Responses& responses() { return m_responses; }
    Erasure& erasure() { return m_erasure; }
    AuditLog& audit() { return m_audit; }
    Outbox& outbox() { return m_outbox; }
    Sharing& sharing() { return m_sharing; }
    Database& database() { return m_db; }
    [[nodiscard]] const Clock& clock() const { return *m_clock; }

    /** The data directory this store lives in (own-time folders sit beside it). */
    [[nodiscard]] QString dataDir() const { return m_dataDir; }

    /** Small values kept inside the encrypted store (the practitioner PIN's hash, where a
     *  session stopped). A missing key reads as an empty string. */
    Result<QString> setting(const QString& key);
    Status setSetting(const QString& key, const QString& value);
    Status removeSetting(const QString& key);

    /** Integrity check, cipher integrity check (every page's HMAC) and the audit chain. */
    Status verify();

    struct Stats
    {
        int schemaVersion = 0;
        QString cipherVersion;
        qint64 consultations = 0;
        qint64 participants = 0;
        qint64 sessions = 0;
        qint64 responses = 0;
        qint64 mediaBytes = 0;
        qint64 tombstones = 0;
        qint64 auditEntries = 0;
        qint64 outboxQueued = 0;
    };
    Result<Stats> stats();

private:
    static Result<Setup>
    createWith(const QString& dataDir,
               const std::function<Result<KeyVault::Created>(KeyVault&)>& makeSlots,
               Options options);
    Store(Database db, std::shared_ptr<const Clock> clock, QString dataDir, SecretBytes dataKey);

    Database m_db;
    QString m_dataDir;
    SecretBytes m_dataKey; ///< kept while open, for another connection
    Database::Options m_databaseOptions;
    std::shared_ptr<const Clock> m_clock;
    AuditLog m_audit;
    ConsentBook m_consent;
    Consultations m_consultations;
    Responses m_responses;
    Outbox m_outbox;
    Erasure m_erasure;
    Sharing m_sharing;
};

} // namespace chorus
