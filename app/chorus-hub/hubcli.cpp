#include "hubcli.h"

#include "app/common/subcommands.h"

#include "sync/hub/http/hubserver.h"
#include "sync/hub/hubconfig.h"
#include "sync/hub/store/hubstore.h"
#include "sync/hub/store/reviewstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

namespace chorus::hub {
namespace {

using cli::Command;

QCommandLineOption valued(const char* name, const char* value, const char* description)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(value));
}

/** The options every command takes. */
QList<QCommandLineOption> sharedOptions()
{
    return {valued("db", "DATABASE",
                   "sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE (default: the "
                   "configuration's database, else the hub's data directory)"),
            valued("config", "FILE",
                   "the configuration file (default: $CHORUS_HUB_CONFIG, else "
                   "/etc/chorus-hub/chorus-hub.conf when it exists)")};
}

/** Every command, its words and its own options: the one list that --help, the parsing of
 *  each command and the check for an unknown command read. */
QList<Command> hubCommands()
{
    return {
        {"serve",
         {},
         "run the sync hub (PORT 0 picks a free port; the line \"listening on ADDRESS:PORT\" is "
         "printed when ready)",
         {valued("listen", "ADDRESS:PORT", "where to listen (default 127.0.0.1:8470)"),
          valued("tls-cert", "FILE", "the PEM certificate chain, with --tls-key"),
          valued("tls-key", "FILE", "its unencrypted PEM RSA or EC key"),
          valued("max-body", "BYTES", "the largest request body"),
          valued("max-batch", "N", "the most records in one request"),
          valued("rate", "PER_SECOND", "requests a device may make each second"),
          valued("burst", "N", "requests a device may make at once"),
          valued("inject-faults", "ENDPOINT:FAULT[xN],...",
                 "test only (FAULT: 500, 429, close, crash-after-commit)")}},
        {"enrol-code",
         {},
         "print a one-time enrolment code (valid 15 minutes at most) for a consultation the "
         "hub knows (--consultation: published, or sent by the device that made it; any other "
         "id is refused) or for one made on a practitioner's tablet that has not synced yet "
         "(--new-consultation: the app shows its id under \"Details and people\" on Home)",
         {valued("consultation", "ID", "a consultation the hub knows"),
          valued("new-consultation", "ID", "a consultation made on a tablet, not yet synced"),
          valued("expires-in", "SECONDS", "how long the code lasts (at most 900)")}},
        {"devices", {}, "list enrolled devices", {}},
        {"revoke", "DEVICE", "revoke a device's token (it then gets 401)", {}},
        {"erase",
         "FEEDBACK_ID",
         "erase one record whichever device sent it (for a device that is lost or revoked), "
         "clear the space it took, and name the exports made before that still contain it",
         {}},
        {"publish-pack",
         "FILE.json",
         "publish an activity pack for devices to fetch",
         {valued("consultation", "ID", "the consultation the pack is for")}},
        {"example-pack",
         {},
         "print the example activity pack (\"My week\", the one the app ships) to start a "
         "pack from, e.g. chorus-hub example-pack > my-week.json",
         {}},
        {"publish-consultation",
         "FILE.json",
         "publish (or update, or close) a consultation for the devices enrolled for it; its "
         "pack must be published first",
         {}},
        {"add-reviewer",
         "NAME",
         "create a team review account (default role reviewer); prints a one-time secret for "
         "the first sign-in",
         {valued("role", "reviewer|admin", "the account's role")}},
        {"disable-reviewer", "NAME", "disable a team review account and end its sessions", {}},
        {"audit", "verify", "check the hash chain of the audit log", {}},
    };
}

QString usage()
{
    return QStringLiteral("usage: chorus-hub COMMAND [OPTIONS]\n\n") +
           cli::commandList(hubCommands()) + QStringLiteral("\nEvery command takes:\n") +
           cli::optionList(sharedOptions()) +
           QStringLiteral(
               "The configuration file sets database, listen, small-number-threshold and\n"
               "user; options given here win over it. chorus-hub COMMAND --help shows one\n"
               "command; chorus-hub --version prints the version.\n");
}

struct Args
{
    QStringList positional;
    QHash<QString, QString> options;
};

/** The parsed words in the shape the commands read: every option given, by name. */
Args argsFrom(const QCommandLineParser& parser, const Command& command)
{
    Args a;
    a.positional = parser.positionalArguments();
    for (const QCommandLineOption& option : command.options + sharedOptions()) {
        const QString name = option.names().constFirst();
        if (parser.isSet(name)) {
            a.options.insert(name, parser.value(name));
        }
    }
    return a;
}

QString defaultDb()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QStringLiteral("sqlite:") + dir + QStringLiteral("/hub.sqlite");
}

std::unique_ptr<HubStore> openStore(const Args& a, QTextStream& err)
{
    auto opened = HubStore::open(a.options.value(QStringLiteral("db"), defaultDb()),
                                 std::make_shared<chorus::SystemClock>());
    if (!opened) {
        err << "chorus-hub: " << opened.error().describe() << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

/** The configuration's small-number threshold, written to the hub's settings (and audited)
 *  when it differs from them. A team admin may change it in the app; the file's value comes
 *  back at the next start, so an IT team that wants the admins to choose leaves it out. */
bool applyConfiguredThreshold(const HubConfig& config, HubStore& store, QTextStream& err)
{
    if (!config.smallNumberThreshold) {
        return true;
    }
    ReviewStore review(store);
    const auto current = review.threshold();
    if (current && current.value() == *config.smallNumberThreshold) {
        return true;
    }
    const StoreStatus set =
        current ? review.setThreshold(*config.smallNumberThreshold, QStringLiteral("config"))
                : StoreStatus(current.error());
    if (!set) {
        err << "chorus-hub: cannot apply the small-number threshold: " << set.error().describe()
            << Qt::endl;
        return false;
    }
    return true;
}

/** Fills what the command line left out from the configuration file. */
void addConfigDefaults(Args& a, const HubConfig& config)
{
    if (!a.options.contains(QStringLiteral("db")) && !config.database.isEmpty()) {
        a.options.insert(QStringLiteral("db"), config.database);
    }
    if (!a.options.contains(QStringLiteral("listen")) && !config.listen.isEmpty()) {
        a.options.insert(QStringLiteral("listen"), config.listen);
    }
}

int serve(const Args& a, const HubConfig& config, QTextStream& out, QTextStream& err)
{
    Limits limits;
    bool ok = true;
    auto number = [&](const char* key, auto& target) {
        if (a.options.contains(QLatin1String(key))) {
            bool good = false;
            const double v = a.options.value(QLatin1String(key)).toDouble(&good);
            if (!good || v <= 0) {
                err << "chorus-hub: --" << key << " needs a positive number" << Qt::endl;
                ok = false;
            }
            target = static_cast<std::remove_reference_t<decltype(target)>>(v);
        }
    };
    number("max-body", limits.maxBodyBytes);
    number("max-batch", limits.maxBatchItems);
    number("rate", limits.ratePerSecond);
    number("burst", limits.rateBurst);
    if (!ok) {
        return 2;
    }
    const QString listen =
        a.options.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8470"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(listen.left(colon));
    const int port = listen.mid(colon + 1).toInt(&ok);
    if (colon <= 0 || address.isNull() || !ok || port < 0 || port > 65535) {
        err << "chorus-hub: --listen needs ADDRESS:PORT, for example 127.0.0.1:8470" << Qt::endl;
        return 2;
    }
    std::optional<QSslConfiguration> tls;
    const QString certFile = a.options.value(QStringLiteral("tls-cert"));
    const QString keyFile = a.options.value(QStringLiteral("tls-key"));
    if (certFile.isEmpty() != keyFile.isEmpty()) {
        err << "chorus-hub: --tls-cert and --tls-key go together" << Qt::endl;
        return 2;
    }
    if (!certFile.isEmpty()) {
        const auto chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
        QFile kf(keyFile);
        if (chain.isEmpty() || !kf.open(QIODevice::ReadOnly)) {
            err << "chorus-hub: cannot read the TLS certificate or key" << Qt::endl;
            return 2;
        }
        QSslKey key(&kf, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            kf.seek(0);
            key = QSslKey(&kf, QSsl::Ec, QSsl::Pem);
        }
        if (key.isNull()) {
            err << "chorus-hub: the TLS key is not an unencrypted PEM RSA or EC key" << Qt::endl;
            return 2;
        }
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(key);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = conf;
    } else if (!address.isLoopback()) {
        // SY-1: plain HTTP only on loopback (behind nginx on the same machine).
        err << "chorus-hub: without --tls-cert/--tls-key the hub listens on loopback only"
            << Qt::endl;
        return 2;
    }
    auto store = openStore(a, err);
    if (!store) {
        return 1;
    }
    if (!applyConfiguredThreshold(config, *store, err)) {
        return 1;
    }
    HubServer server(*store, limits);
    if (a.options.contains(QStringLiteral("inject-faults"))) {
        const auto plan = FaultPlan::parse(a.options.value(QStringLiteral("inject-faults")));
        if (!plan) {
            err << "chorus-hub: --inject-faults: not a fault plan" << Qt::endl;
            return 2;
        }
        err << "chorus-hub: TEST FAULTS ARE ENABLED" << Qt::endl;
        server.setFaults(*plan);
    }
    const auto bound = server.listenOn(address, static_cast<quint16>(port), tls);
    if (!bound) {
        err << "chorus-hub: cannot listen on " << listen << ": " << bound.error().message
            << Qt::endl;
        return 1;
    }
    out << "listening on " << address.toString() << ':' << bound.value()
        << (tls ? " (https)" : " (http)") << Qt::endl;
    return QCoreApplication::exec();
}

/** `chorus-hub erase FEEDBACK_ID`: the erasure a lost device can no longer send. */
int eraseRecord(const Args& a, HubStore& store, QTextStream& out, QTextStream& err)
{
    const QString id = a.positional.value(0);
    if (a.positional.size() != 1 || !isUuid(id)) {
        err << "chorus-hub: erase needs one FEEDBACK_ID (a record's UUID, as the review app "
               "and the CSV export show it)"
            << Qt::endl;
        return 2;
    }
    const auto done = store.eraseRecord(id);
    if (!done) {
        err << "chorus-hub: " << done.error().describe() << Qt::endl;
        return 1;
    }
    if (!done->erased) {
        err << "chorus-hub: this hub holds no record " << id
            << " (never received, or erased before)" << Qt::endl;
        return 1;
    }
    out << "erased " << id << " (sent by device " << done->deviceId << ")" << Qt::endl;
    if (done->exports.isEmpty()) {
        out << "no export held it" << Qt::endl;
    } else {
        // Exports are copies outside the hub: the erasure cannot reach them, the team can.
        out << "still in " << done->exports.size()
            << " export(s) made before; find and destroy them:" << Qt::endl;
        for (const ExportHolding& e : done->exports) {
            out << "  audit entry " << e.seq << ": " << e.content << " export by reviewer "
                << e.reviewerId << " at " << e.at << Qt::endl;
        }
    }
    // Not on any request path here: clear the freed space now (bounded; a busy database
    // leaves it to the running hub).
    if (store.compact()) {
        out << "the space it took is cleared" << Qt::endl;
    } else {
        out << "the database is busy; the hub clears the space it took later" << Qt::endl;
    }
    return 0;
}

int publishConsultation(const Args& a, HubStore& store, QTextStream& out, QTextStream& err)
{
    QFile f(a.positional.value(0));
    if (a.positional.size() != 1 || !f.open(QIODevice::ReadOnly)) {
        err << "chorus-hub: publish-consultation needs a readable FILE.json" << Qt::endl;
        return 2;
    }
    const auto file = decodeConsultationFile(f.read(1024 * 1024));
    if (!file.ok()) {
        err << "chorus-hub: " << file.error().message << Qt::endl;
        return 1;
    }
    const auto done = store.publishConsultation(file.value());
    if (!done) {
        err << "chorus-hub: " << done.error().describe() << Qt::endl;
        return 1;
    }
    switch (done->kind) {
    case ConsultationPublishOutcome::Kind::Refused:
        err << "chorus-hub: " << done->message << Qt::endl;
        return 1;
    case ConsultationPublishOutcome::Kind::Unchanged:
        out << "already published " << done->info.id << " (revision " << done->revision << ")"
            << Qt::endl;
        return 0;
    case ConsultationPublishOutcome::Kind::Published:
        break;
    }
    out << "published " << done->info.id << " (" << done->info.status << ", revision "
        << done->revision << ", " << done->info.activities.size() << " activities)" << Qt::endl;
    return 0;
}

} // namespace

int runHubCli(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString tool = QStringLiteral("chorus-hub");
    if (args.isEmpty()) {
        out << usage();
        return 2;
    }
    // `chorus-hub help` is the old spelling of --help; `help COMMAND` shows that command.
    const QStringList words = args.first() == QLatin1String("help")
                                  ? args.mid(1) + QStringList{QStringLiteral("--help")}
                                  : args;
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("print the version"));
    QCommandLineParser top;
    switch (cli::parseTool(top, tool, {version}, words, err)) {
    case cli::Parsed::Bad:
        return 2;
    case cli::Parsed::Help:
        out << usage();
        return 0;
    case cli::Parsed::Run:
        break;
    }
    if (top.isSet(version)) {
        out << "chorus-hub " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList rest = top.positionalArguments();
    if (rest.isEmpty()) {
        out << usage();
        return 2;
    }
    const QString command = rest.first();
    const QList<Command> commands = hubCommands();
    const Command* known = cli::findCommand(commands, command);
    if (!known) {
        err << "chorus-hub: unknown command " << command << "\n" << usage();
        return 2;
    }
    QCommandLineParser parser;
    switch (cli::parseCommand(parser, tool, *known, sharedOptions(), rest.mid(1), err)) {
    case cli::Parsed::Bad:
        return 2;
    case cli::Parsed::Help:
        out << cli::commandHelp(tool, *known, sharedOptions());
        return 0;
    case cli::Parsed::Run:
        break;
    }
    Args a = argsFrom(parser, *known);
    const auto config =
        readHubConfig(a.options.contains(QStringLiteral("config"))
                          ? ConfigChoice{a.options.value(QStringLiteral("config")), true}
                          : defaultConfigFile());
    if (!config) {
        err << "chorus-hub: " << config.error().message << Qt::endl;
        return 2;
    }
    if (const Status switched = switchToConfiguredUser(config.value()); !switched) {
        err << "chorus-hub: " << switched.error().message << Qt::endl;
        return 2;
    }
    addConfigDefaults(a, config.value());
    if (command == QLatin1String("serve")) {
        return serve(a, config.value(), out, err);
    }
    if (command == QLatin1String("example-pack")) {
        // The app's own example pack (core/packs), embedded at build time: a pack the app is
        // known to accept, for an administrator to publish or to start a new one from.
        QFile example(QStringLiteral(":/chorus-hub/my-week.json"));
        if (!a.positional.isEmpty() || !example.open(QIODevice::ReadOnly)) {
            err << "chorus-hub: example-pack takes no arguments" << Qt::endl;
            return 2;
        }
        out << QString::fromUtf8(example.readAll());
        out.flush();
        return 0;
    }
    auto store = openStore(a, err);
    if (!store) {
        return 1;
    }
    if (command == QLatin1String("enrol-code")) {
        // --new-consultation names a consultation made on a tablet, which the hub learns of
        // only from that tablet; --consultation must name one the hub already knows, so a
        // mistyped id cannot enrol a device for a consultation that nobody has.
        const bool isNew = a.options.contains(QStringLiteral("new-consultation"));
        const QString consultation = a.options.value(isNew ? QStringLiteral("new-consultation")
                                                           : QStringLiteral("consultation"));
        bool ok = true;
        const qint64 ttl =
            a.options.value(QStringLiteral("expires-in"), QStringLiteral("900")).toLongLong(&ok);
        if (!isId(consultation) || !ok || ttl < 1 || ttl > 900 ||
            (isNew && a.options.contains(QStringLiteral("consultation")))) {
            err << "chorus-hub: enrol-code needs --consultation ID or --new-consultation ID (an "
                   "id) and at most --expires-in 900 seconds"
                << Qt::endl;
            return 2;
        }
        if (!isNew) {
            const auto known = store->consultationKnown(consultation);
            if (!known && known.error().kind != StoreError::Kind::NotFound) {
                err << "chorus-hub: " << known.error().describe() << Qt::endl;
                return 1;
            }
            if (!known) {
                err << "chorus-hub: --consultation: this hub has no consultation \"" << consultation
                    << "\"; publish it first (publish-consultation), or, for one made on a "
                       "practitioner's tablet, use --new-consultation with the id the app shows"
                    << Qt::endl;
                return 1;
            }
        }
        const auto code =
            store->createCode(consultation, QStringLiteral("practitioner"), 1, ttl, {});
        if (!code) {
            err << "chorus-hub: " << code.error().describe() << Qt::endl;
            return 1;
        }
        out << code.value() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("devices")) {
        const auto list = store->devices();
        if (!list) {
            return 1;
        }
        for (const Device& d : list.value()) {
            out << d.id << '\t' << d.consultationId << '\t' << d.role << '\t'
                << d.enrolledAt.toString(Qt::ISODate) << '\t' << (d.revoked ? "revoked" : "active")
                << Qt::endl;
        }
        return 0;
    }
    if (command == QLatin1String("revoke")) {
        if (a.positional.size() != 1) {
            err << "chorus-hub: revoke needs one DEVICE id" << Qt::endl;
            return 2;
        }
        const auto revoked = store->revoke(a.positional.first());
        if (!revoked && revoked.error().kind == StoreError::Kind::NotFound) {
            err << "chorus-hub: no active device with that id" << Qt::endl;
            return 1;
        }
        if (!revoked) {
            return 1;
        }
        out << "revoked " << a.positional.first() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("publish-pack")) {
        QFile f(a.positional.value(0));
        if (a.positional.size() != 1 || !f.open(QIODevice::ReadOnly)) {
            err << "chorus-hub: publish-pack needs a readable FILE.json" << Qt::endl;
            return 2;
        }
        Limits limits;
        const auto pack = decodePackFile(f.read(limits.maxBodyBytes + 1), limits);
        if (!pack.ok()) {
            err << "chorus-hub: " << pack.error().message << Qt::endl;
            return 1;
        }
        const QString consultation = a.options.value(QStringLiteral("consultation"));
        if (!consultation.isEmpty() && !isId(consultation)) {
            err << "chorus-hub: --consultation needs an id" << Qt::endl;
            return 2;
        }
        const auto inserted = store->publishPack(pack.value(), consultation);
        if (!inserted) {
            return 1;
        }
        out << (inserted.value() == PackPublication::Published ? "published "
                                                               : "already published ")
            << pack.value().id << '@' << pack.value().version << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("publish-consultation")) {
        return publishConsultation(a, *store, out, err);
    }
    if (command == QLatin1String("erase")) {
        return eraseRecord(a, *store, out, err);
    }
    if (command == QLatin1String("add-reviewer")) {
        const QString name = a.positional.join(QLatin1Char(' ')).trimmed();
        if (name.isEmpty() || name.size() > 100) {
            err << "chorus-hub: add-reviewer needs a NAME" << Qt::endl;
            return 2;
        }
        const QString role = a.options.value(QStringLiteral("role"), QStringLiteral("reviewer"));
        if (role != QLatin1String("reviewer") && role != QLatin1String("admin")) {
            err << "chorus-hub: --role is reviewer or admin" << Qt::endl;
            return 2;
        }
        const auto secret = store->addReviewer(name, role);
        if (!secret && secret.error().kind == StoreError::Kind::Exists) {
            err << "chorus-hub: cannot add the reviewer: the name is taken" << Qt::endl;
            return 1;
        }
        if (!secret) {
            err << "chorus-hub: cannot add the reviewer: " << secret.error().describe() << Qt::endl;
            return 1;
        }
        out << "one-time secret (shown once): " << secret.value() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("disable-reviewer")) {
        const QString name = a.positional.join(QLatin1Char(' ')).trimmed();
        if (name.isEmpty()) {
            err << "chorus-hub: disable-reviewer needs a NAME" << Qt::endl;
            return 2;
        }
        ReviewStore review(*store);
        const auto disabled = review.disableReviewer(name);
        if (!disabled && disabled.error().kind == StoreError::Kind::NotFound) {
            err << "chorus-hub: no active reviewer with that name" << Qt::endl;
            return 1;
        }
        if (!disabled) {
            err << "chorus-hub: " << disabled.error().describe() << Qt::endl;
            return 1;
        }
        out << "disabled; its sessions are ended" << Qt::endl;
        return 0;
    }
    // audit
    if (a.positional.value(0) != QLatin1String("verify")) {
        err << "chorus-hub: usage: chorus-hub audit verify" << Qt::endl;
        return 2;
    }
    const auto report = store->verifyAudit();
    if (!report) {
        return 1;
    }
    if (report->intact) {
        out << "audit log intact: " << report->entries << " entries" << Qt::endl;
        return 0;
    }
    out << "audit log BROKEN: " << report->problem << " (" << report->entries
        << " entries verified before it)" << Qt::endl;
    return 1;
}

} // namespace chorus::hub
