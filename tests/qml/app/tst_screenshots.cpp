// Writes a PNG of every page and activity in English, Welsh and Arabic (and one set at
// 200% text in high contrast) to build/screenshots/, so anyone can look at them. Every
// button label on screen is also checked against its background in the picture itself
// (WCAG 2.1 contrast of at least 4.5:1), so a label colour that silently fails to apply
// cannot come back.

#include "uifixture.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QStandardPaths>

#include <cmath>

using namespace chorus;
using namespace chorus::test;

namespace {

double relativeLuminance(QRgb c)
{
    const auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

double contrastRatio(QRgb a, QRgb b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/** The label's contrast as painted: the commonest colour in the label's box is its
 *  background, the colour that stands out most from it is the ink. */
double paintedContrast(const QImage& image, const QRect& box)
{
    QHash<QRgb, int> counts;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            counts[image.pixel(x, y) | 0xff000000u] += 1;
        }
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        best = std::max(best, contrastRatio(background, it.key()));
    }
    return best;
}

bool isAppButton(const QQuickItem* item)
{
    const QByteArray cls = item->metaObject()->className();
    return cls.startsWith("AppButton") || cls.startsWith("QuickExitButton");
}

} // namespace

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
            checkButtonContrast(page.get(), image, entry.name);
        }
    }

private:
    /** Fails on any enabled button whose label, as painted, is below 4.5:1. Buttons not wholly
     *  in the window are not in the picture and are not checked on this page. */
    static void checkButtonContrast(QQuickItem* page, const QImage& image, const QString& name)
    {
        const QRect inWindow = image.rect();
        int checked = 0;
        for (QQuickItem* item : visibleItems(page)) {
            if (!isAppButton(item) || !item->isEnabled() ||
                item->property("text").toString().isEmpty()) {
                continue;
            }
            auto* label = item->property("contentItem").value<QQuickItem*>();
            QVERIFY2(label, qPrintable(name + QStringLiteral(": ") + describe(item)));
            const qreal dpr = image.devicePixelRatio();
            const QRectF scene =
                label->mapRectToScene(QRectF(0, 0, label->width(), label->height()));
            const QRect box(qRound(scene.x() * dpr), qRound(scene.y() * dpr),
                            qRound(scene.width() * dpr), qRound(scene.height() * dpr));
            if (!inWindow.contains(box) || box.width() < 4 || box.height() < 4) {
                continue; // partly scrolled out: the picture shows too little of it
            }
            const double ratio = paintedContrast(image, box);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 label contrast %3:1 < 4.5:1")
                                                  .arg(name, describe(item))
                                                  .arg(ratio, 0, 'f', 2)));
            ++checked;
        }
        if (name == QLatin1String("HomePage")) {
            QVERIFY2(checked > 0, "no button was checked on the home page");
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
