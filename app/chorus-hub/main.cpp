// chorus-hub: the sync hub and its admin commands. Parses nothing itself: the commands
// live in the chorus_hub library (sync/hub/hubcli.cpp) so that tests run the same code.
#include "sync/hub/hubcli.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chorus-hub"));
    QCoreApplication::setOrganizationName(QStringLiteral("Chorus"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return chorus::hub::runHubCli(QCoreApplication::arguments().mid(1), out, err);
}
