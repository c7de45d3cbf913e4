#include "invitescanner.h"

#include "qrdecoder.h"

#include <QCameraDevice>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcScan, "chorus.scan")

InviteScanner::InviteScanner(QObject* parent) : QObject(parent)
{
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &InviteScanner::camerasChanged);
    setVideoSink(nullptr); // our own sink until QML gives the preview's
}

InviteScanner::~InviteScanner()
{
    stopCamera();
}

bool InviteScanner::cameraAvailable() const
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void InviteScanner::setUseCamera(bool use)
{
    if (use == m_useCamera) {
        return;
    }
    m_useCamera = use;
    emit useCameraChanged();
}

QVideoSink* InviteScanner::videoSink() const
{
    return m_sink ? m_sink.data() : m_ownSink.get();
}

void InviteScanner::setVideoSink(QVideoSink* sink)
{
    if (QVideoSink* old = videoSink()) {
        disconnect(old, nullptr, this, nullptr);
    }
    m_sink = sink;
    if (!sink && !m_ownSink) {
        m_ownSink = std::make_unique<QVideoSink>();
    }
    connect(videoSink(), &QVideoSink::videoFrameChanged, this, &InviteScanner::onFrame);
    m_session.setVideoSink(videoSink());
    emit videoSinkChanged();
}

void InviteScanner::setAccepts(const QJSValue& accepts)
{
    m_accepts = accepts;
    emit acceptsChanged();
}

void InviteScanner::start()
{
    stopCamera();
    ++m_generation;
    m_decoding = false;
    m_sinceLastFrame.invalidate();
    m_framesDecoded = 0;
    emit framesDecodedChanged();
    if (m_useCamera) {
        const QCameraDevice device = QMediaDevices::defaultVideoInput();
        if (device.isNull()) {
            setStatus(Status::NoCamera);
            return;
        }
        // On Linux the camera is a device file (/dev/videoN): one this user may not open
        // (not in the "video" group, or a sandbox) is said as such, not as a broken camera.
        const QFileInfo file(QString::fromUtf8(device.id()));
        if (file.exists() && (!file.isReadable() || !file.isWritable())) {
            setStatus(Status::NoPermission);
            return;
        }
        m_camera = std::make_unique<QCamera>(device);
        connect(m_camera.get(), &QCamera::errorOccurred, this, &InviteScanner::onCameraError);
        m_session.setCamera(m_camera.get());
        m_camera->start();
    }
    setStatus(Status::Scanning);
}

void InviteScanner::stop()
{
    ++m_generation;
    stopCamera();
    if (scanning()) {
        setStatus(Status::Idle);
    }
}

void InviteScanner::stopCamera()
{
    if (!m_camera) {
        return;
    }
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

void InviteScanner::onFrame(const QVideoFrame& frame)
{
    if (!scanning() || m_decoding || !frame.isValid()) {
        return;
    }
    if (m_sinceLastFrame.isValid() && m_sinceLastFrame.elapsed() < kFrameIntervalMs) {
        return;
    }
    m_sinceLastFrame.start();
    // The frame may live in GPU memory that only this thread can read: make the image here,
    // decode it (the costly part) on the thread pool.
    const QImage image = frame.toImage();
    if (image.isNull()) {
        return;
    }
    m_decoding = true;
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // stopped or started again meanwhile
        }
        m_decoding = false;
        ++m_framesDecoded;
        emit framesDecodedChanged();
        onDecoded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&chorus::scan::decodeQr, image));
}

void InviteScanner::onDecoded(const QString& text)
{
    if (text.isEmpty() || !scanning()) {
        return;
    }
    if (!isAccepted(text)) {
        setStatus(Status::NotAnInvite);
        return;
    }
    ++m_generation;
    stopCamera();
    setStatus(Status::Found);
    emit found(text);
}

bool InviteScanner::isAccepted(const QString& text)
{
    if (!m_accepts.isCallable()) {
        return true;
    }
    const QJSValue answer = m_accepts.call({QJSValue(text)});
    return !answer.isError() && answer.toBool();
}

void InviteScanner::onCameraError(QCamera::Error error, const QString& words)
{
    // Qt's words name the device, never anything the young person typed.
    qCWarning(lcScan) << "camera error" << error << words;
    ++m_generation;
    stopCamera();
    setStatus(Status::CameraFailed);
}

void InviteScanner::setStatus(Status status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    emit statusChanged();
}
