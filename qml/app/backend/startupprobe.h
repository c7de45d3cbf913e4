#pragma once

#include <QFile>

#include <cstdio>

namespace chorus::ui {

/**
 * Prints "startup-probe rss-kb=N" (this process's resident size from /proc) and flushes, so
 * that bench/startup_bench can time the first frame from outside. Header-only: the bench's
 * baseline window uses it without linking chorus_ui.
 */
inline void printStartupProbe()
{
    long long rssKb = -1;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                rssKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
    }
    std::printf("startup-probe rss-kb=%lld\n", rssKb);
    std::fflush(stdout);
}

} // namespace chorus::ui
