#pragma once

#include <QStringList>
#include <QTextStream>

namespace chorus::hub {

/** chorus-hub's commands (serve and the admin subcommands); returns the exit code. */
int runHubCli(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace chorus::hub
