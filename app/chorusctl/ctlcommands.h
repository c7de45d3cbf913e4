#pragma once

#include <QStringList>
#include <QTextStream>

namespace chorus::ctl {

/** Exit codes, so scripts can tell a wrong passphrase from damage or bad input. */
enum ExitCode {
    Ok = 0,
    Usage = 64,
    CannotUnlock = 2,
    Damaged = 3,
    InvalidInput = 4,
    Failed = 1,
};

/** Runs `chorusctl ARGS...`; returns the process exit code. */
int run(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace chorus::ctl
