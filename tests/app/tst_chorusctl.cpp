// chorusctl as a process: set up, import, export, withdraw, verify; and ST-2 / ST-4 of
// security.md: after a scripted session with canaries, no canary is found in the data
// directory, the temp directory or the logs, also with the system libsqlite3 preloaded.
#include "support/processrunner.h"
#include "support/storefixture.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace chorus;

namespace {

constexpr auto kPassphrase = "a long practitioner passphrase\n";

QByteArray importFile(const QString& canary)
{
    QByteArray doc = R"json({"format": "chorus-import/1",
      "pack": PACK,
      "consultation": {"title": "Our family time", "purpose": "We want to know what family time is like.",
                       "retentionDays": 90, "packId": "test-pack", "packVersion": 1},
      "participants": [
        {"codeName": "Kestrel", "ageBand": "12-15", "role": "young-person",
         "consent": {"givenBy": "child", "assessor": "sw-4", "assessmentBasis": "Read the sheet together; she explained it back.",
                     "explanationVersion": "paper-2", "explanationLanguage": "en", "method": "signed paper",
                     "scopes": ["store", "share"]},
         "responses": [{"activityId": "say", "kind": "text", "text": "CANARY"},
                       {"activityId": "feel", "kind": "scale", "value": {"value": 2}}]}]})json";
    doc.replace("PACK", test::minimalPackJson());
    doc.replace("CANARY", canary.toUtf8());
    return doc;
}

/** Every byte of every regular file below dir. */
QByteArray filesUnder(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        all += test::readAll(it.next());
    }
    return all;
}

} // namespace

class TestChorusctl : public QObject
{
    Q_OBJECT

private slots:
    void helpNamesEveryCommand()
    {
        auto r = test::runBinary("chorusctl", {"--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char* c : {"init", "verify", "import", "export-participant", "withdraw",
                              "passphrase", "stats"}) {
            QVERIFY2(r.out.contains(c), c);
        }
    }

    /** Each command's --help is its own: its words, its options and the shared ones, and
     *  not the other commands' options. */
    void eachCommandHasItsOwnHelp()
    {
        auto r = test::runBinary("chorusctl", {"enrol", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("usage: chorusctl enrol"), r.out.constData());
        for (const char* option : {"--hub URL", "--code CODE", "--ca FILE", "--data-dir DIR"}) {
            QVERIFY2(r.out.contains(option), option);
        }
        QVERIFY2(!r.out.contains("--uses"), "invite's option in enrol's help");
        r = test::runBinary("chorusctl", {"--data-dir", "somewhere", "withdraw", "-h"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("usage: chorusctl withdraw [OPTIONS] CODE"), r.out.constData());
        QVERIFY(r.out.contains("--consultation ID"));
    }

    /** An option a command does not take is refused with the usage code and its name,
     *  before the store is opened (it used to be ignored: verify ran and exited 0). */
    void unknownOptionIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("after the command") << QStringList{"verify", "--fast"} << 64 << "'fast'";
        QTest::newRow("another command's") << QStringList{"stats", "--uses", "3"} << 64 << "'uses'";
        QTest::newRow("before the command") << QStringList{"--fast", "verify"} << 64 << "'fast'";
        QTest::newRow("redact keeps its code") << QStringList{"redact", "--fast"} << 2 << "'fast'";
    }

    void unknownOptionIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QTemporaryDir data;
        const QStringList base{"--data-dir", data.path(), "--kdf-ms", "20"};
        QCOMPARE(test::runBinary("chorusctl", base + QStringList{"init"}, kPassphrase).exitCode, 0);
        auto r = test::runBinary("chorusctl", base + args, kPassphrase);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains("Unknown option " + named.toUtf8()), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

    /** A valued option at the end of the line names what lacks its value; usage code. */
    void missingValueIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("shared, before") << QStringList{"--data-dir"} << "--data-dir";
        QTest::newRow("shared, after") << QStringList{"verify", "--data-dir"} << "--data-dir";
        QTest::newRow("the command's")
            << QStringList{"withdraw", "Kestrel", "--consultation"} << "--consultation";
        QTest::newRow("redact's") << QStringList{"redact", "--names-file"} << "--names-file";
    }

    void missingValueIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        auto r = test::runBinary("chorusctl", args);
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains("Missing value after '" + named.toUtf8() + "'"), r.err.constData());
    }

    void passphraseIsNeverTakenFromArguments()
    {
        QTemporaryDir dir;
        auto r = test::runBinary("chorusctl",
                                 {"--data-dir", dir.path(), "--passphrase", "secret", "init"});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains("never taken from the command line"));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void scriptedSessionLeavesNoCanary_data()
    {
        QTest::addColumn<bool>("preloadSystemSqlite");
        QTest::newRow("as built") << false;
        QTest::newRow("LD_PRELOAD libsqlite3") << true;
    }

    void scriptedSessionLeavesNoCanary()
    {
        QFETCH(bool, preloadSystemSqlite);
        QTemporaryDir data;
        QTemporaryDir temp;
        QTemporaryDir inbox; // where the import file comes from, outside both scanned folders
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("TMPDIR", temp.path());
        env.insert("QT_LOGGING_RULES", "*.debug=true");
        if (preloadSystemSqlite) {
            const QString lib = "/usr/lib/x86_64-linux-gnu/libsqlite3.so.0";
            QVERIFY2(QFile::exists(lib), "libsqlite3-0 is installed by scripts/bootstrap");
            env.insert("LD_PRELOAD", lib);
        }
        const QString canary = "CANARY-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString file = inbox.filePath("paper.json");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(importFile(canary));
        }
        const QStringList base{"--data-dir", data.path(), "--kdf-ms", "20"};
        QByteArray logs;
        const auto ctl = [&](const QStringList& args) {
            auto r = test::runBinary("chorusctl", base + args, kPassphrase, env);
            logs += r.err;
            return r;
        };
        auto init = ctl({"init"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY(init.out.contains("Recovery key"));
        auto imported = ctl({"import", file});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        logs += imported.out;
        auto stats = ctl({"stats"});
        QVERIFY(stats.out.contains("responses: 2"));
        QVERIFY(stats.out.contains("cipher: SQLCipher 4.6"));
        logs += stats.out;
        auto exported = ctl({"export-participant", "Kestrel"});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(canary.toUtf8()),
                 "the export is the one place the answer belongs");
        auto verified = ctl({"verify"});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        logs += verified.out;

        const QByteArray db = test::readAll(Store::databasePath(data.path()));
        QVERIFY(!db.isEmpty());
        QVERIFY2(!db.startsWith("SQLite format 3"), "the store was written in plaintext");
        const QByteArray onDisk = filesUnder(data.path()) + filesUnder(temp.path());
        for (const QByteArray& form : test::encodedForms(canary)) {
            QVERIFY2(!onDisk.contains(form), qPrintable("canary on disk as " + form));
            QVERIFY2(!logs.contains(form), qPrintable("canary in output as " + form));
        }

        auto withdrawn = ctl({"withdraw", "Kestrel"});
        QVERIFY2(withdrawn.exitCode == 0, withdrawn.err.constData());
        QVERIFY(withdrawn.out.contains("erased 2 answers"));
        QCOMPARE(ctl({"export-participant", "Kestrel"}).exitCode, 4);
        QVERIFY(ctl({"stats"}).out.contains("responses: 0"));
        QCOMPARE(ctl({"verify"}).exitCode, 0);
    }

    void wrongPassphraseIsExitTwoAndTouchesNothing()
    {
        QTemporaryDir data;
        const QStringList base{"--data-dir", data.path(), "--kdf-ms", "20"};
        QCOMPARE(test::runBinary("chorusctl", base + QStringList{"init"}, kPassphrase).exitCode, 0);
        const QByteArray before = test::readAll(Store::databasePath(data.path()));
        auto r = test::runBinary("chorusctl", base + QStringList{"stats"}, "not it at all\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Cannot unlock"));
        QCOMPARE(test::readAll(Store::databasePath(data.path())), before);
    }

    void recoveryKeyUnlocks()
    {
        QTemporaryDir data;
        const QStringList base{"--data-dir", data.path(), "--kdf-ms", "20"};
        auto init = test::runBinary("chorusctl", base + QStringList{"init"}, kPassphrase);
        const QByteArray key = init.out.trimmed().split('\n').last();
        auto r =
            test::runBinary("chorusctl", base + QStringList{"--recovery", "verify"}, key + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void passphraseCanBeChangedAddedAndRemoved()
    {
        QTemporaryDir data;
        const QStringList base{"--data-dir", data.path(), "--kdf-ms", "20"};
        QCOMPARE(test::runBinary("chorusctl", base + QStringList{"init"}, kPassphrase).exitCode, 0);
        auto changed = test::runBinary("chorusctl", base + QStringList{"passphrase", "change"},
                                       QByteArray(kPassphrase) + "the new passphrase here\n");
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QCOMPARE(test::runBinary("chorusctl", base + QStringList{"verify"}, kPassphrase).exitCode,
                 2);
        QCOMPARE(
            test::runBinary("chorusctl", base + QStringList{"verify"}, "the new passphrase here\n")
                .exitCode,
            0);
        QCOMPARE(test::runBinary("chorusctl", base + QStringList{"passphrase", "add"},
                                 "the new passphrase here\nsecond person's phrase\n")
                     .exitCode,
                 0);
        QCOMPARE(test::runBinary("chorusctl", base + QStringList{"passphrase", "remove"},
                                 "the new passphrase here\n")
                     .exitCode,
                 0);
        QCOMPARE(
            test::runBinary("chorusctl", base + QStringList{"verify"}, "second person's phrase\n")
                .exitCode,
            0);
    }

    void malformedImportNamesThePath()
    {
        QTemporaryDir data;
        const QStringList base{"--data-dir", data.path(), "--kdf-ms", "20"};
        QCOMPARE(test::runBinary("chorusctl", base + QStringList{"init"}, kPassphrase).exitCode, 0);
        const QString file = data.filePath("bad.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(importFile("x").replace("\"12-15\"", "\"twelve\""));
        f.close();
        auto r = test::runBinary("chorusctl", base + QStringList{"import", file}, kPassphrase);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("$.participants[0].ageBand"), r.err.constData());
        QVERIFY(test::runBinary("chorusctl", base + QStringList{"stats"}, kPassphrase)
                    .out.contains("consultations: 0"));
    }

    /** `purge` says what it removed for every kind retention covers (issue 22): a count per
     *  kind, and never a code name, a title or an answer. Nothing here is past its date yet
     *  (retention is at least a day and chorusctl runs on the real clock), so every count is
     *  0; the counts themselves are tested against a moved clock in tst_store. */
    void purgeListsEveryKindItRemovedAndNothingPersonal()
    {
        QTemporaryDir data;
        const QStringList base{"--data-dir", data.path(), "--kdf-ms", "20"};
        QCOMPARE(test::runBinary("chorusctl", base + QStringList{"init"}, kPassphrase).exitCode, 0);
        const QString file = data.filePath("paper.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(importFile("purge canary words"));
        f.close();
        QCOMPARE(
            test::runBinary("chorusctl", base + QStringList{"import", file}, kPassphrase).exitCode,
            0);
        auto r = test::runBinary("chorusctl", base + QStringList{"purge"}, kPassphrase);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char* line :
             {"participants: 0", "answers: 0", "consultations: 0", "names to hide: 0",
              "downloaded actions: 0", "own-time sessions: 0"}) {
            QVERIFY2(
                r.out.contains(line),
                qPrintable(QString("missing \"%1\" in:\n%2").arg(line, QString::fromUtf8(r.out))));
        }
        for (const char* personal : {"Kestrel", "Our family time", "purge canary words"}) {
            QVERIFY2(!r.out.contains(personal) && !r.err.contains(personal), personal);
        }
        QVERIFY(test::runBinary("chorusctl", base + QStringList{"stats"}, kPassphrase)
                    .out.contains("responses: 2"));
    }
};

QTEST_GUILESS_MAIN(TestChorusctl)
#include "tst_chorusctl.moc"
