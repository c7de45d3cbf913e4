// chorus-hub: the sync hub and its admin commands. The argument parsing and the commands are
// in hubcli.cpp beside this file; the service they run is the chorus_hub library (sync/hub).
#include "app/chorus-hub/hubcli.h"

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
