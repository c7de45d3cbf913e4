// The SQLCipher wrapper: ST-1 (wrong key fails loudly, file untouched), ST-3 (tampering is
// reported as damage), REL-4 (truncated files), and the pragmas every open must set.
#include "core/db/database.h"
#include "support/storefixture.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

namespace {
QByteArray sha256Of(const QString& path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

void writeAt(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    f.write(bytes);
}

/** A store file with a table of rows, closed and checkpointed so every page is in the main file. */
void makeDatabase(const QString& path, const SecretBytes& key, int rows = 200)
{
    auto db = Database::open(path, key, Database::OpenMode::Create);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QVERIFY(db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)").ok());
    auto insert = db->prepare("INSERT INTO t (v) VALUES (?)");
    QVERIFY(insert.ok());
    for (int i = 0; i < rows; ++i) {
        insert->reset();
        insert->bind(1, QString("row %1 ").arg(i).repeated(20));
        QVERIFY(insert->run().ok());
    }
    QVERIFY(db->checkpointTruncate().ok());
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_key = SecretBytes::random(32);
    }

    void openSetsEveryRequiredPragma()
    {
        auto db = Database::open(path(), m_key, Database::OpenMode::Create);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QVERIFY(db->queryText("PRAGMA cipher_version")->startsWith("4.6"));
        QCOMPARE(db->queryText("PRAGMA temp_store").value(), QString("2")); // MEMORY
        QCOMPARE(db->queryText("PRAGMA secure_delete").value(), QString("1"));
        QCOMPARE(db->queryText("PRAGMA cipher_memory_security").value(), QString("1"));
        QCOMPARE(db->queryText("PRAGMA journal_mode").value(), QString("wal"));
        QCOMPARE(db->queryText("PRAGMA synchronous").value(), QString("2")); // FULL
        QCOMPARE(db->queryText("PRAGMA foreign_keys").value(), QString("1"));
    }

    void fileIsEncrypted()
    {
        makeDatabase(path(), m_key);
        const QByteArray bytes = test::readAll(path());
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("row 1"));
    }

    void wrongKeyFailsLoudlyAndLeavesTheFileAlone()
    {
        makeDatabase(path(), m_key);
        const QByteArray before = sha256Of(path());
        const auto wrong = SecretBytes::random(32);
        auto db = Database::open(path(), wrong, Database::OpenMode::Existing);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code,
                 Error::Code::Damaged); // NOTADB: the store layer says "cannot unlock" first
        QCOMPARE(sha256Of(path()), before);
        QVERIFY(!QFile::exists(path() + "-journal"));
    }

    void missingFileIsNeverCreated()
    {
        auto db = Database::open(path(), m_key, Database::OpenMode::Existing);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path()));
    }

    void flippedBytesAreReportedAsDamage_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("first page") << qint64(100);
        QTest::newRow("a data page") << qint64(4096 * 3 + 200);
        QTest::newRow("last page") << qint64(-100);
    }

    void flippedBytesAreReportedAsDamage()
    {
        QFETCH(qint64, offset);
        makeDatabase(path(), m_key);
        const qint64 size = QFileInfo(path()).size();
        const qint64 at = offset < 0 ? size + offset : offset;
        QByteArray original = test::readAll(path()).mid(at, 4);
        for (auto& c : original) {
            c = static_cast<char>(~c);
        }
        writeAt(path(), at, original);
        auto db = Database::open(path(), m_key, Database::OpenMode::Existing);
        if (db.ok()) {
            // Damage past page 1 only shows when that page is read: the full check reads all.
            auto st = db->verifyIntegrity();
            QVERIFY(!st.ok());
            QVERIFY2(st.error().code == Error::Code::Damaged, qPrintable(st.error().message));
        } else {
            QVERIFY2(db.error().code == Error::Code::Damaged, qPrintable(db.error().message));
        }
    }

    void truncatedFileIsAnErrorNotACrash()
    {
        makeDatabase(path(), m_key, 2000);
        const qint64 size = QFileInfo(path()).size();
        QVERIFY(QFile::resize(path(), size / 2 + 123));
        auto db = Database::open(path(), m_key, Database::OpenMode::Existing);
        if (db.ok()) {
            auto st = db->verifyIntegrity();
            QVERIFY(!st.ok());
            QCOMPARE(st.error().code, Error::Code::Damaged);
            QVERIFY(st.error().message.contains("damaged"));
        } else {
            QVERIFY2(db.error().code == Error::Code::Damaged, qPrintable(db.error().message));
        }
    }

    void aFailedNestedPartUndoesTheWholeTransaction()
    {
        auto db = Database::open(path(), m_key, Database::OpenMode::Create);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t (v INTEGER)").ok());
        {
            Transaction outer(db.value());
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
            {
                Transaction inner(db.value());
                QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
                // no commit: this part failed
            }
            auto st = outer.commit();
            QVERIFY(!st.ok());
            QVERIFY(st.error().message.contains("undone"));
        }
        QCOMPARE(db->queryText("SELECT count(*) FROM t").value(), QString("0"));
        {
            Transaction outer(db.value()); // the next transaction starts clean
            {
                Transaction inner(db.value());
                QVERIFY(db->exec("INSERT INTO t VALUES (3)").ok());
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(db->queryText("SELECT group_concat(v) FROM t").value(), QString("3"));
    }

    // Bound text and blobs are not copied into SQLite; the Statement keeps them alive.
    void boundValuesAreTheCallersAtBindTimeAndNeverLeakIntoTheNextUse()
    {
        auto db = Database::open(path(), m_key, Database::OpenMode::Create);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t (a TEXT, b BLOB, c TEXT)").ok());
        const char* sql = "INSERT INTO t (a, b, c) VALUES (?, ?, ?)";
        {
            auto insert = db->prepare(sql);
            QVERIFY(insert.ok());
            QByteArray blob("original");
            insert->bind(1, QString("temporary %1").arg(1)).bindBlob(2, blob).bind(3, "third");
            blob[0] = 'X'; // the caller changes its copy after binding
            Statement moved = std::move(insert.value()); // and the statement moves
            QVERIFY(moved.run().ok());
        }
        {
            auto reused = db->prepare(sql); // the same statement, back from the cache
            QVERIFY(reused.ok());
            reused->bind(1, QString("second"));
            QVERIFY(reused->run().ok()); // b and c unbound: NULL, not the last use's values
        }
        QCOMPARE(db->queryText("SELECT a || '|' || b || '|' || c FROM t WHERE rowid = 1").value(),
                 QString("temporary 1|original|third"));
        QCOMPARE(db->queryText("SELECT a || '|' || quote(b) || '|' || quote(c) FROM t WHERE rowid "
                               "= 2")
                     .value(),
                 QString("second|NULL|NULL"));
    }

    void anyRollbackChangesTheTransactionGeneration()
    {
        auto opened = Database::open(path(), m_key, Database::OpenMode::Create);
        QVERIFY(opened.ok());
        Database db = std::move(opened.value()); // the rollback hook must follow the move
        QVERIFY(db.exec("CREATE TABLE t (v INTEGER)").ok());
        quint64 g = db.transactionGeneration();
        {
            Transaction tx(db);
            QVERIFY(db.inTransaction());
            QVERIFY(db.transactionGeneration() != g); // a new transaction
            g = db.transactionGeneration();
            QVERIFY(db.exec("INSERT INTO t VALUES (1)").ok());
            QCOMPARE(db.transactionGeneration(), g); // unchanged while it runs
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(!db.inTransaction());
        QVERIFY(db.exec("BEGIN IMMEDIATE").ok());
        g = db.transactionGeneration();
        QVERIFY(db.exec("ROLLBACK").ok());
        QVERIFY(db.transactionGeneration() != g);
    }

    void integrityOfAHealthyStoreIsOk()
    {
        makeDatabase(path(), m_key);
        auto db = Database::open(path(), m_key, Database::OpenMode::Existing);
        QVERIFY(db.ok());
        auto st = db->verifyIntegrity();
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
    }

private:
    QString path() const { return m_dir->filePath("t.db"); }
    std::unique_ptr<QTemporaryDir> m_dir;
    SecretBytes m_key;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
