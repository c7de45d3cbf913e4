// The models behind the Team screens' themes, "you said, we did", framework and export
// pages (qml/team) against a `chorus-hub serve` child process (support/hubchild.h: this
// process holds SQLCipher through chorus_core, so the hub's SQLite stays out of it), through
// the real ReviewClient: what they send, how they read the answers and how refusals end up
// as error codes.
#include "actionsmodel.h"
#include "exportcontroller.h"
#include "frameworkmodel.h"
#include "qml/team/reviewclient.h"
#include "reviewerrors.h"
#include "support/hubchild.h"
#include "themesmodel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus::sync;
using namespace chorus::team;
using namespace chorus::test;

class TestTeamworkModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    ChildHub m_hub;
    ReviewClient m_client;

    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QByteArray hubCsv(const QString& query)
    {
        QByteArray raw;
        bool answered = false;
        m_client.get("/v1/review/export.csv?consultation=c1&" + query, [&](const ReviewReply& r) {
            raw = r.raw;
            answered = true;
        });
        return QTest::qWaitFor([&] { return answered; }, 30000) ? raw : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(m_hub.start(), qPrintable(m_hub.error()));
        QCOMPARE(m_hub.seedFeedback(QStringLiteral("c1"), 12), 12);
        FeedbackSeed noQuotes;
        noQuotes.kind = QStringLiteral("text");
        noQuotes.quotes = false;
        noQuotes.role = QStringLiteral("parent");
        QCOMPARE(m_hub.seedFeedback(QStringLiteral("c1"), 3, noQuotes), 3);

        const QString secret = m_hub.addReviewer(QStringLiteral("Ria Reviewer"));
        QVERIFY2(!secret.isEmpty(), qPrintable(m_hub.error()));
        m_client.setHub(QUrl(m_hub.url()));
        bool answered = false;
        m_client.post("/v1/review/session",
                      {{"name", "Ria Reviewer"},
                       {"secret", secret},
                       {"passphrase", "a long enough passphrase"}},
                      [&](const ReviewReply& r) {
                          m_client.setSession(r.body.value("session").toString());
                          answered = true;
                      });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 30000));
        QVERIFY(m_client.hasSession());
    }

    void themesCreateTagAndCount()
    {
        ThemesModel themes;
        themes.setClient(&m_client);
        themes.setConsultation(QStringLiteral("c1"));
        QTRY_VERIFY(!themes.busy());
        QCOMPARE(themes.records().size(), 15);

        themes.createTheme(QStringLiteral("  Safety "));
        QTRY_COMPARE(themes.lastDone(), QStringLiteral("created"));
        QTRY_VERIFY(!themes.busy());
        QCOMPARE(themes.themes().size(), 1);
        const QVariantMap safety = themes.themes().first().toMap();
        QCOMPARE(safety.value("name").toString(), QStringLiteral("Safety"));
        QCOMPARE(safety.value("count").toInt(), 0);

        // The same name again: the hub's 409 becomes the code the page words.
        themes.createTheme(QStringLiteral("Safety"));
        QTRY_COMPARE(themes.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(themes.themes().size(), 1);

        const QString first = themes.records().at(0).toMap().value("id").toString();
        const QString second = themes.records().at(1).toMap().value("id").toString();
        themes.setSelected(first, true);
        themes.setSelected(second, true);
        QCOMPARE(themes.selected().size(), 2);
        themes.tagSelected(safety.value("id").toString(), true);
        QTRY_COMPARE(themes.lastDone(), QStringLiteral("tagged"));
        QTRY_VERIFY(!themes.busy());
        QCOMPARE(themes.errorCode(), QString());
        QCOMPARE(themes.themes().first().toMap().value("count").toInt(), 2);
        QVERIFY(themes.selected().isEmpty());
        QCOMPARE(themes.records().at(0).toMap().value("themeNames").toStringList(),
                 QStringList{QStringLiteral("Safety")});

        // The records behind the theme, then untagging one of them.
        themes.showRecords(safety.value("id").toString());
        QTRY_VERIFY(!themes.busy());
        QCOMPARE(themes.records().size(), 2);
        themes.setSelected(first, true);
        themes.tagSelected(safety.value("id").toString(), false);
        QTRY_COMPARE(themes.lastDone(), QStringLiteral("untagged"));
        QTRY_VERIFY(!themes.busy());
        QCOMPARE(themes.themes().first().toMap().value("count").toInt(), 1);
        QCOMPARE(themes.records().size(), 1);
    }

    void recordsComeAPageAtATime()
    {
        ThemesModel themes;
        themes.setClient(&m_client);
        themes.setPageSize(10);
        themes.setConsultation(QStringLiteral("c1"));
        QTRY_VERIFY(!themes.busy());
        QCOMPARE(themes.records().size(), 10);
        QVERIFY(themes.hasNextPage());
        QVERIFY(!themes.hasPreviousPage());
        const QString firstId = themes.records().first().toMap().value("id").toString();
        themes.nextPage();
        QTRY_VERIFY(!themes.busy());
        QCOMPARE(themes.records().size(), 5);
        QVERIFY(themes.hasPreviousPage());
        themes.previousPage();
        QTRY_VERIFY(!themes.busy());
        QCOMPARE(themes.records().first().toMap().value("id").toString(), firstId);
    }

    void quotableOnlyWithConsent()
    {
        ThemesModel themes;
        themes.setClient(&m_client);
        themes.setConsultation(QStringLiteral("c1"));
        QTRY_VERIFY(!themes.busy());
        QString allowed;
        QString refused;
        for (const QVariant& v : themes.records()) {
            const QVariantMap r = v.toMap();
            (r.value("quotesAllowed").toBool() ? allowed : refused) = r.value("id").toString();
        }
        QVERIFY(!allowed.isEmpty() && !refused.isEmpty());

        themes.setQuotable(refused, true);
        QTRY_COMPARE(themes.errorCode(), QStringLiteral("not_permitted"));
        QTRY_VERIFY(!themes.busy());
        for (const QVariant& v : themes.records()) {
            QVERIFY(!v.toMap().value("quotable").toBool());
        }

        themes.setQuotable(allowed, true);
        QTRY_COMPARE(themes.lastDone(), QStringLiteral("quotable"));
        QCOMPARE(themes.errorCode(), QString());
        themes.refresh();
        QTRY_VERIFY(!themes.busy());
        int quotable = 0;
        for (const QVariant& v : themes.records()) {
            quotable += v.toMap().value("quotable").toBool() ? 1 : 0;
        }
        QCOMPARE(quotable, 1);
    }

    void actionSavedThenPublished()
    {
        ActionsModel actions;
        actions.setClient(&m_client);
        actions.setConsultation(QStringLiteral("c1"));
        QTRY_VERIFY(!actions.busy());
        const int before = static_cast<int>(actions.actions().size());

        ThemesModel themes;
        themes.setClient(&m_client);
        themes.setConsultation(QStringLiteral("c1"));
        QTRY_VERIFY(!themes.busy());
        const QString record = themes.records().first().toMap().value("id").toString();

        QVariantMap action{{"youSaid", "More time to talk"},
                           {"weDid", "Longer visits from January"},
                           {"status", "planned"},
                           {"date", "2026-12-01"}};
        // No link: refused before anything is sent, naming the field.
        actions.save(action);
        QCOMPARE(actions.errorCode(), QStringLiteral("too_few"));
        QCOMPARE(actions.errorField(), QStringLiteral("feedbackIds"));
        action.insert("date", "2026-02-30");
        action.insert("feedbackIds", QStringList{record});
        actions.save(action);
        QCOMPARE(actions.errorCode(), QStringLiteral("invalid_value"));
        QCOMPARE(actions.errorField(), QStringLiteral("date"));

        action.insert("date", "2026-12-01");
        actions.save(action);
        QTRY_COMPARE(actions.lastDone(), QStringLiteral("saved"));
        QTRY_VERIFY(!actions.busy());
        QCOMPARE(actions.actions().size(), before + 1);
        const QString id = actions.lastId();
        QCOMPARE(actions.action(id).value("state").toString(), QStringLiteral("draft"));

        action.insert("id", id);
        action.insert("status", "doing");
        actions.save(action);
        QTRY_VERIFY(!actions.busy());
        QCOMPARE(actions.action(id).value("status").toString(), QStringLiteral("doing"));
        QCOMPARE(actions.actions().size(), before + 1);

        actions.publish(id);
        QTRY_COMPARE(actions.lastDone(), QStringLiteral("published"));
        QTRY_VERIFY(!actions.busy());
        QCOMPARE(actions.action(id).value("state").toString(), QStringLiteral("published"));
        QVERIFY(!actions.action(id).value("seq").toString().isEmpty());
    }

    void frameworkClustersAndIndicators()
    {
        FrameworkModel framework;
        framework.setClient(&m_client);
        framework.setConsultation(QStringLiteral("c1"));
        QTRY_VERIFY(framework.loaded());
        QCOMPARE(framework.clusters().size(), 5);
        QCOMPARE(framework.parameterCount(), 18);
        int measured = 0;
        for (const QVariant& c : framework.clusters()) {
            for (const QVariant& p : c.toMap().value("parameters").toList()) {
                const QVariantMap parameter = p.toMap();
                if (parameter.value("indicators").isNull()) {
                    QVERIFY(!parameter.value("noData").toString().isEmpty());
                } else {
                    ++measured;
                }
            }
        }
        QCOMPARE(measured, 2); // coproduction; learning and evaluation
    }

    void csvExportFollowsPagesAndMatchesTheHub()
    {
        ExportController exporter;
        exporter.setClient(&m_client);
        exporter.setConsultation(QStringLiteral("c1"));
        exporter.setPageSize(4); // 15 records: four requests
        const QString path = m_tmp.filePath(QStringLiteral("records.csv"));
        exporter.exportCsv(QStringLiteral("records"), path);
        QTRY_COMPARE(exporter.savedPath(), path);
        QCOMPARE(exporter.errorCode(), QString());
        QCOMPARE(exporter.savedRows(), 15);
        QCOMPARE(readFile(path), hubCsv(QStringLiteral("content=records")));

        const QString counts = m_tmp.filePath(QStringLiteral("counts.csv"));
        exporter.exportCsv(QStringLiteral("counts"), QUrl::fromLocalFile(counts).toString());
        QTRY_COMPARE(exporter.savedPath(), counts);
        const QByteArray written = readFile(counts);
        QCOMPARE(written, hubCsv(QStringLiteral("content=counts")));
        QVERIFY(written.contains("role,parent,hidden to protect small groups\r\n"));
    }

    void exportThatCannotBeWrittenSaysSoAndWritesNothing()
    {
        ExportController exporter;
        exporter.setClient(&m_client);
        exporter.setConsultation(QStringLiteral("c1"));
        const QString path = m_tmp.filePath(QStringLiteral("no-such-folder/records.csv"));
        exporter.exportCsv(QStringLiteral("counts"), path);
        QTRY_COMPARE(exporter.errorCode(), QStringLiteral("not_writable"));
        QCOMPARE(exporter.errorField(), QStringLiteral("records.csv"));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(exporter.savedPath(), QString());
    }

    // Issue 21: one wording per code. Every code in the table has words of its own (not the
    // sentence for an unknown code), and every code the Team side gives itself is in it.
    void everyErrorCodeHasItsWords()
    {
        const QStringList names = ReviewErrors::names();
        QVERIFY(!names.isEmpty());
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        for (const QString& code : names) {
            const auto parsed = ReviewErrors::parse(code);
            QVERIFY2(parsed, qPrintable(code));
            QCOMPARE(ReviewErrors::name(*parsed), code);
            const QString words = ReviewErrors::words(code, QStringLiteral("name"));
            QVERIFY2(!words.isEmpty() && words != ReviewErrors::unknown(), qPrintable(code));
        }
        QVERIFY(ReviewErrors::words(QString()).isEmpty());
        QCOMPARE(ReviewErrors::words(QStringLiteral("no_such_code")), ReviewErrors::unknown());
        // The two readings of "signed out" that used to disagree between C++ and QML.
        QCOMPARE(ReviewErrors::words(QStringLiteral("session_expired")),
                 QStringLiteral("Your session has ended. Sign in again to carry on."));
        QCOMPARE(ReviewErrors::words(QStringLiteral("not_signed_in")),
                 QStringLiteral("You are signed out. Sign in again to continue."));

        const QDir team(QStringLiteral(CHORUS_SOURCE_DIR "/qml/team"));
        const QRegularExpression failed(
            QStringLiteral(R"re(fail\(QStringLiteral\("([a-z_]+)"\))re"));
        int found = 0;
        for (const QString& file : team.entryList({QStringLiteral("*.cpp")}, QDir::Files)) {
            const QString text = QString::fromUtf8(readFile(team.filePath(file)));
            for (const auto& m : failed.globalMatch(text)) {
                ++found;
                QVERIFY2(names.contains(m.captured(1)),
                         qPrintable(file + QStringLiteral(": ") + m.captured(1)));
            }
        }
        QVERIFY(found >= 5); // the scan still finds the Team side's own codes
    }

    void cleanupTestCase()
    {
        QVERIFY(m_hub.running()); // it served every test; the destructor stops it
    }
};

QTEST_MAIN(TestTeamworkModels)
#include "tst_teamworkmodels.moc"
