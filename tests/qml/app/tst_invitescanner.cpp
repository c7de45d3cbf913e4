// Reading an invite's QR code (issue 16): frames made from the app's own QR code of a real
// invite link (upright, turned, tilted, small, large, noisy; in two camera pixel formats) go
// through the video sink the camera feeds, are decoded off the UI thread, and stop the
// scanner with the link; a QR code that is not a Chorus invite is said as such and scanning
// goes on; frames are skipped while one is being decoded; with no camera, start() says so.

#include "qml/scan/invitescanner.h"
#include "synccontroller.h"

#include "support/qrframes.h"
#include "sync/client/invitecard.h"

#include <QJSEngine>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QtTest>

#include <functional>

using chorus::sync::InviteCard;
using namespace chorus::test;

namespace {

/** The app's own check of an invite link, for InviteScanner::accepts. */
class InviteCheck : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE bool usable(const QString& text) const
    {
        return SyncController::inviteProblem(QString(), text).isEmpty();
    }
};

QString inviteLink()
{
    InviteCard card{
        QStringLiteral("https://hub.example.org"), QStringLiteral("C8YVZHY6CF77"),
        QCryptographicHash::hash("the hub's certificate", QCryptographicHash::Sha256).toHex()};
    card.reviewOnDevice = true;
    return card.link();
}

} // namespace

class TestInviteScanner : public QObject
{
    Q_OBJECT

    QJSEngine m_js;
    InviteCheck m_check;

    /** A scanner fed by the test (no camera), accepting what the app accepts. */
    std::unique_ptr<InviteScanner> scanner()
    {
        auto s = std::make_unique<InviteScanner>();
        s->setUseCamera(false);
        const QJSValue make =
            m_js.evaluate(QStringLiteral("(function (c) { return t => c.usable(t); })"));
        s->setAccepts(make.call({m_js.newQObject(&m_check)}));
        return s;
    }

    /** Feeds fresh copies of a frame, as a camera does, until `done` or 200 frames. */
    static bool
    feedUntil(InviteScanner& s, const QImage& scene, const std::function<bool()>& done,
              QVideoFrameFormat::PixelFormat format = QVideoFrameFormat::Format_BGRA8888)
    {
        for (int i = 0; i < 200 && !done(); ++i) {
            s.videoSink()->setVideoFrame(videoFrame(scene, format));
            QTest::qWait(40);
        }
        return done();
    }

private slots:
    void initTestCase() { QJSEngine::setObjectOwnership(&m_check, QJSEngine::CppOwnership); }

    void readsTheInviteFromCameraFrames_data()
    {
        QTest::addColumn<qreal>("angle");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<int>("noise");
        QTest::addColumn<QSize>("frame");
        QTest::addColumn<int>("format");
        const int bgra = QVideoFrameFormat::Format_BGRA8888;
        const int y8 = QVideoFrameFormat::Format_Y8;
        QTest::newRow("upright") << 0.0 << 1.0 << 0 << QSize(640, 480) << bgra;
        QTest::newRow("quarter turn") << 90.0 << 1.0 << 0 << QSize(640, 480) << bgra;
        QTest::newRow("upside down, grey camera") << 180.0 << 1.0 << 0 << QSize(640, 480) << y8;
        QTest::newRow("tilted 23 degrees") << 23.0 << 0.9 << 0 << QSize(640, 480) << bgra;
        QTest::newRow("small, far away") << 0.0 << 0.6 << 0 << QSize(640, 480) << bgra;
        QTest::newRow("large in a 1080p frame") << -8.0 << 2.5 << 0 << QSize(1920, 1080) << y8;
        QTest::newRow("noisy") << 5.0 << 1.0 << 70 << QSize(640, 480) << bgra;
    }
    void readsTheInviteFromCameraFrames()
    {
        QFETCH(qreal, angle);
        QFETCH(qreal, scale);
        QFETCH(int, noise);
        QFETCH(QSize, frame);
        QFETCH(int, format);
        auto s = scanner();
        QSignalSpy found(s.get(), &InviteScanner::found);
        s->start();
        QCOMPARE(s->status(), InviteScanner::Status::Scanning);
        const QImage scene = cameraScene(qrImage(inviteLink()), {angle, scale, noise, frame});
        QVERIFY2(
            feedUntil(
                *s, scene, [&] { return !found.isEmpty(); },
                static_cast<QVideoFrameFormat::PixelFormat>(format)),
            qPrintable(QStringLiteral("not read after %1 frames decoded").arg(s->framesDecoded())));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().first().toString(), inviteLink());
        QCOMPARE(s->status(), InviteScanner::Status::Found);
        QVERIFY(!s->scanning());
        // Stopped: later frames are not decoded, and nothing is found twice.
        const int decoded = s->framesDecoded();
        for (int i = 0; i < 5; ++i) {
            s->videoSink()->setVideoFrame(videoFrame(scene));
            QTest::qWait(40);
        }
        QCOMPARE(s->framesDecoded(), decoded);
        QCOMPARE(found.size(), 1);
    }

    void anotherQrCodeIsSaidAndScanningGoesOn()
    {
        auto s = scanner();
        QSignalSpy found(s.get(), &InviteScanner::found);
        s->start();
        const QImage menu = cameraScene(qrImage(QStringLiteral("https://example.org/menu")), {});
        QVERIFY(
            feedUntil(*s, menu, [&] { return s->status() == InviteScanner::Status::NotAnInvite; }));
        QVERIFY(s->scanning());
        QVERIFY(found.isEmpty());
        // A damaged invite (its code one character short) is not taken either.
        QString damaged = inviteLink();
        damaged.replace(QStringLiteral("code=C8YVZHY6CF77"), QStringLiteral("code=C8YVZHY6CF7"));
        const int before = s->framesDecoded();
        QVERIFY(feedUntil(*s, cameraScene(qrImage(damaged), {}),
                          [&] { return s->framesDecoded() >= before + 3; }));
        QCOMPARE(s->status(), InviteScanner::Status::NotAnInvite);
        QVERIFY(found.isEmpty());
        // Then the invite itself.
        QVERIFY(feedUntil(*s, cameraScene(qrImage(inviteLink()), {}),
                          [&] { return !found.isEmpty(); }));
        QCOMPARE(found.first().first().toString(), inviteLink());
        QCOMPARE(s->status(), InviteScanner::Status::Found);
    }

    void framesArriveFasterThanTheyAreDecoded()
    {
        // Thirty frames in one go (no event loop between them, as a camera at full speed
        // would deliver while a decode runs): one is decoded, the rest are skipped.
        auto s = scanner();
        s->start();
        const QImage blank = cameraScene(QImage(), {});
        for (int i = 0; i < 30; ++i) {
            s->videoSink()->setVideoFrame(videoFrame(blank));
        }
        QTRY_COMPARE(s->framesDecoded(), 1);
        QTest::qWait(200);
        QCOMPARE(s->framesDecoded(), 1);
        QVERIFY(s->scanning()); // nothing read, still looking
    }

    void stoppingDropsADecodeInFlight()
    {
        auto s = scanner();
        QSignalSpy found(s.get(), &InviteScanner::found);
        s->start();
        s->videoSink()->setVideoFrame(videoFrame(cameraScene(qrImage(inviteLink()), {})));
        s->stop(); // before the decode on the thread pool comes back
        QCOMPARE(s->status(), InviteScanner::Status::Idle);
        QTest::qWait(300);
        QVERIFY(found.isEmpty());
        QCOMPARE(s->status(), InviteScanner::Status::Idle);
    }

    void withoutACameraStartSaysSo()
    {
        InviteScanner s;
        QCOMPARE(s.cameraAvailable(), !QMediaDevices::videoInputs().isEmpty());
        if (s.cameraAvailable()) {
            QSKIP("this machine has a camera: the no-camera case needs one without");
        }
        s.start();
        QCOMPARE(s.status(), InviteScanner::Status::NoCamera);
        QVERIFY(!s.scanning());
    }
};

QTEST_MAIN(TestInviteScanner)
#include "tst_invitescanner.moc"
