// Walks the item tree of every page and activity, in every language: every focusable or
// operable item has an accessible role and name and a 48 px target, and at 200% text
// nothing spills out of its box or off the screen.

#include "uifixture.h"

#include <QAccessible>
#include <QStandardPaths>

using namespace chorus;
using namespace chorus::test;

class TestPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void accessibleNames_data() { languages(); }
    void accessibleNames()
    {
        QFETCH(QString, language);
        UiFixture f(language);
        QVERIFY(f.window);
        QStringList problems;
        for (const auto& entry : ui::catalogue()) {
            QVERIFY2(f.prepare(entry.name), qPrintable(entry.name));
            auto page = f.show(entry);
            QVERIFY2(page, qPrintable(entry.name));
            int interactive = 0;
            for (QQuickItem* item : visibleItems(page.get())) {
                if (!isInteractive(item)) {
                    continue;
                }
                ++interactive;
                QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
                const QString name = iface ? iface->text(QAccessible::Name) : QString();
                if (!iface || name.trimmed().isEmpty() || iface->role() == QAccessible::NoRole ||
                    iface->role() == QAccessible::Client) {
                    problems << entry.name + QStringLiteral(": no accessible name or role on ") +
                                    describe(item) +
                                    QStringLiteral(" (role %1, name \"%2\")")
                                        .arg(iface ? int(iface->role()) : -1)
                                        .arg(name);
                }
                // The 48 px minimum holds at scale 1 for everything a finger operates.
                if (item->width() < 48 || item->height() < 48) {
                    problems << entry.name + QStringLiteral(": target smaller than 48 px: ") +
                                    describe(item) +
                                    QStringLiteral(" %1x%2").arg(item->width()).arg(item->height());
                }
            }
            if (entry.name != QLatin1String("UnavailableActivity") && interactive == 0) {
                problems << entry.name + QStringLiteral(": nothing can be focused");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noOverflowAtDoubleText_data() { languages(); }
    void noOverflowAtDoubleText()
    {
        QFETCH(QString, language);
        UiFixture f(language, 2.0);
        QVERIFY(f.window);
        QStringList problems;
        const qreal windowWidth = f.window->width();
        for (const auto& entry : ui::catalogue()) {
            QVERIFY2(f.prepare(entry.name), qPrintable(entry.name));
            auto page = f.show(entry);
            QVERIFY2(page, qPrintable(entry.name));
            for (QQuickItem* item : visibleItems(page.get())) {
                if (!item->inherits("QQuickText") || item->property("text").toString().isEmpty() ||
                    item->width() <= 0) {
                    continue;
                }
                const QRectF box =
                    item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
                if (box.left() < -1 || box.right() > windowWidth + 1) {
                    problems << entry.name + QStringLiteral(": off the screen: ") + describe(item);
                }
                const qreal contentWidth = item->property("contentWidth").toReal();
                if (contentWidth > item->width() + 1) {
                    problems << entry.name + QStringLiteral(": wider than its box: ") +
                                    describe(item) +
                                    QStringLiteral(" %1 > %2").arg(contentWidth).arg(item->width());
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    /** Layouts mirror in Arabic: the first button of a row sits right of the second. */
    void arabicMirrors()
    {
        UiFixture f(QStringLiteral("ar"));
        QVERIFY(f.window);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        const auto entries = ui::catalogue();
        auto page = f.show(entries.at(0)); // FirstRunPage: heading and text
        QVERIFY(page);
        QQuickItem* heading = nullptr;
        for (QQuickItem* item : visibleItems(page.get())) {
            if (item->inherits("QQuickText") && item->property("font").value<QFont>().bold()) {
                heading = item;
                break;
            }
        }
        QVERIFY(heading);
        // Right-aligned text in a right-to-left layout: the text hugs the right edge.
        QCOMPARE(heading->property("effectiveHorizontalAlignment").toInt(), int(Qt::AlignRight));
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const char* l : {"en", "cy", "ar"}) {
            QTest::newRow(l) << QString::fromLatin1(l);
        }
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
