#include "atomicfile.h"

#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace chorus {
namespace {

Error ioError(const QString& what, int err)
{
    if (err == ENOSPC || err == EDQUOT) {
        return makeError(Error::Code::DiskFull,
                         QStringLiteral("%1: the disk is full. Free some space and try again; "
                                        "nothing already saved was lost.")
                             .arg(what));
    }
    return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(
                                          what, QString::fromLocal8Bit(std::strerror(err))));
}

bool writeAll(int fd, const char* p, qsizetype n)
{
    while (n > 0) {
        const ssize_t w = ::write(fd, p, static_cast<size_t>(n));
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        p += w;
        n -= w;
    }
    return true;
}

void syncFolder(const QString& filePath)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Status writeFileAtomically(const QString& path, const QByteArray& data)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".new";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return ioError(QStringLiteral("Cannot write %1").arg(QFileInfo(path).fileName()), errno);
    }
    if (!writeAll(fd, data.constData(), data.size()) || ::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(temp.constData());
        return ioError(QStringLiteral("Cannot write %1").arg(QFileInfo(path).fileName()), err);
    }
    ::close(fd);
    if (::rename(temp.constData(), target.constData()) != 0) {
        const int err = errno;
        ::unlink(temp.constData());
        return ioError(QStringLiteral("Cannot replace %1").arg(QFileInfo(path).fileName()), err);
    }
    syncFolder(path);
    return Status::success();
}

Status writeFileInPlace(const QString& path, const QByteArray& data)
{
    const QByteArray name = QFile::encodeName(path);
    const bool existed = ::access(name.constData(), F_OK) == 0;
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return ioError(QStringLiteral("Cannot write %1").arg(QFileInfo(path).fileName()), errno);
    }
    if (!writeAll(fd, data.constData(), data.size()) || ::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return ioError(QStringLiteral("Cannot write %1").arg(QFileInfo(path).fileName()), err);
    }
    ::close(fd);
    if (!existed) {
        syncFolder(path);
    }
    return Status::success();
}

Status shredFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(name.constData(), &st) != 0) {
        return Status::success();
    }
    const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        // Whole words of noise from the system's generator, cut to the file's size.
        std::vector<quint32> words((static_cast<std::size_t>(st.st_size) + 3) / 4);
        QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
        writeAll(fd, reinterpret_cast<const char*>(words.data()),
                 static_cast<qsizetype>(st.st_size));
        ::fsync(fd);
        ::close(fd);
    }
    if (::unlink(name.constData()) != 0) {
        return ioError(QStringLiteral("Cannot remove %1").arg(QFileInfo(path).fileName()), errno);
    }
    syncFolder(path);
    return Status::success();
}

} // namespace chorus
