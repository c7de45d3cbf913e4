// Writes a PNG of every page and activity in English, Welsh and Arabic (and one set at
// 200% text in high contrast) to build/screenshots/, so anyone can look at them.

#include "uifixture.h"

#include <QDir>
#include <QImage>
#include <QStandardPaths>

using namespace chorus;
using namespace chorus::test;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<bool>("contrast");
        QTest::newRow("en") << QStringLiteral("en") << 1.0 << false;
        QTest::newRow("cy") << QStringLiteral("cy") << 1.0 << false;
        QTest::newRow("ar") << QStringLiteral("ar") << 1.0 << false;
        QTest::newRow("en-200-contrast") << QStringLiteral("en") << 2.0 << true;
    }

    void pages()
    {
        QFETCH(QString, language);
        QFETCH(qreal, scale);
        QFETCH(bool, contrast);
        UiFixture f(language, scale);
        QVERIFY(f.window);
        f.services->preferences().setHighContrast(contrast);
        const QString dir = QStringLiteral(CHORUS_SCREENSHOT_DIR "/") +
                            QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(QDir().mkpath(dir));
        for (const auto& entry : ui::catalogue()) {
            QVERIFY2(f.prepare(entry.name), qPrintable(entry.name));
            auto page = f.show(entry);
            QVERIFY2(page, qPrintable(entry.name));
            const QImage image = f.window->grabWindow();
            QVERIFY(!image.isNull());
            const QString path = dir + QLatin1Char('/') + entry.name + QStringLiteral(".png");
            QVERIFY2(image.save(path), qPrintable(path));
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
