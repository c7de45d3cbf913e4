// KEY-1 to KEY-3 of security.md: the data key is random and only ever stored wrapped;
// passphrases rewrap one slot; too many failed unlocks crypto-shred the slots.
#include "core/crypto/keyvault.h"
#include "support/storefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

namespace {
QByteArray raw(const SecretBytes& key)
{
    return QByteArray(reinterpret_cast<const char*>(key.data()),
                      static_cast<qsizetype>(key.size()));
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
