#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace chorus::cli {

/** One command of a tool (`chorus-hub serve`, `chorusctl enrol`): its name, the words it
 *  takes after its options (for the help), a line on what it does and its own options. */
struct Command
{
    QString name;
    QString words;   /**< e.g. "FILE.json" or "add|change|remove"; empty when it takes none */
    QString summary; /**< what it does, for the tool's and the command's --help */
    QList<QCommandLineOption> options;
};

/** What a parse found: go on, show the help (exit 0), or a usage error already written. */
enum class Parsed { Run, Help, Bad };

/** The tool's own words before the command (`chorus-hub --version`, `chorusctl --data-dir
 *  DIR COMMAND`): parses `args` (without the program) with `options` and --help; the first
 *  positional is the command and everything after it is left, untouched, in
 *  parser.positionalArguments(). An unknown option or a missing value writes
 *  "TOOL: <what is wrong>" to err and gives Bad. */
[[nodiscard]] Parsed parseTool(QCommandLineParser& parser, const QString& tool,
                               const QList<QCommandLineOption>& options, const QStringList& args,
                               QTextStream& err);

/** One command's words (what follows its name) with its own options, `shared` (the options
 *  every command of the tool takes) and --help. Errors as parseTool, naming the command. */
[[nodiscard]] Parsed parseCommand(QCommandLineParser& parser, const QString& tool,
                                  const Command& command, const QList<QCommandLineOption>& shared,
                                  const QStringList& words, QTextStream& err);

/** The command named `name` in `commands`, or nullptr. */
[[nodiscard]] const Command* findCommand(const QList<Command>& commands, const QString& name);

/** "  --name VALUE   what it does" lines, descriptions wrapped; hidden options left out. */
[[nodiscard]] QString optionList(const QList<QCommandLineOption>& options);

/** The "Commands:" part of a tool's --help, one entry per command with its options. */
[[nodiscard]] QString commandList(const QList<Command>& commands);

/** `TOOL COMMAND --help`: how to call it, what it does, its options and the shared ones. */
[[nodiscard]] QString commandHelp(const QString& tool, const Command& command,
                                  const QList<QCommandLineOption>& shared);

} // namespace chorus::cli
