#pragma once

#include <QCamera>
#include <QElapsedTimer>
#include <QJSValue>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVideoFrame>
#include <QVideoSink>

#include <memory>

/**
 * Reads an invite's QR code with the device's camera (issue 16). The camera's frames reach
 * `videoSink` (a VideoOutput's, so the young person sees what the camera sees); at most one
 * frame at a time, and not more often than every kFrameIntervalMs, is turned into an image
 * on the UI thread and decoded off it (QtConcurrent, zxing-cpp). A decoded text that
 * `accepts` takes stops the camera at once and is given by found(); any other QR code sets
 * NotAnInvite and scanning goes on.
 *
 * Frames pushed into `videoSink` by anything else take the same path: the tests feed
 * generated frames that way with `useCamera` false.
 */
class InviteScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY camerasChanged)
    /** False: start() opens no camera and frames come only through videoSink (tests). */
    Q_PROPERTY(bool useCamera READ useCamera WRITE setUseCamera NOTIFY useCameraChanged)
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    /** function(text) -> bool: whether a decoded text is what is looked for. Unset: any. */
    Q_PROPERTY(QJSValue accepts READ accepts WRITE setAccepts NOTIFY acceptsChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool scanning READ scanning NOTIFY statusChanged)
    /** Frames that reached the decoder since the last start() (the rest were skipped). */
    Q_PROPERTY(int framesDecoded READ framesDecoded NOTIFY framesDecodedChanged)

public:
    enum class Status {
        Idle,         ///< not started, or stopped
        Scanning,     ///< looking; nothing read yet
        NotAnInvite,  ///< a QR code was read that `accepts` refused; still looking
        Found,        ///< an accepted text was read; the camera is stopped
        NoCamera,     ///< no camera on this device
        NoPermission, ///< the camera's device file cannot be opened by this user
        CameraFailed, ///< the camera reported an error
    };
    Q_ENUM(Status)

    /** Frames closer together than this are skipped: a QR code held up does not move much,
     *  and decoding every frame of a 30 fps camera would take a core. */
    static constexpr int kFrameIntervalMs = 150;

    explicit InviteScanner(QObject* parent = nullptr);
    ~InviteScanner() override;

    [[nodiscard]] bool cameraAvailable() const;
    [[nodiscard]] bool useCamera() const { return m_useCamera; }
    void setUseCamera(bool use);
    [[nodiscard]] QVideoSink* videoSink() const;
    void setVideoSink(QVideoSink* sink);
    [[nodiscard]] QJSValue accepts() const { return m_accepts; }
    void setAccepts(const QJSValue& accepts);
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] bool scanning() const
    {
        return m_status == Status::Scanning || m_status == Status::NotAnInvite;
    }
    [[nodiscard]] int framesDecoded() const { return m_framesDecoded; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

signals:
    void camerasChanged();
    void useCameraChanged();
    void videoSinkChanged();
    void acceptsChanged();
    void statusChanged();
    void framesDecodedChanged();
    /** An accepted text was read (the camera has stopped). */
    void found(const QString& text);

private:
    void onFrame(const QVideoFrame& frame);
    void onDecoded(const QString& text);
    void onCameraError(QCamera::Error error, const QString& words);
    void stopCamera();
    void setStatus(Status status);
    [[nodiscard]] bool isAccepted(const QString& text);

    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QPointer<QVideoSink> m_sink;           ///< the VideoOutput's, when QML gives one
    std::unique_ptr<QVideoSink> m_ownSink; ///< otherwise ours
    QJSValue m_accepts;
    Status m_status = Status::Idle;
    bool m_useCamera = true;
    bool m_decoding = false;
    int m_generation = 0; ///< a result from before the last start() or stop() is dropped
    int m_framesDecoded = 0;
    QElapsedTimer m_sinceLastFrame;
};
