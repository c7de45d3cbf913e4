// REL-1: kill -9 at random moments while writing, at least 200 times; after each, both
// integrity checks pass and every answer reported saved is there. KEY-2: a kill during a
// passphrase change leaves exactly one working passphrase and intact data.
#include "core/crypto/keyvault.h"
#include "support/processrunner.h"
#include "support/storefixture.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace chorus;

namespace {

constexpr int kKills = 200;

/** Starts a child, lets it run for about `ms` (or until it has written, see below) and
 *  kills it with SIGKILL, returning what it printed. */
QByteArray killAfter(QProcess& p, int ms, bool waitForFirstSave)
{
    QByteArray out;
    if (waitForFirstSave) {
        while (!out.contains("saved") && p.state() == QProcess::Running) {
            p.waitForReadyRead(2000);
            out += p.readAllStandardOutput();
        }
    }
    QTest::qWait(0);
    QThread::msleep(static_cast<unsigned long>(ms));
    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    p.waitForFinished(5000);
    return out + p.readAllStandardOutput();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWritersLoseNothingReportedSaved()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        fx.store.reset(); // the writer process owns the store from here
        QSet<QString> reported;
        auto* rng = QRandomGenerator::global();
        int killedMidWrite = 0;
        for (int i = 0; i < kKills; ++i) {
            QProcess writer;
            writer.start(test::binary("storewriter"),
                         {fx.dataDir(), fx.session.id, fx.participant.id});
            QVERIFY(writer.waitForStarted());
            writer.write("correct horse battery\n");
            writer.closeWriteChannel();
            // Most kills land mid-write; some during start-up and unlock.
            const bool midWrite = rng->bounded(4) != 0;
            const QByteArray out =
                killAfter(writer, static_cast<int>(rng->bounded(midWrite ? 40 : 25)), midWrite);
            killedMidWrite += midWrite ? 1 : 0;
            for (const QByteArray& line : out.split('\n')) {
                if (line.startsWith("saved ")) {
                    reported.insert(QString::fromLatin1(line.mid(6)));
                }
            }
            auto store = Store::unlock(fx.dataDir(), "correct horse battery", fx.options());
            QVERIFY2(store.ok(),
                     qPrintable(QString("after kill %1: %2").arg(i).arg(store.error().message)));
            auto st = store.value()->database().verifyIntegrity();
            QVERIFY2(st.ok(),
                     qPrintable(QString("after kill %1: %2").arg(i).arg(st.error().message)));
            if (i % 20 == 19 || i == kKills - 1) {
                auto saved = store.value()->responses().forParticipant(fx.participant.id);
                QSet<QString> present;
                for (const auto& r : saved.value()) {
                    present.insert(r.id);
                }
                for (const auto& id : std::as_const(reported)) {
                    QVERIFY2(present.contains(id),
                             qPrintable("reported saved but missing after kill: " + id));
                }
            }
        }
        qInfo("%d kills (%d mid-write), %lld answers reported saved and all present", kKills,
              killedMidWrite, static_cast<long long>(reported.size()));
        QVERIFY2(reported.size() > kKills,
                 "the writer hardly wrote anything: the test did not test");
    }

    void killDuringPassphraseChangeLeavesExactlyOne()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->responses().save(fx.textAnswer("still here")).ok());
        fx.store.reset();
        QByteArray current = "correct horse battery";
        QByteArray next = "a different passphrase";
        auto* rng = QRandomGenerator::global();
        int changed = 0;
        for (int i = 0; i < 30; ++i) {
            QProcess ctl;
            ctl.start(test::binary("chorusctl"),
                      {"--data-dir", fx.dataDir(), "--kdf-ms", "30", "passphrase", "change"});
            QVERIFY(ctl.waitForStarted());
            ctl.write(current + '\n' + next + '\n');
            ctl.closeWriteChannel();
            QThread::msleep(static_cast<unsigned long>(rng->bounded(120)));
            ::kill(static_cast<pid_t>(ctl.processId()), SIGKILL);
            ctl.waitForFinished(5000);

            KeyVault vault(Store::keySlotsPath(fx.dataDir()));
            const bool oldWorks = vault.unlockWithPassphrase(current).ok();
            const bool newWorks = vault.unlockWithPassphrase(next).ok();
            QVERIFY2(
                oldWorks != newWorks,
                qPrintable(QString("round %1: old %2, new %3").arg(i).arg(oldWorks).arg(newWorks)));
            if (newWorks) {
                std::swap(current, next);
                ++changed;
            }
            auto store = Store::unlock(fx.dataDir(), current, fx.options());
            QVERIFY2(store.ok(), qPrintable(store.error().message));
            QVERIFY(store.value()->verify().ok());
            QCOMPARE(store.value()->responses().forParticipant(fx.participant.id)->first().text,
                     QString("still here"));
        }
        qInfo("30 interrupted changes, %d completed before the kill", changed);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
