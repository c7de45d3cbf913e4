#include "ctlcommands.h"

#include "redactcommand.h"
#include "secretinput.h"

#include "app/common/subcommands.h"

#include "core/crypto/keyvault.h"
#include "core/store/owntime.h"
#include "core/store/participantexport.h"
#include "core/store/store.h"
#include "core/store/typedimport.h"
#include "sync/client/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

namespace chorus::ctl {
namespace {

using cli::Command;

QCommandLineOption valued(const char* name, const char* value, const char* description)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(value));
}

/** The options every command takes, before or after the command's name. */
QList<QCommandLineOption> sharedOptions()
{
    return {valued("data-dir", "DIR", "the store's folder (default: the app's)"),
            valued("passphrase-fd", "N",
                   "read passphrases from file descriptor N instead of standard input"),
            QCommandLineOption(QStringLiteral("recovery"),
                               QStringLiteral("the first line is the recovery key")),
            valued("kdf-ms", "MS",
                   "how long deriving a key from a new passphrase takes (init, passphrase; "
                   "default 500)")};
}

/** Every command, its words and its own options: the one list that --help, the parsing of
 *  each command and the check for an unknown command read. */
QList<Command> ctlCommands()
{
    const QCommandLineOption consultation =
        valued("consultation", "ID", "when the code name is in more than one consultation");
    return {
        {"init", {}, "set up a new store; prints the recovery key once", {}},
        {"verify", {}, "integrity and cipher integrity checks, audit chain", {}},
        {"stats", {}, "counts of what the store holds", {}},
        {"import", "FILE.json", "import answers typed up from a paper session", {}},
        {"export-participant",
         "CODE",
         "subject access export of one participant, as JSON",
         {consultation}},
        {"withdraw", "CODE", "erase a participant's answers and media", {consultation}},
        {"purge", {}, "erase everything past its retention date", {}},
        {"passphrase",
         "add|change|remove",
         "lines: current passphrase, then the new one (add, change)",
         {}},
        {"redact",
         {},
         "anonymise statements, one per line, stdin to stdout",
         {valued("names-file", "FILE", "session names to hide, one per line")}},
        {"enrol",
         {},
         "join a hub with a one-time code; pins its certificate",
         {valued("hub", "URL", "the hub's address"),
          valued("code", "CODE", "the one-time code or invite"),
          valued("ca", "FILE", "trust a private CA for this first contact")}},
        {"sync",
         {},
         "send what waits, fetch packs and \"we did\" updates; prints what was sent, "
         "acknowledged, failed and why",
         {}},
        {"invite",
         {},
         "(practitioner device) an invite code for young people's own devices; default 1 use, "
         "72 hours",
         {valued("uses", "N", "how many devices may join with it"),
          valued("expires-in-hours", "H", "how long it lasts"),
          QCommandLineOption(QStringLiteral("check-first"),
                             QStringLiteral("the young person's answers wait on their device "
                                            "until the two of you check them together"))}},
    };
}

QString usage()
{
    return QStringLiteral(
               "Usage: chorusctl [--data-dir DIR] [--passphrase-fd N] [--recovery] COMMAND "
               "[ARGS]\n\n"
               "Passphrases are read from standard input (one per line) or from file descriptor "
               "N,\nnever from the command line. With --recovery the first line is the recovery "
               "key.\n\n") +
           cli::commandList(ctlCommands()) + QStringLiteral("\nEvery command takes:\n") +
           cli::optionList(sharedOptions()) +
           QStringLiteral(
               "chorusctl COMMAND --help shows one command; chorusctl --version prints the "
               "version.\n\n"
               "Exit codes: 0 done; 1 the hub could not be reached or was busy, or its "
               "certificate changed\n(nothing lost, try again later); 2 cannot unlock; 3 "
               "damaged store; 4 refused (bad input,\na code or item the hub refused, not "
               "enrolled, device revoked); 64 usage (2 for redact).\n");
}

/** The options every command shares, and the rest of the words. */
struct Invocation
{
    QString dataDir;
    int passphraseFd = -1;
    bool recovery = false;
    int kdfMs = 500;
    QString command;
    QStringList words;
    std::map<QString, QString> options;
};

/** The exit code of a usage error, as it has always been: 64, except that redact reads its
 *  own words and gives 2 for one it does not know (redactcommand.h). A missing value (a
 *  valued option as the last word: QCommandLineParser takes whatever follows as the value)
 *  stays 64 there too. */
int usageErrorCode(const Command& command, const QStringList& words)
{
    if (command.name != QLatin1String("redact")) {
        return Usage;
    }
    for (const QCommandLineOption& option : command.options + sharedOptions()) {
        if (!option.valueName().isEmpty() && !words.isEmpty() &&
            option.names().contains(words.last().mid(2)) &&
            words.last().startsWith(QLatin1String("--"))) {
            return Usage;
        }
    }
    return 2;
}

/** A passphrase in argv is readable by every local user (/proc): refused before anything. */
bool passphraseInArguments(const QStringList& args)
{
    return std::any_of(args.cbegin(), args.cend(), [](const QString& a) {
        return a == QLatin1String("--passphrase") || a.startsWith(QLatin1String("--passphrase="));
    });
}

/** The shared options from whichever parser has them (the command's, after its name, wins
 *  over the tool's, before it), and the command's own, in the shape the commands read. */
Invocation invocationFrom(const QCommandLineParser& top, const QCommandLineParser& parser,
                          const Command& command)
{
    Invocation inv;
    inv.command = command.name;
    inv.words = parser.positionalArguments();
    inv.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    for (const QCommandLineOption& option : command.options + sharedOptions()) {
        const QString name = option.names().constFirst();
        const bool here = parser.isSet(name);
        const bool before = top.optionNames().contains(name) && top.isSet(name);
        if (!here && !before) {
            continue;
        }
        const QString value = here ? parser.value(name) : top.value(name);
        if (name == QLatin1String("data-dir")) {
            inv.dataDir = value;
        } else if (name == QLatin1String("passphrase-fd")) {
            inv.passphraseFd = value.toInt();
        } else if (name == QLatin1String("kdf-ms")) {
            inv.kdfMs = value.toInt();
        } else if (name == QLatin1String("recovery")) {
            inv.recovery = true;
        }
        inv.options[QStringLiteral("--") + name] = value;
    }
    return inv;
}

int exitFor(const Error& e)
{
    switch (e.code) {
    case Error::Code::CannotUnlock:
    case Error::Code::SlotsDestroyed:
        return CannotUnlock;
    case Error::Code::Damaged:
        return Damaged;
    case Error::Code::Invalid:
    case Error::Code::ConsentMissing:
    case Error::Code::NotFound:
    case Error::Code::Exists:
        return InvalidInput;
    default:
        return Failed;
    }
}

int fail(QTextStream& err, const Error& e)
{
    err << "chorusctl: " << e.message << "\n";
    err.flush();
    return exitFor(e);
}

Result<std::unique_ptr<Store>> unlockStore(const Invocation& inv, SecretInput& input)
{
    if (!Store::existsIn(inv.dataDir)) {
        return makeError(Error::Code::NotFound,
                         QStringLiteral("No store is set up in %1; run \"chorusctl init\" first.")
                             .arg(inv.dataDir));
    }
    const QByteArray secret = input.nextLine();
    if (inv.recovery) {
        return Store::unlockWithRecoveryKey(inv.dataDir, QString::fromUtf8(secret));
    }
    return Store::unlock(inv.dataDir, secret);
}

Result<Participant> findParticipant(Store& store, const Invocation& inv)
{
    if (inv.words.isEmpty()) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("Name the participant by their code name."));
    }
    const auto it = inv.options.find("--consultation");
    return store.consultations().participantByCode(
        inv.words.first(), it == inv.options.end() ? QString() : it->second);
}

int cmdInit(const Invocation& inv, SecretInput& input, QTextStream& out, QTextStream& err)
{
    const QByteArray passphrase = input.nextLine();
    auto setup =
        Store::create(inv.dataDir, passphrase, KdfCost::calibrate(std::max(10, inv.kdfMs)));
    if (!setup) {
        return fail(err, setup.error());
    }
    out << "Store created in " << QDir(inv.dataDir).absolutePath() << "\n"
        << "Recovery key (shown once; write it down and keep it somewhere safe):\n"
        << setup->recoveryKey << "\n";
    return Ok;
}

int cmdVerify(Store& store, const Invocation&, QTextStream& out, QTextStream& err)
{
    if (auto st = store.verify(); !st) {
        return fail(err, st.error());
    }
    out << "ok: integrity_check, cipher_integrity_check and the audit chain all pass\n";
    return Ok;
}

int cmdStats(Store& store, const Invocation&, QTextStream& out, QTextStream& err)
{
    auto s = store.stats();
    if (!s) {
        return fail(err, s.error());
    }
    out << "schema version: " << s->schemaVersion << "\n"
        << "cipher: SQLCipher " << s->cipherVersion << "\n"
        << "consultations: " << s->consultations << "\n"
        << "participants: " << s->participants << "\n"
        << "sessions: " << s->sessions << "\n"
        << "responses: " << s->responses << "\n"
        << "media bytes: " << s->mediaBytes << "\n"
        << "withdrawals and expiries (tombstones): " << s->tombstones << "\n"
        << "audit entries: " << s->auditEntries << "\n"
        << "waiting to sync: " << s->outboxQueued << "\n";
    return Ok;
}

int cmdImport(Store& store, const Invocation& inv, QTextStream& out, QTextStream& err)
{
    if (inv.words.size() != 1) {
        err << "chorusctl: import takes one file\n";
        return Usage;
    }
    QFile f(inv.words.first());
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(
            err, makeError(
                     Error::Code::NotFound,
                     QStringLiteral("Cannot read %1: %2").arg(inv.words.first(), f.errorString())));
    }
    auto report = importTypedSession(store, f.readAll());
    if (!report) {
        return fail(err, report.error());
    }
    out << "Imported " << report->responses << " answers from " << report->participants
        << " participants into consultation " << report->consultationId << "\n";
    return Ok;
}

int cmdExport(Store& store, const Invocation& inv, QTextStream& out, QTextStream& err)
{
    auto p = findParticipant(store, inv);
    if (!p) {
        return fail(err, p.error());
    }
    auto json = exportParticipant(store, p->id);
    if (!json) {
        return fail(err, json.error());
    }
    out << QString::fromUtf8(QJsonDocument(json.value()).toJson(QJsonDocument::Indented));
    return Ok;
}

int cmdWithdraw(Store& store, const Invocation& inv, QTextStream& out, QTextStream& err)
{
    auto p = findParticipant(store, inv);
    if (!p) {
        return fail(err, p.error());
    }
    auto report = store.erasure().withdraw(p->id);
    if (!report) {
        return fail(err, report.error());
    }
    if (report->held) {
        out << "A safeguarding hold keeps this participant's data for now; it is marked withdrawn "
               "and will be "
               "erased when the hold is released.\n";
    } else {
        out << "Withdrawn: erased " << report->responses << " answers; "
            << report->sharedErasuresQueued << " erasures queued for the hub.\n";
    }
    return Ok;
}

/** What a purge removed, one line per kind, counts only: the output may end up in a ticket or
 *  a shell history, so it never names a participant, a consultation or a word of an answer. */
void printPurgeSummary(const Erasure::Report& r, int ownTimeViews, QTextStream& out)
{
    out << "Removed past their retention date:\n"
        << "  participants: " << r.participants << "\n"
        << "  answers: " << r.responses << "\n"
        << "  consultations: " << r.consultations << "\n"
        << "  names to hide: " << r.names << "\n"
        << "  downloaded actions: " << r.actions << "\n"
        << "  own-time sessions: " << ownTimeViews << "\n";
    if (r.checkpointPending) {
        out << "The removed pages are still in the database's write-ahead log; the next purge or "
               "unlock empties it.\n";
    }
}

int cmdPurge(Store& store, const Invocation& inv, QTextStream& out, QTextStream& err)
{
    // The same two steps the app runs at every unlock and daily (AppController::runRetention).
    auto views = OwnTime::eraseExpired(inv.dataDir, store.clock().now());
    if (!views) {
        return fail(err, views.error());
    }
    auto report = store.erasure().purgeExpired();
    if (!report) {
        return fail(err, report.error());
    }
    printPurgeSummary(report.value(), views.value(), out);
    return Ok;
}

int cmdPassphrase(const Invocation& inv, SecretInput& input, QTextStream& out, QTextStream& err)
{
    const QString action = inv.words.value(0);
    KeyVault vault(Store::keySlotsPath(inv.dataDir));
    if (!vault.exists()) {
        return fail(err,
                    makeError(Error::Code::NotFound, QStringLiteral("No store is set up here.")));
    }
    const QByteArray current = input.nextLine();
    Status st;
    if (action == "add" || action == "change") {
        const QByteArray next = input.nextLine();
        const KdfCost cost = KdfCost::calibrate(std::max(10, inv.kdfMs));
        st = action == "add" ? vault.addPassphrase(current, next, cost)
                             : vault.changePassphrase(current, next, cost);
    } else if (action == "remove") {
        st = vault.removePassphrase(current);
    } else {
        err << "chorusctl: passphrase takes add, change or remove\n";
        return Usage;
    }
    if (!st) {
        return fail(err, st.error());
    }
    out << "Passphrase "
        << (action == "add"      ? "added"
            : action == "change" ? "changed"
                                 : "removed")
        << ".\n";
    return Ok;
}

QString option(const Invocation& inv, const char* name)
{
    const auto it = inv.options.find(QString::fromLatin1(name));
    return it == inv.options.end() ? QString() : it->second;
}

/** What an invite with --check-first means, said the same when it is made and when a device
 *  joins with it (issue 16). */
constexpr const char* kCheckFirstWords =
    "Answers wait on the young person's device until they and their practitioner check them "
    "together.";

int cmdEnrol(Store& store, const Invocation& inv, QTextStream& out, QTextStream& err)
{
    const QString hub = option(inv, "--hub");
    const QString code = option(inv, "--code");
    if (hub.isEmpty() || code.isEmpty()) {
        err << "chorusctl: enrol needs --hub URL and --code CODE\n";
        return Usage;
    }
    QByteArray caPem;
    if (const QString ca = option(inv, "--ca"); !ca.isEmpty()) {
        QFile f(ca);
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(err, makeError(Error::Code::Invalid,
                                       QStringLiteral("Cannot read the CA certificate %1: %2")
                                           .arg(ca, f.errorString())));
        }
        caPem = f.readAll();
    }
    sync::SyncEngine engine(store);
    auto result = engine.enrol(hub, code, caPem);
    if (!result) {
        const int exit = fail(err, result.error());
        // The shared words suit the app, where the invite carries the hub's pin; on the command
        // line the way past a private CA is this option, so say it here, not in SyncWords.
        if (engine.failure().code == QLatin1String("certificate_untrusted")) {
            err << "chorusctl: if the hub uses a private certificate authority, give its "
                   "certificate with --ca FILE\n";
        }
        return exit;
    }
    const sync::Enrolment& e = result->enrolment;
    out << "Enrolled with " << e.hubUrl << " as a " << e.role << " device for consultation "
        << e.consultationId << " (device " << e.deviceId << ").\n";
    if (result->replacedEarlier) {
        out << "This replaces the device's earlier enrolment.\n";
    }
    if (result->reviewOnDevice) {
        out << kCheckFirstWords << "\n";
    }
    if (e.pinHex.isEmpty()) {
        out << "Plain http on this computer: there is no certificate to pin.\n";
    } else {
        out << "The hub's certificate is pinned (SHA-256 " << e.pinHex
            << "); any other certificate will be refused.\n";
    }
    return Ok;
}

int cmdSync(Store& store, const Invocation&, QTextStream& out, QTextStream& err)
{
    sync::SyncEngine engine(store);
    const sync::SyncReport report = engine.run();
    using Outcome = sync::SyncReport::Outcome;
    QTextStream& where = report.outcome == Outcome::Done ? out : err;
    for (const QString& line : sync::describe(report)) {
        where << line << "\n";
    }
    switch (report.outcome) {
    case Outcome::Done:
        return report.failed.isEmpty() ? Ok : InvalidInput;
    case Outcome::NotEnrolled:
    case Outcome::Refused:
        return InvalidInput;
    case Outcome::RetryLater:
    case Outcome::CertificateChanged:
    case Outcome::HubIncompatible:
    case Outcome::Stopped: // chorusctl gives no stop token; listed for completeness
        return Failed;
    }
    return Failed;
}

int cmdInvite(Store& store, const Invocation& inv, QTextStream& out, QTextStream& err)
{
    bool usesOk = true;
    bool hoursOk = true;
    const QString uses = option(inv, "--uses");
    const QString hours = option(inv, "--expires-in-hours");
    const int n = uses.isEmpty() ? 1 : uses.toInt(&usesOk);
    const int h = hours.isEmpty() ? 72 : hours.toInt(&hoursOk);
    if (!usesOk || !hoursOk) {
        err << "chorusctl: --uses and --expires-in-hours take whole numbers\n";
        return Usage;
    }
    const bool checkFirst = inv.options.count(QStringLiteral("--check-first")) > 0;
    sync::SyncEngine engine(store);
    auto invite = engine.createInvite(n, h, checkFirst);
    if (!invite) {
        return fail(err, invite.error());
    }
    out << "Invite code: " << invite->code << "\n"
        << "For consultation " << invite->consultationId << "; " << invite->uses
        << (invite->uses == 1 ? " use" : " uses") << "; expires " << invite->expiresAt << ".\n";
    if (invite->reviewOnDevice) {
        out << kCheckFirstWords << "\n";
    }
    out << "A young person's device joins with: chorusctl enrol --hub URL --code " << invite->code
        << "\n";
    return Ok;
}

using StoreCommand = std::function<int(Store&, const Invocation&, QTextStream&, QTextStream&)>;

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString tool = QStringLiteral("chorusctl");
    if (args.isEmpty()) {
        out << usage();
        return Usage;
    }
    if (passphraseInArguments(args)) {
        err << "chorusctl: passphrases are never taken from the command line; give them on "
               "standard input\n";
        return Usage;
    }
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("print the version"));
    QCommandLineParser top;
    switch (cli::parseTool(top, tool, sharedOptions() + QList{version}, args, err)) {
    case cli::Parsed::Bad:
        return Usage;
    case cli::Parsed::Help:
        out << usage();
        return Ok;
    case cli::Parsed::Run:
        break;
    }
    if (top.isSet(version)) {
        out << "chorusctl " << QCoreApplication::applicationVersion() << "\n";
        return Ok;
    }
    const QStringList rest = top.positionalArguments();
    const QList<Command> commands = ctlCommands();
    const Command* known = cli::findCommand(commands, rest.value(0));
    if (!known) {
        err << "chorusctl: "
            << (rest.isEmpty() ? QStringLiteral("no command given")
                               : QStringLiteral("unknown command \"%1\"").arg(rest.first()))
            << "\n"
            << usage();
        return Usage;
    }
    QCommandLineParser parser;
    switch (cli::parseCommand(parser, tool, *known, sharedOptions(), rest.mid(1), err)) {
    case cli::Parsed::Bad:
        return usageErrorCode(*known, rest.mid(1));
    case cli::Parsed::Help:
        out << cli::commandHelp(tool, *known, sharedOptions());
        return Ok;
    case cli::Parsed::Run:
        break;
    }
    const Invocation inv = invocationFrom(top, parser, *known);
    if (inv.command == "redact") {
        QTextStream in(stdin);
        QStringList redactArgs = inv.words;
        if (auto it = inv.options.find("--names-file"); it != inv.options.end()) {
            redactArgs << "--names-file" << it->second;
        }
        return runRedact(redactArgs, in, out, err);
    }
    SecretInput input(inv.passphraseFd);
    if (inv.command == "init") {
        return cmdInit(inv, input, out, err);
    }
    if (inv.command == "passphrase") {
        return cmdPassphrase(inv, input, out, err);
    }
    static const std::map<QString, StoreCommand> storeCommands{
        {"verify", cmdVerify},     {"stats", cmdStats},
        {"import", cmdImport},     {"export-participant", cmdExport},
        {"withdraw", cmdWithdraw}, {"purge", cmdPurge},
        {"enrol", cmdEnrol},       {"sync", cmdSync},
        {"invite", cmdInvite},
    };
    const auto command = storeCommands.find(inv.command);
    if (command == storeCommands.end()) {
        // Unreachable: ctlCommands() and this table name the same commands.
        err << "chorusctl: unknown command \"" << inv.command << "\"\n";
        return Usage;
    }
    auto store = unlockStore(inv, input);
    if (!store) {
        return fail(err, store.error());
    }
    return command->second(*store.value(), inv, out, err);
}

} // namespace chorus::ctl
