// The services behind the QML: store life cycle and locking (UI-1), child mode (UI-2),
// quick exit (UI-3), pack import errors, consent before answers (CP-1, CP-5), the review
// with delete (CP-6), and the models under QAbstractItemModelTester.

#include "uifixture.h"

#include "sync/client/syncmessage.h"
#include "synccontroller.h"
#include "usererrors.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>

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
        f.app().resumeAfterQuickExit();
        QVERIFY(f.app().childMode());
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
        for (const QString& code : sync::knownCodes()) {
            if (code == QLatin1String("text")) {
                continue; // words an older version kept: shown as they were stored
            }
            const sync::SyncMessage m{code, {"my-week", "1", "activities[0].type: unknown"}};
            const QString words = SyncController::words(m);
            QVERIFY2(!UserErrors::startsWithIdentifier(words), qPrintable(code + ": " + words));
            if (language != QLatin1String("en")) {
                QVERIFY2(words != sync::english(m), qPrintable(code + " is not translated"));
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
        const QDir backend(QStringLiteral(CHORUS_SOURCE_DIR "/qml/backend"));
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
