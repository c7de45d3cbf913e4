#include "redactcommand.h"

#include "core/anonymiser/anonymiser.h"

#include <QFile>

using chorus::Anonymiser;

int runRedact(const QStringList& args, QTextStream& in, QTextStream& out, QTextStream& err)
{
    QString namesFile;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--names-file") && i + 1 < args.size()) {
            namesFile = args[++i];
        } else if (a.startsWith(QLatin1String("--names-file="))) {
            namesFile = a.section(u'=', 1);
        } else {
            err << "chorusctl redact: unexpected argument " << a << "\n"
                << "usage: chorusctl redact [--names-file FILE] < statements > anonymised\n";
            return 2;
        }
    }

    Anonymiser::Config config;
    if (!namesFile.isEmpty()) {
        QFile f(namesFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "chorusctl redact: cannot read " << namesFile << ": " << f.errorString() << "\n";
            return 1;
        }
        auto names = Anonymiser::parseSessionNames(QString::fromUtf8(f.readAll()));
        if (!names) {
            err << "chorusctl redact: " << namesFile << ", " << names.error().message << "\n";
            return 1;
        }
        config.sessionNames = names.value();
    }
    auto anonymiser = Anonymiser::create(std::move(config));
    if (!anonymiser) {
        err << "chorusctl redact: " << anonymiser.error().message << "\n";
        return 1;
    }
    // One line in, one line out: a statement never spans lines, so order and count match.
    QString line;
    while (in.readLineInto(&line)) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        out << anonymiser->anonymisedText(line) << '\n';
    }
    out.flush();
    return 0;
}
