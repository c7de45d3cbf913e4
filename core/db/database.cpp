#include "database.h"

#include "../common/logging.h"

#include <QFile>
#include <QStringList>

#include <sqlite3.h>

#include <utility>

Q_LOGGING_CATEGORY(lcStore, "chorus.store")

namespace chorus {

Error sqliteError(int code, const QString& doing, const char* detail)
{
    const int primary = code & 0xff;
    // ENOSPC reaches us as SQLITE_FULL; some VFS paths report it as an I/O write error.
    if (primary == SQLITE_FULL) {
        return makeError(
            Error::Code::DiskFull,
            QStringLiteral("%1: the device is full. Nothing was lost; free some space and "
                           "it will be saved.")
                .arg(doing));
    }
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        return makeError(
            Error::Code::Damaged,
            QStringLiteral("%1: the store is damaged (%2). Restore it from a backup or "
                           "contact support; do not keep writing to it.")
                .arg(doing, QString::fromUtf8(sqlite3_errstr(code))));
    }
    if (primary == SQLITE_CONSTRAINT) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("%1: %2").arg(
                             doing, QString::fromUtf8(detail ? detail : sqlite3_errstr(code))));
    }
    if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) {
        return makeError(Error::Code::Io,
                         QStringLiteral("%1: the file could not be read or written (%2).")
                             .arg(doing, QString::fromUtf8(sqlite3_errstr(code))));
    }
    return makeError(Error::Code::Internal,
                     QStringLiteral("%1: %2").arg(
                         doing, QString::fromUtf8(detail ? detail : sqlite3_errstr(code))));
}

// ---- Statement ---------------------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt != nullptr) {
        releaseBindings();
        m_db->recycle(m_stmt);
    }
}

// Moving a QByteArray keeps its data where it is, so the bindings stay valid.
Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_bindStatus(std::move(other.m_bindStatus)), m_bound(std::move(other.m_bound))
{
    other.m_bound.clear();
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt != nullptr) {
            releaseBindings();
            m_db->recycle(m_stmt);
        }
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindStatus = std::move(other.m_bindStatus);
        m_bound = std::move(other.m_bound);
        other.m_bound.clear();
    }
    return *this;
}

void Statement::releaseBindings()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bound.clear();
}

namespace {
Status bindResult(sqlite3* db, int rc)
{
    if (rc == SQLITE_OK) {
        return Status::success();
    }
    return sqliteError(rc, QStringLiteral("Binding a value"), sqlite3_errmsg(db));
}
} // namespace

Statement& Statement::bind(int index, qint64 value)
{
    if (m_bindStatus) {
        m_bindStatus = bindResult(m_db->handle(), sqlite3_bind_int64(m_stmt, index, value));
    }
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (m_bindStatus) {
        m_bindStatus = bindResult(m_db->handle(), sqlite3_bind_double(m_stmt, index, value));
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    return m_bindStatus ? bindBytes(index, value.toUtf8(), true) : *this;
}

Statement& Statement::bind(int index, const char* value)
{
    return m_bindStatus ? bindBytes(index, QByteArray(value), true) : *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    // Shares the caller's bytes (no copy, even of a recording) until the statement is reset.
    return m_bindStatus ? bindBytes(index, value, false) : *this;
}

Statement& Statement::bindBytes(int index, QByteArray bytes, bool text)
{
    const char* data = bytes.constData();
    const int size = static_cast<int>(bytes.size());
    m_bound.append(std::move(bytes)); // moved, not copied: data stays where it is
    const int rc = text ? sqlite3_bind_text(m_stmt, index, data, size, SQLITE_STATIC)
                        : sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_STATIC);
    m_bindStatus = bindResult(m_db->handle(), rc);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_bindStatus) {
        m_bindStatus = bindResult(m_db->handle(), sqlite3_bind_null(m_stmt, index));
    }
    return *this;
}

Statement& Statement::bindOptional(int index, const std::optional<QString>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Result<bool> Statement::step()
{
    if (!m_bindStatus) {
        return m_bindStatus.error();
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    Error e = sqliteError(rc, QStringLiteral("Running a query"), sqlite3_errmsg(m_db->handle()));
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r) {
            return r.error();
        }
        if (!r.value()) {
            return Status::success();
        }
    }
}

void Statement::reset()
{
    releaseBindings();
    m_bindStatus = Status::success();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}
bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

// ---- Database ----------------------------------------------------------------------------

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_idle(std::move(other.m_idle)), m_generation(other.m_generation)
{
    other.m_idle.clear();
    watchRollbacks();
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_idle = std::move(other.m_idle);
        other.m_idle.clear();
        m_generation = other.m_generation + 1;
        watchRollbacks();
    }
    return *this;
}

void Database::watchRollbacks()
{
    if (m_db != nullptr) {
        sqlite3_rollback_hook(m_db, &Database::onRollback, this); // `this` moved: register again
    }
}

void Database::onRollback(void* self)
{
    ++static_cast<Database*>(self)->m_generation;
}

bool Database::inTransaction() const
{
    return m_db != nullptr && sqlite3_get_autocommit(m_db) == 0;
}

void Database::finalizeCache()
{
    for (auto& [sql, stmt] : m_idle) {
        sqlite3_finalize(stmt);
    }
    m_idle.clear();
}

std::size_t Database::SqlHash::operator()(std::string_view sql) const noexcept
{
    // The store's statements differ most in their tails (columns, WHERE); hashing the length
    // and the last 48 bytes is enough to spread them, and equal hashes still compare in full.
    constexpr std::size_t kTail = 48;
    const std::string_view tail = sql.substr(sql.size() > kTail ? sql.size() - kTail : 0);
    return std::hash<std::string_view>{}(tail) ^ (sql.size() * 0x9e3779b97f4a7c15ULL);
}

void Database::recycle(sqlite3_stmt* stmt)
{
    if (m_db == nullptr || m_idle.size() >= 64) {
        sqlite3_finalize(stmt);
        return;
    }
    m_idle.emplace(std::string_view(sqlite3_sql(stmt)), stmt);
}

void Database::close()
{
    finalizeCache();
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::open(const QString& path, const SecretBytes& key, OpenMode mode)
{
    return open(path, key, mode, Options{});
}

Result<Database> Database::open(const QString& path, const SecretBytes& key, OpenMode mode,
                                Options options)
{
    if (mode == OpenMode::Existing && !QFile::exists(path)) {
        // Never create a fresh database where one was expected (ST-1).
        return makeError(Error::Code::NotFound, QStringLiteral("The store file is missing."));
    }
    if (!options.plaintext && key.size() != 32) {
        return makeError(Error::Code::Internal, QStringLiteral("A store key must be 256 bits."));
    }
    Database db;
    db.m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                      (mode == OpenMode::Create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray name = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, QStringLiteral("Opening the store"),
                           db.m_db ? sqlite3_errmsg(db.m_db) : nullptr);
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    db.watchRollbacks();
    sqlite3_busy_timeout(db.m_db, 5000);

    if (!options.plaintext) {
        // Key first: raw 256-bit key as a blob literal, so no KDF runs on a random key.
        static const char hex[] = "0123456789abcdef";
        SecretBytes literal(2 * key.size() + 3);
        auto* out = literal.data();
        *out++ = 'x';
        *out++ = '\'';
        for (std::size_t i = 0; i < key.size(); ++i) {
            *out++ = static_cast<unsigned char>(hex[key.data()[i] >> 4]);
            *out++ = static_cast<unsigned char>(hex[key.data()[i] & 15]);
        }
        *out = '\'';
        if (sqlite3_key(db.m_db, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK) {
            return db.lastError(QStringLiteral("Keying the store"));
        }
        // Fail closed when the SQLite in use is not SQLCipher: it would write plaintext.
        auto version = db.queryText("PRAGMA cipher_version");
        if (!version || version.value().isEmpty()) {
            return makeError(
                Error::Code::Internal,
                QStringLiteral("The SQLite library in use has no encryption; refusing to "
                               "open the store."));
        }
        if (auto st = db.exec("PRAGMA cipher_memory_security = ON"); !st) {
            return st.error();
        }
    }
    // The first read proves the key (and the file): NOTADB here means wrong key or damage.
    if (auto st = db.exec("SELECT count(*) FROM sqlite_schema"); !st) {
        return st.error();
    }
    const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(options.cacheKiB);
    for (const char* pragma : {"PRAGMA temp_store = MEMORY", "PRAGMA secure_delete = ON",
                               "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (auto st = db.exec(pragma); !st) {
            return st.error();
        }
    }
    if (auto st = db.exec(cache.constData()); !st) {
        return st.error();
    }
    auto journal = db.queryText("PRAGMA journal_mode = WAL");
    if (!journal) {
        return journal.error();
    }
    if (journal.value().compare("wal", Qt::CaseInsensitive) != 0) {
        return makeError(Error::Code::Io,
                         QStringLiteral("The store could not switch to WAL mode."));
    }
    // synchronous must be set again after the journal mode change to hold for WAL.
    if (auto st = db.exec("PRAGMA synchronous = FULL"); !st) {
        return st.error();
    }
    return db;
}

Status Database::exec(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    return stmt->run();
}

Status Database::execScript(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(rc, QStringLiteral("Running a script"), message);
        sqlite3_free(message);
        return e;
    }
    return Status::success();
}

Result<Statement> Database::prepare(const char* sql)
{
    if (auto it = m_idle.find(std::string_view(sql)); it != m_idle.end()) {
        sqlite3_stmt* reused = it->second;
        m_idle.erase(it);
        return Statement(this, reused);
    }
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &raw, nullptr);
    if (rc != SQLITE_OK) {
        return lastError(QStringLiteral("Preparing a query"));
    }
    return Statement(this, raw);
}

Result<QString> Database::queryText(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return row.value() ? stmt->text(0) : QString();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString& doing) const
{
    return sqliteError(sqlite3_extended_errcode(m_db), doing, sqlite3_errmsg(m_db));
}

Status Database::verifyIntegrity()
{
    for (const char* check : {"PRAGMA integrity_check", "PRAGMA cipher_integrity_check"}) {
        auto stmt = prepare(check);
        if (!stmt) {
            return stmt.error();
        }
        QStringList findings;
        for (;;) {
            auto row = stmt->step();
            if (!row) {
                // SQLCipher fails a page whose HMAC does not match with a plain SQLITE_ERROR:
                // a check that cannot read the file through has found damage.
                return makeError(
                    Error::Code::Damaged,
                    QStringLiteral("The store is damaged: %1 could not read it through (%2).")
                        .arg(QString::fromLatin1(check).mid(7), row.error().message));
            }
            if (!row.value()) {
                break;
            }
            findings << stmt->text(0);
        }
        // integrity_check answers "ok"; cipher_integrity_check answers no rows when clean.
        const bool clean = findings.isEmpty() || (findings.size() == 1 && findings.first() == "ok");
        if (!clean) {
            qCWarning(lcStore) << check << "reported" << findings.size() << "problems";
            return makeError(
                Error::Code::Damaged,
                QStringLiteral("The store is damaged: %1 found %2 problem(s), first: %3")
                    .arg(QString::fromLatin1(check).mid(7))
                    .arg(findings.size())
                    .arg(findings.first()));
        }
    }
    return Status::success();
}

Status Database::checkpointTruncate()
{
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames,
                                             &checkpointed);
    if (rc != SQLITE_OK) {
        return lastError(QStringLiteral("Checkpointing the store"));
    }
    return Status::success();
}

// ---- Transaction -------------------------------------------------------------------------

Transaction::Transaction(Database& db)
    : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0),
      m_began(m_nested ? Status::success() : db.exec("BEGIN IMMEDIATE"))
{
    if (!m_nested) {
        m_db.m_doomed = false;
        ++m_db.m_generation;
    }
}

Transaction::~Transaction()
{
    if (!m_done && m_began) {
        rollback();
    }
}

void Transaction::rollback()
{
    if (m_nested) {
        // A nested part joins the outer transaction rather than opening a SAVEPOINT: with
        // cipher_memory_security every savepoint's journal is wiped on release, which cost
        // more than the answer it protected. Its failure dooms the whole outer transaction.
        m_db.m_doomed = true;
        return;
    }
    [[maybe_unused]] auto st = m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_began) {
        return m_began;
    }
    m_done = true;
    if (m_nested) {
        return Status::success();
    }
    if (m_db.m_doomed) {
        rollback();
        return makeError(
            Error::Code::Internal,
            QStringLiteral(
                "Nothing was saved: a step of this change failed, so all of it was undone."));
    }
    auto st = m_db.exec("COMMIT");
    if (!st) {
        rollback();
    }
    return st;
}

} // namespace chorus
