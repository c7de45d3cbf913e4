// Issue 21: one table of words for sync's codes, the app's and chorusctl's (SyncWords). Every
// code has a sentence of its own in English, Welsh and Arabic (the app's .qm files, as built),
// chorusctl's English is the app's source text, and every code the engine or the app's
// SyncController gives is in the table (by scanning their sources).
#include "sync/client/syncwords.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using chorus::sync::SyncMessage;
using chorus::sync::SyncWords;

namespace {

/** Four English words in a row from `english` that `translated` still holds, or empty. */
QString englishRunIn(const QString& english, const QString& translated)
{
    const QStringList words = english.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 4 <= words.size(); ++i) {
        const QString run = words.mid(i, 4).join(QLatin1Char(' '));
        if (translated.contains(run)) {
            return run;
        }
    }
    return {};
}

} // namespace

class TestSyncWords : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasItsWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("cy") << QStringLiteral("cy");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void everyCodeHasItsWords()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(CHORUS_QM_DIR "/chorus_") + language),
                 "the app's translations are built (chorus_ui_lrelease)");
        QCoreApplication::installTranslator(&translator);
        const QStringList names = SyncWords::names();
        QVERIFY(names.size() > 40);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        QSet<QString> sentences;
        for (const QString& code : names) {
            const auto parsed = SyncWords::parse(code);
            QVERIFY2(parsed, qPrintable(code));
            QCOMPARE(SyncWords::name(*parsed), code);
            if (code == QLatin1String("text")) {
                continue; // an older version's words, shown as they are
            }
            const SyncMessage m{code, {"not_permitted", "Not permitted.", "quotable"}};
            const QString words = SyncWords::words(m);
            QVERIFY2(!words.isEmpty() && words != code, qPrintable(code));
            sentences.insert(words);
            if (language == QLatin1String("en")) {
                QCOMPARE(words, SyncWords::english(m)); // chorusctl says what the app says
            } else {
                // Not the English, nor English inside it (a reason left untranslated).
                const QString english = SyncWords::english(m);
                QVERIFY2(words != english, qPrintable(code + " is not translated"));
                const QString left = englishRunIn(english, words);
                QVERIFY2(left.isEmpty(), qPrintable(code + ": English left: " + left));
            }
        }
        // Some codes share a sentence (the hub busy, erroring or rate limiting, say the same
        // to a practitioner), but most have their own.
        QVERIFY(sentences.size() > 35);
        QCoreApplication::removeTranslator(&translator);
    }

    void chorusctlAddsTheCodeAndItsParameters()
    {
        const SyncMessage busy{QStringLiteral("hub_busy"), {QStringLiteral("503")}};
        QCOMPARE(SyncWords::technical(busy), QStringLiteral("hub_busy: 503"));
        QCOMPARE(SyncWords::englishWithCode(busy),
                 SyncWords::english(busy) + QStringLiteral(" (hub_busy: 503)"));
        const SyncMessage kept{QStringLiteral("text"), {QStringLiteral("Old words.")}};
        QCOMPARE(SyncWords::englishWithCode(kept), QStringLiteral("Old words."));
        QVERIFY(SyncWords::words({}).isEmpty());
        // A code without words is a bug; it still names itself rather than saying nothing.
        QCOMPARE(SyncWords::words({QStringLiteral("no_such_code"), {}}),
                 QStringLiteral("no_such_code"));
    }

    void everyCodeGivenIsInTheTable()
    {
        const QStringList names = SyncWords::names();
        const QRegularExpression given(QStringLiteral(
            R"re((?:message\(|refuse\(|Error\s*=\s*\{|setError\(\{)\s*(?:QStringLiteral\()?"([a-z]+(?:_[a-z]+)*)")re"));
        QStringList sources;
        const QDir client(QStringLiteral(CHORUS_SOURCE_DIR "/sync/client"));
        for (const QString& name : client.entryList({QStringLiteral("*.cpp")}, QDir::Files)) {
            sources << client.filePath(name);
        }
        sources << QStringLiteral(CHORUS_SOURCE_DIR "/qml/app/backend/synccontroller.cpp");
        QSet<QString> found;
        for (const QString& path : sources) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            for (const auto& match : given.globalMatch(text)) {
                found.insert(match.captured(1));
                QVERIFY2(names.contains(match.captured(1)),
                         qPrintable(path + QStringLiteral(": ") + match.captured(1)));
            }
        }
        QVERIFY2(found.size() > 40, "the scan found too few codes to be reading the sources");
    }
};

QTEST_GUILESS_MAIN(TestSyncWords)
#include "tst_syncwords.moc"
