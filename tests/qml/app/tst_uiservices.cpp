// The services behind the QML: store life cycle and locking (UI-1), child mode (UI-2),
// quick exit (UI-3), pack import errors, consent before answers (CP-1, CP-5), the review
// with delete (CP-6), and the models under QAbstractItemModelTester.

#include "uifixture.h"

#include "sync/client/syncmessage.h"
#include "sync/client/syncwords.h"
#include "synccontroller.h"
#include "usererrors.h"

#include "answerwords.h"
#include "core/domain/answervalues.h"

#include "support/faultyvfs.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace chorus;
using namespace chorus::test;

namespace {
const QString kPass = QString::fromUtf8(kPassphrase);

bool waitIdle(AppController& app)
{
    return QTest::qWaitFor([&] { return !app.busy(); }, 20000);
}
} // namespace

class TestUiServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createRefusesShortOrMismatched()
    {
        UiFixture f(QStringLiteral("en"));
        f.app().createStore(QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(!f.app().busy());
        QVERIFY(f.app().errorMessage().contains(QLatin1String("at least")));
        f.app().createStore(kPass, kPass + QLatin1Char('x'));
        QVERIFY(f.app().errorMessage().contains(QLatin1String("not the same")));
        QCOMPARE(f.app().stage(), AppController::Stage::FirstRun);
    }

    void createShowsRecoveryKeyOnce()
    {
        UiFixture f(QStringLiteral("en"));
        QSignalSpy busy(&f.app(), &AppController::busyChanged);
        f.app().createStore(kPass, kPass);
        QVERIFY(f.app().busy()); // key derivation runs off the GUI thread
        QVERIFY(waitIdle(f.app()));
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked);
        QVERIFY(f.app().onboarding());
        QVERIFY(!f.app().recoveryKey().isEmpty());
        f.app().acknowledgeRecoveryKey();
        QVERIFY(f.app().recoveryKey().isEmpty());
        f.app().finishOnboarding();
        QVERIFY(!f.app().onboarding());
        QCOMPARE(busy.count(), 2);
    }

    void wrongPassphraseSaysSo()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        f.app().unlock(QStringLiteral("not the passphrase"));
        QVERIFY(waitIdle(f.app()));
        QCOMPARE(f.app().stage(), AppController::Stage::Locked);
        QVERIFY2(f.app().errorMessage().contains(QLatin1String("not right")),
                 qPrintable(f.app().errorMessage()));
        QVERIFY(f.app().errorMessage().contains(QLatin1String("9")));
        f.app().unlock(kPass);
        QVERIFY(waitIdle(f.app()));
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked);
        QVERIFY(f.app().errorMessage().isEmpty());
    }

    /** UI-1: idle and hidden both lock, and locking empties the decrypted models. */
    void autoLockClearsModels()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        QCOMPARE(f.app().idleLockMs(), 120 * 1000); // default: two minutes
        QCOMPARE(f.app().consultations()->rowCount(), 1);
        QVERIFY(f.prepare(QStringLiteral("ConsentPage")));
        QVERIFY(f.prepare(QStringLiteral("SessionPage")));
        f.app().setIdleLockMs(100);
        f.app().setActivityIdleLockMs(100); // a child is in an activity: its limit applies
        f.app().refresh();
        QTest::mouseClick(f.window.get(), Qt::LeftButton); // activity restarts the timer
        QTRY_COMPARE_WITH_TIMEOUT(f.app().stage(), AppController::Stage::Locked, 5000);
        QVERIFY(f.app().store() == nullptr);
        QCOMPARE(f.app().consultations()->rowCount(), 0);
        QCOMPARE(f.session().stage(), SessionController::Stage::Idle);
        QCOMPARE(f.session().activities()->rowCount(), 0);
        QVERIFY(f.session().consultationTitle().isEmpty());
        QVERIFY(!f.app().childMode());

        // Hidden: the window going away locks at once. An hour's idle timeout first, so that
        // only hiding can cause the lock.
        f.app().setIdleLockMs(60 * 60 * 1000);
        f.app().unlock(kPass);
        QVERIFY(waitIdle(f.app()));
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked);
        QQmlComponent main(f.engine.get(), ui::mainUrl());
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow*>(main.create()));
        QVERIFY2(window, qPrintable(main.errorString()));
        QTest::qWait(200);
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked); // not idle, not hidden
        window->showMinimized();
        QTRY_COMPARE_WITH_TIMEOUT(f.app().stage(), AppController::Stage::Locked, 1000);
    }

    /** chorus reads the first page's types ahead, by ui::startPageUrl (app/chorus/main.cpp):
     *  that must be the page Main.qml's screen Loader shows, with a store and without. */
    void startPageIsTheOneMainShows()
    {
        for (const bool hasStore : {false, true}) {
            UiFixture f(QStringLiteral("en"));
            if (hasStore) {
                QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
            }
            QCOMPARE(f.app().stage() != AppController::Stage::FirstRun, hasStore);
            QQmlComponent main(f.engine.get(), ui::mainUrl());
            std::unique_ptr<QObject> window(main.create());
            QVERIFY2(window, qPrintable(main.errorString()));
            QList<QUrl> shown; // the sources of the Loaders that hold an item, from Main.qml's URL
            for (QObject* o : window->findChildren<QObject*>()) {
                if (o->inherits("QQuickLoader") && o->property("item").value<QObject*>()) {
                    shown << ui::mainUrl().resolved(o->property("source").toUrl());
                }
            }
            QVERIFY2(shown.contains(ui::startPageUrl(hasStore)),
                     qPrintable(QStringLiteral("%1 not among the pages shown: %2")
                                    .arg(ui::startPageUrl(hasStore).toString(),
                                         QUrl::toStringList(shown).join(u' '))));
        }
    }

    /** The app's default font at start (main.cpp) is the Theme's body font for the saved
     *  settings, so that the font engine Qt makes for its default is the one the text uses. */
    void fontAtStartIsTheThemesBodyFont_data()
    {
        QTest::addColumn<bool>("dyslexic");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("default") << false << 1.0;
        QTest::newRow("dyslexic, larger") << true << 1.5;
        QTest::newRow("largest") << false << 2.0;
    }
    void fontAtStartIsTheThemesBodyFont()
    {
        QFETCH(bool, dyslexic);
        QFETCH(qreal, scale);
        UiFixture f(QStringLiteral("en"), scale);
        f.services->preferences().setDyslexicFont(dyslexic);
        const QString path = f.dir.filePath(QStringLiteral("saved.ini"));
        {
            Preferences saved(path);
            saved.setDyslexicFont(dyslexic);
            saved.setTextScale(scale);
        }
        QQmlComponent theme(f.engine.get());
        theme.setData("import QtQuick\nimport Chorus.Controls\n"
                      "QtObject { property font body: Theme.bodyFont }\n",
                      QUrl(QStringLiteral("qrc:/fontcheck.qml")));
        std::unique_ptr<QObject> object(theme.create());
        QVERIFY2(object, qPrintable(theme.errorString()));
        const QFont body = object->property("body").value<QFont>();
        const QFont atStart = Preferences::textFontAtStart(path);
        QCOMPARE(atStart.family(), body.family());
        QCOMPARE(atStart.pixelSize(), body.pixelSize());
        QCOMPARE(Preferences::textFontAtStart(QString()).pixelSize(),
                 Preferences::bodyTextPixels());
    }

    /** Issue 14: an idle lock warns first with a countdown on screen that a touch or
     *  "Keep working" dismisses; only then, still idle, does it lock. */
    void idleLockWarnsFirst()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        QQmlComponent main(f.engine.get(), ui::mainUrl());
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow*>(main.create()));
        QVERIFY2(window, qPrintable(main.errorString()));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        f.app().setIdleLockMs(4000); // the warning is the last 2 s
        QVERIFY(!f.app().idleWarning());
        // The countdown as it starts (read when it is set, not when this thread next looks: on
        // a loaded machine a second may tick away before the check below runs).
        int firstLeft = -1;
        const auto countdown =
            connect(&f.app(), &AppController::idleSecondsLeftChanged, &f.app(), [&] {
                if (firstLeft < 0 && f.app().idleWarning()) {
                    firstLeft = f.app().idleSecondsLeft();
                }
            });
        QTRY_VERIFY_WITH_TIMEOUT(f.app().idleWarning(), 4000);
        disconnect(countdown);
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked); // warned, not locked
        QVERIFY2(firstLeft >= 1 && firstLeft <= 2, qPrintable(QString::number(firstLeft)));
        QQuickItem* keep = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QQuickItem* item : visibleItems(window->contentItem())) {
                    if (item->property("text").toString() == QLatin1String("Keep working") &&
                        isButton(item)) {
                        keep = item;
                    }
                }
                return keep != nullptr;
            }(),
            2000);
        const QPointF centre = keep->mapToScene(QPointF(keep->width() / 2, keep->height() / 2));
        QTest::mouseClick(window.get(), Qt::LeftButton, {}, centre.toPoint());
        QVERIFY(!f.app().idleWarning());
        QTest::qWait(1500);
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked); // the wait started again
        QTRY_COMPARE_WITH_TIMEOUT(f.app().stage(), AppController::Stage::Locked, 8000);
        QVERIFY(!f.app().idleWarning());
    }

    /** Issue 14: a child in an activity gets the longer (bounded, set in Settings) limit. */
    void activityGetsTheLongerIdleLimit()
    {
        UiFixture f(QStringLiteral("en"));
        f.services->preferences().setActivityIdleLockSeconds(7 * 60);
        QCOMPARE(f.services->preferences().activityIdleLockSeconds(), 7 * 60);
        f.services->preferences().setActivityIdleLockSeconds(24 * 60 * 60);
        QCOMPARE(f.services->preferences().activityIdleLockSeconds(),
                 Preferences::kMaxActivityIdleLockSeconds);
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        QCOMPARE(f.app().idleLockMs(), f.services->preferences().idleLockSeconds() * 1000);
        QVERIFY(f.prepare(QStringLiteral("ConsentPage")));
        QVERIFY(f.prepare(QStringLiteral("SessionPage")));
        QCOMPARE(f.session().stage(), SessionController::Stage::Activities);
        QCOMPARE(f.app().idleLockMs(), Preferences::kMaxActivityIdleLockSeconds * 1000);
        f.app().setIdleLockMs(300);
        f.app().setActivityIdleLockMs(60 * 1000);
        QTest::qWait(800);
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked);
        QVERIFY(!f.app().idleWarning());
        f.session().stop(); // out of the activities: the short limit again
        QCOMPARE(f.app().idleLockMs(), 300);
        QTRY_COMPARE_WITH_TIMEOUT(f.app().stage(), AppController::Stage::Locked, 5000);
    }

    /** UI-2: leaving child mode needs the practitioner's passphrase; guesses never touch
     *  the key slots, and too many lock the app instead. */
    void childModeNeedsPassphrase()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        f.app().enterChildMode();
        QVERIFY(f.app().childMode());
        QVERIFY(!f.app().leaveChildMode(QStringLiteral("guess")));
        QVERIFY(f.app().childMode());
        QVERIFY(f.app().leaveChildMode(kPass));
        QVERIFY(!f.app().childMode());

        f.app().enterChildMode();
        for (int i = 0; i < AppController::kChildModeExitTries; ++i) {
            QVERIFY(!f.app().leaveChildMode(QStringLiteral("guess %1").arg(i)));
        }
        QCOMPARE(f.app().stage(), AppController::Stage::Locked);
        QVERIFY(!f.app().childMode());
        QCOMPARE(KeyVault(Store::keySlotsPath(f.dir.path())).failedUnlocks(), 0);
    }

    /** UI-3: quick exit switches to the neutral page in the same event. */
    void quickExitIsImmediate()
    {
        UiFixture f(QStringLiteral("en"));
        QQmlComponent main(f.engine.get(), ui::mainUrl());
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow*>(main.create()));
        QVERIFY2(window, qPrintable(main.errorString()));
        f.app().enterChildMode();
        f.app().quickExit();
        QVERIFY(f.app().quickExitActive());
        bool neutral = false;
        for (QQuickItem* item : visibleItems(window->contentItem())) {
            neutral =
                neutral || QByteArray(item->metaObject()->className()).startsWith("NeutralPage");
        }
        QVERIFY(neutral);
        // Issue 14: whoever picks the tablet up next meets the lock, not the child's answers.
        QCOMPARE(f.app().stage(), AppController::Stage::Locked);
        QVERIFY(!f.app().store());
        f.app().resumeAfterQuickExit();
        QVERIFY(!f.app().quickExitActive());
        QVERIFY(!f.app().childMode());
        QCOMPARE(f.app().stage(), AppController::Stage::Locked);
        bool unlockShown = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QQuickItem* item : visibleItems(window->contentItem())) {
                    unlockShown =
                        unlockShown ||
                        QByteArray(item->metaObject()->className()).startsWith("UnlockPage");
                }
                return unlockShown;
            }(),
            5000);
    }

    void malformedPackNamesTheProblem()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(!f.services->setup().loadPackJson(R"({"format": "chorus-pack/1", "id": "x"})"));
        QVERIFY2(f.services->setup().errorMessage().contains(QLatin1String("$")),
                 qPrintable(f.services->setup().errorMessage()));
        QVERIFY(!f.services->setup().packLoaded());
        QVERIFY(!f.services->setup().loadPackJson("not json"));
        QVERIFY(!f.services->setup().errorMessage().isEmpty());
        f.services->setup().loadBuiltInPack();
        QVERIFY(f.services->setup().packLoaded());
        QVERIFY(f.services->setup().errorMessage().isEmpty());
        // Only the activity types this version can run are offered, and they start chosen.
        auto* model = f.services->setup().activities();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 4);
        for (int i = 0; i < model->rowCount(); ++i) {
            const QModelIndex idx = model->index(i);
            QCOMPARE(idx.data(PackActivityModel::IncludedRole).toBool(),
                     idx.data(PackActivityModel::SupportedRole).toBool());
        }
        const QString first = model->index(0).data(PackActivityModel::ActivityIdRole).toString();
        model->move(0, 1);
        QCOMPARE(model->index(1).data(PackActivityModel::ActivityIdRole).toString(), first);
    }

    /** CP-1, CP-5, CP-6: consent before answers, scopes default to "no", delete works. */
    void consentThenAnswersThenReview()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        QVERIFY(f.prepare(QStringLiteral("ConsentPage")));
        QAbstractItemModelTester activitiesTester(
            f.session().activities(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester reviewTester(
            f.session().review(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // No answer can be saved before consent.
        QVERIFY(!f.session().saveScale(QStringLiteral("feel-today"), 3));
        // Without "store" there is nothing to do.
        QVERIFY(!f.session().giveConsent({{"codeName", "Tiger"},
                                          {"ageBand", "8-11"},
                                          {"role", "child"},
                                          {"givenBy", "child"},
                                          {"assessor", "SW-7"},
                                          {"assessmentBasis", "Understood."}}));
        QVERIFY(!f.session().errorMessage().isEmpty());
        QVERIFY(f.session().giveConsent({{"codeName", "Tiger"},
                                         {"ageBand", "8-11"},
                                         {"role", "child"},
                                         {"givenBy", "child"},
                                         {"assessor", "SW-7"},
                                         {"assessmentBasis", "Understood."},
                                         {"store", true}}));
        auto consent = f.app().store()->consent().inForce(f.session().participantId());
        QVERIFY(consent && consent.value().has_value());
        QCOMPARE(consent.value()->scopes,
                 ConsentScopes(StoreOnDevice)); // voice and sharing stay off

        const QString first = f.session().current().value("activityId").toString();
        QVERIFY(f.session().saveScale(first, 5));
        f.session().next();
        const QVariantMap second = f.session().current();
        f.session().skip();
        QCOMPARE(f.session()
                     .activities()
                     ->index(1)
                     .data(SessionActivityModel::StatusRole)
                     .value<SessionActivityModel::Status>(),
                 SessionActivityModel::Status::Skipped);
        f.session().back();
        QCOMPARE(f.session().current().value("activityId"), second.value("activityId"));
        f.session().stop();
        QCOMPARE(f.session().stage(), SessionController::Stage::Review);
        QCOMPARE(f.session().review()->rowCount(), 1);
        const QString responseId =
            f.session().review()->index(0).data(ReviewModel::ResponseIdRole).toString();
        QCOMPARE(f.session().review()->index(0).data(ReviewModel::ScaleValueRole).toInt(), 5);
        QVERIFY(f.session().deleteAnswer(responseId));
        QCOMPARE(f.session().review()->rowCount(), 0);
        QVERIFY(!f.app().store()->responses().get(responseId));
        f.session().finish();
        QCOMPARE(f.session().stage(), SessionController::Stage::Idle);
    }

    /** Issue 19: a session with the share scope keeps how it went (outcomes, the child's
     *  rating, adaptations, language) in the participation record; without it, nothing. */
    void sessionKeepsHowItWent()
    {
        UiFixture f(QStringLiteral("cy"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        QVERIFY(f.prepare(QStringLiteral("ConsentPage")));
        QVERIFY(f.session().giveConsent({{"codeName", "Heron"},
                                         {"ageBand", "8-11"},
                                         {"role", "child"},
                                         {"givenBy", "child"},
                                         {"assessor", "SW-7"},
                                         {"assessmentBasis", "Understood."},
                                         {"store", true},
                                         {"share", true}}));
        QVERIFY(f.session().waysRated());
        const QString who = f.session().participantId();
        const QString first = f.session().current().value("activityId").toString();
        QVERIFY(f.session().saveScale(first, 4));
        f.session().rateWay(first, QStringLiteral("liked"));
        QCOMPARE(f.session().wayRatings().value(first).toString(), QString("liked"));
        f.session().noteAdaptation(QStringLiteral("read-aloud"));
        QTest::keyClick(f.window.get(), Qt::Key_Tab); // moving through it by keyboard
        f.session().next();
        const QString second = f.session().current().value("activityId").toString();
        f.session().skip();
        f.session().stop();
        f.session().finish();
        auto kept = f.app().store()->sharing().participation(who);
        QVERIFY(kept.ok() && kept->has_value());
        const ParticipationRecord& r = kept->value();
        QCOMPARE(r.language, QString("cy"));
        QCOMPARE(toString(r.mode), QString("facilitated"));
        QCOMPARE(r.adaptations, QStringList({"read-aloud", "keyboard"}));
        QVERIFY(r.activities.size() >= 2);
        QCOMPARE(r.activities[0].activityId, first);
        QCOMPARE(toString(r.activities[0].outcome), QString("completed"));
        QVERIFY(r.activities[0].rating);
        QCOMPARE(toString(*r.activities[0].rating), QString("liked"));
        QCOMPARE(r.activities[1].activityId, second);
        QCOMPARE(toString(r.activities[1].outcome), QString("skipped"));
        QVERIFY(!r.activities[1].rating);

        // Without the share scope there is no rating to give and nothing is kept.
        QVERIFY(f.prepare(QStringLiteral("ConsentPage")));
        QVERIFY(f.session().giveConsent({{"codeName", "Wren"},
                                         {"ageBand", "8-11"},
                                         {"role", "child"},
                                         {"givenBy", "child"},
                                         {"assessor", "SW-7"},
                                         {"assessmentBasis", "Understood."},
                                         {"store", true}}));
        QVERIFY(!f.session().waysRated());
        const QString other = f.session().participantId();
        QVERIFY(f.session().saveScale(f.session().current().value("activityId").toString(), 2));
        f.session().finish();
        QVERIFY(!f.app().store()->sharing().participation(other)->has_value());
    }

    /** Issue 14: a refused consent leaves nothing behind: no hidden participant counting
     *  in "N taking part", and the same made-up name works when the form is put right. */
    void refusedConsentLeavesNoParticipant()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        QVERIFY(f.prepare(QStringLiteral("ConsentPage")));
        const QString consultation =
            f.app().consultations()->index(0).data(ConsultationListModel::IdRole).toString();
        QVariantMap form{{"codeName", "Kestrel"}, {"ageBand", "8-11"}, {"role", "child"},
                         {"givenBy", "child"},    {"assessor", ""},    {"assessmentBasis", ""},
                         {"store", true},         {"share", true}};
        QVERIFY(!f.session().giveConsent(form));
        QVERIFY(!f.session().errorMessage().isEmpty());
        QVERIFY2(!f.session().errorMessage().startsWith(QLatin1String("assessor")),
                 qPrintable(f.session().errorMessage()));
        form.insert("assessor", "SW-7");
        QVERIFY(!f.session().giveConsent(form)); // still no reason given
        auto none = f.app().store()->consultations().participants(consultation);
        QVERIFY(none);
        QCOMPARE(none->size(), 0);
        QVERIFY(!f.session().codeNameTaken(QStringLiteral("Kestrel")));

        form.insert("assessmentBasis", "She told me back who sees what.");
        QVERIFY2(f.session().giveConsent(form), qPrintable(f.session().errorMessage()));
        auto one = f.app().store()->consultations().participants(consultation);
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QVERIFY(f.session().codeNameTaken(QStringLiteral(" kestrel ")));
        f.app().refresh();
        QCOMPARE(f.app()
                     .consultations()
                     ->index(0)
                     .data(ConsultationListModel::ParticipantCountRole)
                     .toInt(),
                 1);
    }

    /** Issue 14 point 13: end an unfinished session without carrying it on; withdraw a
     *  participant from the app (answers erased); edit, then delete once nobody takes part;
     *  approve all in "Check before sharing". */
    void practitionerManagesSessionsAndPeople()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        const QString consultation =
            f.app().consultations()->index(0).data(ConsultationListModel::IdRole).toString();
        // Two participants' answers wait for review; their sessions were cut off (stopped,
        // then the tablet taken back without ending them).
        QVERIFY(f.prepare(QStringLiteral("ReviewPage")));
        QVERIFY(f.prepare(QStringLiteral("ReviewQueuePage")));
        const QString who = f.session().participantId();
        f.session().clear();
        f.session().reloadUnfinished();
        QVERIFY(!f.session().unfinished().isEmpty());
        for (const QVariant& row : f.session().unfinished()) {
            QVERIFY(f.session().endUnfinished(row.toMap().value("sessionId").toString()));
        }
        QVERIFY(f.session().unfinished().isEmpty());

        const int waiting = f.services->reviewQueue().rowCount();
        QVERIFY(waiting >= 2);
        QCOMPARE(f.services->reviewQueue().approveAll(), waiting);
        QCOMPARE(f.services->reviewQueue().rowCount(), 0);
        const int queued = f.services->reviewQueue().outboxCounts().value("queued").toInt();
        QVERIFY(queued >= waiting);

        // Withdraw from the app: gone from the list, answers and queued records erased.
        ConsultationSetup& setup = f.services->setup();
        QVariantList people = setup.participants(consultation);
        QVERIFY(std::any_of(people.cbegin(), people.cend(), [&](const QVariant& p) {
            return p.toMap().value("participantId").toString() == who;
        }));
        QVERIFY2(setup.withdraw(who), qPrintable(setup.errorMessage()));
        people = setup.participants(consultation);
        QVERIFY(std::none_of(people.cbegin(), people.cend(), [&](const QVariant& p) {
            return p.toMap().value("participantId").toString() == who;
        }));
        QVERIFY(!f.app().store()->consultations().participant(who));
        QVERIFY(f.services->reviewQueue().outboxCounts().value("queued").toInt() < queued);

        // Edit; delete refused while anyone takes part, done once nobody does.
        QVERIFY2(setup.updateConsultation(consultation, QStringLiteral("Our week"),
                                          QStringLiteral("Tell us about your week."), 60),
                 qPrintable(setup.errorMessage()));
        QCOMPARE(f.app().store()->consultations().get(consultation)->title,
                 QStringLiteral("Our week"));
        QVERIFY(
            !setup.updateConsultation(consultation, QStringLiteral(" "), QStringLiteral("x"), 60));
        for (const QVariant& p : setup.participants(consultation)) {
            if (!setup.participants(consultation).isEmpty()) {
                QVERIFY(!setup.deleteConsultation(consultation));
            }
            QVERIFY(setup.withdraw(p.toMap().value("participantId").toString()));
        }
        QVERIFY2(setup.deleteConsultation(consultation), qPrintable(setup.errorMessage()));
        QVERIFY(!f.app().store()->consultations().get(consultation));
    }

    /** #22.1 (CP-3): retention runs by itself, at every unlock and daily while unlocked, and
     *  the practitioner sees what it will remove and when. */
    void retentionRunsAtUnlockAndWhileUnlocked()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("ReviewPage")));
        const QString who = f.session().participantId();
        const QString consultation =
            f.app().store()->consultations().participant(who)->consultationId;
        f.session().stop();
        ConsultationSetup& setup = f.services->setup();
        const QVariantList people = setup.participants(consultation);
        QVERIFY(!people.isEmpty());
        QVERIFY(!people.first().toMap().value("keptUntil").toString().isEmpty());
        // Within the consultation's retention, the next 30 days list nothing; a year does.
        QVERIFY(setup.retentionDue(consultation, 1).isEmpty());
        const QStringList due = setup.retentionDue(consultation, 3 * 365);
        QVERIFY(!due.isEmpty());
        QVERIFY2(due.join('\n').contains(people.first().toMap().value("codeName").toString()),
                 qPrintable(due.join('\n')));

        // Expired while the device was locked: gone at the next unlock.
        const auto expire = [&](const QString& participantId) {
            auto s = f.app().store()->database().prepare(
                "UPDATE participants SET retain_until = '2000-01-01T00:00:00.000Z' WHERE id = ?");
            s->bind(1, participantId);
            return s->run().ok();
        };
        QVERIFY(expire(who));
        // From this unlock on, the store and the daily run read a clock the test moves.
        const auto clock = std::make_shared<FakeClock>(QDateTime::currentDateTimeUtc());
        f.app().setClock(clock);
        f.app().lock();
        f.app().unlock(kPass);
        QVERIFY(waitIdle(f.app()));
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked);
        QVERIFY(!f.app().store()->consultations().participant(who));

        // Expiring while unlocked: gone at the next daily run.
        auto other = f.app().store()->consultations().addParticipant(
            {{}, consultation, QStringLiteral("Heron"), AgeBand::From12To15, Role::Child, {}, {}});
        QVERIFY2(other.ok(), qPrintable(other.error().message));
        QSignalSpy purged(&f.app(), &AppController::retentionPurged);
        f.app().setRetentionCheckIntervalMs(10);
        QVERIFY(expire(other->id));
        // The app looks many times on the same day by its clock: nothing runs yet.
        QTest::qWait(200);
        QVERIFY(f.app().store()->consultations().participant(other->id));
        QCOMPARE(purged.count(), 0);
        // A day later by the clock, the next look runs it.
        clock->advanceDays(1);
        QTRY_VERIFY_WITH_TIMEOUT(!f.app().store()->consultations().participant(other->id), 5000);
        QCOMPARE(purged.count(), 1);
    }

    /** #22.5 (REL-2) in the app: an answer waiting on a full disk blocks "finish", is
     *  counted for the practitioner, survives a lock (sealed) and is saved after the
     *  unlock once there is room. */
    void answersWaitingOnAFullDiskSurviveALock()
    {
        auto& vfs = FaultyVfs::instance(); // before any store opens through it
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("SessionPage")));
        QCOMPARE(f.session().stage(), SessionController::Stage::Activities);
        const QString sessionId = f.app()
                                      .store()
                                      ->database()
                                      .queryText("SELECT id FROM sessions WHERE ended_at IS NULL "
                                                 "ORDER BY started_at DESC LIMIT 1")
                                      .value();
        const QString activity = f.session().current().value("activityId").toString();
        const auto savedInSession = [&] {
            auto all = f.app().store()->responses().forSession(sessionId);
            return all ? static_cast<int>(all->size()) : -1;
        };
        const int before = savedInSession();

        vfs.setDiskFull(true);
        QVERIFY(!f.session().saveScale(activity, 4));
        vfs.setDiskFull(false);
        QCOMPARE(f.session().unsavedAnswers(), 1);
        QCOMPARE(f.app().answersWaiting(), 1);
        vfs.setDiskFull(true);
        f.session().finish(); // refused: the answer would be left behind
        QVERIFY(f.session().stage() != SessionController::Stage::Idle);
        QVERIFY2(f.session().errorMessage().contains(QLatin1String("not saved yet")),
                 qPrintable(f.session().errorMessage()));

        f.app().lock();
        QCOMPARE(f.app().stage(), AppController::Stage::Locked);
        QCOMPARE(f.app().answersWaiting(), 1); // still counted while locked
        vfs.setDiskFull(false);
        f.app().unlock(kPass);
        QVERIFY(waitIdle(f.app()));
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked);
        QCOMPARE(f.app().answersWaiting(), 0);
        QCOMPARE(savedInSession(), before + 1);
    }

    // Issue 22 point 5 (REL-2) for own time: a young person's answer waiting on a full disk
    // survives the auto-lock (sealed to their own session's key), is saved after their PIN
    // opens the session again, and "Send my answers" waits meanwhile while their page says
    // why, in their words. Before the fix the lock dropped the answer.
    void ownTimeAnswersWaitingOnAFullDiskSurviveALock()
    {
        auto& vfs = FaultyVfs::instance(); // before any store opens through it
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("OwnTimePinPage")));
        const QString pin = QStringLiteral("258046");
        QVERIFY(f.session().choosePin(pin, pin));
        const QString sessionId = f.app().ownTimeSessionId();
        QVERIFY(!sessionId.isEmpty());
        QCOMPARE(f.session().stage(), SessionController::Stage::Activities);
        const QString activity = f.session().current().value("activityId").toString();
        const auto savedWithValue = [&](int value) {
            auto all = f.app().store()->responses().forSession(sessionId);
            if (!all) {
                return -1;
            }
            return static_cast<int>(std::count_if(all->begin(), all->end(), [&](const auto& r) {
                return r.activityId == activity && r.value.value("value").toInt() == value;
            }));
        };
        QVERIFY(f.session().saveScale(activity, 2)); // one answer saved: Send could go
        QCOMPARE(savedWithValue(4), 0);

        vfs.setDiskFull(true);
        QVERIFY(!f.session().saveScale(activity, 4));
        QCOMPARE(f.session().unsavedAnswers(), 1);
        QCOMPARE(f.app().answersWaiting(), 1);
        f.session().stop();
        QCOMPARE(f.session().stage(), SessionController::Stage::Review);

        // Their page: the banner in their words, and "Send my answers" not offered yet.
        const auto entries = ui::catalogue();
        const auto entry = std::find_if(entries.begin(), entries.end(), [](const auto& e) {
            return e.name == QLatin1String("OwnTimePage");
        });
        QVERIFY(entry != entries.end());
        auto page = f.show(*entry);
        QVERIFY(page);
        auto* banner = page->findChild<QQuickItem*>(QStringLiteral("ownAnswersWaiting"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        const QString said = banner->property("message").toString();
        QVERIFY2(said.contains(QLatin1String("1 of your answers")) &&
                     said.contains(QLatin1String("device is full")),
                 qPrintable(said));
        QQuickItem* send = nullptr;
        for (QQuickItem* item : visibleItems(page.get())) {
            if (item->property("text").toString() == QLatin1String("Send my answers")) {
                send = item;
            }
        }
        QVERIFY(send);
        QVERIFY(!send->isEnabled());
        QVERIFY(!f.session().submit()); // refused: the waiting answer would be left out
        QVERIFY2(f.session().errorMessage().contains(QLatin1String("not saved yet")),
                 qPrintable(f.session().errorMessage()));
        QVERIFY(!OwnTime::isSent(*f.app().store()));

        // The auto-lock: the answer is still counted, and only sealed in memory.
        f.app().setIdleLockMs(100);
        f.app().setActivityIdleLockMs(100);
        QTest::mouseClick(f.window.get(), Qt::LeftButton); // restarts the idle timer
        QTRY_COMPARE_WITH_TIMEOUT(f.app().stage(), AppController::Stage::Locked, 5000);
        QCOMPARE(f.app().answersWaiting(), 1);
        QVERIFY(!banner->property("message").toString().isEmpty());

        // Space again; their PIN opens the session and the answer is saved into it.
        vfs.setDiskFull(false);
        f.app().setIdleLockMs(60 * 60 * 1000);
        f.app().setActivityIdleLockMs(60 * 60 * 1000);
        f.app().unlockOwnTime(pin);
        QVERIFY(waitIdle(f.app()));
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked);
        QCOMPARE(f.app().ownTimeSessionId(), sessionId);
        QCOMPARE(f.app().answersWaiting(), 0);
        QCOMPARE(savedWithValue(4), 1);
        QVERIFY(banner->property("message").toString().isEmpty());
        f.session().stop(); // back to their answers: now they can send them all
        QVERIFY(f.session().review()->rowCount() >= 1);
        QTRY_VERIFY(send->isEnabled());
        QVERIFY(f.session().submit());
    }

    // Issue 22: the work at unlock (own-time import, retention, answers kept over a lock)
    // runs on the worker, not the GUI thread. Held there, it leaves the GUI's event loop
    // turning, the app busy (its overlay named for a screen reader) and the store not yet
    // opened; released, the store opens. Order and state only, no stopwatch.
    void unlockWorkRunsOffTheGuiThread()
    {
        UiFixture f(QStringLiteral("en"));
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QCOMPARE(f.app().stage(), AppController::Stage::Locked);
        QThread* const gui = QThread::currentThread();
        QSemaphore entered;
        QSemaphore release;
        std::atomic<bool> ranOnGui{true};
        AppController::setSettleHookForTests([&] {
            ranOnGui = QThread::currentThread() == gui;
            entered.release();
            release.acquire();
        });
        const auto unhook = qScopeGuard([] { AppController::setSettleHookForTests({}); });
        QStringList order;
        connect(&f.app(), &AppController::storeOpened, &f.app(), [&] { order << "opened"; });
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, &ticker, [&] { ++ticks; });
        ticker.start();

        f.app().unlock(kPass);
        QVERIFY(QTest::qWaitFor([&] { return entered.tryAcquire(); }, 20000));
        QVERIFY(!ranOnGui);
        const int ticksWhenHeld = ticks;
        QVERIFY(QTest::qWaitFor([&] { return ticks >= ticksWhenHeld + 3; }, 20000));
        order << QStringLiteral("turned while held");
        QVERIFY(f.app().busy());
        QCOMPARE(f.app().stage(), AppController::Stage::Locked);

        // What Main shows while busy: an overlay a screen reader can name.
        QQmlComponent busy(f.engine.get());
        busy.setData("import QtQuick\nimport Chorus\nBusyOverlay {}\n",
                     QUrl(QStringLiteral("qrc:/tests/Busy.qml")));
        std::unique_ptr<QQuickItem> overlay(qobject_cast<QQuickItem*>(busy.create()));
        QVERIFY2(overlay, qPrintable(busy.errorString()));
        overlay->setParentItem(f.window->contentItem());
        QAccessibleInterface* named = QAccessible::queryAccessibleInterface(overlay.get());
        QVERIFY(named && !named->text(QAccessible::Name).isEmpty());

        release.release();
        QVERIFY(waitIdle(f.app()));
        QCOMPARE(f.app().stage(), AppController::Stage::Unlocked);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("turned while held"), QStringLiteral("opened")}));
    }

    void languageSwitchesAtRuntime()
    {
        UiFixture f(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QuickExitButton", "Quick exit", "@action:button"),
                 QStringLiteral("Quick exit"));
        f.services->preferences().setLanguage(QStringLiteral("cy"));
        QCOMPARE(QCoreApplication::translate("QuickExitButton", "Quick exit", "@action:button"),
                 QStringLiteral("Gadael yn gyflym"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        f.services->preferences().setLanguage(QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(QCoreApplication::translate("QuickExitButton", "Quick exit", "@action:button") !=
                QStringLiteral("Quick exit"));
    }

    // Issue 14 point 8: what a person reads never starts with a developer's identifier
    // ("assessor: ...", "codeName: ...", "hub: ...") and names a field by its label, in
    // every language.
    // Issue 21: the circles' roles have one wording (AnswerWords), which the activity, the
    // child's summary and the team show; every role an answer may carry has words there, in
    // each language.
    void everyCircleRoleHasItsWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("cy") << QStringLiteral("cy");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void everyCircleRoleHasItsWords()
    {
        QFETCH(QString, language);
        UiFixture f(language);
        QVERIFY(!chorus::answers::circleRoles().isEmpty());
        QSet<QString> words;
        for (const QString& role : chorus::answers::circleRoles()) {
            const QString word = AnswerWords::circleRole(role);
            QVERIFY2(!word.isEmpty() && word != role, qPrintable(role));
            words.insert(word);
        }
        QCOMPARE(words.size(), chorus::answers::circleRoles().size()); // no two roles alike
        if (language != QLatin1String("en")) {
            QVERIFY(!words.contains(QStringLiteral("Social worker"))); // translated, not English
        }
    }

    void errorsAreSentencesNotIdentifiers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("cy") << QStringLiteral("cy");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void errorsAreSentencesNotIdentifiers()
    {
        QFETCH(QString, language);
        UiFixture f(language);
        QVERIFY(f.prepare(QStringLiteral("UnlockPage")));
        QVERIFY(f.prepare(QStringLiteral("HomePage")));
        QVERIFY(f.prepare(QStringLiteral("ConsentPage")));
        const auto shown = [](const QString& words) {
            QVERIFY2(!words.isEmpty(), "no message at all");
            QVERIFY2(!UserErrors::startsWithIdentifier(words), qPrintable(words));
            static const QRegularExpression identifier(
                QStringLiteral("\\b(assessor|assessmentBasis|codeName|participantId|ageBand)\\b"));
            QVERIFY2(!identifier.match(words).hasMatch(), qPrintable(words));
        };
        QVariantMap consent{{"codeName", "Owl"}, {"ageBand", "8-11"},
                            {"role", "child"},   {"givenBy", "child"},
                            {"assessor", ""},    {"assessmentBasis", "Understood."},
                            {"store", true}};
        QVERIFY(!f.session().giveConsent(consent));
        shown(f.session().errorMessage());
        if (language == QLatin1String("en")) {
            QVERIFY2(f.session().errorMessage().contains(QLatin1String("Your role or staff code")),
                     qPrintable(f.session().errorMessage()));
        }
        consent.insert(QStringLiteral("assessor"), QStringLiteral("SW-7"));
        consent.insert(QStringLiteral("codeName"), QStringLiteral("Wren")); // a fresh name
        QVERIFY2(f.session().giveConsent(consent), qPrintable(f.session().errorMessage()));
        f.session().clear();
        QVERIFY(f.prepare(QStringLiteral("ConsentPage")));
        QVERIFY(!f.session().giveConsent(consent)); // the same made-up name again
        shown(f.session().errorMessage());

        // Every message sync can give, in this language's words, never chorusctl's English.
        for (const QString& code : sync::SyncWords::names()) {
            if (code == QLatin1String("text")) {
                continue; // words an older version kept: shown as they were stored
            }
            const sync::SyncMessage m{code, {"my-week", "1", "activities[0].type: unknown"}};
            const QString words = sync::SyncWords::words(m);
            QVERIFY2(!UserErrors::startsWithIdentifier(words), qPrintable(code + ": " + words));
            if (language != QLatin1String("en")) {
                QVERIFY2(words != sync::SyncWords::english(m),
                         qPrintable(code + " is not translated"));
            }
        }
        // Every kind of core error has a sentence of its own.
        for (const auto code : {Error::Code::Invalid, Error::Code::Exists, Error::Code::NotFound,
                                Error::Code::Io, Error::Code::DiskFull, Error::Code::Damaged,
                                Error::Code::ConsentMissing, Error::Code::Internal}) {
            shown(UserErrors::describe(
                makeError(code, QStringLiteral("value.piles[0]: expected an id"))));
        }
    }

    // The controllers hand no core message (English, "field: why") to the screen as it is:
    // every error path words it through UserErrors (or names it inside a sentence of its own).
    void noControllerShowsACoreMessage()
    {
        const QDir backend(QStringLiteral(CHORUS_SOURCE_DIR "/qml/app/backend"));
        const QStringList files = backend.entryList({QStringLiteral("*.cpp")}, QDir::Files);
        QVERIFY(files.size() > 10);
        static const QRegularExpression raw(QStringLiteral(
            "(setError|fail)\\(\\s*[A-Za-z_]+(\\.value\\(\\))?\\.error\\(\\)\\.message\\s*\\)"));
        static const QRegularExpression returned(
            QStringLiteral("return\\s+(error|[a-z]+\\.error\\(\\))\\.message;"));
        for (const QString& name : files) {
            QFile file(backend.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY2(!raw.match(text).hasMatch(),
                     qPrintable(name + ": " + raw.match(text).captured(0)));
            QVERIFY2(!returned.match(text).hasMatch(),
                     qPrintable(name + ": " + returned.match(text).captured(0)));
        }
    }

    // Issue 14: dates follow the app's language, not the system's (no US order beside
    // "4 Dec 2026", no English month names in Welsh or Arabic).
    void datesFollowTheAppLanguage()
    {
        UiFixture f(QStringLiteral("en"));
        const QDate day(2026, 12, 4);
        QCOMPARE(QLocale().toString(day, QLocale::ShortFormat), QStringLiteral("04/12/2026"));
        f.services->preferences().setLanguage(QStringLiteral("cy"));
        QVERIFY2(QLocale().toString(day, QLocale::LongFormat).contains(QLatin1String("Rhagfyr")),
                 qPrintable(QLocale().toString(day, QLocale::LongFormat)));
        f.services->preferences().setLanguage(QStringLiteral("ar"));
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        QVERIFY(!QLocale().toString(day, QLocale::LongFormat).contains(QLatin1String("Dec")));
        f.services->preferences().setLanguage(QStringLiteral("en"));
    }

    // Issue 14: "Nothing was waiting to be sent" is never said beside "Waiting to be sent: 3".
    void syncReportAgreesWithWhatWaits()
    {
        sync::SyncReport done;
        done.outcome = sync::SyncReport::Outcome::Done;
        QCOMPARE(SyncController::reportWords(done, 0),
                 QStringLiteral("Nothing was waiting to be sent."));
        const QString later = SyncController::reportWords(done, 3);
        QVERIFY2(!later.contains(QLatin1String("Nothing was waiting")), qPrintable(later));
        QVERIFY(!later.isEmpty());
    }
};

QTEST_MAIN(TestUiServices)
#include "tst_uiservices.moc"
