// The journeys of issue 14, walked the way a person walks them: the real window (Main.qml)
// over the real services, a real `chorus-hub serve` process on loopback, and only pointer
// clicks, mouse-wheel scrolling and typed keys on what is on screen, found by the words a
// person reads (their accessible names, in the language shown). Each step checks the words
// on screen, that no identifier or developer message shows, and that QML said nothing on
// stderr; a screenshot of each step goes to build/screenshots/journeys/.
//
// Practitioner: first run -> new consultation -> consent -> activities -> end session ->
// check before sharing -> enrol (the consultation made on the tablet registers itself with
// the hub) -> sync -> the hub holds the answers. In English and Welsh, and in Arabic at 200%
// text.

#include "uifixture.h"

#include "qml/team/reviewclient.h"
#include "support/hubchild.h"
#include "synccontroller.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWheelEvent>

#include <algorithm>

using namespace chorus;
using namespace chorus::test;

namespace {

QStringList s_qmlWarnings;
QtMessageHandler s_previousHandler = nullptr;

/** Every warning QML prints (a file:line: message, or the qml category) fails the step. */
void captureQmlWarnings(QtMsgType type, const QMessageLogContext& context, const QString& msg)
{
    const bool fromQml = QByteArray(context.category ? context.category : "") == "qml" ||
                         msg.contains(QLatin1String(".qml:"));
    if (type == QtWarningMsg && fromQml) {
        s_qmlWarnings << msg;
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, msg);
    }
}

QString trw(const char* context, const char* text, const char* comment)
{
    return QCoreApplication::translate(context, text, comment);
}

/** The SQL condition for a consultation's records in the hub database (ids are
 *  identifiers: letters, digits, '-' and '_', nothing to quote). */
QString inConsultation(const QString& consultationId)
{
    return QStringLiteral("consultation_id = '%1'").arg(consultationId);
}

QString accessibleName(QQuickItem* item)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/** The item is painted: visible all the way up and with a size. */
bool shown(QQuickItem* item)
{
    return item->isVisible() && item->width() > 0 && item->height() > 0;
}

/** What a person sees: the text of every visible Text, TextEdit and TextInput, with its
 *  rectangle in the window. */
struct OnScreen
{
    QString text;
    QRectF rect;
};

QList<OnScreen> visibleTexts(QQuickWindow* window)
{
    QList<OnScreen> out;
    for (QQuickItem* item : visibleItems(window->contentItem())) {
        if (!shown(item) || !(item->inherits("QQuickText") || item->inherits("QQuickTextEdit") ||
                              item->inherits("QQuickTextInput"))) {
            continue;
        }
        if (item->property("echoMode").toInt() == 2) {
            continue; // a passphrase box shows dots
        }
        const QString text = item->property("text").toString();
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (!text.trimmed().isEmpty() &&
            rect.intersects(QRectF(0, 0, window->width(), window->height()))) {
            out << OnScreen{text, rect};
        }
    }
    return out;
}

/** The ids a person must never read: every id in the built-in packs (activities, options,
 *  cards, piles, houses...) that is not an ordinary word, and the protocol's own values. */
QStringList knownIdentifiers()
{
    QStringList ids{"under-5", "5-7",          "8-11",         "12-15",    "16-17",
                    "18-24",   "young-person", "parent-carer", "very-sad", "very-happy",
                    "ring-1",  "ring-2",       "ring-3",       "feel-home"};
    const std::function<void(const QJsonValue&)> collect = [&](const QJsonValue& v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QLatin1String("id")).toString();
            if (id.contains(QLatin1Char('-')) && !ids.contains(id)) {
                ids << id;
            }
            for (const QJsonValue& child : o) {
                collect(child);
            }
        } else if (v.isArray()) {
            for (const QJsonValue& child : v.toArray()) {
                collect(child);
            }
        }
    };
    QDir packs(QStringLiteral(CHORUS_SOURCE_DIR "/core/packs"));
    for (const QString& name : packs.entryList({QStringLiteral("*.json")})) {
        QFile file(packs.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            collect(QJsonDocument::fromJson(file.readAll()).object());
        }
    }
    return ids;
}

/** Things no person should read: developer field prefixes ("assessor: is required"), the
 *  packs' ids ("feel-home", "maple-house"), UUIDs. */
QStringList identifiersIn(const QList<OnScreen>& texts, const QStringList& allowed)
{
    static const QRegularExpression fieldPrefix(QStringLiteral("^[a-z][a-zA-Z]+: "));
    static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));
    static const QStringList ids = knownIdentifiers();
    QStringList found;
    for (const OnScreen& t : texts) {
        if (allowed.contains(t.text)) {
            continue;
        }
        const bool anId = std::any_of(ids.cbegin(), ids.cend(), [&](const QString& id) {
            return QRegularExpression(QStringLiteral("(^|[^\\w-])%1($|[^\\w-])")
                                          .arg(QRegularExpression::escape(id)))
                .match(t.text)
                .hasMatch();
        });
        if (anId || fieldPrefix.match(t.text).hasMatch() || uuid.match(t.text).hasMatch()) {
            found << t.text;
        }
    }
    return found;
}

/** Whether `published` is a number the hub's disclosure layer may publish for a true count
 *  of `truth` (`hubprobe possible-published`: the hub's own table, in a process of its own). */
bool publishedFrom(const QJsonValue& published, qint64 truth)
{
    const auto possible = runHubProbe({"possible-published", "--count", QString::number(truth)});
    return published.isDouble() && possible &&
           possible->trimmed().split('\n').contains(
               QByteArray::number(static_cast<qint64>(published.toDouble())));
}

/** `count` participation records of one `mode` ("facilitated" or "own-time") sent to the hub
 *  by one more device of the consultation, as any enrolled device sends them (POST
 *  /v1/participation): the others in the group, so that the journey's own sessions are
 *  counted among enough to be shown. The number the hub acknowledged, or -1. */
qint64 sendSessions(const HubProcess& hub, const QString& db, const QString& consultation,
                    const QString& mode, int count)
{
    int exit = -1;
    const QByteArray code =
        hubCommand({"enrol-code", "--db", db, "--consultation", consultation}, &exit).trimmed();
    DeviceClient device;
    const test::Response enrolled =
        device.post(hub.url(QStringLiteral("/v1/enrol")),
                    QJsonDocument(QJsonObject{{"code", QString::fromUtf8(code)}}).toJson());
    if (exit != 0 || enrolled.status != 201) {
        return -1;
    }
    device.token = enrolled.body.value("token").toString().toUtf8();
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QJsonObject session = seededSession(consultation, 30, false);
        session.insert(QStringLiteral("mode"), mode);
        if (mode == QLatin1String("own-time")) {
            session.insert(QStringLiteral("practitionerMinutes"), 0);
        }
        items.append(session);
    }
    const test::Response sent = device.post(hub.url(QStringLiteral("/v1/participation")),
                                            QJsonDocument(QJsonObject{{"items", items}}).toJson());
    return sent.status == 200 ? sent.body.value("acknowledged").toArray().size() : -1;
}

} // namespace

/** A step's checks fail the journey there: nothing after a failed step is meaningful. */
#define STEP(...)                                                                                  \
    do {                                                                                           \
        step(__VA_ARGS__);                                                                         \
        if (QTest::currentTestFailed()) {                                                          \
            return;                                                                                \
        }                                                                                          \
    } while (false)

class TestJourneys : public QObject
{
    Q_OBJECT

    QQuickWindow* m_window = nullptr;
    QString m_fontFamily; // the Theme's text font, which every control on every step shows
    QString m_shots;
    QString m_journey;
    int m_step = 0;

    /** The first shown item whose accessible name is `name`. */
    QQuickItem* find(const QString& name)
    {
        for (QQuickItem* item : visibleItems(m_window->contentItem())) {
            if (shown(item) && accessibleName(item) == name) {
                return item;
            }
        }
        return nullptr;
    }

    QQuickItem* waitFor(const QString& name, int ms = 10000)
    {
        QQuickItem* item = nullptr;
        (void)QTest::qWaitFor([&] { return (item = find(name)) != nullptr; }, ms);
        if (!item) {
            QStringList names;
            for (QQuickItem* i : visibleItems(m_window->contentItem())) {
                if (shown(i) && !accessibleName(i).isEmpty()) {
                    names << accessibleName(i);
                }
            }
            qWarning().noquote() << "not on screen:" << name << "\nshown:" << names.join(" | ");
        }
        return item;
    }

    /** Scrolls with the mouse wheel, as a person does, until the item is wholly in view: in
     *  the window and in the part of its scrolling page that is not clipped (under a
     *  page's header, say). */
    bool scrollIntoView(QQuickItem* item)
    {
        QRectF view(0, 0, m_window->width(), m_window->height());
        QQuickItem* flickable = item->parentItem();
        while (flickable && !flickable->inherits("QQuickFlickable")) {
            flickable = flickable->parentItem();
        }
        if (flickable) {
            view &=
                flickable->mapRectToScene(QRectF(0, 0, flickable->width(), flickable->height()));
        }
        QRectF last;
        int stuck = 0;
        for (int i = 0; i < 100; ++i) {
            const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            if (view.contains(r) || (r.height() > view.height() && r.top() <= view.top() + 1 &&
                                     r.top() >= view.top() - 1)) {
                return true;
            }
            if (!flickable) {
                qWarning() << "not in view and nothing scrolls it:" << r << view;
                return false;
            }
            // At the end of the page: enough when the part a finger presses is in view.
            stuck = r == last ? stuck + 1 : 0;
            if (stuck >= 3) {
                if (!view.contains(r.center())) {
                    qWarning() << "cannot scroll it into view:" << r << view << flickable
                               << flickable->property("contentY")
                               << flickable->property("contentHeight") << flickable->height();
                }
                return view.contains(r.center());
            }
            last = r;
            // A finger (the pointer) drags the page in its margin, clear of anything inside
            // it: up to bring what is below into view, down for what is above.
            const qreal distance = std::min<qreal>(
                view.height() / 3,
                r.top() < view.top() ? view.top() - r.top() + 8 : r.bottom() - view.bottom() + 8);
            const qreal sign = r.top() < view.top() ? 1 : -1;
            const QPoint from(int(view.left() + 12), int(view.center().y() - sign * distance / 2));
            QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier, from);
            for (int stepIndex = 1; stepIndex <= 8; ++stepIndex) {
                QTest::mouseMove(m_window, from + QPoint(0, int(sign * distance * stepIndex / 8)),
                                 16);
            }
            QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier,
                                from + QPoint(0, int(sign * distance)), 16);
            QTest::qWait(30);
        }
        return false;
    }

    static QRectF sceneRect(QQuickItem* item)
    {
        return item ? item->mapRectToScene(QRectF(0, 0, item->width(), item->height())) : QRectF();
    }

    /** Issue 14, point 12: an activity opens at its top, its question in view below the
     *  top bar (it opened scrolled down, the question under the bar). */
    bool questionInView()
    {
        QQuickItem* question = nullptr;
        QQuickItem* column = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QQuickItem* item : visibleItems(m_window->contentItem())) {
                    if (shown(item) && item->objectName() == QLatin1String("activityQuestion")) {
                        question = item;
                    }
                    if (shown(item) && item->objectName() == QLatin1String("activityColumn")) {
                        column = item;
                    }
                }
                return question && column;
            },
            5000);
        if (!question || !column) {
            qWarning() << "no activity question on screen";
            return false;
        }
        QTest::qWait(50); // laid out and announced
        const QRectF view = sceneRect(column);
        const QRectF r = sceneRect(question);
        const bool inView = column->property("contentY").toReal() == 0 && r.top() >= view.top() &&
                            r.top() + std::min<qreal>(r.height(), 40) <= view.bottom();
        if (!inView) {
            qWarning() << "the question is not in view:" << r << view
                       << column->property("contentY");
        }
        return inView;
    }

    /** Waits until the item stays where it is (a list filling in after a sync, a page
     *  sliding in) so that a click lands on it and not on what was there a moment ago. */
    bool settled(QQuickItem* item)
    {
        QRectF last = sceneRect(item);
        int same = 0;
        return QTest::qWaitFor(
            [&] {
                const QRectF now = sceneRect(item);
                same = now == last && shown(item) ? same + 1 : 0;
                last = now;
                return same >= 3;
            },
            10000);
    }

    /** As click, once the control has stopped moving (the own-device journey's home list
     *  fills in after the first sync, under the pointer). */
    bool clickSettled(const QString& name)
    {
        QQuickItem* item = waitFor(name);
        return item && settled(item) && click(name);
    }

    /** Finds, scrolls to and clicks the control a person would press. */
    bool click(const QString& name)
    {
        QQuickItem* item = waitFor(name);
        if (!item || !scrollIntoView(item)) {
            return false;
        }
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QTest::qWait(50);
        return true;
    }

    /** The first shown item whose accessible name starts with `prefix`. */
    QQuickItem* findStartingWith(const QString& prefix, int ms = 10000)
    {
        QQuickItem* found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QQuickItem* item : visibleItems(m_window->contentItem())) {
                    if (shown(item) && accessibleName(item).startsWith(prefix)) {
                        found = item;
                        return true;
                    }
                }
                return false;
            },
            ms);
        return found;
    }

    bool clickItem(QQuickItem* item)
    {
        if (!item || !scrollIntoView(item)) {
            return false;
        }
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QTest::qWait(50);
        return true;
    }

    /** Clicks into the box and types, key by key. */
    bool type(const QString& field, const QString& text)
    {
        if (!click(field)) {
            return false;
        }
        // Key by key, with the character as the key's text (Welsh and Arabic letters too).
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(m_window, &press);
            QCoreApplication::sendEvent(m_window, &release);
        }
        QTest::qWait(20);
        return find(field) && find(field)->property("text").toString() == text;
    }

    /** The step's checks and screenshot: every word expected is on screen, nothing looks like
     *  an identifier, and QML printed no warning. */
    void step(const QString& name, const QStringList& expected, const QStringList& allowedIds = {})
    {
        ++m_step;
        QTest::qWait(100); // let bindings and layouts settle before looking
        const QList<OnScreen> texts = visibleTexts(m_window);
        QStringList all;
        for (const OnScreen& t : texts) {
            all << t.text;
        }
        const QImage image = m_window->grabWindow();
        const QString path = QStringLiteral("%1/%2-%3-%4.png")
                                 .arg(m_shots, m_journey)
                                 .arg(m_step, 2, 10, QLatin1Char('0'))
                                 .arg(name);
        QVERIFY2(image.save(path), qPrintable(path));
        for (const QString& words : expected) {
            QVERIFY2(std::any_of(all.cbegin(), all.cend(),
                                 [&](const QString& t) { return t.contains(words); }),
                     qPrintable(QStringLiteral("step %1: \"%2\" is not on screen; shown: %3")
                                    .arg(name, words, all.join(QStringLiteral(" | ")))));
        }
        // Points 8 and 9: no step of any journey shows an identifier or a developer message.
        const QStringList ids = identifiersIn(texts, allowedIds);
        QVERIFY2(ids.isEmpty(), qPrintable(QStringLiteral("step %1 shows identifiers: %2")
                                               .arg(name, ids.join(QStringLiteral(" | ")))));
        QVERIFY2(s_qmlWarnings.isEmpty(),
                 qPrintable(QStringLiteral("step %1: QML warned: %2")
                                .arg(name, s_qmlWarnings.join(QStringLiteral("\n")))));
        // Main.qml is a plain window, which passes no font down: each screen gives its Quick
        // Controls the Theme's font, or they would show the platform's (and ignore the text
        // size and the dyslexia-friendly font).
        for (QQuickItem* item : visibleItems(m_window->contentItem())) {
            if (!item->inherits("QQuickControl")) {
                continue;
            }
            const QString family = item->property("font").value<QFont>().family();
            QVERIFY2(family == m_fontFamily,
                     qPrintable(QStringLiteral("step %1: %2 shows %3, not the Theme's %4")
                                    .arg(name, describe(item), family, m_fontFamily)));
        }
    }

    /** The hub each journey runs against: a child process on a fresh SQLite file. */
    struct JourneyHub
    {
        QTemporaryDir dir;
        QString db = QStringLiteral("sqlite:%1/hub.sqlite").arg(dir.path());
        HubProcess process;
    };

    /** What every journey starts with: its name for the screenshots (kind and data tag), no
     *  QML warnings yet, and its own hub running. */
    [[nodiscard]] bool startJourney(const QString& kind, JourneyHub& hub)
    {
        m_journey = kind + QString::fromLatin1(QTest::currentDataTag());
        m_step = 0;
        s_qmlWarnings.clear();
        return hub.process.start(hub.db);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(hubBinary()), "build chorus-hub first");
        m_shots = QStringLiteral(CHORUS_SCREENSHOT_DIR "/journeys");
        QVERIFY(QDir().mkpath(m_shots));
        s_previousHandler = qInstallMessageHandler(captureQmlWarnings);
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previousHandler); }

    // The team reviewer's journey continues from the practitioner's (the same hub and the
    // same tablet, which is the child's device here): sign in, review, publish "you said, we
    // did", and the child sees it after the tablet's next sync.
    void practitioner_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<bool>("reviewer");
        QTest::newRow("en") << QStringLiteral("en") << 1.0 << true;
        QTest::newRow("cy") << QStringLiteral("cy") << 1.0 << true;
        QTest::newRow("ar-200") << QStringLiteral("ar") << 2.0 << false;
    }

    void practitioner()
    {
        QFETCH(QString, language);
        QFETCH(qreal, scale);
        QFETCH(bool, reviewer);
        JourneyHub hub;
        QVERIFY(startJourney(QStringLiteral("practitioner-"), hub));

        UiFixture f(language, scale);
        QVERIFY(f.window);
        f.window->hide();
        QQmlComponent main(f.engine.get(), ui::mainUrl());
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow*>(main.create()));
        QVERIFY2(window, qPrintable(main.errorString()));
        window->resize(1280, 800); // a tablet, as issue 14 was tried
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        m_window = window.get();
        m_fontFamily = f.services->preferences().fontFamily();
        const QString pass = QString::fromUtf8(kPassphrase);

        // 1. First run.
        STEP("welcome", {trw("FirstRunPage", "Welcome to Chorus", "@title:page")});
        QVERIFY(click(trw("FirstRunPage", "Start setting up", "@action:button")));
        QVERIFY(type(trw("FirstRunPage", "Passphrase", "@label:textbox"), pass));
        QVERIFY(type(trw("FirstRunPage", "Type the passphrase again", "@label:textbox"), pass));
        STEP("passphrase", {trw("FirstRunPage", "Choose a passphrase", "@title:page")});
        QVERIFY(click(trw("FirstRunPage", "Create the locked store", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(!f.app().busy() && !f.app().recoveryKey().isEmpty(), 20000);
        STEP("recovery-key", {trw("FirstRunPage", "Your recovery key", "@title:page")},
             {f.app().recoveryKey()});
        QVERIFY(click(trw("FirstRunPage", "I've written it down", "@option:check")));
        QVERIFY(click(trw("FirstRunPage", "Continue", "@action:button")));
        QVERIFY(waitFor(trw("FirstRunPage", "Finish", "@action:button")));
        STEP("hub-address", {trw("FirstRunPage", "Connect to your team's hub", "@title:page")});
        QVERIFY(click(trw("FirstRunPage", "Finish", "@action:button")));
        QTRY_COMPARE_WITH_TIMEOUT(f.app().stage(), AppController::Stage::Unlocked, 5000);
        QVERIFY(!f.app().onboarding());

        // 2. New consultation, made on the tablet.
        QVERIFY(click(trw("HomePage", "New consultation", "@action:button")));
        QVERIFY(click(trw("SetupPage", "Use the example pack", "@action:button")));
        const QString title = language == QLatin1String("cy")   ? QStringLiteral("Fy wythnos")
                              : language == QLatin1String("ar") ? QStringLiteral("أسبوعي")
                                                                : QStringLiteral("My week");
        QVERIFY(type(trw("SetupPage", "Title", "@label:textbox"), title));
        QVERIFY(
            type(trw("SetupPage", "What it is for, in words a child understands", "@label:textbox"),
                 QStringLiteral("We want to hear about your week.")));
        STEP("new-consultation", {trw("SetupPage", "New consultation", "@title:page")});
        QVERIFY(click(trw("SetupPage", "Save the consultation", "@action:button")));
        QVERIFY(waitFor(trw("HomePage", "Start a session", "@action:button")));
        // Point 14: the date in the reader's own order and words (it was US order beside
        // "4 Dec 2026", English month names in Welsh and Arabic).
        const QLocale reader =
            language == QLatin1String("cy")   ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
            : language == QLatin1String("ar") ? QLocale(QLocale::Arabic)
                                              : QLocale(QLocale::English, QLocale::UnitedKingdom);
        STEP("home", {title, reader.toString(QDate::currentDate(), QLocale::ShortFormat)});

        // 3. Consent: the page says what is missing before it lets anyone save.
        QVERIFY(click(trw("HomePage", "Start a session", "@action:button")));
        const QString save = trw("ConsentPage", "Save and hand over", "@action:button");
        QVERIFY(waitFor(save));
        QVERIFY(!find(save)->isEnabled());
        const auto yes = [](const char* topic) {
            return trw("ScopeQuestion", "Yes: %1", "@option:radio consent, %1 is what is agreed")
                .arg(trw("ConsentPage", topic, "@info consent scope"));
        };
        const auto no = [](const char* topic) {
            return trw("ScopeQuestion", "No: %1", "@option:radio consent, %1 is what is refused")
                .arg(trw("ConsentPage", topic, "@info consent scope"));
        };
        QVERIFY(type(trw("ConsentPage", "A made-up name for you", "@label:textbox"),
                     QStringLiteral("Kestrel")));
        QVERIFY(click(trw("ConsentPage", "8 to 11", "@option:radio age")));
        QVERIFY(
            click(trw("ConsentPage", "The child or young person", "@option:radio consent giver")));
        QVERIFY(click(yes("keep my answers on this tablet")));
        QVERIFY(click(yes("share my words without my name")));
        QVERIFY(click(yes("use my words as a quote")));
        QVERIFY(click(no("record my voice")));
        QVERIFY(click(no("share my drawings")));
        // Not saved yet: the practitioner's part is missing, and the page says so.
        QVERIFY(!find(save)->isEnabled());
        QVERIFY(scrollIntoView(find(save))); // what is missing is said just above it
        STEP("consent-missing", {trw("ConsentPage", "Still needed: %1",
                                     "@info %1 lists what the consent form is missing")
                                     .section(QLatin1Char('%'), 0, 0)
                                     .trimmed()});
        QVERIFY(type(trw("ConsentPage", "Your role or staff code", "@label:textbox"),
                     QStringLiteral("SW 7")));
        QVERIFY(
            type(trw("ConsentPage", "Why you judge that the child understands", "@label:textbox"),
                 QStringLiteral("She told me back who sees what.")));
        QVERIFY(find(save)->isEnabled());
        STEP("consent", {});
        QVERIFY(click(save));
        QTRY_VERIFY_WITH_TIMEOUT(f.app().childMode(), 5000);

        // 4. Activities, in the child's hands.
        QVERIFY(questionInView());
        const QRectF skipAt = sceneRect(waitFor(trw("SessionPage", "Skip", "@action:button")));
        QVERIFY(click(trw("FeelingsScaleActivity", "Happy", "@label feeling")));
        // Point 12: "Saved" pushes nothing; Next comes where Skip was, in view, no scrolling.
        QQuickItem* nextButton = waitFor(trw("SessionPage", "Next", "@action:button"));
        QVERIFY(nextButton);
        QCOMPARE(sceneRect(nextButton).topLeft(), skipAt.topLeft());
        QVERIFY2(
            QRectF(0, 0, m_window->width(), m_window->height()).contains(sceneRect(nextButton)),
            qPrintable(QStringLiteral("Next is not in view: %1,%2 %3x%4")
                           .arg(sceneRect(nextButton).x())
                           .arg(sceneRect(nextButton).y())
                           .arg(sceneRect(nextButton).width())
                           .arg(sceneRect(nextButton).height())));
        STEP("activity-feeling", {trw("SessionPage", "Saved", "@info:status")});
        QVERIFY(click(trw("SessionPage", "Next", "@action:button")));
        QVERIFY(questionInView());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(click(trw("SessionPage", "Skip", "@action:button")));
            QVERIFY(questionInView());
        }
        const QString words = QStringLiteral("More visits with my brother please");
        QVERIFY(type(trw("FreeTextActivity", "Your words", "@label:textbox"), words));
        QVERIFY(click(trw("FreeTextActivity", "Keep my words", "@action:button")));
        QVERIFY(waitFor(trw("SessionPage", "Next", "@action:button")));
        STEP("activity-words", {trw("SessionPage", "Saved", "@info:status")});
        QVERIFY(click(trw("SessionPage", "I want to stop", "@action:button")));
        QVERIFY(waitFor(trw("ReviewPage", "I have finished", "@action:button")));
        STEP("what-you-told-us", {trw("ReviewPage", "What you told us", "@title:page")});
        QVERIFY(click(trw("ReviewPage", "I have finished", "@action:button")));
        STEP("thank-you", {trw("ReviewPage", "Thank you!", "@title:page")});

        // 5. End session: the practitioner takes the tablet back; it is not "not finished".
        QVERIFY(click(trw("ReviewPage", "For the practitioner", "@action:button")));
        QVERIFY(
            type(trw("LeaveChildModeDialog", "Practitioner passphrase", "@label:textbox"), pass));
        QVERIFY(click(trw("LeaveChildModeDialog", "Leave", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(!f.app().childMode(), 5000);
        QVERIFY(waitFor(trw("HomePage", "Start a session", "@action:button")));
        QVERIFY(f.session().unfinished().isEmpty());
        QVERIFY(!find(trw("HomePage", "Sessions not finished", "@title:group")));
        STEP("session-ended", {trw("HomePage", "Consultations on this device", "@title:page")});

        // 6. Check before sharing: approve all.
        QVERIFY(click(trw("HomePage", "Check before sharing: %1 waiting", "@action:button")
                          .arg(f.services->reviewQueue().rowCount())));
        const int waiting = f.services->reviewQueue().rowCount();
        QVERIFY(waiting >= 2);
        // Point 15: the child's "More" is not taken for a name in what the team will read.
        STEP("check-before-sharing",
             {trw("ReviewQueuePage", "Check before sharing", "@title:page")});
        QQuickItem* asWritten =
            waitFor(trw("ReviewQueueCard", "The team will see: %1", "@info:accessible").arg(words));
        QVERIFY2(asWritten, "the team would not read the child's words as written");
        QVERIFY(scrollIntoView(asWritten));
        STEP("words-as-written", {words});
        QVERIFY(click(
            trw("ReviewQueuePage", "Approve all %1 as shown", "@action:button").arg(waiting)));
        QTRY_COMPARE_WITH_TIMEOUT(f.services->reviewQueue().rowCount(), 0, 5000);
        STEP("approved", {});
        QVERIFY(click(trw("ReviewQueuePage", "Back", "@action:button")));

        // 7. The consultation's id, shown where the hub's administrator needs it.
        QVERIFY(click(trw("HomePage", "Details and people", "@action:button")));
        QQuickItem* idBox = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QQuickItem* item : visibleItems(m_window->contentItem())) {
                    if (accessibleName(item).startsWith(
                            trw("ConsultationDetails", "Consultation id: %1", "@info:accessible")
                                .section(QLatin1Char('%'), 0, 0))) {
                        idBox = item;
                    }
                }
                return idBox != nullptr;
            }(),
            5000);
        const QString consultationId = idBox->property("text").toString();
        QVERIFY(scrollIntoView(idBox));
        STEP("consultation-id", {}, {consultationId});
        // Who takes part, with "Withdraw" beside each name, just below.
        QVERIFY(scrollIntoView(waitFor(trw("ConsultationDetails", "Withdraw", "@action:button"))));
        STEP("taking-part", {QStringLiteral("Kestrel")}, {consultationId});

        // 8. Enrol, then sync. In English the administrator makes the code for the id the
        // practitioner read out; otherwise the tablet enrols for the team's consultation and
        // the one made on it registers itself with the hub on this first sync.
        int exit = -1;
        const bool enrolForIt = language == QLatin1String("en");
        const QByteArray code =
            hubCommand({"enrol-code", "--db", hub.db, "--new-consultation",
                        enrolForIt ? consultationId : QStringLiteral("team-week")},
                       &exit);
        QCOMPARE(exit, 0);
        QVERIFY(click(trw("HomePage", "Sync with the hub", "@action:button")));
        QVERIFY(type(trw("SyncPage", "Hub address", "@label:textbox"), hub.process.url({})));
        QVERIFY(
            type(trw("SyncPage", "Enrolment code", "@label:textbox"), QString::fromLatin1(code)));
        STEP("enrol", {trw("SyncPage", "Enrol this device with a hub", "@title:group")},
             {hub.process.url({})});
        QVERIFY(click(trw("SyncPage", "Enrol with this code", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(f.services->sync().enrolled() && !f.services->sync().busy(),
                                 20000);
        QQuickItem* syncNow = waitFor(trw("SyncPage", "Sync now", "@action:button"));
        QVERIFY(syncNow && scrollIntoView(syncNow));
        STEP("enrolled", {}, {hub.process.url({})});
        QVERIFY(click(trw("SyncPage", "Sync now", "@action:button")));
        const bool sent = QTest::qWaitFor(
            [&] { return !f.services->sync().busy() && f.services->sync().waiting() == 0; }, 60000);
        QVERIFY2(sent, qPrintable(QStringLiteral("sync: %1 / %2 / %3 (busy %4, waiting %5)")
                                      .arg(f.services->sync().problem(),
                                           f.services->sync().errorMessage(),
                                           f.services->sync().lastReport())
                                      .arg(f.services->sync().busy())
                                      .arg(f.services->sync().waiting())));
        QCOMPARE(f.services->sync().failedCount(), 0);
        STEP("synced", {trw("SyncPage", "Nothing is waiting to be sent.", "@info:status")},
             {hub.process.url({})});

        // 9. The hub holds the answers, under the consultation made on the tablet.
        const auto stored = storedFeedback(hub.db, inConsultation(consultationId));
        QVERIFY(stored);
        const bool wordsArrived = std::any_of(stored->begin(), stored->end(), [](const auto& r) {
            return r.body.contains(QLatin1String("visits"));
        });
        QCOMPARE(stored->size(), waiting);
        QVERIFY(wordsArrived);
        if (reviewer) {
            reviewerJourney(f, hub.process, hub.db, consultationId, title);
        }
        m_window = nullptr;
    }

    // Issue 16: the young person's own device, as a new user tries it. The practitioner's
    // device (enrolled for a consultation published on the hub) makes an invite; a second
    // device (its own data folder) is set up from it, answers, sends, and the answers are on
    // the hub; the young person comes back with their PIN and, after a sync, sees the
    // "you said, we did" action the team published. Issue 19: the hub's participation figures
    // count their session as own time and one on the practitioner's tablet as facilitated.
    void ownDevice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("cy") << QStringLiteral("cy");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void ownDevice()
    {
        QFETCH(QString, language);
        JourneyHub hub;
        QVERIFY(startJourney(QStringLiteral("own-device-"), hub));
        int exit = -1;
        hubCommand({"publish-pack", "--db", hub.db, CHORUS_SOURCE_DIR "/core/packs/my-week.json",
                    "--consultation", "club"},
                   &exit);
        QCOMPARE(exit, 0);
        const QString file = hub.dir.filePath(QStringLiteral("club.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{"format", "chorus-consultation/1"},
                                              {"id", "club"},
                                              {"title", "Our club"},
                                              {"purpose", "Tell us what the club is like."},
                                              {"packId", "my-week"},
                                              {"packVersion", 1},
                                              {"activities", QJsonArray{"feel-today", "tell-us"}},
                                              {"retentionDays", 90},
                                              {"status", "open"}})
                        .toJson());
        }
        hubCommand({"publish-consultation", "--db", hub.db, file}, &exit);
        QCOMPARE(exit, 0);
        const QByteArray code =
            hubCommand({"enrol-code", "--db", hub.db, "--consultation", "club"}, &exit).trimmed();
        QCOMPARE(exit, 0);

        // 1. The practitioner's device: enrolled, then the invite with the judgement.
        QString inviteHub;
        QString inviteText;
        {
            UiFixture f(language);
            QVERIFY(f.window);
            f.window->hide();
            QVERIFY(enterHome(*f.services));
            QQmlComponent main(f.engine.get(), ui::mainUrl());
            std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow*>(main.create()));
            QVERIFY2(window, qPrintable(main.errorString()));
            window->resize(1280, 800);
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            m_window = window.get();
            m_fontFamily = f.services->preferences().fontFamily();
            QVERIFY(clickSettled(trw("HomePage", "Sync with the hub", "@action:button")));
            QVERIFY(type(trw("SyncPage", "Hub address", "@label:textbox"), hub.process.url({})));
            QVERIFY(type(trw("SyncPage", "Enrolment code", "@label:textbox"),
                         QString::fromLatin1(code)));
            QVERIFY(clickSettled(trw("SyncPage", "Enrol with this code", "@action:button")));
            QTRY_VERIFY_WITH_TIMEOUT(f.services->sync().enrolled() && !f.services->sync().busy(),
                                     30000);
            QVERIFY(type(trw("SyncPage", "Your role or staff code", "@label:textbox"),
                         QStringLiteral("SW 7")));
            QVERIFY(type(trw("SyncPage",
                             "Why you judge that the young person can decide for themselves",
                             "@label:textbox"),
                         QStringLiteral("He told me back who sees what.")));
            QVERIFY(clickSettled(trw("SyncPage", "Create invite code", "@action:button")));
            QTRY_VERIFY_WITH_TIMEOUT(
                !f.services->sync().busy() && !f.services->sync().inviteText().isEmpty(), 30000);
            inviteHub = f.services->sync().inviteHub();
            inviteText = f.services->sync().inviteText();
            QVERIFY(scrollIntoView(
                waitFor(trw("SyncPage", "QR code of the invite, for a device with a camera",
                            "@info:accessible"))));
            STEP("invite-made", {}, {hub.process.url({}), inviteHub, inviteText});

            // Issue 19: a session the practitioner runs with a young person on this tablet,
            // through the app's session path (consent with "share", an answer, finished),
            // synced: facilitated, with the young person's own time below to tell apart. A
            // first sync brings the team's consultation to the tablet.
            f.services->sync().syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(!f.services->sync().busy(), 30000);
            QVERIFY2(f.session().begin(QStringLiteral("club"), QStringLiteral("facilitated")),
                     qPrintable(f.session().errorMessage()));
            QVERIFY2(
                f.session().giveConsent({{"codeName", "Kite"},
                                         {"ageBand", "8-11"},
                                         {"role", "child"},
                                         {"givenBy", "child"},
                                         {"assessor", "SW 7"},
                                         {"assessmentBasis", "She told me back who sees what."},
                                         {"store", true},
                                         {"share", true}}),
                qPrintable(f.session().errorMessage()));
            QVERIFY(f.session().saveScale(f.session().current().value("activityId").toString(), 4));
            f.session().stop();
            f.session().finish();
            QTRY_VERIFY_WITH_TIMEOUT(!f.services->sync().busy(), 30000);
            f.services->sync().syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(!f.services->sync().busy(), 30000);
            m_window = nullptr;
        }

        // 2. The young person's own device, from its first screen.
        UiFixture f(language);
        QVERIFY(f.window);
        f.window->hide();
        QQmlComponent main(f.engine.get(), ui::mainUrl());
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow*>(main.create()));
        QVERIFY2(window, qPrintable(main.errorString()));
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        m_window = window.get();
        m_fontFamily = f.services->preferences().fontFamily();
        STEP("welcome", {trw("FirstRunPage", "Welcome to Chorus", "@title:page")});
        QVERIFY(clickSettled(trw("FirstRunPage", "I have an invite", "@action:button")));
        QVERIFY(type(trw("FirstRunPage", "Hub address", "@label:textbox"), inviteHub));
        QVERIFY(type(trw("FirstRunPage", "Invite code", "@label:textbox"), inviteText));
        STEP("invite", {trw("FirstRunPage", "Your invite", "@title:page")},
             {inviteHub, inviteText});
        QVERIFY(clickSettled(trw("FirstRunPage", "Next", "@action:button")));
        const QString pin = QStringLiteral("402817");
        QVERIFY(type(trw("FirstRunPage", "Your PIN", "@label:textbox"), pin));
        QVERIFY(type(trw("FirstRunPage", "Your PIN again", "@label:textbox"), pin));
        STEP("pin", {trw("FirstRunPage", "Choose your PIN", "@title:page")});
        QVERIFY(!find(trw("FirstRunPage", "Your recovery key", "@title:page")));
        QVERIFY(clickSettled(trw("FirstRunPage", "Set up my Chorus", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(f.app().youngPersonDevice(), 60000);
        QVERIFY(f.app().recoveryKey().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(f.services->sync().enrolled(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(f.app().stage() == AppController::Stage::Unlocked &&
                                     !f.app().onboarding() && !f.services->sync().busy(),
                                 60000);

        // 3. Their consent, then their answers.
        QVERIFY(clickSettled(trw("HomePage", "Start my answers", "@action:button")));
        const auto yes = [](const char* topic) {
            return trw("ScopeQuestion", "Yes: %1", "@option:radio consent, %1 is what is agreed")
                .arg(trw("ConsentPage", topic, "@info consent scope"));
        };
        const auto no = [](const char* topic) {
            return trw("ScopeQuestion", "No: %1", "@option:radio consent, %1 is what is refused")
                .arg(trw("ConsentPage", topic, "@info consent scope"));
        };
        QVERIFY(waitFor(yes("keep my answers on this tablet")));
        QVERIFY(!find(trw("ConsentPage", "For the practitioner", "@title:group")));
        QVERIFY(type(trw("ConsentPage", "A made-up name for you", "@label:textbox"),
                     QStringLiteral("Heron")));
        QVERIFY(clickSettled(trw("ConsentPage", "12 to 15", "@option:radio age")));
        QVERIFY(clickSettled(yes("keep my answers on this tablet")));
        QVERIFY(clickSettled(yes("share my words without my name")));
        QVERIFY(clickSettled(no("use my words as a quote")));
        QVERIFY(clickSettled(no("record my voice")));
        QVERIFY(clickSettled(no("share my drawings")));
        STEP("consent", {});
        QVERIFY(clickSettled(trw("ConsentPage", "Save my choices and start", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(f.app().childMode(), 10000);
        QVERIFY(questionInView());
        QVERIFY(clickSettled(trw("FeelingsScaleActivity", "Happy", "@label feeling")));
        QVERIFY(clickSettled(trw("SessionPage", "Next", "@action:button")));
        QVERIFY(questionInView());
        const QString words = QStringLiteral("More trips to the sea please");
        QVERIFY(type(trw("FreeTextActivity", "Your words", "@label:textbox"), words));
        QVERIFY(clickSettled(trw("FreeTextActivity", "Keep my words", "@action:button")));
        QVERIFY(waitFor(trw("SessionPage", "Saved", "@info:status")));
        STEP("answered", {});
        QVERIFY(clickSettled(trw("SessionPage", "I want to stop", "@action:button")));

        // 4. Send sends: no "Check before sharing" on their own device.
        QVERIFY(waitFor(trw("ReviewPage", "Send my answers", "@action:button")));
        STEP("before-send", {trw("ReviewPage", "What you told us", "@title:page")});
        QVERIFY(clickSettled(trw("ReviewPage", "Send my answers", "@action:button")));
        const auto onHub = [&](QString* body) {
            const auto stored = storedFeedback(hub.db, inConsultation(QStringLiteral("club")));
            for (const StoredRecord& r : stored.value_or(QList<StoredRecord>{})) {
                if (body && r.body.contains(QLatin1String("sea"))) {
                    *body = r.id;
                }
            }
            return stored ? stored->size() : 0;
        };
        QString sentId;
        QTRY_VERIFY_WITH_TIMEOUT(onHub(&sentId) > 0 && !sentId.isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.services->sync().busy(), 60000);
        QCOMPARE(f.services->reviewQueue().rowCount(), 0);

        // 5. The team publishes "you said, we did" for what they said, as the Team screens do:
        // a reviewer from `chorus-hub add-reviewer` signs in with the review client, saves
        // the action linked to the record and publishes it.
        const QString did = QStringLiteral("We booked a trip to the sea in the summer.");
        {
            const QByteArray added =
                hubCommand({"add-reviewer", "--db", hub.db, "Sam Reviewer"}, &exit);
            QCOMPARE(exit, 0);
            const QString secret =
                QString::fromUtf8(added.mid(added.lastIndexOf(' ') + 1)).trimmed();
            sync::ReviewClient team;
            team.setHub(QUrl(hub.process.url({})));
            const auto call = [&](const QString& path, const QJsonObject& body) {
                std::optional<sync::ReviewReply> answer;
                team.post(path, body, [&](const sync::ReviewReply& r) { answer = r; });
                // No answer in time reads as status 0, which every check below refuses.
                return QTest::qWaitFor([&] { return answer.has_value(); }, 30000)
                           ? *answer
                           : sync::ReviewReply{};
            };
            const auto signedIn = call(QStringLiteral("/v1/review/session"),
                                       {{"name", "Sam Reviewer"},
                                        {"secret", secret},
                                        {"passphrase", "a long passphrase for Sam"}});
            QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
            team.setSession(signedIn.body.value("session").toString());
            const auto saved = call(QStringLiteral("/v1/review/actions"),
                                    {{"consultationId", "club"},
                                     {"youSaid", "You want more trips to the sea."},
                                     {"weDid", did},
                                     {"status", "done"},
                                     {"date", QDate::currentDate().toString(Qt::ISODate)},
                                     {"feedbackIds", QJsonArray{sentId}}});
            QVERIFY2(saved.status == 201, qPrintable(saved.message));
            const auto published = call(QStringLiteral("/v1/review/actions/%1/publish")
                                            .arg(saved.body.value("id").toString()),
                                        {});
            QVERIFY2(published.ok(), qPrintable(published.message));
            QCOMPARE(published.body.value("state").toString(), QStringLiteral("published"));

            // Issue 19: the session on their own device is counted as own time, the
            // practitioner's as facilitated. Seven more of each from another device make
            // eight of each, the hub's small-number threshold: had the own device's session
            // been called facilitated, own time would be seven (hidden) and facilitated nine.
            constexpr int kThreshold = 8; // chorus-hub's default (sync/hub/review/suppression.h)
            QCOMPARE(sendSessions(hub.process, hub.db, QStringLiteral("club"),
                                  QStringLiteral("own-time"), kThreshold - 1),
                     kThreshold - 1);
            QCOMPARE(sendSessions(hub.process, hub.db, QStringLiteral("club"),
                                  QStringLiteral("facilitated"), kThreshold - 1),
                     kThreshold - 1);
            std::optional<sync::ReviewReply> figures;
            team.get(QStringLiteral("/v1/review/participation?consultation=club"),
                     [&](const sync::ReviewReply& r) { figures = r; });
            QVERIFY(QTest::qWaitFor([&] { return figures.has_value(); }, 30000));
            QVERIFY2(figures->ok(), qPrintable(figures->message));
            QCOMPARE(figures->body.value("smallNumberThreshold").toInt(), kThreshold);
            const QJsonObject space = figures->body.value("space").toObject();
            const QString seen = QString::fromUtf8(QJsonDocument(space).toJson());
            QVERIFY2(publishedFrom(space.value("ownTime").toObject().value("count"), kThreshold),
                     qPrintable(seen));
            QJsonValue facilitated;
            for (const QJsonValue& cell :
                 space.value("sessions").toObject().value("cells").toArray()) {
                if (cell.toObject().value("value").toString() == QLatin1String("facilitated")) {
                    facilitated = cell.toObject().value("count");
                }
            }
            QVERIFY2(publishedFrom(facilitated, kThreshold), qPrintable(seen));
        }

        // 6. They come back with their PIN and, after a sync, read what the team did.
        QTRY_VERIFY_WITH_TIMEOUT(!f.app().childMode(), 10000);
        QVERIFY(clickSettled(trw("HomePage", "Lock", "@action:button")));
        QTRY_COMPARE_WITH_TIMEOUT(f.app().stage(), AppController::Stage::Locked, 10000);
        QVERIFY(type(trw("UnlockPage", "Your PIN", "@label:textbox"), pin));
        STEP("come-back", {});
        QVERIFY(clickSettled(trw("UnlockPage", "Open my answers", "@action:button")));
        QTRY_COMPARE_WITH_TIMEOUT(f.app().stage(), AppController::Stage::Unlocked, 60000);
        QVERIFY(clickSettled(trw("HomePage", "Sync with the hub", "@action:button")));
        QVERIFY(clickSettled(trw("SyncPage", "Sync now", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !f.services->sync().busy() && f.services->sync().updatesReceived() > 0, 60000);
        QVERIFY(clickSettled(trw("SyncPage", "Done", "@action:button")));
        QVERIFY(clickSettled(trw("HomePage", "See what the team did", "@action:button")));
        QVERIFY(waitFor(trw("WeDidPage", "Back to my Chorus", "@action:button")));
        STEP("we-did", {did, trw("WeDidPage", "What the team did", "@title:page")});
        m_window = nullptr;
    }

private:
    void reviewerJourney(UiFixture& f, HubProcess& hub, const QString& db,
                         const QString& consultationId, const QString& title)
    {
        m_journey.replace(QLatin1String("practitioner"), QLatin1String("reviewer"));
        m_step = 0;
        int exit = -1;
        const QByteArray added = hubCommand({"add-reviewer", "--db", db, "Sam Reviewer"}, &exit);
        QCOMPARE(exit, 0);
        const QString secret = QString::fromUtf8(added.mid(added.lastIndexOf(' ') + 1)).trimmed();
        QVERIFY(!secret.isEmpty());
        const QString teamPass = QStringLiteral("the team's own long passphrase");

        // 1. Sign in from the lock screen.
        QVERIFY(click(trw("SyncPage", "Done", "@action:button")));
        QVERIFY(click(trw("HomePage", "Lock", "@action:button")));
        QVERIFY(click(trw("UnlockPage", "Team sign-in", "@action:button")));
        QVERIFY(type(trw("TeamSignInPage", "Hub address", "@label:textbox"), hub.url({})));
        QVERIFY(type(trw("TeamSignInPage", "Your name", "@label:textbox"),
                     QStringLiteral("Sam Reviewer")));
        QVERIFY(click(trw("TeamSignInPage", "This is my first sign-in: I have a one-time code",
                          "@option:check")));
        QVERIFY(type(trw("TeamSignInPage", "One-time code", "@label:textbox"), secret));
        QVERIFY(type(trw("TeamSignInPage", "New passphrase", "@label:textbox"), teamPass));
        QVERIFY(type(trw("TeamSignInPage", "New passphrase again", "@label:textbox"), teamPass));
        STEP("sign-in", {trw("TeamSignInPage", "Sign in to your team's hub", "@title:page")},
             {hub.url({})});
        QVERIFY(click(trw("TeamSignInPage", "Sign in", "@action:button")));

        // 2. Review: the consultation made on the tablet is on the hub, with its voices,
        // under the title the practitioner gave it (the tablet sent it), never its UUID.
        QQuickItem* consultation = findStartingWith(title + QStringLiteral(" —"), 20000);
        QVERIFY2(consultation, "the tablet's consultation is not listed by its title on the hub");
        QVERIFY(!findStartingWith(consultationId, 0));
        STEP("consultations", {trw("TeamScreen", "Team review", "@title:page"), title});
        QVERIFY(clickItem(consultation));

        // 3. "You said, we did": write, link to the child's words, publish.
        QVERIFY(click(trw("TeamScreen", "You said, we did", "@title:tab")));
        QVERIFY(click(trw("TeamActionsPage", "Write a new action", "@action:button")));
        const QString said = QStringLiteral("You want more visits with your brother.");
        const QString did = QStringLiteral("We set up a visit every other Saturday.");
        QVERIFY(type(trw("TeamActionsPage", "You said", "@label:textbox"), said));
        QVERIFY(type(trw("TeamActionsPage", "We did", "@label:textbox"), did));
        QQuickItem* record =
            findStartingWith(trw("FeedbackPickRow", "Pick: %1", "@option:check a feedback record")
                                 .section(QLatin1Char('%'), 0, 0));
        QVERIFY2(record, "no feedback record to link");
        QVERIFY(clickItem(record));
        STEP("new-action", {trw("TeamActionsPage", "You said, we did", "@title:page")});
        QVERIFY(click(trw("TeamActionsPage", "Save action", "@action:button")));
        QVERIFY(click(trw("TeamActionsPage", "Publish action: %1", "@action:button").arg(said)));
        QVERIFY(click(trw("TeamActionsPage", "Publish now", "@action:button")));
        QVERIFY(waitFor(
            trw("TeamActionsPage", "Published: %1", "@info:accessible action state").arg(said),
            20000));
        STEP("published", {did});
        QVERIFY(click(trw("TeamScreen", "Back to Chorus", "@action:button")));

        // 4. Back on the tablet: unlock, sync, and the child sees what the team did.
        QVERIFY(type(trw("UnlockPage", "Passphrase", "@label:textbox"),
                     QString::fromUtf8(kPassphrase)));
        QVERIFY(click(trw("UnlockPage", "Unlock", "@action:button")));
        QTRY_COMPARE_WITH_TIMEOUT(f.app().stage(), AppController::Stage::Unlocked, 20000);
        QVERIFY(click(trw("HomePage", "Sync with the hub", "@action:button")));
        QVERIFY(click(trw("SyncPage", "Sync now", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !f.services->sync().busy() && f.services->sync().updatesReceived() > 0, 30000);
        STEP("synced-news", {}, {hub.url({})});
        QVERIFY(click(trw("SyncPage", "Done", "@action:button")));
        QVERIFY(click(trw("HomePage", "Show %1 what the team did", "@action:button")
                          .arg(QStringLiteral("Kestrel"))));
        QTRY_VERIFY_WITH_TIMEOUT(f.app().childMode(), 5000);
        QVERIFY(waitFor(trw("WeDidPage", "For the practitioner", "@action:button")));
        STEP("child-sees-we-did", {did, trw("WeDidPage", "What the team did", "@title:page")});

        // 5. Later the child withdraws: from the app, confirmed, and the hub's copy goes at
        // the next sync (as chorusctl withdraw does).
        QVERIFY(click(trw("WeDidPage", "For the practitioner", "@action:button")));
        QVERIFY(type(trw("LeaveChildModeDialog", "Practitioner passphrase", "@label:textbox"),
                     QString::fromUtf8(kPassphrase)));
        QVERIFY(click(trw("LeaveChildModeDialog", "Leave", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(!f.app().childMode(), 5000);
        QVERIFY(click(trw("HomePage", "Details and people", "@action:button")));
        QVERIFY(click(trw("ConsultationDetails", "Withdraw", "@action:button")));
        QVERIFY(waitFor(trw("ConsultationDetails", "Withdraw and erase", "@action:button")));
        STEP("withdraw-confirm",
             {trw("ConsultationDetails", "Withdraw %1?", "@title:dialog")
                  .arg(QStringLiteral("Kestrel"))},
             {consultationId});
        QVERIFY(click(trw("ConsultationDetails", "Withdraw and erase", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(f.services->setup().participants(consultationId).isEmpty(), 5000);
        STEP("withdrawn", {}, {consultationId});
        QVERIFY(click(trw("HomePage", "Sync with the hub", "@action:button")));
        QVERIFY(click(trw("SyncPage", "Sync now", "@action:button")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !f.services->sync().busy() && f.services->sync().withdrawalsConfirmed() > 0, 60000);
        const auto left = storedFeedback(db, inConsultation(consultationId));
        QVERIFY(left);
        QCOMPARE(left->size(), 0);
        STEP("erased-on-hub", {}, {hub.url({})});
    }

public:
};

QTEST_MAIN(TestJourneys)
#include "tst_journeys.moc"
