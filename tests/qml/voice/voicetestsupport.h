#pragma once

// Real audio for the voice tests, without a sound card: a private PulseAudio daemon whose
// default source is a named pipe (module-pipe-source) and whose default sink is a null sink,
// speech made by espeak-ng, and a scanner for audio left in files (MED-1).
//
// What was found on Debian 12 (Qt 6.4.2, PulseAudio 16.1):
// - QAudioSource, QAudioSink and QMediaDevices talk to PulseAudio through libpulse, which
//   libQt6Multimedia links itself; the GStreamer and FFmpeg plugins (QT_MEDIA_BACKEND) serve
//   QMediaPlayer/QMediaRecorder/QCamera only, so they play no part here. PULSE_SERVER is
//   honoured; the device list is read once per process, so the variable has to be set
//   before the first QMediaDevices call.
// - With no server, QtMultimedia warns "PulseAudioService: pa_context_connect() failed" and
//   lists no inputs and no outputs. libpulse does not autospawn as root; tests also set
//   PULSE_CLIENTCONFIG to a file with "autospawn = no".
// - module-pipe-source 16.1 produces samples only while something writes the pipe (no
//   silence in between), so a note's length equals the length of speech fed; feeding must be
//   paced in real time (20 ms writes) for the level meter to move as it would with a voice.
// - The source is 16 kHz mono s16le, as the recorder asks, so PulseAudio passes the bytes
//   through unchanged; windows of the fed PCM are therefore exact markers for MED-1 scans.
// - PulseAudio lists every sink's monitor ("speakers.monitor") as an input; the recorder
//   does not count monitors as microphones.
// - pulseaudio runs as root here with a warning; HOME must point somewhere writable (it
//   keeps its cookie under ~/.config/pulse).

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cmath>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace chorus::test {

constexpr int kFeedRate = 16000;

/** Runs a helper program to the end; false (with a warning naming it) when it fails. */
inline bool runTool(const QString& program, const QStringList& args,
                    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

/** Speech from espeak-ng as 16 kHz mono s16le, written under `dir` (never a scanned one).
 *  `repeat` copies of the sentence make longer clips. Empty on failure. */
inline QByteArray makeSpeech(const QString& dir, const QString& text, int repeat = 1)
{
    QStringList words;
    for (int i = 0; i < repeat; ++i) {
        words << text;
    }
    const QString wav = dir + "/speech.wav";
    const QString raw = dir + "/speech.raw";
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("TMPDIR", dir); // sox's scratch files, if any, stay out of the scanned dirs
    if (!runTool("espeak-ng", {"-v", "en", "-s", "140", "-w", wav, words.join(' ')}, env) ||
        !runTool(
            "sox",
            {wav, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", "-t", "raw", raw},
            env)) {
        return {};
    }
    QFile f(raw);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Root mean square of 16-bit samples. */
inline double rms(const qint16* samples, qsizetype n)
{
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sum += double(samples[i]) * samples[i];
    }
    return n > 0 ? std::sqrt(sum / double(n)) : 0.0;
}
inline double rms(const QByteArray& pcm)
{
    return rms(reinterpret_cast<const qint16*>(pcm.constData()), pcm.size() / 2);
}

/**
 * A PulseAudio daemon of the test's own, on a fresh runtime directory: the default source
 * "mic" reads a FIFO (16 kHz mono s16le), the default sink "speakers" discards. It is killed
 * (by its process id) when the fixture goes.
 */
class PulseFixture
{
public:
    ~PulseFixture() { stop(); }

    /** env: the variables to hand to clients (this process and helpers). */
    bool start(const QString& runtimeDir, const QString& homeDir, const QString& fifo)
    {
        m_runtimeDir = runtimeDir;
        m_fifo = fifo;
        QDir().mkpath(runtimeDir + "/pulse");
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_RUNTIME_DIR", runtimeDir);
        env.insert("PULSE_RUNTIME_PATH", runtimeDir + "/pulse");
        env.insert("HOME", homeDir);
        env.remove("PULSE_SERVER");
        m_daemon.setProcessEnvironment(env);
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon.start("pulseaudio",
                       {"--daemonize=no", "-n", "--exit-idle-time=-1", "--disable-shm=yes",
                        "--use-pid-file=no", "--system=no", "--log-target=stderr",
                        "--log-level=error", "--load=module-native-protocol-unix",
                        "--load=module-pipe-source source_name=mic file=" + fifo +
                            " format=s16le rate=16000 channels=1",
                        "--load=module-null-sink sink_name=speakers", "--load=module-always-sink"});
        if (!m_daemon.waitForStarted(10000)) {
            qWarning("pulseaudio did not start");
            return false;
        }
        // Ready when the socket answers.
        for (int i = 0; i < 100; ++i) {
            if (QFileInfo::exists(socketPath()) && pactl({"info"})) {
                return pactl({"set-default-source", "mic"}) &&
                       pactl({"set-default-sink", "speakers"});
            }
            QThread::msleep(100);
        }
        qWarning("pulseaudio did not answer");
        return false;
    }

    void stop()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }

    [[nodiscard]] QString socketPath() const { return m_runtimeDir + "/pulse/native"; }
    [[nodiscard]] QString server() const { return "unix:" + socketPath(); }

    bool pactl(const QStringList& args) const
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("PULSE_SERVER", server());
        p.setProcessEnvironment(env);
        p.start("pactl", args);
        return p.waitForFinished(5000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

private:
    QProcess m_daemon;
    QString m_runtimeDir;
    QString m_fifo;
};

/** Writes PCM into the pipe source in real time (20 ms at a time) on a thread of its own,
 *  as a microphone would deliver it. */
class SpeechFeeder
{
public:
    SpeechFeeder(QString fifo, QByteArray pcm) : m_fifo(std::move(fifo)), m_pcm(std::move(pcm)) {}
    ~SpeechFeeder() { wait(); }

    void start()
    {
        m_thread = std::thread([this] {
            const int fd = ::open(QFile::encodeName(m_fifo).constData(), O_WRONLY);
            if (fd < 0) {
                return;
            }
            constexpr qsizetype kChunk = kFeedRate / 50 * 2;
            auto next = std::chrono::steady_clock::now();
            for (qsizetype at = 0; at < m_pcm.size() && !m_cancel; at += kChunk) {
                const qsizetype n = std::min(kChunk, m_pcm.size() - at);
                if (::write(fd, m_pcm.constData() + at, size_t(n)) != n) {
                    break;
                }
                m_written += n;
                next += std::chrono::milliseconds(20);
                std::this_thread::sleep_until(next);
            }
            ::close(fd);
            m_done = true;
        });
    }
    void wait()
    {
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    void cancel() { m_cancel = true; }
    [[nodiscard]] bool done() const { return m_done; }
    [[nodiscard]] qint64 writtenMs() const { return m_written / 2 * 1000 / kFeedRate; }
    [[nodiscard]] qint64 totalMs() const { return m_pcm.size() / 2 * 1000 / kFeedRate; }

private:
    QString m_fifo;
    QByteArray m_pcm;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_done{false};
    std::atomic<qint64> m_written{0};
};

/** Byte patterns that mark audio in a file: container magic and windows of the raw speech
 *  that was fed to the microphone (taken where it is loud, so they cannot be silence). */
inline QList<QByteArray> audioMarkers(const QByteArray& fedPcm)
{
    QList<QByteArray> markers{"RIFF", "OggS", "OpusHead", "OpusTags", "WAVEfmt"};
    const auto* s = reinterpret_cast<const qint16*>(fedPcm.constData());
    const qsizetype n = fedPcm.size() / 2;
    constexpr qsizetype kWindow = 32; // samples: 64 bytes
    for (qsizetype at = 0; at + kWindow < n && markers.size() < 200; at += kFeedRate / 40) {
        if (rms(s + at, kWindow) > 1000) {
            markers << fedPcm.mid(at * 2, kWindow * 2);
        }
    }
    return markers;
}

/** Every regular file under `dirs` that holds one of the markers, as "path: marker#". */
inline QStringList filesWithAudio(const QStringList& dirs, const QList<QByteArray>& markers)
{
    QStringList hits;
    for (const QString& dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat st
            {
            };
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
                continue; // sockets and FIFOs carry no stored data (and a FIFO would block)
            }
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                hits << path + ": unreadable";
                continue;
            }
            const QByteArray data = f.readAll();
            for (qsizetype i = 0; i < markers.size(); ++i) {
                if (data.contains(markers[i])) {
                    hits << QStringLiteral("%1: marker %2").arg(path).arg(i);
                }
            }
        }
    }
    return hits;
}

} // namespace chorus::test
