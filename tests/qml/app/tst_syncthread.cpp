// Sync in the app runs off the UI thread (issue 7): the screen keeps taking input while a
// slow hub holds its answer, a second sync cannot start meanwhile, locking or quitting
// during a sync stops it cleanly with nothing lost or doubled, and invites and their errors
// come back in the user's language.

#include "uifixture.h"

#include "slowhub.h"
#include "synccontroller.h"

#include "core/db/database.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace chorus;
using namespace chorus::test;

namespace {

const QString kPass = QString::fromUtf8(kPassphrase);

/** Counts the key presses that reach it: user input, which a nested event loop excluding
 *  user input would hold back. */
class KeyCounter final : public QObject
{
public:
    int presses = 0;

protected:
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::KeyPress) {
            ++presses;
            return true;
        }
        return QObject::event(e);
    }
};

struct SyncRig
{
    QTemporaryDir dir;
    std::unique_ptr<UiServices> services;
    SlowHub hub;

    bool open()
    {
        services = std::make_unique<UiServices>(dir.path(), KdfCost{1, 1024 * 1024}, QString());
        return enterStage(*services, UiStage::Home);
    }
    SyncController& sync() { return services->sync(); }
    AppController& app() { return services->app(); }
    Store& store() { return *services->app().store(); }

    bool waitForJob()
    {
        return QTest::qWaitFor([&] { return !sync().busy(); }, 30000);
    }

    bool enrol()
    {
        sync().enrol(hub.url(), QStringLiteral("ABCD-EFGH-JKMN"), QString());
        return waitForJob() && sync().enrolled();
    }

    /** Queues `n` answers for the hub; returns their ids. */
    QStringList queue(int n)
    {
        QStringList ids;
        Transaction tx(store().database());
        for (int i = 0; i < n; ++i) {
            const QString id =
                QStringLiteral("item-%1-%2").arg(i).arg(QDateTime::currentMSecsSinceEpoch());
            const QByteArray body = QJsonDocument(QJsonObject{{"id", id}, {"text", "hello"}})
                                        .toJson(QJsonDocument::Compact);
            if (!store().outbox().append(id, Outbox::Kind::Feedback, body)) {
                return {};
            }
            ids << id;
        }
        return tx.commit() ? ids : QStringList();
    }

    QList<Outbox::Item> items()
    {
        auto all = store().outbox().all();
        return all ? all.value() : QList<Outbox::Item>();
    }
};

} // namespace

class TestSyncThread : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void syncLeavesTheScreenFreeAndCannotOverlap()
    {
        SyncRig rig;
        QVERIFY(rig.open());
        QSignalSpy busy(&rig.sync(), &SyncController::busyChanged);
        rig.sync().enrol(rig.hub.url(), QStringLiteral("ABCD-EFGH-JKMN"), QString());
        QVERIFY2(rig.sync().busy(), "enrolment returned only after talking to the hub");
        QVERIFY(rig.waitForJob());
        QVERIFY2(rig.sync().enrolled(), qPrintable(rig.sync().errorMessage()));
        const QStringList ids = rig.queue(3);
        QCOMPARE(ids.size(), 3);

        rig.hub.hold();
        rig.sync().syncNow();
        // syncNow() came back while the hub still holds its answer: it did not wait for it.
        QVERIFY(rig.sync().busy());
        QVERIFY(QTest::qWaitFor([&] { return rig.hub.batches().size() == 1; }, 20000));
        QVERIFY(rig.hub.acknowledged().isEmpty());
        // User input is handled meanwhile (a nested loop would have excluded it).
        KeyCounter keys;
        QCoreApplication::postEvent(&keys, new QKeyEvent(QEvent::KeyPress, Qt::Key_Space,
                                                         Qt::NoModifier, QStringLiteral(" ")));
        QVERIFY(QTest::qWaitFor([&] { return keys.presses == 1; }, 5000));
        QVERIFY(rig.sync().busy());
        // The store stays usable on the UI thread while the worker waits.
        QCOMPARE(rig.store().outbox().counts()->queued, 3);
        // A second sync (a tap, the retry timer, the network coming back) does not start.
        rig.sync().syncNow();
        rig.sync().createInvite(1, 24);
        QTest::qWait(100);
        QCOMPARE(rig.hub.batches().size(), 1);

        rig.hub.release();
        QVERIFY(rig.waitForJob());
        QCOMPARE(rig.hub.batches().size(), 1);
        QStringList acked = rig.hub.acknowledged();
        acked.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(acked, expected);
        QVERIFY(rig.items().isEmpty());
        QCOMPARE(rig.sync().waiting(), 0);
        QVERIFY(rig.sync().lastSync().isValid());
        QVERIFY2(rig.sync().problem().isEmpty(), qPrintable(rig.sync().problem()));
        QVERIFY(rig.sync().lastReport().contains(QLatin1String("Sent this time: 3")));
        QCOMPARE(busy.count(), 4); // two jobs, each busy then free
    }

    void lockDuringSyncStopsCleanlyAndLosesNothing()
    {
        SyncRig rig;
        QVERIFY(rig.open());
        QVERIFY(rig.enrol());
        const QStringList ids = rig.queue(2);
        QCOMPARE(ids.size(), 2);
        rig.hub.hold();
        rig.sync().syncNow();
        QVERIFY(QTest::qWaitFor([&] { return rig.hub.batches().size() == 1; }, 20000));

        rig.app().lock();
        // Locked at once: the UI's connection is closed whatever the worker is doing.
        QCOMPARE(rig.app().stage(), AppController::Stage::Locked);
        QVERIFY(!rig.app().store());
        QVERIFY(rig.waitForJob());
        QVERIFY(!rig.sync().enrolled()); // nothing of the store is shown while locked
        rig.hub.release();               // too late: the device is no longer listening

        QVERIFY(enterStage(*rig.services, UiStage::Home));
        const QList<Outbox::Item> left = rig.items();
        QCOMPARE(left.size(), 2);
        for (const auto& item : left) {
            QVERIFY(ids.contains(item.itemId));
            QCOMPARE(item.state, Outbox::State::Queued);
            QCOMPARE(item.attempts, 0); // a stop is nobody's failure
        }
        QVERIFY(rig.store().verify()); // the audit chain survived two connections

        rig.sync().syncNow(); // sent at once, not after a backoff
        QVERIFY(rig.waitForJob());
        QVERIFY(rig.items().isEmpty());
        // Sent again after the lock: the hub stores an id once however often it comes.
        QStringList acked = rig.hub.acknowledged();
        acked.removeDuplicates();
        acked.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(acked, expected);
        QCOMPARE(rig.hub.batches().size(), 2);
    }

    void quittingDuringSyncIsPromptAndSafe()
    {
        SyncRig rig;
        QVERIFY(rig.open());
        QVERIFY(rig.enrol());
        const QStringList ids = rig.queue(2);
        rig.hub.hold();
        rig.sync().syncNow();
        QVERIFY(QTest::qWaitFor([&] { return rig.hub.batches().size() == 1; }, 20000));
        // The app quits: the services go while the worker waits for the hub. Without the
        // stop this would wait for the request's 30 s timeout.
        QElapsedTimer quitting;
        quitting.start();
        rig.services.reset();
        QVERIFY2(quitting.elapsed() < 10000, qPrintable(QString::number(quitting.elapsed())));
        rig.hub.release();

        QVERIFY(rig.open());
        QCOMPARE(rig.items().size(), 2);
        QVERIFY(rig.store().verify());
        rig.sync().syncNow();
        QVERIFY(rig.waitForJob());
        QVERIFY(rig.items().isEmpty());
    }

    void invitesAndTheirErrorsInTheUsersLanguage()
    {
        SyncRig rig;
        QVERIFY(rig.open());
        rig.sync().createInvite(1, 24);
        QVERIFY(rig.waitForJob());
        QVERIFY(rig.sync().inviteCode().isEmpty());
        QVERIFY2(rig.sync().inviteError().contains(QLatin1String("not enrolled")),
                 qPrintable(rig.sync().inviteError()));

        QVERIFY(rig.enrol());
        rig.sync().createInvite(5, 168);
        QVERIFY(rig.waitForJob());
        QCOMPARE(rig.sync().inviteCode(), QString("ABCD2FGH3KMN"));
        QCOMPARE(rig.sync().inviteUses(), 5);
        QVERIFY(rig.sync().inviteExpires().isValid());
        QVERIFY(rig.sync().inviteError().isEmpty());

        rig.hub.goOffline();
        rig.sync().createInvite(1, 24);
        QVERIFY(rig.waitForJob());
        QVERIFY(rig.sync().inviteCode().isEmpty());
        const QString english = rig.sync().inviteError();
        QVERIFY2(english.contains(QLatin1String("Could not reach the hub")), qPrintable(english));
        // The same failure in Welsh: the words are made from the code when read.
        QSignalSpy changed(&rig.sync(), &SyncController::inviteChanged);
        rig.services->preferences().setLanguage(QStringLiteral("cy"));
        QTRY_VERIFY(!changed.isEmpty()); // so QML bindings read the words again
        const QString welsh = rig.sync().inviteError();
        QVERIFY(!welsh.isEmpty());
        QVERIFY2(welsh != english, qPrintable(welsh));
        QVERIFY2(welsh.contains(QLatin1String("hyb")), qPrintable(welsh));
        rig.services->preferences().setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSyncThread)
#include "tst_syncthread.moc"
