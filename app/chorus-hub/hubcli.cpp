#include "hubcli.h"

#include "sync/hub/http/hubserver.h"
#include "sync/hub/hubconfig.h"
#include "sync/hub/store/hubstore.h"
#include "sync/hub/store/reviewstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

namespace chorus::hub {
namespace {

const char* const kUsage = R"(usage: chorus-hub COMMAND [OPTIONS]

Commands:
  serve [--listen 127.0.0.1:PORT] [--tls-cert FILE --tls-key FILE]
        [--max-body BYTES] [--max-batch N] [--rate PER_SECOND] [--burst N]
                          run the sync hub (PORT 0 picks a free port; the line
                          "listening on ADDRESS:PORT" is printed when ready)
  enrol-code --consultation ID [--expires-in SECONDS]
                          print a one-time enrolment code (valid 15 minutes at most)
                          for a consultation the hub knows (published, or sent by
                          the device that made it); any other id is refused
  enrol-code --new-consultation ID [--expires-in SECONDS]
                          the same for a consultation made on a practitioner's
                          tablet that has not synced yet (the app shows its id
                          under "Details and people" on Home)
  devices                 list enrolled devices
  revoke DEVICE           revoke a device's token (it then gets 401)
  erase FEEDBACK_ID       erase one record whichever device sent it (for a device
                          that is lost or revoked), clear the space it took, and
                          name the exports made before that still contain it
  publish-pack FILE.json [--consultation ID]
                          publish an activity pack for devices to fetch
  example-pack            print the example activity pack ("My week", the one the
                          app ships) to start a pack from, e.g.
                          chorus-hub example-pack > my-week.json
  publish-consultation FILE.json
                          publish (or update, or close) a consultation for the
                          devices enrolled for it; its pack must be published first
  add-reviewer NAME [--role reviewer|admin]
                          create a team review account (default role reviewer);
                          prints a one-time secret for the first sign-in
  disable-reviewer NAME   disable a team review account and end its sessions
  audit verify            check the hash chain of the audit log

Every command takes --db sqlite:PATH (default: the hub's data directory) or
--db postgresql://USER@HOST:PORT/DATABASE, and --config FILE. The configuration file
(default: $CHORUS_HUB_CONFIG, else /etc/chorus-hub/chorus-hub.conf when it exists) sets
database, listen, small-number-threshold and user; options given here win over it.
chorus-hub --version prints the version.
Test only: serve --inject-faults ENDPOINT:FAULT[xN],... (FAULT: 500, 429, close,
crash-after-commit).
)";

struct Args
{
    QStringList positional;
    QHash<QString, QString> options;
    QString bad;
};

Args parse(const QStringList& args, const QStringList& valued)
{
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& s = args[i];
        if (s == QLatin1String("--help") || s == QLatin1String("-h")) {
            a.options.insert(QStringLiteral("help"), {});
        } else if (s.startsWith(QLatin1String("--"))) {
            const QString name = s.mid(2);
            if (!valued.contains(name) || i + 1 >= args.size()) {
                a.bad = s;
                return a;
            }
            a.options.insert(name, args[++i]);
        } else {
            a.positional << s;
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
                                 [] { return QDateTime::currentDateTimeUtc(); });
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
    QString error;
    const auto bound = server.listenOn(address, static_cast<quint16>(port), tls, &error);
    if (!bound) {
        err << "chorus-hub: cannot listen on " << listen << ": " << error << Qt::endl;
        return 1;
    }
    out << "listening on " << address.toString() << ':' << *bound << (tls ? " (https)" : " (http)")
        << Qt::endl;
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
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        out << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "chorus-hub " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QString command = args.first();
    Args a = parse(args.mid(1), {"db", "listen", "tls-cert", "tls-key", "max-body", "max-batch",
                                 "rate", "burst", "inject-faults", "consultation", "expires-in",
                                 "role", "config", "new-consultation"});
    if (!a.bad.isEmpty()) {
        err << "chorus-hub: unknown option or missing value: " << a.bad << Qt::endl;
        return 2;
    }
    if (a.options.contains(QStringLiteral("help"))) {
        out << kUsage;
        return 0;
    }
    QString configError;
    const auto config =
        readHubConfig(a.options.contains(QStringLiteral("config"))
                          ? ConfigChoice{a.options.value(QStringLiteral("config")), true}
                          : defaultConfigFile(),
                      &configError);
    if (!config || !switchToConfiguredUser(*config, &configError)) {
        err << "chorus-hub: " << configError << Qt::endl;
        return 2;
    }
    addConfigDefaults(a, *config);
    if (command == QLatin1String("serve")) {
        return serve(a, *config, out, err);
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
    static const QStringList kAdmin{
        "enrol-code",   "devices", "revoke",           "publish-pack",
        "add-reviewer", "audit",   "disable-reviewer", "publish-consultation",
        "erase"};
    if (!kAdmin.contains(command)) {
        err << "chorus-hub: unknown command " << command << "\n" << kUsage;
        return 2;
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
