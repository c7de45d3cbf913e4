// chorus-hub's configuration file (issue 13): the file the Debian package installs parses to
// what it says, bad lines are refused with the file and line named, and the real program
// takes its database, listen address and small-number threshold from the file, so that an
// admin command finds the service's database without --db. Options on the command line win.
#include "hubfixture.h"

#include "sync/hub/hubconfig.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace chorus::hub;
using namespace chorus::test;

namespace {

/** Runs chorus-hub to completion with `environment` added; returns its exit code. */
int runHub(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr,
           const QHash<QString, QString>& environment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CHORUS_HUB_CONFIG"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(hubBinary(), args);
    p.waitForFinished(30000);
    if (out) {
        *out = p.readAllStandardOutput();
    }
    if (err) {
        *err = p.readAllStandardError();
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/** One value from an SQLite file the hub wrote. */
QString sqliteValue(const QString& path, const QString& sql)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "peek");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                value = q.value(0).toString();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

} // namespace

class TestHubConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        f.write(text);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(hubBinary()), "build chorus-hub first");
    }

    void shippedFile()
    {
        const auto config =
            readHubConfig({QStringLiteral(CHORUS_SOURCE_DIR "/sync/deploy/chorus-hub.conf"), true});
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->database, QStringLiteral("sqlite:/var/lib/chorus-hub/hub.sqlite"));
        QCOMPARE(config->listen, QStringLiteral("127.0.0.1:8470"));
        QCOMPARE(config->smallNumberThreshold, std::optional<int>(8));
        QCOMPARE(config->user, QStringLiteral("chorus-hub"));
    }

    void valuesKeepWhatFollowsTheFirstEquals()
    {
        const QString path =
            write("password.conf", "# a comment\n\n  database = "
                                   "postgresql://hub:p#ss=w0rd@127.0.0.1:5432/c\n");
        const auto config = readHubConfig({path, true});
        QVERIFY2(config, qPrintable(config.error().message));
        QCOMPARE(config->database, QStringLiteral("postgresql://hub:p#ss=w0rd@127.0.0.1:5432/c"));
        QVERIFY(config->listen.isEmpty());
        QVERIFY(!config->smallNumberThreshold);
    }

    void missingFiles()
    {
        const QString absent = m_tmp.filePath(QStringLiteral("absent.conf"));
        // The system file is optional: a developer's hub runs without one.
        const auto optional = readHubConfig({absent, false});
        QVERIFY(optional);
        QVERIFY(optional->path.isEmpty());
        // A file someone named must be there.
        const auto named = readHubConfig({absent, true});
        QVERIFY(!named);
        QCOMPARE(named.error().code, chorus::Error::Code::Io);
        QVERIFY2(named.error().message.contains(absent), qPrintable(named.error().message));
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << QByteArray("listen = 127.0.0.1:1\ndatbase = sqlite:x\n")
                                     << QStringLiteral("line 2: unknown key datbase");
        QTest::newRow("no equals")
            << QByteArray("database sqlite:x\n") << QStringLiteral("line 1: expected KEY = VALUE");
        QTest::newRow("twice") << QByteArray("listen = 127.0.0.1:1\nlisten = 127.0.0.1:2\n")
                               << QStringLiteral("line 2: listen is set twice");
        QTest::newRow("database") << QByteArray("database = mysql://x\n")
                                  << QStringLiteral("line 1: database is sqlite:PATH");
        QTest::newRow("listen") << QByteArray("listen = localhost\n")
                                << QStringLiteral("line 1: listen is ADDRESS:PORT");
        QTest::newRow("threshold too low") << QByteArray("small-number-threshold = 4\n")
                                           << QStringLiteral("line 1: small-number-threshold: ");
        QTest::newRow("threshold a word") << QByteArray("small-number-threshold = eight\n")
                                          << QStringLiteral("line 1: small-number-threshold is a "
                                                            "whole number");
        QTest::newRow("user empty")
            << QByteArray("user =\n") << QStringLiteral("line 1: user needs an account name");
    }

    void badLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString path = write(QStringLiteral("bad.conf"), text);
        const auto config = readHubConfig({path, true});
        QVERIFY(!config);
        QCOMPARE(config.error().code, chorus::Error::Code::Invalid);
        const QString& error = config.error().message;
        QVERIFY2(error.startsWith(path + QStringLiteral(", ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        // The program refuses to start on it, with the same words.
        QByteArray err;
        QCOMPARE(runHub({"devices", "--config", path}, nullptr, &err), 2);
        QVERIFY2(err.contains(expected.toUtf8()), err.constData());
    }

    void environmentNamesTheFile()
    {
        qputenv("CHORUS_HUB_CONFIG", "/somewhere/hub.conf");
        const ConfigChoice named = defaultConfigFile();
        qunsetenv("CHORUS_HUB_CONFIG");
        QCOMPARE(named.path, QStringLiteral("/somewhere/hub.conf"));
        QVERIFY(named.explicitly);
        const ConfigChoice system = defaultConfigFile();
        QCOMPARE(system.path, QStringLiteral("/etc/chorus-hub/chorus-hub.conf"));
        QVERIFY(!system.explicitly);
    }

    void adminCommandsUseTheConfiguredDatabase()
    {
        const QString db = m_tmp.filePath(QStringLiteral("admin.sqlite"));
        const QString conf =
            write(QStringLiteral("admin.conf"), "database = sqlite:" + db.toUtf8() + "\n");
        QByteArray out;
        QCOMPARE(runHub({"add-reviewer", "Sam Jones"}, &out, nullptr,
                        {{QStringLiteral("CHORUS_HUB_CONFIG"), conf}}),
                 0);
        QVERIFY2(out.contains("one-time secret"), out.constData());
        QCOMPARE(sqliteValue(db, QStringLiteral("SELECT count(*) FROM reviewers")),
                 QStringLiteral("1"));
        // The same name again is refused: the same database, found through --config too.
        QCOMPARE(runHub({"add-reviewer", "Sam Jones", "--config", conf}), 1);
        // --db on the command line wins over the file.
        const QString other = m_tmp.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(runHub({"add-reviewer", "Sam Jones", "--config", conf, "--db", "sqlite:" + other}),
                 0);
        QCOMPARE(sqliteValue(other, QStringLiteral("SELECT count(*) FROM reviewers")),
                 QStringLiteral("1"));
    }

    void serveTakesListenAndThresholdFromTheFile()
    {
        const QString db = m_tmp.filePath(QStringLiteral("serve.sqlite"));
        const quint16 port = freePort();
        const QString conf = write(QStringLiteral("serve.conf"),
                                   QStringLiteral("database = sqlite:%1\nlisten = 127.0.0.1:%2\n"
                                                  "small-number-threshold = 11\n")
                                       .arg(db)
                                       .arg(port)
                                       .toUtf8());
        const QString audits =
            QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'settings.changed'");
        for (int start = 0; start < 2; ++start) {
            QProcess hub;
            hub.start(hubBinary(), {"serve", "--config", conf});
            QVERIFY(hub.waitForStarted(10000));
            QByteArray out;
            for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
                hub.waitForReadyRead(100);
                out += hub.readAllStandardOutput();
            }
            QVERIFY2(
                out.startsWith(QStringLiteral("listening on 127.0.0.1:%1 ").arg(port).toUtf8()),
                out.constData());
            hub.kill();
            hub.waitForFinished(10000);
            QCOMPARE(sqliteValue(db, QStringLiteral("SELECT value FROM settings WHERE key = "
                                                    "'small_number_threshold'")),
                     QStringLiteral("11"));
            // Written and audited once; a restart with the same value changes nothing.
            QCOMPARE(sqliteValue(db, audits), QStringLiteral("1"));
        }
    }

    void rootSwitchesToTheConfiguredUser()
    {
        const QString missing =
            write(QStringLiteral("nouser.conf"), "user = no-such-chorus-user\n");
        if (geteuid() != 0) {
            // Not root: the line is read but nothing is switched.
            QCOMPARE(runHub({"devices", "--config", missing, "--db",
                             "sqlite:" + m_tmp.filePath(QStringLiteral("u.sqlite"))}),
                     0);
            QSKIP("switching to the configured user needs root; run the hub tests as root "
                  "(as CI does) to check it");
        }
        QByteArray err;
        QCOMPARE(runHub({"devices", "--config", missing}, nullptr, &err), 2);
        QVERIFY2(err.contains("the user no-such-chorus-user named in"), err.constData());
        // In process: an account that is not there is NotFound, told apart from a failed switch.
        const auto config = readHubConfig({missing, true});
        QVERIFY2(config, qPrintable(config.error().message));
        const chorus::Status switched = switchToConfiguredUser(config.value());
        QVERIFY(!switched);
        QCOMPARE(switched.error().code, chorus::Error::Code::NotFound);
        QVERIFY2(switched.error().message.contains(missing), qPrintable(switched.error().message));

        // Root with `user = nobody`: the database the command creates belongs to nobody.
        const passwd* nobody = getpwnam("nobody");
        QVERIFY(nobody);
        QTemporaryDir dir(QStringLiteral("/tmp/chorus-hubconfig-XXXXXX"));
        QVERIFY(dir.isValid());
        QCOMPARE(chown(dir.path().toLocal8Bit().constData(), nobody->pw_uid, nobody->pw_gid), 0);
        const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
        const QString conf = write(QStringLiteral("nobody.conf"),
                                   "user = nobody\ndatabase = sqlite:" + db.toUtf8() + "\n");
        QFile::setPermissions(conf, QFile::permissions(conf) | QFileDevice::ReadOther);
        QCOMPARE(runHub({"devices", "--config", conf}, nullptr, &err), 0);
        QCOMPARE(QFileInfo(db).ownerId(), nobody->pw_uid);
    }

    /** The tool's --help lists every command; a command's --help is its own, with its
     *  options and the shared ones (it used to print the tool's help). */
    void help()
    {
        QByteArray out;
        QCOMPARE(runHub({"--help"}, &out), 0);
        for (const char* command :
             {"serve", "enrol-code", "devices", "revoke", "erase", "publish-pack", "example-pack",
              "publish-consultation", "add-reviewer", "disable-reviewer", "audit verify"}) {
            QVERIFY2(out.contains(QByteArray("\n  ") + command), command);
        }
        QCOMPARE(runHub({"serve", "--help"}, &out), 0);
        QVERIFY2(out.startsWith("usage: chorus-hub serve"), out.constData());
        for (const char* option :
             {"--listen ADDRESS:PORT", "--tls-cert FILE", "--db DATABASE", "--config FILE"}) {
            QVERIFY2(out.contains(option), option);
        }
        QVERIFY2(!out.contains("--role"), "add-reviewer's option in serve's help");
        QCOMPARE(runHub({"help", "add-reviewer"}, &out), 0);
        QVERIFY2(out.startsWith("usage: chorus-hub add-reviewer [OPTIONS] NAME"), out.constData());
        QCOMPARE(runHub({}, &out), 2);
        QVERIFY(out.contains("Commands:"));
    }

    /** An option the command does not take is refused (exit 2, naming it) before the
     *  database is opened: another command's option used to be accepted and ignored. */
    void unknownOptionIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown") << QStringList{"devices", "--verbose"} << "'verbose'";
        QTest::newRow("serve's, on devices")
            << QStringList{"devices", "--listen", "127.0.0.1:1"} << "'listen'";
        QTest::newRow("before the command") << QStringList{"--verbose", "devices"} << "'verbose'";
    }

    void unknownOptionIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString db = dir.filePath("hub.sqlite");
        QByteArray err;
        QCOMPARE(runHub(args + QStringList{"--db", "sqlite:" + db}, nullptr, &err), 2);
        QVERIFY2(err.contains("Unknown option " + named.toUtf8()), err.constData());
        QVERIFY2(!QFile::exists(db), "the database was opened");
    }

    /** A valued option without its value names the option (exit 2). */
    void missingValueIsRefused()
    {
        QByteArray err;
        QCOMPARE(runHub({"serve", "--listen"}, nullptr, &err), 2);
        QVERIFY2(err.contains("Missing value after '--listen'"), err.constData());
        QCOMPARE(runHub({"enrol-code", "--new-consultation", "c1", "--expires-in"}, nullptr, &err),
                 2);
        QVERIFY2(err.contains("Missing value after '--expires-in'"), err.constData());
    }

    void version()
    {
        QByteArray out;
        QCOMPARE(runHub({"--version"}, &out), 0);
        QCOMPARE(out.trimmed(), QByteArray("chorus-hub " CHORUS_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestHubConfig)
#include "tst_hubconfig.moc"
