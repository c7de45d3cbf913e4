// KEY-1 to KEY-3 of security.md: the data key is random and only ever stored wrapped;
// passphrases rewrap one slot; too many failed unlocks crypto-shred the slots.
#include "core/crypto/keyvault.h"
#include "support/storefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace chorus;

namespace {
QByteArray raw(const SecretBytes& key)
{
    return QByteArray(reinterpret_cast<const char*>(key.data()),
                      static_cast<qsizetype>(key.size()));
}

/** The file's inode: the same one after a write means written in place, not renamed over. */
ino_t inodeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

QStringList g_messages;
void captureMessages(QtMsgType, const QMessageLogContext&, const QString& msg)
{
    g_messages << msg;
}
/** Key files damaged in the ways a crash, a bad copy or tampering would leave them. */
void addDamagedSlotFiles()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x01\x02not json at all");
    QTest::newRow("truncated")
        << QByteArray(R"json({"format": "chorus-keyslots/1", "failedUnlocks": 0, "slots": []})json")
               .left(50);
    QTest::newRow("no slots") << QByteArray(
        R"json({"format": "chorus-keyslots/1", "failedUnlocks": 0, "maxFailedUnlocks": 10, "slots": []})json");
    QTest::newRow("bad salt") << QByteArray(
        R"json({"format": "chorus-keyslots/1", "failedUnlocks": 0, "maxFailedUnlocks": 10,
            "slots": [{"id": "x", "kind": "passphrase", "salt": "AAAA", "nonce": "", "wrapped": "", "opslimit": 1, "memlimit": 8192}]})json");
}

} // namespace

class TestKeyVault : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createdKeyIsRandomAndUnlocksWithBothSecrets()
    {
        KeyVault vault(m_dir.filePath("a.json"));
        auto created = vault.create("correct horse battery", test::fastKdf());
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(created->dataKey.size(), std::size_t(32));

        KeyVault other(m_dir.filePath("b.json"));
        auto second = other.create("correct horse battery", test::fastKdf());
        QVERIFY(second.ok());
        QVERIFY2(!created->dataKey.equals(second->dataKey),
                 "two stores must never share a data key");

        auto byPass = vault.unlockWithPassphrase("correct horse battery");
        QVERIFY2(byPass.ok(), qPrintable(byPass.error().message));
        QVERIFY(byPass->equals(created->dataKey));
        auto byRecovery =
            vault.unlockWithRecoveryKey(created->recoveryKey.toLower().replace('-', ' '));
        QVERIFY2(byRecovery.ok(), qPrintable(byRecovery.error().message));
        QVERIFY(byRecovery->equals(created->dataKey));
    }

    void keyNeverAppearsInTheSlotFileOrLogs()
    {
        g_messages.clear();
        const auto previous = qInstallMessageHandler(captureMessages);
        KeyVault vault(m_dir.filePath("k.json"));
        auto created = vault.create("correct horse battery", test::fastKdf());
        auto unlocked = vault.unlockWithPassphrase("correct horse battery");
        qInstallMessageHandler(previous);
        QVERIFY(created.ok() && unlocked.ok());
        const QByteArray file = test::readAll(m_dir.filePath("k.json"));
        const QByteArray key = raw(created->dataKey);
        for (const QByteArray& form : {key, key.toHex(), key.toHex().toUpper(), key.toBase64()}) {
            QVERIFY2(!file.contains(form), "the data key is stored in the clear");
            QVERIFY(!g_messages.join('\n').toLatin1().contains(form));
        }
        QVERIFY(!file.contains("correct horse battery"));
        QVERIFY(!file.contains(created->recoveryKey.toLatin1()));
    }

    void wrongPassphraseIsAClearErrorAndCounts()
    {
        KeyVault vault(m_dir.filePath("w.json"));
        QVERIFY(vault.create("correct horse battery", test::fastKdf()).ok());
        auto wrong = vault.unlockWithPassphrase("incorrect horse");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, Error::Code::CannotUnlock);
        QVERIFY(wrong.error().message.contains("Cannot unlock"));
        QCOMPARE(vault.failedUnlocks(), 1);
        QVERIFY(vault.unlockWithPassphrase("correct horse battery").ok());
        QCOMPARE(vault.failedUnlocks(), 0);
    }

    void tenFailuresDestroyTheSlots()
    {
        KeyVault vault(m_dir.filePath("d.json"));
        auto created = vault.create("correct horse battery", test::fastKdf());
        QVERIFY(created.ok());
        for (int i = 1; i < KeyVault::kDefaultMaxFailures; ++i) {
            QCOMPARE(vault.unlockWithPassphrase("guess " + QByteArray::number(i)).error().code,
                     Error::Code::CannotUnlock);
        }
        // Until the limit, the recovery key still works (and so does the passphrase).
        QCOMPARE(vault.failedUnlocks(), KeyVault::kDefaultMaxFailures - 1);
        const QByteArray before = test::readAll(m_dir.filePath("d.json"));
        QCOMPARE(vault.unlockWithPassphrase("one guess too many").error().code,
                 Error::Code::SlotsDestroyed);
        const QByteArray after = test::readAll(m_dir.filePath("d.json"));
        QVERIFY(!after.contains(QJsonDocument::fromJson(before)
                                    .object()
                                    .value("slots")
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value("wrapped")
                                    .toString()
                                    .toLatin1()));
        QCOMPARE(vault.unlockWithPassphrase("correct horse battery").error().code,
                 Error::Code::SlotsDestroyed);
        QCOMPARE(vault.unlockWithRecoveryKey(created->recoveryKey).error().code,
                 Error::Code::SlotsDestroyed);
    }

    void recoveryKeyWorksUntilTheLimit()
    {
        KeyVault vault(m_dir.filePath("r.json"));
        auto created = vault.create("correct horse battery", test::fastKdf());
        for (int i = 1; i < KeyVault::kDefaultMaxFailures; ++i) {
            QVERIFY(!vault.unlockWithPassphrase("guess").ok());
        }
        auto recovered = vault.unlockWithRecoveryKey(created->recoveryKey);
        QVERIFY2(recovered.ok(), qPrintable(recovered.error().message));
        QVERIFY(recovered->equals(created->dataKey));
        QCOMPARE(vault.failedUnlocks(), 0);
    }

    /** Issue 14: a forgotten passphrase is replaced with the recovery key; every old
     *  passphrase stops working, the key keeps working, and a wrong key counts. */
    void recoveryKeyResetsAForgottenPassphrase()
    {
        KeyVault vault(m_dir.filePath("reset.json"));
        auto created = vault.create("correct horse battery", test::fastKdf());
        QVERIFY(vault.addPassphrase("correct horse battery", "second practitioner", test::fastKdf())
                    .ok());
        auto wrong =
            vault.resetPassphrase(QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"),
                                  "forgotten no more", test::fastKdf());
        QCOMPARE(wrong.error().code, Error::Code::CannotUnlock);
        QCOMPARE(vault.failedUnlocks(), 1);
        QVERIFY(vault.unlockWithPassphrase("correct horse battery").ok()); // nothing changed
        QCOMPARE(vault.resetPassphrase(created->recoveryKey, "short", test::fastKdf()).error().code,
                 Error::Code::Invalid);

        auto reset = vault.resetPassphrase(created->recoveryKey.toLower(), "forgotten no more",
                                           test::fastKdf());
        QVERIFY2(reset.ok(), qPrintable(reset.error().message));
        QVERIFY(reset->equals(created->dataKey));
        QCOMPARE(vault.passphraseSlotCount(), 1);
        QCOMPARE(vault.unlockWithPassphrase("correct horse battery").error().code,
                 Error::Code::CannotUnlock);
        QCOMPARE(vault.unlockWithPassphrase("second practitioner").error().code,
                 Error::Code::CannotUnlock);
        QVERIFY(vault.unlockWithPassphrase("forgotten no more")->equals(created->dataKey));
        QVERIFY(vault.unlockWithRecoveryKey(created->recoveryKey)->equals(created->dataKey));
    }

    void changeRewrapsOneSlot()
    {
        KeyVault vault(m_dir.filePath("c.json"));
        auto created = vault.create("correct horse battery", test::fastKdf());
        QVERIFY(vault.addPassphrase("correct horse battery", "second practitioner", test::fastKdf())
                    .ok());
        QCOMPARE(vault.passphraseSlotCount(), 2);
        auto st = vault.changePassphrase("correct horse battery", "new staple passphrase",
                                         test::fastKdf());
        QVERIFY2(st.ok(), qPrintable(st.error().message));
        QCOMPARE(vault.unlockWithPassphrase("correct horse battery").error().code,
                 Error::Code::CannotUnlock);
        QVERIFY(vault.unlockWithPassphrase("new staple passphrase")->equals(created->dataKey));
        QVERIFY(vault.unlockWithPassphrase("second practitioner")->equals(created->dataKey));
        QCOMPARE(vault.passphraseSlotCount(), 2);
    }

    void removeKeepsTheLastPassphrase()
    {
        KeyVault vault(m_dir.filePath("m.json"));
        QVERIFY(vault.create("correct horse battery", test::fastKdf()).ok());
        QCOMPARE(vault.removePassphrase("correct horse battery").error().code,
                 Error::Code::Invalid);
        QVERIFY(vault.addPassphrase("correct horse battery", "second practitioner", test::fastKdf())
                    .ok());
        QVERIFY(vault.removePassphrase("correct horse battery").ok());
        QCOMPARE(vault.unlockWithPassphrase("correct horse battery").error().code,
                 Error::Code::CannotUnlock);
        QVERIFY(vault.unlockWithPassphrase("second practitioner").ok());
    }

    void shortPassphraseIsRefused()
    {
        KeyVault vault(m_dir.filePath("s.json"));
        auto created = vault.create("short", test::fastKdf());
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Code::Invalid);
        QVERIFY(!vault.exists());
    }

    // #22.6: a failed try rewrote the whole key file by rename, leaving each earlier full copy
    // of the wrapped keys in freed blocks. Now it changes only the tries record, in place.
    void failedTriesNeverRewriteTheWrappedKeys()
    {
        const QString path = m_dir.filePath("t.json");
        KeyVault vault(path);
        QVERIFY(vault.create("correct horse battery", test::fastKdf()).ok());
        const QByteArray keysBefore = test::readAll(path);
        QVERIFY2(QFile::exists(m_dir.filePath("t.tries")),
                 "the failure counter has its own record");
        const auto inodeBefore = inodeOf(m_dir.filePath("t.tries"));
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(!vault.unlockWithPassphrase("guess " + QByteArray::number(i)).ok());
            QCOMPARE(vault.failedUnlocks(), i);
            QCOMPARE(test::readAll(path), keysBefore);
        }
        QVERIFY(vault.unlockWithPassphrase("correct horse battery").ok());
        QCOMPARE(vault.failedUnlocks(), 0);
        QCOMPARE(test::readAll(path), keysBefore);
        // Rewritten in place: the same file, never a renamed new copy.
        QCOMPARE(inodeOf(m_dir.filePath("t.tries")), inodeBefore);
        QVERIFY(!QFile::exists(path + ".new"));
    }

    // #22.6: the counter was plain JSON; setting it back to 0 gave every guess back.
    void editedCounterIsNoticed_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("count set to zero") << "zero";
        QTest::newRow("limit raised") << "limit";
        QTest::newRow("record deleted") << "delete";
    }
    void editedCounterIsNoticed()
    {
        QFETCH(QString, edit);
        const QString path = m_dir.filePath("e-" + edit + ".json");
        const QString tries = m_dir.filePath("e-" + edit + ".tries");
        KeyVault vault(path);
        QVERIFY(vault.create("correct horse battery", test::fastKdf()).ok());
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(!vault.unlockWithPassphrase("guess " + QByteArray::number(i)).ok());
        }
        QByteArray record = test::readAll(tries);
        QVERIFY(record.size() > 16);
        if (edit == "delete") {
            QVERIFY(QFile::remove(tries));
        } else {
            // Little-endian count at 8, limit at 12: what an editor of the file would change.
            const int at = edit == "zero" ? 8 : 12;
            record[at] = edit == "zero" ? char(0) : char(0x7f);
            record[at + 1] = edit == "zero" ? char(0) : char(0x7f);
            QFile f(tries);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(record);
        }
        // Not trusted: one try short of the limit, so the next wrong guess shreds...
        QCOMPARE(vault.failedUnlocks(), KeyVault::kDefaultMaxFailures - 1);
        QCOMPARE(vault.unlockWithPassphrase("one more guess").error().code,
                 Error::Code::SlotsDestroyed);
    }

    void editedCounterStillLetsTheRightPassphraseIn()
    {
        const QString path = m_dir.filePath("right.json");
        KeyVault vault(path);
        auto created = vault.create("correct horse battery", test::fastKdf());
        QVERIFY(created.ok());
        QVERIFY(QFile::remove(m_dir.filePath("right.tries")));
        auto opened = vault.unlockWithPassphrase("correct horse battery");
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QVERIFY(opened->equals(created->dataKey));
        QCOMPARE(vault.failedUnlocks(), 0); // and the record is trusted again
    }

    // A key file written before the tries record: its count carries over, once.
    void olderKeyFileKeepsItsCount()
    {
        const QString path = m_dir.filePath("o.json");
        KeyVault vault(path);
        auto created = vault.create("correct horse battery", test::fastKdf());
        QVERIFY(created.ok());
        QJsonObject root = QJsonDocument::fromJson(test::readAll(path)).object();
        root.remove("counterKey");
        root.insert("failedUnlocks", 4);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
        f.close();
        QVERIFY(QFile::remove(m_dir.filePath("o.tries")));
        QCOMPARE(vault.failedUnlocks(), 4);
        QVERIFY(!vault.unlockWithPassphrase("guess").ok());
        QCOMPARE(vault.failedUnlocks(), 5);
        QVERIFY(!test::readAll(path).contains("failedUnlocks"));
        QVERIFY(vault.unlockWithRecoveryKey(created->recoveryKey).ok());
    }

    // The iteration count is bounded like the memory: an edited key file cannot make an
    // unlock run Argon2id for hours. Refused before any derivation, counted as nothing, the
    // file left as it was; with its real value back the passphrase works again.
    void editedIterationCountIsRefusedAndLosesNothing()
    {
        const QString path = m_dir.filePath("ops.json");
        KeyVault vault(path);
        auto created = vault.create("correct horse battery", test::fastKdf());
        QVERIFY(created.ok());
        const QByteArray original = test::readAll(path);
        QJsonObject root = QJsonDocument::fromJson(original).object();
        QJsonArray entries = root.value("slots").toArray();
        bool edited = false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject slot = entries.at(i).toObject();
            if (slot.value("kind").toString() == QLatin1String("passphrase")) {
                slot.insert("opslimit", static_cast<qint64>(KdfCost::kMaxOpsLimit + 1));
                entries[i] = slot;
                edited = true;
            }
        }
        QVERIFY(edited);
        root.insert("slots", entries);
        const QByteArray tampered = QJsonDocument(root).toJson();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(tampered);
        f.close();

        auto refused = vault.unlockWithPassphrase("correct horse battery");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Damaged);
        QVERIFY2(refused.error().message.contains(
                     QStringLiteral("%1 passes").arg(KdfCost::kMaxOpsLimit + 1)) &&
                     refused.error().message.contains(
                         QStringLiteral("the %1 Chorus allows").arg(KdfCost::kMaxOpsLimit)),
                 qPrintable(refused.error().message));
        QCOMPARE(test::readAll(path), tampered); // left as it was
        QVERIFY(!vault.unlockWithPassphrase("a wrong guess").ok());

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(original);
        f.close();
        QCOMPARE(vault.failedUnlocks(), 0); // nothing counted while the file was refused
        auto opened = vault.unlockWithPassphrase("correct horse battery");
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QVERIFY(opened->equals(created->dataKey));
    }

    void damagedSlotFileIsReportedNotCrashed_data() { addDamagedSlotFiles(); }

    void damagedSlotFileIsReportedNotCrashed()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath("bad.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto r = KeyVault(path).unlockWithPassphrase("correct horse battery");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Damaged);
        QVERIFY(r.error().message.contains("key file is damaged"));
        QCOMPARE(test::readAll(path), content); // a damaged file is left as it was, for recovery
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
