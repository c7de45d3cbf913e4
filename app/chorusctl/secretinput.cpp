#include "secretinput.h"

#include <cerrno>
#include <unistd.h>

namespace chorus::ctl {

QByteArray SecretInput::nextLine()
{
    // Unbuffered reads so that nothing past our lines is consumed from a shared descriptor.
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl >= 0) {
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            return line;
        }
        if (m_eof) {
            QByteArray rest = m_buffer;
            m_buffer.clear();
            return rest;
        }
        char c = 0;
        const ssize_t n = ::read(m_fd, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            m_eof = true;
            continue;
        }
        m_buffer.append(c);
    }
}

} // namespace chorus::ctl
