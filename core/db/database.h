#pragma once

#include "../common/result.h"
#include "../crypto/secretbytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace chorus {

class Database;

/** A prepared statement; handed back to its Database for reuse on destruction. Bind indexes
 *  start at 1. Bound text and blobs are not copied into SQLite: the statement keeps the
 *  UTF-8 (or the shared QByteArray) alive until it is reset, which saves SQLite a copy, and,
 *  with cipher_memory_security, a wipe and an mlock/munlock pair per bound value. */
class Statement
{
public:
    Statement() = default;
    Statement(Database* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    /** Binds a null QString as SQL NULL, anything else as text. */
    Statement& bindOptional(int index, const std::optional<QString>& value);

    /** Steps once: true when a row is ready, false when done. */
    Result<bool> step();
    /** Steps to completion, for statements that return no rows. */
    Status run();
    void reset();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    Statement& bindBytes(int index, QByteArray bytes, bool text);
    /** Unbinds everything, then lets go of the bytes the bindings pointed into. */
    void releaseBindings();

    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_bindStatus;
    QVarLengthArray<QByteArray, 16> m_bound; ///< what SQLite's bindings point into
};

/**
 * One connection to an SQLCipher database, keyed with a raw 256-bit key before anything
 * else touches the file. Fails closed when the linked library is not SQLCipher.
 */
class Database
{
public:
    enum class OpenMode { Existing, Create };

    struct Options
    {
        /** Page cache in KiB; large enough that reads of a session's answers stay in memory. */
        int cacheKiB = 64 * 1024;
        /** Tests and the plaintext baseline of the benchmark only: no key at all. */
        bool plaintext = false;
    };

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<Database> open(const QString& path, const SecretBytes& key, OpenMode mode);
    static Result<Database> open(const QString& path, const SecretBytes& key, OpenMode mode,
                                 Options options);

    Status exec(const char* sql);
    /** Runs several ;-separated statements (migrations). */
    Status execScript(const char* sql);
    /** Prepares a statement, reusing an idle one with the same SQL: the store runs the
     *  same few statements for every answer, and preparing costs as much as running. */
    Result<Statement> prepare(const char* sql);
    /** Runs a one-value query such as a PRAGMA and returns its first column as text. */
    Result<QString> queryText(const char* sql);
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }

    /** Both PRAGMA integrity_check and PRAGMA cipher_integrity_check; Damaged on any finding. */
    Status verifyIntegrity();
    /** Moves every committed page into the main file and empties the WAL. */
    Status checkpointTruncate();

    /** Changes whenever a write transaction begins and whenever anything is rolled back
     *  (also SQLite's own rollback after an error): what a store class reads inside a
     *  transaction it may cache for as long as this stays the same and inTransaction(). */
    [[nodiscard]] quint64 transactionGeneration() const { return m_generation; }
    [[nodiscard]] bool inTransaction() const;

    /** Turns the last SQLite error into an Error with a plain-words message. */
    [[nodiscard]] Error lastError(const QString& doing) const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }

    void close();

private:
    friend class Statement;
    friend class Transaction;
    /** Takes back a finished (reset, unbound) statement for reuse. */
    void recycle(sqlite3_stmt* stmt);
    void finalizeCache();
    void watchRollbacks();
    static void onRollback(void* self);

    sqlite3* m_db = nullptr;
    QString m_path;
    /** Idle statements by their SQL; the key views SQLite's own copy of the statement's
     *  text, which lives as long as the statement, so reuse allocates nothing. */
    struct SqlHash
    {
        std::size_t operator()(std::string_view sql) const noexcept;
    };
    std::unordered_multimap<std::string_view, sqlite3_stmt*, SqlHash> m_idle;
    bool m_doomed = false; ///< a nested part of the open transaction failed
    quint64 m_generation = 0;
};

/** Steps through every row, calling onRow(const Statement&) for each. */
template <typename F> Status forEachRow(Statement& stmt, F&& onRow)
{
    for (;;) {
        auto row = stmt.step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return Status::success();
        }
        onRow(static_cast<const Statement&>(stmt));
    }
}

/** Every row in order, each made by read(const Statement&): the query loop a listing needs. */
template <typename Read>
auto allRows(Statement& stmt, Read&& read)
    -> Result<QList<std::invoke_result_t<Read&, const Statement&>>>
{
    QList<std::invoke_result_t<Read&, const Statement&>> out;
    if (auto st = forEachRow(stmt, [&](const Statement& row) { out << read(row); }); !st) {
        return st.error();
    }
    return out;
}

/** The first row made by read(const Statement&), or nothing when the query finds none: a
    lookup by key, whose caller says what a missing row means. */
template <typename Read>
auto firstRow(Statement& stmt, Read&& read)
    -> Result<std::optional<std::invoke_result_t<Read&, const Statement&>>>
{
    auto row = stmt.step();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<std::invoke_result_t<Read&, const Statement&>>();
    }
    return std::optional(read(static_cast<const Statement&>(stmt)));
}

/** The first row of sql, with values bound to ?1, ?2, ... in order and made by
    read(const Statement&), or nothing when the query finds none: a one-row lookup, prepared,
    bound and stepped in one place. */
template <typename Read, typename... Values>
auto lookupRow(Database& db, const char* sql, Read&& read, const Values&... values)
    -> Result<std::optional<std::invoke_result_t<Read&, const Statement&>>>
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    int index = 0;
    (s->bind(++index, values), ...);
    return firstRow(s.value(), read);
}

/** Every row of sql, with values bound to ?1, ?2, ... in order and each made by
    read(const Statement&): a listing, prepared, bound and stepped in one place. */
template <typename Read, typename... Values>
auto listRows(Database& db, const char* sql, Read&& read, const Values&... values)
    -> Result<QList<std::invoke_result_t<Read&, const Statement&>>>
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    int index = 0;
    (s->bind(++index, values), ...);
    return allRows(s.value(), read);
}

/** Error for an SQLite result code, in words; shared by Database and Statement. */
Error sqliteError(int code, const QString& doing, const char* detail);

/** BEGIN IMMEDIATE on construction; rolled back on destruction unless committed. Inside
 *  another transaction it joins that one, so store operations compose: if a nested part is
 *  not committed, the outer commit fails and undoes everything (all or nothing). */
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] const Status& began() const { return m_began; }
    Status commit();

private:
    void rollback();
    Database& m_db;
    bool m_nested = false;
    Status m_began;
    bool m_done = false;
};

} // namespace chorus
