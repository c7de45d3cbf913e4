#include "subcommands.h"

namespace chorus::cli {
namespace {

constexpr qsizetype kWidth = 80;
constexpr qsizetype kNameColumn = 28;

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QStringLiteral("show this help"));
}

/** "--name VALUE" (or "-h, --help"), as the option is typed. */
QString spelling(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names()) {
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    QString typed = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) {
        typed += QLatin1Char(' ') + option.valueName();
    }
    return typed;
}

/** `words` in lines of at most kWidth (a longer word has a line of its own), each starting
 *  with `indent` spaces. */
QString wrapped(const QStringList& words, qsizetype indent)
{
    QString out;
    QString line;
    for (const QString& word : words) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > kWidth) {
            out += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        out += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
    }
    return out;
}

QString wrapped(const QString& text, qsizetype indent)
{
    return wrapped(text.split(QLatin1Char(' '), Qt::SkipEmptyParts), indent);
}

/** Qt's own message names the option ("Unknown option 'x'.", "Missing value after
 *  '--db'."); the prefix says which tool and command, the hint where the options are. */
void writeError(QTextStream& err, const QString& who, const QString& problem)
{
    err << who << ": " << problem << " (" << who << " --help lists the options)" << Qt::endl;
}

Parsed parse(QCommandLineParser& parser, const QString& who, QList<QCommandLineOption> options,
             const QStringList& args, QTextStream& err)
{
    options << helpOption();
    parser.addOptions(options);
    // QCommandLineParser skips the first word (the program); ours never includes it.
    if (!parser.parse(QStringList{who} + args)) {
        writeError(err, who, parser.errorText());
        return Parsed::Bad;
    }
    return parser.isSet(QStringLiteral("help")) ? Parsed::Help : Parsed::Run;
}

} // namespace

Parsed parseTool(QCommandLineParser& parser, const QString& tool,
                 const QList<QCommandLineOption>& options, const QStringList& args,
                 QTextStream& err)
{
    // The tool's options come before the command; what follows the command is the
    // command's own, for its own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    return parse(parser, tool, options, args, err);
}

Parsed parseCommand(QCommandLineParser& parser, const QString& tool, const Command& command,
                    const QList<QCommandLineOption>& shared, const QStringList& words,
                    QTextStream& err)
{
    return parse(parser, tool + QLatin1Char(' ') + command.name, command.options + shared, words,
                 err);
}

const Command* findCommand(const QList<Command>& commands, const QString& name)
{
    for (const Command& c : commands) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

QString optionList(const QList<QCommandLineOption>& options)
{
    QString out;
    for (const QCommandLineOption& option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp)) {
            continue;
        }
        const QString typed = QStringLiteral("  ") + spelling(option);
        const QString description = wrapped(option.description(), kNameColumn);
        if (description.isEmpty()) {
            out += typed + QLatin1Char('\n');
        } else if (typed.size() + 2 > kNameColumn) {
            out += typed + QLatin1Char('\n') + description;
        } else {
            out += typed.leftJustified(kNameColumn) + description.mid(kNameColumn);
        }
    }
    return out;
}

QString commandList(const QList<Command>& commands)
{
    QString out = QStringLiteral("Commands:\n");
    for (const Command& c : commands) {
        out += QStringLiteral("  ") + c.name +
               (c.words.isEmpty() ? QString() : QLatin1Char(' ') + c.words) + QLatin1Char('\n');
        QStringList options;
        for (const QCommandLineOption& option : c.options) {
            if (!option.flags().testFlag(QCommandLineOption::HiddenFromHelp)) {
                options << QLatin1Char('[') + spelling(option) + QLatin1Char(']');
            }
        }
        if (!options.isEmpty()) {
            out += wrapped(options, 6); // an option and its value stay on one line
        }
        out += wrapped(c.summary, 6);
    }
    return out;
}

QString commandHelp(const QString& tool, const Command& command,
                    const QList<QCommandLineOption>& shared)
{
    QString out = QStringLiteral("usage: ") + tool + QLatin1Char(' ') + command.name +
                  QStringLiteral(" [OPTIONS]") +
                  (command.words.isEmpty() ? QString() : QLatin1Char(' ') + command.words) +
                  QStringLiteral("\n\n") + wrapped(command.summary, 0) +
                  QStringLiteral("\nOptions:\n") + optionList(command.options + shared) +
                  optionList({helpOption()});
    return out;
}

} // namespace chorus::cli
