// chorusctl: device administration for a Chorus store. Parses arguments, builds the store
// and hands over to one command; the work itself lives in the core library.
#include "ctlcommands.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The app's name, so that without --data-dir both use the same store
    // (~/.local/share/Chorus/Chorus).
    QCoreApplication::setApplicationName(QStringLiteral("Chorus"));
    QCoreApplication::setOrganizationName(QStringLiteral("Chorus"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHORUS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return chorus::ctl::run(QCoreApplication::arguments().mid(1), out, err);
}
