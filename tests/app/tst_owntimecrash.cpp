// Issue 16: kill -9 at every step of the young person's "Send" and of the practitioner's
// import, at least 200 kills in all: nothing the young person saved is lost, nothing is
// imported twice, and the store passes both integrity checks after each kill. Half of the
// kills land on a named step (owntimetool's CHORUS_KILL_AT), the rest at random moments.
#include "core/store/owntime.h"
#include "support/processrunner.h"
#include "support/storefixture.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace chorus;

namespace {

constexpr int kKills = 200;
constexpr auto kPassphrase = "correct horse battery";
constexpr auto kPin = "258046";
const char* const kSteps[] = {"send:id-chosen", "send:sealed",      "send:noted",
                              "import:opened",  "import:committed", "import:removed"};

struct Run
{
    QByteArray out;
    bool killed = false;
};

/** Runs owntimetool once. killAt names a step to die at; otherwise, when randomKill, the
 *  child is killed a random moment after it said it was ready (or during its start). */
Run runTool(const QString& mode, const QString& dataDir, const QByteArray& secret,
            const char* killAt, bool randomKill)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    if (killAt != nullptr) {
        env.insert("CHORUS_KILL_AT", QString::fromLatin1(killAt));
    }
    p.setProcessEnvironment(env);
    p.start(test::binary("owntimetool"), {mode, dataDir});
    if (!p.waitForStarted()) {
        return {};
    }
    p.write(secret + '\n');
    p.closeWriteChannel();
    Run run;
    if (randomKill) {
        auto* rng = QRandomGenerator::global();
        if (rng->bounded(4) != 0) {
            const QByteArray ready = mode == "send" ? "opened" : "unlocked";
            while (!run.out.contains(ready) && p.state() == QProcess::Running) {
                p.waitForReadyRead(2000);
                run.out += p.readAllStandardOutput();
            }
            QThread::usleep(static_cast<unsigned long>(rng->bounded(12000)));
        } else {
            QThread::msleep(static_cast<unsigned long>(rng->bounded(40)));
        }
        // processId() is 0 once the child has ended, and kill(0) would hit this test too.
        if (const qint64 pid = p.processId(); pid > 0 && p.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        }
    }
    p.waitForFinished(30000);
    run.out += p.readAllStandardOutput();
    if (qEnvironmentVariableIsSet("CHORUS_DEBUG_OWNTIME")) {
        qInfo("%s: %s | %s", qPrintable(mode), run.out.constData(),
              p.readAllStandardError().constData());
    }
    run.killed = p.exitStatus() == QProcess::CrashExit;
    return run;
}

qint64 countFor(Store& store, const char* sql, const QString& sessionId)
{
    auto s = store.database().prepare(sql);
    if (!s) {
        return -1;
    }
    s->bind(1, sessionId);
    auto row = s->step();
    return row && row.value() ? s->int64(0) : -1;
}

} // namespace

class TestOwnTimeCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedSendsAndImportsLoseNothingAndDoubleNothing()
    {
        test::StoreFixture fx;
        // The children use the real clock: a retention that outlasts it from the fixture's date.
        QVERIFY(fx.setUp(StoreOnDevice | ShareAnonymised, 3650));
        QVERIFY(fx.store->sharing().setReviewRequired(fx.consultation.id, false).ok());
        auto* rng = QRandomGenerator::global();
        QSet<QString> reported; // drafts owntimetool said were saved, in the current session
        QString current;
        int kills = 0;
        int stepKills = 0;
        int sessionsDone = 0;
        int answersImported = 0;
        for (int round = 0; kills < kKills; ++round) {
            QVERIFY2(round < 3 * kKills,
                     qPrintable(QString("only %1 kills (%2 at a step) and %3 sessions in %4 "
                                        "rounds: the test did not test")
                                    .arg(kills)
                                    .arg(stepKills)
                                    .arg(sessionsDone)
                                    .arg(round)));
            if (current.isEmpty()) {
                auto s = fx.store->consultations().startSession(
                    fx.consultation.id, SessionMode::OwnTime, {fx.participant.id});
                QVERIFY(s.ok());
                auto view = OwnTime::createSession(*fx.store, s->id, kPin, OwnTime::testOnlyCost(),
                                                   OwnTime::CostPolicy::TestOnly, fx.options());
                QVERIFY2(view.ok(), qPrintable(view.error().message));
                current = s->id;
                reported.clear();
            }
            fx.store.reset(); // the children own the folder now

            const char* step = kSteps[round % std::size(kSteps)];
            const bool sendStep = QByteArray(step).startsWith("send");
            const bool randomRound = rng->bounded(2) == 0;
            const Run sent = runTool("send", fx.dataDir(), kPin, sendStep ? step : nullptr,
                                     !sendStep && randomRound);
            const Run imported = runTool("import", fx.dataDir(), kPassphrase,
                                         sendStep ? nullptr : step, sendStep && randomRound);
            for (const Run* r : {&sent, &imported}) {
                kills += r->killed ? 1 : 0;
            }
            stepKills += (sendStep ? sent.killed : imported.killed) ? 1 : 0;
            for (const QByteArray& line : sent.out.split('\n')) {
                if (line.startsWith("saved ")) {
                    reported.insert(QString::fromLatin1(line.mid(6)));
                }
            }

            auto store = Store::unlock(fx.dataDir(), kPassphrase, fx.options());
            QVERIFY2(store.ok(),
                     qPrintable(QString("round %1: %2").arg(round).arg(store.error().message)));
            if (round % 10 == 0) {
                auto st = store.value()->database().verifyIntegrity();
                QVERIFY2(st.ok(),
                         qPrintable(QString("round %1: %2").arg(round).arg(st.error().message)));
            }
            fx.store = std::move(store.value());
            // Nothing twice: each imported answer has one share record and one queued copy.
            const qint64 answers =
                countFor(*fx.store, "SELECT count(*) FROM responses WHERE session_id = ?", current);
            const qint64 shared = countFor(*fx.store,
                                           "SELECT count(*) FROM share_records WHERE response_id "
                                           "IN (SELECT id FROM responses WHERE session_id = ?)",
                                           current);
            QCOMPARE(shared, answers);
            auto session = fx.store->consultations().session(current);
            QVERIFY(session.ok());
            if (!session->endedAt) {
                QCOMPARE(answers, 0); // all or nothing: an item is never half-imported
                continue;
            }
            // Imported: exactly what the young person's own storage holds, every draft
            // reported saved among it.
            {
                fx.store.reset();
                auto view = OwnTime::open(fx.dataDir(), kPin, fx.options());
                QVERIFY2(view.ok(), qPrintable(view.error().message));
                QVERIFY(view->sent);
                auto drafts = view->store->responses().forSession(current);
                QSet<QString> held;
                for (const auto& r : drafts.value()) {
                    held.insert(r.id);
                }
                for (const QString& id : std::as_const(reported)) {
                    QVERIFY2(held.contains(id), qPrintable("reported saved, then lost: " + id));
                }
                QCOMPARE(answers, qint64(held.size()));
                auto reopened = Store::unlock(fx.dataDir(), kPassphrase, fx.options());
                QVERIFY(reopened.ok());
                fx.store = std::move(reopened.value());
                for (const QString& id : std::as_const(held)) {
                    auto r = fx.store->responses().get(id);
                    QVERIFY2(r.ok() && !r->draft, qPrintable("not imported: " + id));
                }
            }
            answersImported += static_cast<int>(answers);
            QVERIFY(OwnTime::erase(*fx.store, current).ok());
            current.clear();
            ++sessionsDone;
        }
        qInfo("%d kills (%d at a named step), %d sessions sent and imported with %d answers, "
              "nothing lost or doubled",
              kills, stepKills, sessionsDone, answersImported);
        QVERIFY2(sessionsDone > 5, "hardly any send finished: the test did not test");
        QVERIFY2(stepKills >= static_cast<int>(std::size(kSteps)), "not every step saw a kill");
    }
};

QTEST_GUILESS_MAIN(TestOwnTimeCrash)
#include "tst_owntimecrash.moc"
