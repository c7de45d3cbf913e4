#include "store.h"

#include "../common/logging.h"
#include "../db/migrations.h"
#include "owntime.h"
#include "storeutil.h"

#include <QDir>
#include <QFile>

namespace chorus {
namespace {

std::shared_ptr<const Clock> clockOrSystem(std::shared_ptr<const Clock> clock)
{
    return clock ? std::move(clock) : std::make_shared<SystemClock>();
}

/** A file that is there but not a store is damage, not a wrong key: say which. */
Error explainOpenFailure(const Error& e)
{
    if (e.code == Error::Code::Damaged) {
        return makeError(
            Error::Code::Damaged,
            QStringLiteral("The store is damaged or was changed outside Chorus: it opened with the "
                           "right key but its pages do not check out. Restore it from a backup."));
    }
    return e;
}

Result<std::unique_ptr<Store>> openUnlocked(const QString& dataDir, Result<SecretBytes> key,
                                            Store::Options options)
{
    if (!key) {
        return key.error();
    }
    return Store::open(dataDir, key.value(), Database::OpenMode::Existing, std::move(options));
}

} // namespace

QString Store::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("chorus.db"));
}
QString Store::keySlotsPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("keyslots.json"));
}
bool Store::existsIn(const QString& dataDir)
{
    return QFile::exists(keySlotsPath(dataDir));
}

Store::Store(Database db, std::shared_ptr<const Clock> clock, QString dataDir, SecretBytes dataKey)
    : m_db(std::move(db)), m_dataDir(std::move(dataDir)), m_dataKey(std::move(dataKey)),
      m_clock(std::move(clock)), m_audit(m_db, *m_clock), m_consent(m_db, m_audit, *m_clock),
      m_consultations(m_db, m_audit, *m_clock), m_responses(m_db, m_audit, m_consent, *m_clock),
      m_outbox(m_db, m_audit, *m_clock), m_erasure(m_db, m_audit, m_outbox, *m_clock),
      m_sharing(m_db, m_audit, m_outbox, m_consultations, *m_clock)
{
    m_responses.setShareHook(&m_sharing);
    // Withdrawal and retention erase a participant's own-time views with their answers.
    m_erasure.setErasedHook([this](const QString& participantId) {
        m_sharing.forgetNames(); // their names to hide are gone from the table
        return OwnTime::eraseForParticipant(*this, participantId);
    });
}

Store::~Store() = default;

Result<Store::Setup> Store::create(const QString& dataDir, const QByteArray& passphrase,
                                   KdfCost cost, Options options)
{
    return createWith(
        dataDir, [&](KeyVault& vault) { return vault.create(passphrase, cost); },
        std::move(options));
}

Result<Store::Setup> Store::createForYoungPerson(const QString& dataDir, const QByteArray& pin,
                                                 KdfCost cost, bool testOnlyCost, Options options)
{
    if (auto st = OwnTime::checkPin(pin); !st) {
        return st.error();
    }
    if (!testOnlyCost && cost.memLimit < OwnTime::kMinMemory) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("A young person's PIN needs Argon2id at 256 MiB or more."));
    }
    auto setup = createWith(
        dataDir, [&](KeyVault& vault) { return vault.createForYoungPerson(pin, cost); },
        std::move(options));
    if (setup) {
        if (auto st = setup->store->audit().append(QStringLiteral("store.young-person")); !st) {
            return st.error();
        }
    }
    return setup;
}

bool Store::isYoungPersonDevice(const QString& dataDir)
{
    return KeyVault(keySlotsPath(dataDir)).isYoungPersonDevice();
}

Result<Store::Setup>
Store::createWith(const QString& dataDir,
                  const std::function<Result<KeyVault::Created>(KeyVault&)>& makeSlots,
                  Options options)
{
    if (!QDir().mkpath(dataDir)) {
        return makeError(Error::Code::Io, QStringLiteral("Cannot create the data folder."));
    }
    QFile::setPermissions(dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (existsIn(dataDir) || QFile::exists(databasePath(dataDir))) {
        return makeError(Error::Code::Exists,
                         QStringLiteral("A store is already set up in this folder."));
    }
    KeyVault vault(keySlotsPath(dataDir));
    auto created = makeSlots(vault);
    if (!created) {
        return created.error();
    }
    auto store = open(dataDir, created->dataKey, Database::OpenMode::Create, std::move(options));
    if (!store) {
        // Leave the folder as it was, so that set-up can simply be tried again.
        QFile::remove(keySlotsPath(dataDir));
        QFile::remove(databasePath(dataDir));
        return store.error();
    }
    if (auto st = store.value()->audit().append("store.created"); !st) {
        return st.error();
    }
    // The own-time inbox's key pair: young people's answers are sealed to its public half.
    if (auto st = OwnTime::ensureInboxKey(*store.value()); !st) {
        return st.error();
    }
    qCInfo(lcStore) << "store created";
    return Setup{std::move(store.value()), created->recoveryKey};
}

Result<std::unique_ptr<Store>> Store::unlock(const QString& dataDir, const QByteArray& passphrase,
                                             Options options)
{
    KeyVault vault(keySlotsPath(dataDir));
    return openUnlocked(dataDir, vault.unlockWithPassphrase(passphrase), std::move(options));
}

Result<QString> Store::setting(const QString& key)
{
    auto value = lookupRow(
        m_db, "SELECT value FROM settings WHERE key = ?",
        [](const Statement& row) { return row.text(0); }, key);
    if (!value) {
        return value.error();
    }
    return value->value_or(QString());
}

Status Store::setSetting(const QString& key, const QString& value)
{
    auto s = m_db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!s) {
        return s.error();
    }
    s->bind(1, key).bind(2, value);
    return s->run();
}

Status Store::removeSetting(const QString& key)
{
    auto s = m_db.prepare("DELETE FROM settings WHERE key = ?");
    if (!s) {
        return s.error();
    }
    s->bind(1, key);
    return s->run();
}

Result<std::unique_ptr<Store>>
Store::unlockWithRecoveryKey(const QString& dataDir, const QString& recoveryKey, Options options)
{
    KeyVault vault(keySlotsPath(dataDir));
    return openUnlocked(dataDir, vault.unlockWithRecoveryKey(recoveryKey), std::move(options));
}

Result<std::unique_ptr<Store>> Store::resetPassphrase(const QString& dataDir,
                                                      const QString& recoveryKey,
                                                      const QByteArray& replacement, KdfCost cost,
                                                      Options options)
{
    KeyVault vault(keySlotsPath(dataDir));
    auto store =
        openUnlocked(dataDir, vault.resetPassphrase(recoveryKey, replacement, cost), options);
    if (store) {
        (void)store.value()->audit().append(QStringLiteral("passphrase.reset"));
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString& dataDir, const SecretBytes& dataKey,
                                           Database::OpenMode mode, Options options)
{
    auto db = Database::open(databasePath(dataDir), dataKey, mode, options.database);
    if (!db) {
        return explainOpenFailure(db.error());
    }
    if (auto st = Migrations::migrate(db.value()); !st) {
        return explainOpenFailure(st.error());
    }
    std::unique_ptr<Store> store(new Store(std::move(db.value()),
                                           clockOrSystem(std::move(options.clock)), dataDir,
                                           SecretBytes::copyOf(dataKey.data(), dataKey.size())));
    store->m_databaseOptions = options.database;
    return store;
}

Result<std::unique_ptr<Store>> Store::openAnotherConnection(int cacheKiB) const
{
    Options options;
    options.database = m_databaseOptions;
    options.database.cacheKiB = cacheKiB;
    options.clock = m_clock;
    return open(m_dataDir, m_dataKey, Database::OpenMode::Existing, std::move(options));
}

Status Store::verify()
{
    if (auto st = m_db.verifyIntegrity(); !st) {
        return st;
    }
    auto chain = m_audit.verify();
    if (!chain) {
        return chain.error();
    }
    return Status::success();
}

Result<Store::Stats> Store::stats()
{
    Stats s;
    auto version = Migrations::currentVersion(m_db);
    if (!version) {
        return version.error();
    }
    s.schemaVersion = version.value();
    auto cipher = m_db.queryText("PRAGMA cipher_version");
    if (!cipher) {
        return cipher.error();
    }
    s.cipherVersion = cipher.value();
    const std::pair<const char*, qint64*> counts[] = {
        {"SELECT count(*) FROM consultations", &s.consultations},
        {"SELECT count(*) FROM participants", &s.participants},
        {"SELECT count(*) FROM sessions", &s.sessions},
        {"SELECT count(*) FROM responses", &s.responses},
        {"SELECT coalesce(sum(length(data)), 0) FROM media", &s.mediaBytes},
        {"SELECT count(*) FROM tombstones", &s.tombstones},
        {"SELECT count(*) FROM audit_log", &s.auditEntries},
        {"SELECT count(*) FROM outbox WHERE state = 'queued'", &s.outboxQueued},
    };
    for (const auto& [sql, out] : counts) {
        auto v = m_db.queryText(sql);
        if (!v) {
            return v.error();
        }
        *out = v.value().toLongLong();
    }
    return s;
}

} // namespace chorus
