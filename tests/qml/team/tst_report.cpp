// The PDF report (issue 8): the document of a real hub served in this process, seeded as
// devices and a reviewer would (tests/sync/hub/reportseed.h), printed in English and Welsh by
// chorus::report::writeReportPdf, rendered to PNG pages with pdftoppm into
// build/screenshots/report-{en,cy}-N.png for people to look at, and read back with pdftotext:
// the right language's headings, the quotes and actions as written, hidden counts as "hidden
// to protect small groups" with no number beside them, more pages for a long report, and no file at
// all when the path cannot be written.

#include "qml/team/report/reportpdf.h"
#include "support/hubseed.h"
#include "sync/hub/http/hubserver.h"
#include "tests/sync/hub/reportseed.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;
using namespace chorus::test;

namespace {

/** A hub on SQLite in `dir`, listening on a free loopback port. */
struct Hub
{
    std::unique_ptr<hub::HubStore> store;
    std::unique_ptr<hub::HubServer> server;
    QString base;

    bool start(const QString& file, QString* error)
    {
        auto opened =
            hub::HubStore::open(QStringLiteral("sqlite:") + file, std::make_shared<SystemClock>());
        if (!opened) {
            *error = opened.error().describe();
            return false;
        }
        store = std::move(opened).value();
        hub::Limits limits;
        limits.ratePerSecond = 10000; // seeding is quick work for one reviewer, not a flood
        limits.rateBurst = 10000;
        server = std::make_unique<hub::HubServer>(*store, limits);
        const auto port = server->listenOn(QHostAddress::LocalHost, 0, std::nullopt);
        if (!port) {
            *error = port.error().message;
            return false;
        }
        base = QStringLiteral("http://127.0.0.1:%1").arg(port.value());
        return true;
    }
};

/** The text of a PDF, page breaks as form feeds: laid out as printed (a table row or a bar
 *  on one line) or in the order it was drawn (a table cell's wrapped lines together). */
QString pdfText(const QString& pdf, bool layout = true)
{
    QProcess p;
    QStringList args{pdf, QStringLiteral("-")};
    if (layout) {
        args.prepend(QStringLiteral("-layout"));
    } else {
        args.prepend(QStringLiteral("-raw"));
    }
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** The printed line that starts with `label` and then its value (a number or the words for
 *  a suppressed one), e.g. "Sad" and not "Sad" in "Very sad" or "Trist" in "Trist iawn". */
QString row(const QString& text, const QString& label)
{
    const QRegularExpression re(QStringLiteral("^\\s*") + QRegularExpression::escape(label) +
                                    QStringLiteral("\\s+(?=\\d|hidden to|wedi'i guddio).*$"),
                                QRegularExpression::MultilineOption);
    return re.match(text).captured(0);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QJsonObject m_short;
    QJsonObject m_long;
    SeededReport m_seeded;
    SeededReport m_seededLong;

    /** Seeds a fresh hub and fetches its report document as the app would. */
    QJsonObject fetch(const QString& name, const ReportSeed& seed, SeededReport* seeded,
                      int sessions = 0)
    {
        Hub hub;
        QString error;
        if (!hub.start(m_tmp.filePath(name + QStringLiteral(".sqlite")), &error)) {
            qWarning("hub: %s", qPrintable(error));
            return {};
        }
        *seeded = seedReportHub(*hub.store, hub.base, seed);
        if (seeded->session.isEmpty()) {
            qWarning("seed: %s", qPrintable(seeded->error));
            return {};
        }
        if (sessions > 0 &&
            seedParticipation(*hub.store, QStringLiteral("c1"), sessions) != sessions) {
            qWarning("could not seed participation records");
            return {};
        }
        DeviceClient reviewer;
        reviewer.token = seeded->session;
        const Response r = reviewer.get(hub.base + "/v1/review/report?consultation=c1");
        return r.status == 200 ? r.body : QJsonObject();
    }

    /** Writes the PDF and renders its pages to build/screenshots/<name>-N.png. */
    QString writeAndShoot(const QJsonObject& doc, const QString& language, const QString& name)
    {
        const QString pdf = m_tmp.filePath(name + QStringLiteral(".pdf"));
        const Status written = report::writeReportPdf(doc, pdf, report::ReportOptions{language});
        if (!written) {
            qWarning("writeReportPdf: %s", qPrintable(written.error().message));
            return {};
        }
        QDir shots(QStringLiteral(CHORUS_SCREENSHOT_DIR));
        shots.mkpath(QStringLiteral("."));
        for (const QString& old : shots.entryList({name + QStringLiteral("-*.png")})) {
            shots.remove(old);
        }
        QProcess p;
        p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                             QStringLiteral("60"), pdf, shots.filePath(name)});
        if (!p.waitForFinished(120000) || p.exitCode() != 0 ||
            shots.entryList({name + QStringLiteral("-*.png")}).isEmpty()) {
            qWarning("pdftoppm failed: %s", p.readAllStandardError().constData());
            return {};
        }
        return pdf;
    }

private slots:
    void initTestCase()
    {
        // poppler-utils is in scripts/bootstrap's package list; without it nothing here
        // can be checked, so that is a failure, never a skip.
        for (const char* tool : {"pdftoppm", "pdftotext"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 missing: run scripts/bootstrap (it installs "
                                               "poppler-utils)")
                                    .arg(QLatin1String(tool))));
        }
        QVERIFY(m_tmp.isValid());
        const QString pack = QStringLiteral(CHORUS_SOURCE_DIR "/core/packs/my-week.json");
        m_short = fetch(QStringLiteral("short"), ReportSeed{pack, 0, 0, 0}, &m_seeded);
        QVERIFY2(!m_short.isEmpty(), "no report document from the hub");
        m_long = fetch(QStringLiteral("long"), ReportSeed{pack, 30, 25, 30}, &m_seededLong);
        QVERIFY2(!m_long.isEmpty(), "no report document from the long hub");
    }

    void englishAndWelsh()
    {
        const QString en =
            writeAndShoot(m_short, QStringLiteral("en"), QStringLiteral("report-en"));
        const QString cy =
            writeAndShoot(m_short, QStringLiteral("cy"), QStringLiteral("report-cy"));
        QVERIFY(!en.isEmpty());
        QVERIFY(!cy.isEmpty());
        const QString enText = pdfText(en);
        const QString cyText = pdfText(cy);
        QVERIFY2(enText.contains(QStringLiteral("Voices heard")), qPrintable(enText.left(2000)));

        const QStringList english{
            "Consultation report",       "Voices heard",     "By role",
            "What young people told us", "Themes",           "In their own words",
            "You said, we did",          "Closing the loop", "hidden to protect small groups"};
        const QStringList welsh{"Adroddiad yr ymgynghoriad",
                                "Lleisiau a glywyd",
                                "Yn ôl rôl",
                                "Beth ddywedodd pobl ifanc wrthon ni",
                                "Themâu",
                                "Yn eu geiriau eu hunain",
                                "Dywedoch chi, gwnaethon ni",
                                "Cau'r cylch",
                                "wedi'i guddio i ddiogelu grwpiau bach"};
        for (qsizetype i = 0; i < english.size(); ++i) {
            QVERIFY2(enText.contains(english[i]), qPrintable(english[i]));
            QVERIFY2(cyText.contains(welsh[i]), qPrintable(welsh[i] + "\n" + cyText.left(3000)));
            QVERIFY2(!cyText.contains(english[i]), qPrintable("English in Welsh: " + english[i]));
        }
        // The pack's own Welsh: its title and the feelings prompt.
        QVERIFY(cyText.contains(QStringLiteral("Fy wythnos")));
        QVERIFY(enText.contains(QStringLiteral("My week")));

        // What the team chose and wrote is printed as written, in both languages.
        const QString enFlow = pdfText(en, false).simplified();
        const QString cyFlow = pdfText(cy, false).simplified();
        for (const QString* text : {&enFlow, &cyFlow}) {
            for (const QString& quote : m_seeded.quotes) {
                QVERIFY2(text->simplified().contains(quote.simplified()), qPrintable(quote));
            }
            QVERIFY(!text->contains(m_seeded.unmarkedText));
            for (const QString& said : m_seeded.youSaid + m_seeded.weDid) {
                QVERIFY2(text->simplified().contains(said.simplified()), qPrintable(said));
            }
            QVERIFY(!text->contains(m_seeded.draftSaid));
        }

        // The start of the hidden wording: a narrow column may wrap the rest to a new line.
        const QString kHidden = QStringLiteral("hidden to protect");
        const QString kHiddenCy = QStringLiteral("wedi'i guddio i");
        // Small numbers: the 3 carers and the 3 "Sad" answers read "hidden to protect small groups"
        // and no number stands beside them; the 12 "Happy" answers are printed as they are.
        const QString carer = row(enText, QStringLiteral("Carer"));
        QVERIFY2(carer.contains(kHidden), qPrintable(carer));
        QVERIFY2(!carer.contains(QLatin1Char('3')), qPrintable(carer));
        const QString sad = row(enText, QStringLiteral("Sad"));
        QVERIFY2(sad.contains(kHidden), qPrintable(sad));
        QVERIFY2(!sad.contains(QLatin1Char('3')), qPrintable(sad));
        // "Happy" is printed as the hub published it: the 12 answers through the cell key
        // perturbation (issue 18), read from the document, never counted by the app.
        int happy = -1;
        for (const QJsonValue& a : m_short[QStringLiteral("activities")].toArray()) {
            if (a[QStringLiteral("activityId")] == QJsonValue(QStringLiteral("feel-today"))) {
                happy =
                    a[QStringLiteral("scale")][QStringLiteral("cells")][4][QStringLiteral("count")]
                        .toInt(-1);
            }
        }
        QVERIFY(happy >= 10 && happy <= 14); // 12, at most 2 away
        QVERIFY2(row(enText, QStringLiteral("Happy")).contains(QString::number(happy)),
                 qPrintable(row(enText, QStringLiteral("Happy"))));
        const QString pets = row(enText, QStringLiteral("Pets"));
        QVERIFY2(pets.contains(kHidden) && !pets.contains('3'), qPrintable(pets));
        const QString talk = row(enText, QStringLiteral("Time to talk"));
        QVERIFY2(talk.contains(kHidden) && !talk.contains('3'), qPrintable(talk));
        QVERIFY(!enText.contains(QStringLiteral("fewer than")));
        const QString gofalwr = row(cyText, QStringLiteral("Gofalwr"));
        QVERIFY2(gofalwr.contains(kHiddenCy), qPrintable(gofalwr));
        QVERIFY2(!gofalwr.contains(QLatin1Char('3')), qPrintable(gofalwr));
        const QString trist = row(cyText, QStringLiteral("Trist"));
        QVERIFY2(trist.contains(kHiddenCy) && !trist.contains('3'), qPrintable(trist));
        // Every page is numbered "of" the total.
        const qsizetype pages = enText.count(QLatin1Char('\f'));
        QVERIFY(pages >= 2);
        QVERIFY2(enText.contains(QStringLiteral("Page %1 of %1").arg(pages)),
                 qPrintable(enText.right(300)));
        QVERIFY(cyText.contains(QStringLiteral("Tudalen 1 o ")));
    }

    /** Issue 19: the participation section, in English and Welsh, as the hub published it:
     *  ten sessions of 30 minutes are five practitioner hours; one skipped drawing of ten is
     *  hidden. */
    void participationSection()
    {
        SeededReport seeded;
        const QString pack = QStringLiteral(CHORUS_SOURCE_DIR "/core/packs/my-week.json");
        const QJsonObject doc =
            fetch(QStringLiteral("participation"), ReportSeed{pack, 0, 0, 0}, &seeded, 10);
        QVERIFY(doc.contains(QStringLiteral("participation")));
        const QString en = writeAndShoot(doc, QStringLiteral("en"), QStringLiteral("report-p-en"));
        const QString cy = writeAndShoot(doc, QStringLiteral("cy"), QStringLiteral("report-p-cy"));
        QVERIFY(!en.isEmpty() && !cy.isEmpty());
        const QString enText = pdfText(en);
        const QString cyText = pdfText(cy);
        // ("Influence" is printed with an "fl" ligature, which pdftotext gives as one glyph.)
        const QStringList english{
            "Participation", "Space",      "Audience",          "Devices told what the team did",
            "Reach",         "Resourcing", "Practitioner hours"};
        const QStringList welsh{"Cyfranogiad", "Gofod",    "Cynulleidfa",     "Dylanwad",
                                "Cyrhaeddiad", "Adnoddau", "Oriau ymarferwyr"};
        for (qsizetype i = 0; i < english.size(); ++i) {
            QVERIFY2(enText.contains(english[i]), qPrintable(english[i]));
            QVERIFY2(cyText.contains(welsh[i]), qPrintable(welsh[i]));
        }
        QVERIFY2(row(enText, QStringLiteral("Practitioner hours")).contains(QStringLiteral("5.0")),
                 qPrintable(row(enText, QStringLiteral("Practitioner hours"))));
        const QString skipped = row(enText, QStringLiteral("Drawing: skipped"));
        QVERIFY2(skipped.contains(QStringLiteral("hidden")) && !skipped.contains('1'),
                 qPrintable(skipped));
        QVERIFY2(row(cyText, QStringLiteral("Oriau ymarferwyr")).contains(QStringLiteral("5.0")),
                 qPrintable(cyText.right(2000)));
        // Which ways worked for which children: each way by age band; the 8-11s finished and
        // liked the feelings scale (ten, perturbed within the published table's reach), and
        // the drawing's one skip is hidden and says so. Age bands nobody was in are left out.
        // ("finished" is printed with an "fi" ligature: the rows are found by other words.)
        const QString liked = row(enText, QStringLiteral("Feelings scale, aged 8 to 11: liked it"));
        QVERIFY2(!liked.isEmpty() && !liked.contains(QStringLiteral("hidden")), qPrintable(liked));
        const QString bandSkip = row(enText, QStringLiteral("Drawing, aged 8 to 11: skipped"));
        QVERIFY2(bandSkip.contains(QStringLiteral("hidden")), qPrintable(bandSkip));
        QVERIFY(!enText.contains(QStringLiteral("Feelings scale, aged 12 to 15")));
        const QString cySkip = row(cyText, QStringLiteral("Tynnu llun, 8 i 11 oed: wedi hepgor"));
        QVERIFY2(cySkip.contains(QStringLiteral("wedi'i guddio")), qPrintable(cySkip));
        QVERIFY(!cyText.contains(QStringLiteral(", aged ")));
        // People read the report: ways of telling, adaptations and age bands in words, never
        // the ids the hub sends.
        for (const char* id : {"feelings-scale", "drawing,", "read-aloud", "under-5", "adult"}) {
            QVERIFY2(!enText.contains(QLatin1String(id)), id);
            QVERIFY2(!cyText.contains(QLatin1String(id)), id);
        }
        for (const char* english : {"Practitioner hours", "Participation", "Devices told"}) {
            QVERIFY2(!cyText.contains(QLatin1String(english)), english);
        }
    }

    void longReportGrows()
    {
        const QString shortPdf = m_tmp.filePath(QStringLiteral("count-short.pdf"));
        QVERIFY(report::writeReportPdf(m_short, shortPdf, {}).ok());
        const QString longPdf =
            writeAndShoot(m_long, QStringLiteral("en"), QStringLiteral("report-long-en"));
        QVERIFY(!longPdf.isEmpty());
        const QString shortText = pdfText(shortPdf);
        const QString longText = pdfText(longPdf);
        const qsizetype shortPages = shortText.count(QLatin1Char('\f'));
        const qsizetype longPages = longText.count(QLatin1Char('\f'));
        QVERIFY2(longPages >= shortPages + 2,
                 qPrintable(QStringLiteral("%1 pages, long %2").arg(shortPages).arg(longPages)));
        // Nothing is lost at the page breaks: every action and quote is there.
        const QString flat = pdfText(longPdf, false).simplified();
        for (const QString& text : m_seededLong.weDid + m_seededLong.quotes) {
            QVERIFY2(flat.contains(text.simplified()), qPrintable(text));
        }
        QVERIFY(longText.contains(QStringLiteral("Theme 30 of the long report")));
    }

    void failureLeavesNoFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A path under a plain file cannot be written, whoever runs the test.
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = blocker.fileName() + QStringLiteral("/report.pdf");
        const Status s = report::writeReportPdf(m_short, path, {});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Io);
        QVERIFY2(s.error().message.contains(QStringLiteral("cannot write the report")),
                 qPrintable(s.error().message));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList{QStringLiteral("not-a-folder")});

        // A language the report is not made in, or a document that is not a report: a
        // clear error and no file.
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const Status fr = report::writeReportPdf(m_short, pdf, report::ReportOptions{"fr"});
        QCOMPARE(fr.error().code, Error::Code::Invalid);
        QVERIFY(fr.error().message.contains(QStringLiteral("Welsh (cy)")));
        const Status notReport = report::writeReportPdf(QJsonObject{{"records", 3}}, pdf, {});
        QCOMPARE(notReport.error().code, Error::Code::Invalid);
        QVERIFY(!QFile::exists(pdf));

        // Success replaces an earlier file whole.
        QFile earlier(pdf);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("old");
        earlier.close();
        QVERIFY(report::writeReportPdf(m_short, pdf, {}).ok());
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
