#pragma once

// Runs a built Chorus binary as a child process, as a user or script would.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace chorus::test {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString binary(const QString& name)
{
    return QStringLiteral(CHORUS_BIN_DIR) + '/' + name;
}

inline ProcessResult
runBinary(const QString& name, const QStringList& args, const QByteArray& input = {},
          const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
          int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary(name), args);
    if (!p.waitForStarted()) {
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/** The forms a leaked marker could take in a file: UTF-8, UTF-16 both ways, base64, hex. */
inline QList<QByteArray> encodedForms(const QString& canary)
{
    const QByteArray utf8 = canary.toUtf8();
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar c : canary) {
        utf16le.append(static_cast<char>(c.unicode() & 0xff))
            .append(static_cast<char>(c.unicode() >> 8));
        utf16be.append(static_cast<char>(c.unicode() >> 8))
            .append(static_cast<char>(c.unicode() & 0xff));
    }
    return {utf8, utf16le, utf16be, utf8.toBase64(), utf8.toHex(), utf8.toHex().toUpper()};
}

} // namespace chorus::test
