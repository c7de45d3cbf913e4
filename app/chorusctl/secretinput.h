#pragma once

#include <QByteArray>
#include <QList>

namespace chorus::ctl {

/** Passphrases come only from standard input or an inherited file descriptor, never argv
 *  (which any local user can read from /proc). Reads up to `count` lines. */
class SecretInput
{
public:
    /** fd < 0: standard input. */
    explicit SecretInput(int fd) : m_fd(fd < 0 ? 0 : fd) {}
    /** The next line without its newline; empty when input ends. */
    QByteArray nextLine();

private:
    int m_fd;
    QByteArray m_buffer;
    bool m_eof = false;
};

} // namespace chorus::ctl
