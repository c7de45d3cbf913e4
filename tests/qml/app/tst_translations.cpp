// Every string of the app is translated into Welsh and Arabic, with nothing left empty or
// unfinished, and the .ts files are current with the sources (lupdate finds nothing new).

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString key; ///< context | source | comment
    QStringList translations;
    QString type;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    QString source;
    QString comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                current.key = context + QLatin1Char('|') + source + QLatin1Char('|') + comment;
                messages.append(current);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = {};
            source.clear();
            comment.clear();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plain translations hold text; plural ones hold <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    current.translations.append(xml.readElementText());
                }
            }
            if (current.translations.isEmpty()) {
                current.translations.append(text);
            }
        }
    }
    if (xml.hasError()) {
        *error = path + QStringLiteral(": ") + xml.errorString();
    }
    return messages;
}

QSet<QString> keys(const QList<Message>& messages)
{
    QSet<QString> set;
    for (const auto& m : messages) {
        set.insert(m.key);
    }
    return set;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("cy") << QStringLiteral("cy");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const auto english =
            readTs(QStringLiteral(CHORUS_SOURCE_DIR "/translations/chorus_en.ts"), &error);
        const auto translated = readTs(
            QStringLiteral(CHORUS_SOURCE_DIR "/translations/chorus_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!english.isEmpty());
        QCOMPARE(keys(translated), keys(english));
        QStringList problems;
        for (const auto& m : translated) {
            if (!m.type.isEmpty()) {
                problems << m.type + QStringLiteral(": ") + m.key;
            }
            for (const auto& t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty: ") + m.key;
                }
            }
            // A placeholder in the source must survive translation.
            for (const char* p : {"%1", "%2", "%3"}) {
                const QString source = m.key.section(QLatin1Char('|'), 1, 1);
                if (source.contains(QLatin1String(p)) &&
                    !m.translations.value(0).contains(QLatin1String(p))) {
                    problems << QStringLiteral("lost %1: ").arg(QLatin1String(p)) + m.key;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    /** lupdate over the sources finds exactly the strings in chorus_en.ts. */
    void current()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(CHORUS_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral(CHORUS_SOURCE_DIR "/qml/app"),
                       QStringLiteral(CHORUS_SOURCE_DIR "/qml/controls"),
                       QStringLiteral(CHORUS_SOURCE_DIR "/qml/voice"),
                       QStringLiteral(CHORUS_SOURCE_DIR "/qml/team"), QStringLiteral("-ts"),
                       fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const auto english =
            readTs(QStringLiteral(CHORUS_SOURCE_DIR "/translations/chorus_en.ts"), &error);
        const auto found = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> missing = keys(found) - keys(english);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("run the update_translations target; new: ") +
                            QStringList(missing.values()).join(QStringLiteral("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
